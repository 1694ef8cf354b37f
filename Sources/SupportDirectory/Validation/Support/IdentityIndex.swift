import Foundation

/// Every loaded profile's names, aliases and brand labels, indexed by identity key (``Confusables/identityKey(_:)``)
/// and by the keys one deletion away, so that the impersonation rules find a profile's look-alikes with a few
/// hash look-ups per name instead of comparing every pair of profiles. Built once per validation run.
public final class IdentityIndex: Sendable {
    /// One name or alias of one profile.
    struct Name: Sendable {
        let profile: Int
        /// As written.
        let text: String
        /// The search key (``SearchKey/fold(_:)``).
        let folded: String
        /// The identity key (search key of the confusable skeleton).
        let key: String
    }

    /// One profile as the rules compare it.
    struct Owner: Sendable {
        let id: String
        let file: String
        let kind: MerchantKind
        let group: String?
        let sellerProfile: String?
        let domains: [String]
        let resembles: Set<String>
        let sellsOn: [String]
    }

    let owners: [Owner]
    private let ownerByID: [String: Int]
    let names: [Name]
    /// The profile of each name (kept apart so that counting matches reads integers only).
    private let nameProfiles: [Int32]
    /// Identity key -> names with that key.
    private let namesByKey: [String: [Int32]]
    /// Hash of a key with one character deleted (or of the key itself) -> names, for keys of at least
    /// ``minimumNearLength`` characters.
    private let namesByVariant: [Int: [Int32]]
    /// Brand labels: the identity key of a domain's registrable label or of a one-word name, and its profile.
    private let labelEntries: [(owner: Int32, key: String)]
    /// Label key -> entries; hash of a key one deletion away -> entries.
    private let labels: [String: [Int32]]
    private let labelsByVariant: [Int: [Int32]]
    /// Domain (normalized) -> profiles listing it.
    private let domainOwners: [String: [Int32]]
    /// Name or alias as written -> its search and identity keys (the rules ask again for the same texts).
    private let memo: [String: (folded: String, key: String)]

    /// The search and identity keys of `text`, from the index when it holds the text.
    func identity(of text: String) -> (folded: String, key: String) {
        memo[text] ?? Confusables.identity(of: text)
    }

    /// The rules that read the index: the validator builds it only when one of them runs.
    static let ruleIDs = [NameCollisionRule.id, LookalikeDomainRule.id, MerchantClaimRule.id]

    /// Keys shorter than this are compared only whole (one edit turns `ali` into `all`).
    static let minimumNearLength = 6

    /// Whether a key is compared with the keys one edit away: Latin letters and digits, at least
    /// ``minimumNearLength`` of them. In Hangul, kana and Han one character is a syllable or a word, so one
    /// changed character makes another name (`가나가자` and `가사가자`); look-alike characters there are the
    /// skeleton's business.
    static func comparesNear(_ key: String) -> Bool {
        key.utf8.count >= minimumNearLength && key.utf8.allSatisfy { $0 < 0x80 }
    }
    /// Brand labels shorter than this never make a domain a look-alike (`ali`, `eu`).
    static let minimumLabelLength = 4

    public convenience init(_ context: ValidationContext) {
        self.init(profiles: context.profiles, filesByID: context.filesByID)
    }

    init(profiles: [String: ProfileFile], filesByID: [String: [String]]) {
        var owners: [Owner] = []
        var ownerByID: [String: Int] = [:]
        var names: [Name] = []
        var namesByKey: [String: [Int32]] = [:]
        var namesByVariant: [Int: [Int32]] = [:]
        var labelEntries: [(owner: Int32, key: String)] = []
        var labels: [String: [Int32]] = [:]
        var labelsByVariant: [Int: [Int32]] = [:]
        var domainOwners: [String: [Int32]] = [:]
        func addLabel(_ key: String, owner: Int) {
            let e = Int32(labelEntries.count)
            labelEntries.append((Int32(owner), key))
            labels[key, default: []].append(e)
            if Self.comparesNear(key) {
                for variant in Self.variants(of: key) { labelsByVariant[variant, default: []].append(e) }
            }
        }
        // The keys are the costly part (Unicode normalization): computed on all cores first, then indexed here.
        let ids = profiles.keys.sorted()
        let computed = Slots<[(text: String, folded: String, key: String)]>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            computed[i] = Self.identityTexts(of: profiles[ids[i]]!).map { text in
                let identity = Confusables.identity(of: text)
                return (text, identity.folded, identity.key)
            }
        }
        var memo: [String: (folded: String, key: String)] = [:]
        for (i, id) in ids.enumerated() {
            let profile = profiles[id]!
            let o = owners.count
            ownerByID[id] = o
            owners.append(Owner(id: id, file: filesByID[id]?.first ?? "\(id).yaml", kind: profile.kind, group: profile.group,
                                sellerProfile: profile.thirdParty?.sellerProfile, domains: Domains.usable(profile.domains),
                                resembles: Set((profile.resembles ?? []).map(\.profile)), sellsOn: profile.sellsOn))
            var ownKeys = Set<String>()
            var ownLabels = Set<String>()
            for (text, folded, key) in computed[i] ?? [] {
                memo[text] = (folded, key)
                guard !key.isEmpty, ownKeys.insert(key).inserted else { continue }
                let n = Int32(names.count)
                names.append(Name(profile: o, text: text, folded: folded, key: key))
                namesByKey[key, default: []].append(n)
                if Self.comparesNear(key) {
                    for variant in Self.variants(of: key) { namesByVariant[variant, default: []].append(n) }
                }
                if Self.isLabelCandidate(text, key: key), ownLabels.insert(key).inserted {
                    addLabel(key, owner: o)
                }
            }
            for domain in Set(owners[o].domains) { domainOwners[domain, default: []].append(Int32(o)) }
            for domain in owners[o].domains {
                let key = Confusables.identityKey(Self.brandLabel(ofHost: domain))
                if key.unicodeScalars.count >= Self.minimumLabelLength, !GenericWords.contains(key), ownLabels.insert(key).inserted {
                    addLabel(key, owner: o)
                }
            }
        }
        self.owners = owners
        self.ownerByID = ownerByID
        self.names = names
        self.nameProfiles = names.map { Int32($0.profile) }
        self.namesByKey = namesByKey
        self.namesByVariant = namesByVariant
        self.domainOwners = domainOwners
        self.memo = memo
        self.labelEntries = labelEntries
        self.labels = labels
        self.labelsByVariant = labelsByVariant
    }

    /// The names and aliases a profile answers to.
    static func identityTexts(of profile: ProfileFile) -> [String] {
        profile.names.allTexts + profile.aliases
    }

    /// A name that can stand for the brand inside a domain: one word of Latin letters and digits, not generic.
    private static func isLabelCandidate(_ text: String, key: String) -> Bool {
        key.unicodeScalars.count >= minimumLabelLength && key.unicodeScalars.allSatisfy { $0.isASCII }
            && SearchKey.words(text).count == 1 && !GenericWords.contains(key)
    }

    /// The label a domain's owner chose: `amazon` for `www.amazon.co.jp`, `anker` for `anker.com`, decoded when
    /// it is Punycode (`аmazon`, with a Cyrillic `а`, for `xn--mazon-3ve.com`).
    static func brandLabel(ofHost host: String) -> String {
        let registrable = Domains.registrable(host)
        return Punycode.unicodeLabel(String(registrable.split(separator: ".").first ?? Substring(registrable)))
    }

    /// Hashes of `key` and of every string one character shorter: two keys within one edit share one.
    /// Hashed scalar by scalar, without building the shorter strings.
    static func variants(of key: String) -> [Int] {
        let scalars = Array(key.unicodeScalars)
        func hash(skipping skip: Int) -> Int {
            var hasher = Hasher()
            var count = 0
            for (i, scalar) in scalars.enumerated() where i != skip {
                hasher.combine(scalar.value)
                count += 1
            }
            hasher.combine(count)
            return hasher.finalize()
        }
        var out = [hash(skipping: -1)]
        out.reserveCapacity(scalars.count + 1)
        var previous: Unicode.Scalar?
        for i in scalars.indices {
            if scalars[i] == previous { continue }  // deleting either of two equal neighbours gives the same string
            previous = scalars[i]
            out.append(hash(skipping: i))
        }
        return out
    }

    func owner(id: String) -> Owner? { ownerByID[id].map { owners[$0] } }

    /// Whether two profiles are declared related: the same `group`, one is the other's group, one is the
    /// marketplace's own sellers profile, or one lists the other under `resembles`.
    func related(_ a: Owner, _ b: Owner) -> Bool {
        if a.id == b.id { return true }
        if let g = a.group, g == b.group || g == b.id { return true }
        if let g = b.group, g == a.id { return true }
        if a.sellerProfile == b.id || b.sellerProfile == a.id { return true }
        return a.resembles.contains(b.id) || b.resembles.contains(a.id)
    }

    /// How a name compares with another profile's.
    enum Likeness: Sendable {
        case same, folded, confusable, oneEdit
    }

    /// Other profiles' names that `text` collides with: the same identity key, or (for Latin keys of at least
    /// ``minimumNearLength`` characters) one insertion, deletion, substitution or swap of neighbours away.
    /// Only profiles `accept` lets through count; at most `limit` matches are returned (the same kind of
    /// match first), with how many profiles match in all: a name thousands of profiles share costs a pass
    /// over integers, not thousands of comparisons of text.
    /// Counting stops at `countLimit` profiles (a message says "more than"), so a name thousands share costs
    /// the same as one a hundred share.
    func collisions(of text: String, limit: Int = 8, countLimit: Int = 100, where accept: (Owner) -> Bool = { _ in true })
        -> (matches: [(name: Name, likeness: Likeness)], profiles: Int) {
        let (folded, key) = identity(of: text)
        guard !key.isEmpty else { return ([], 0) }
        var matches: [(Name, Likeness)] = []
        var seenNames = Set<Int32>()
        var profiles = Set<Int32>()
        var verdicts: [Int32: Bool] = [:]
        func accepted(_ n: Int32) -> Bool {
            let p = nameProfiles[Int(n)]
            if let known = verdicts[p] { return known }
            let verdict = accept(owners[Int(p)])
            verdicts[p] = verdict
            return verdict
        }
        var lowered: String?
        for n in namesByKey[key] ?? [] {
            if matches.count >= limit && profiles.count >= countLimit { return (matches, profiles.count) }
            guard seenNames.insert(n).inserted && accepted(n) else { continue }
            profiles.insert(nameProfiles[Int(n)])
            guard matches.count < limit else { continue }
            let name = names[Int(n)]
            if lowered == nil { lowered = text.lowercased() }
            matches.append((name, name.text.lowercased() == lowered ? .same : name.folded == folded ? .folded : .confusable))
        }
        if Self.comparesNear(key) {
            for variant in Self.variants(of: key) {
                for n in namesByVariant[variant] ?? [] {
                    if matches.count >= limit && profiles.count >= countLimit { return (matches, profiles.count) }
                    guard seenNames.insert(n).inserted && accepted(n) else { continue }
                    let name = names[Int(n)]
                    guard Self.withinOneEdit(key, name.key) else { continue }
                    profiles.insert(nameProfiles[Int(n)])
                    if matches.count < limit { matches.append((name, .oneEdit)) }
                }
            }
        }
        return (matches, profiles.count)
    }

    /// Profiles whose brand label is `candidate` (an identity key), or one edit from it when long enough.
    func labelOwners(_ candidate: String) -> [(owner: Int, label: String, exact: Bool)] {
        var out: [(Int, String, Bool)] = []
        var seen = Set<Int32>()
        for e in labels[candidate] ?? [] {
            let entry = labelEntries[Int(e)]
            if seen.insert(entry.owner).inserted { out.append((Int(entry.owner), entry.key, true)) }
        }
        // A label one shorter than the shortest compared one still meets it by deletion (`amazn` of `amazon`).
        guard candidate.utf8.count >= Self.minimumNearLength - 1, candidate.utf8.allSatisfy({ $0 < 0x80 }) else { return out }
        for variant in Self.variants(of: candidate) {
            for e in labelsByVariant[variant] ?? [] {
                let entry = labelEntries[Int(e)]
                if !seen.contains(entry.owner), Self.withinOneEdit(candidate, entry.key) {
                    seen.insert(entry.owner)
                    out.append((Int(entry.owner), entry.key, false))
                }
            }
        }
        return out
    }

    /// The profiles listing `domain`, or a domain it is a subdomain of.
    func owners(ofDomain domain: String) -> [Int] {
        var labels = Substring(domain)
        var out: [Int] = []
        while true {
            out += (domainOwners[String(labels)] ?? []).map(Int.init)
            guard let dot = labels.firstIndex(of: ".") else { break }
            labels = labels[labels.index(after: dot)...]
        }
        return out
    }

    /// Whether profile `id` has a name or alias whose identity key is `key` (`amazon` for amazon.yaml's `Amazon`).
    func answers(_ id: String, to key: String) -> Bool {
        collisions(of: key, limit: 1, countLimit: 1) { $0.id == id }.matches.contains { $0.likeness != .oneEdit }
    }

    /// Whether `key` is one of the brand labels of profile `owner`.
    func isLabel(_ key: String, of owner: Int) -> Bool {
        (labels[key] ?? []).contains { labelEntries[Int($0)].owner == Int32(owner) }
    }

    /// Whether `key` is exactly a brand label of a profile related to `me` (not `me` itself: a profile's own
    /// domain label proves nothing about whose brand it is).
    func isLabelOfRelated(_ key: String, to me: Owner) -> Bool {
        (labels[key] ?? []).contains { e in
            let owner = owners[Int(labelEntries[Int(e)].owner)]
            return owner.id != me.id && related(me, owner)
        }
    }

    /// Optimal string alignment distance <= 1 (one insertion, deletion, substitution or swap of neighbours).
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }  // substitution
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]  // swap
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        return long[(i + 1)...] == short[i...]
    }
}

/// Words that say nothing about whose site it is (`support`, `help`, `shop`, `jp`): they never count as a brand,
/// and a domain label made of a brand and only these (`amazon-support-center`, `anker-care`) is a look-alike.
/// The dictionary of typosquatting tools (dnstwist's `--dictionary`) is built the same way.
enum GenericWords {
    static let words: Set<String> = [
        "support", "help", "helps", "helpdesk", "desk", "care", "customer", "customers", "service", "services", "center", "centre",
        "contact", "contacts", "official", "shop", "shops", "store", "stores", "online", "mall", "market", "seller", "sellers",
        "global", "direct", "info", "team", "line", "call", "phone", "tel", "mail", "email", "web", "site", "app", "my", "the",
        "get", "go", "buy", "pay", "secure", "login", "signin", "account", "accounts", "order", "orders", "refund", "refunds",
        "return", "returns", "claim", "claims", "deal", "deals", "sale", "sales", "outlet", "club", "plus", "hotline", "helpline",
        "number", "chat", "live", "now", "fast", "free", "best", "top", "home", "world", "international", "intl", "corp", "inc",
        "co", "com", "net", "org", "company", "group", "express", "us", "usa", "uk", "jp", "kr", "cn", "eu", "de", "fr", "ca",
        "au", "in", "hk", "tw", "sg", "cs", "hq", "24", "247", "24x7", "center24", "japan", "korea", "china", "america",
        "delivery", "track", "tracking", "parcel", "warranty", "repair", "assist", "assistance", "desk", "portal", "hub",
        "resolution", "dispute", "disputes", "verify", "verification", "update", "security", "safety", "prime",
    ].reduce(into: Set<String>()) { $0.insert(Confusables.identityKey($1)) }

    static func contains(_ key: String) -> Bool { words.contains(key) }

    /// The longest generic word, in scalars (bounds the segmentation below).
    static let longest = words.map { $0.unicodeScalars.count }.max() ?? 0
}

extension IdentityIndex {
    /// The owner record of the profile in `file` (which need not be the one the index holds for its id).
    static func owner(of profile: ProfileFile, file: String) -> Owner {
        Owner(id: profile.id, file: file, kind: profile.kind, group: profile.group, sellerProfile: profile.thirdParty?.sellerProfile,
              domains: Domains.usable(profile.domains), resembles: Set((profile.resembles ?? []).map(\.profile)), sellsOn: profile.sellsOn)
    }

    /// "the profile 'amazon' (Merchants/amazon.yaml)".
    func describe(_ owner: Int) -> String { "the profile '\(owners[owner].id)' (\(owners[owner].file))" }

    /// How to say two profiles belong together, for messages.
    static func relationHint(_ other: String) -> String {
        "if the two really belong together, give them the same `group`, or add `resembles: [{profile: \(other), reason: ...}]` saying why (reviewers see it)"
    }
}

extension ValidationContext {
    /// The identity index of this context: built once by the validator; built here (costing a pass over every
    /// profile) only for a context made by hand.
    var identityIndex: IdentityIndex { identities ?? IdentityIndex(self) }
}

extension ValidatedFile {
    /// The profile's names and aliases with where each is written.
    var identityTexts: [(text: String, path: [any CodingKey])] {
        guard let profile else { return [] }
        var out: [(String, [any CodingKey])] = []
        for (language, text) in profile.names.entries { out.append((text, [PK.names, key(language)])) }
        for (i, alias) in profile.aliases.enumerated() { out.append((alias, [PK.aliases, Index(i)])) }
        return out
    }
}
