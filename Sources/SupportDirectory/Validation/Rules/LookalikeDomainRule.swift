/// No domain or URL host of a profile is built from another profile's brand: `amazon-support-center.com`,
/// `amazon.com-help.net`, `anker-care.shop`, `amaz0n.com`. Scam "helpline" sites are named this way, and a profile
/// that lists one as its own domain passes every other domain check.
///
/// A host label is a look-alike when, once decoded from Punycode (`xn--mazon-3ve` is `аmazon`), its confusable
/// characters mapped (UTS #39) and hyphens dropped,
/// it is another profile's brand label (the label of one of its domains, or a one-word name of at least
/// four letters) or one typing error from it (labels of six or more letters), with at most generic words
/// (`support`, `help`, `care`, `official`, `jp`...) before or after, the way dnstwist builds its dictionary,
/// addition, homoglyph, hyphenation, omission, repetition, replacement, subdomain and transposition
/// permutations. Hosts on the other profile's own domains, related profiles (same `group`, a marketplace's
/// own sellers profile, `resembles`) and labels that are this profile's own brand never trigger it; short
/// labels (`ali`) and generic words alone never do.
struct LookalikeDomainRule: ValidationRule {
    static let id = "lookalike-domain"
    static let description = "Domains and URL hosts are not built from another profile's brand name or domain label (amazon-support-center.com, amazon.com-help.net, anker-care.shop)."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        RuleExample("""
            id: support-center
            kind: brand
            names: Support Center
            domains: [↓amazon-support-center.com]
            """),
        // The brand as a subdomain of someone else's domain.
        RuleExample("""
            id: help-net
            kind: retailer
            names: Help Net
            domains: [com-help.net]
            channels:
              - id: help
                kind: help-center
                url: ↓https://amazon.com-help.net/contact
                source: {url: https://amazon.com-help.net/contact, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: care-shop
            kind: retailer
            names: Care Shop
            domains: [↓anker-care.shop]
            """),
        // dnstwist permutations of amazon.com: homoglyph, omission, repetition, transposition, replacement,
        // addition and hyphenation, each with a generic word.
        RuleExample("""
            id: deals
            kind: retailer
            names: Deals
            domains: [↓amaz0n-deals.com, amazn-help.com, amazzon-support.com, amzaon-store.com, amazom.jp, amazona-care.com, ama-zon-official.com]
            """),
        // tld-swap: the brand under another top-level domain, by a profile that does not call itself by it.
        RuleExample("""
            id: support-shop
            kind: retailer
            names: Support Shop
            domains: [↓amazon.support]
            """),
        // A homoglyph of the brand as the whole label: the profile's "own" brand label is not an excuse.
        RuleExample("""
            id: zero
            kind: retailer
            names: Zero
            domains: [↓amaz0n.com]
            """),
        // Punycode is decoded first: `xn--mazon-3ve` is `аmazon` with a Cyrillic `а`; `xn--nker-care-zyh` is `аnker-care`.
        RuleExample("""
            id: idn
            kind: retailer
            names: IDN
            domains: [↓xn--mazon-3ve.com, xn--nker-care-zyh.com]
            """),
        // A one-word name counts as a brand label: `soundcore` is an alias of `anker`.
        RuleExample("""
            id: audio
            kind: retailer
            names: Audio
            domains: [audio.example]
            channels:
              - id: mail
                kind: email
                email: ↓help@soundcore-support.net
                source: {url: https://audio.example/contact, seen: 2026-11-01, quality: official-page}
            """),
    ]
    static let nonTriggeringExamples = [
        // The imitated profile's own domains, and a subdomain of them.
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com, amazon.co.jp]
            sells_on: [amazon]
            channels:
              - id: help
                kind: help-center
                url: https://www.amazon.co.jp/gp/help
                source: {url: https://www.amazon.co.jp/gp/help, seen: 2026-11-01, quality: official-page}
            """),
        // Generic words alone, short labels, a brand inside a longer word, and a different word one edit from a
        // short brand: none is built from a brand.
        RuleExample("""
            id: help-desk
            kind: retailer
            names: Help Desk
            domains: [support-center.com, help.jp, ali-shop.com, amazonite-jewels.com, banker.com, anchor-care.com]
            """),
        // Its own brand, even when another profile has a similar one.
        RuleExample("""
            id: ankerite
            kind: brand
            names: Ankerite
            domains: [ankerite.com, ankerite-support.com]
            """),
        // Declared and reviewable.
        RuleExample("""
            id: anker-fanclub
            kind: retailer
            names: Fan Club
            domains: [anker-fans.example]
            resembles:
              - {profile: anker, reason: "The fan club sells Anker accessories with Anker's written permission (anker.com/partners)."}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        let index = context.identityIndex
        let me = IdentityIndex.owner(of: profile, file: file.displayPath)
        var findings: [Finding] = []
        // A domain of another, unrelated profile listed as this one's own (other than of a marketplace it sells
        // on, whose pages it may link): every check would then pass on it.
        var shared = Set<String>()
        for (i, domain) in me.domains.enumerated() {
            let others = Set(index.owners(ofDomain: domain)).map { index.owners[$0] }.filter { $0.id != me.id && !index.related(me, $0) && !me.sellsOn.contains($0.id) }
            guard let other = others.min(by: { $0.id < $1.id }) else { continue }
            shared.insert(domain)
            findings.append(finding(
                "the domain '\(domain)' is also a domain of the profile '\(other.id)' (\(other.file)): a profile lists only the domains its merchant owns; \(IdentityIndex.relationHint(other.id))",
                in: file, at: [PK.domains, Index(i)]))
        }
        // The brand labels of this profile's own domains (`amazon` for amazon.yaml's amazon.com) are its own.
        // Only a label written plainly counts: `amaz0n` or `xn--mazon-3ve` (`аmazon`) has the identity key `amazon`,
        // but is Amazon's brand written to deceive, not this profile's own.
        let own = Set(me.domains.filter { !shared.contains($0) }.compactMap { domain -> String? in
            let label = IdentityIndex.brandLabel(ofHost: domain)
            let (folded, key) = Confusables.identity(of: label)
            return folded == key ? key : nil
        })
        let ownNames = Set(IdentityIndex.identityTexts(of: profile).map { index.identity(of: $0).key })
        var checked = Set<String>()
        for (host, path, what) in hosts(in: file, profile) where checked.insert(host).inserted {
            guard let hit = Self.imitation(host: host, own: own, ownNames: ownNames, me: me, index: index) else { continue }
            let owner = index.owners[hit.owner]
            let how = hit.exact ? "holds the brand '\(hit.label)'" : "holds '\(hit.candidate)', one typing error from the brand '\(hit.label)'"
            let unicode = Punycode.unicodeHost(host)
            let decoded = unicode == host ? "" : " ('\(unicode)' once its Punycode is decoded)"
            findings.append(finding(
                "the \(what) '\(host)'\(decoded) \(how) of \(index.describe(hit.owner)) without being one of its domains (\(owner.domains.joined(separator: ", "))): look-alike domains are how fake support sites are named; use this merchant's own domain, or \(IdentityIndex.relationHint(owner.id))",
                in: file, at: path))
        }
        return findings
    }

    /// Every host the profile names: its domains, the hosts of its URLs and emails, and of its sources.
    private func hosts(in file: ValidatedFile, _ profile: ProfileFile) -> [(String, [any CodingKey], String)] {
        var out: [(String, [any CodingKey], String)] = []
        for (i, domain) in Domains.usable(profile.domains).enumerated() { out.append((domain, [PK.domains, Index(i)], "domain")) }
        for point in file.contactPoints where point.field != .phone {
            let host = point.field == .url ? Domains.host(ofURL: point.value) : Domains.emailDomain(point.value)
            if let host { out.append((host, point.path, "host")) }
        }
        for reference in file.sourceReferences {
            if let host = Domains.host(ofURL: reference.source.url) { out.append((host, reference.path + [SK.url], "source host")) }
        }
        return out
    }

    struct Imitation {
        let owner: Int
        /// The brand label imitated and the part of the host that imitates it (identity keys).
        let label: String
        let candidate: String
        let exact: Bool
    }

    /// The first other profile whose brand a label of `host` is built from, if any.
    static func imitation(host: String, own: Set<String>, ownNames: Set<String>, me: IdentityIndex.Owner, index: IdentityIndex) -> Imitation? {
        let labels = host.split(separator: ".").map(String.init)
        let suffixCount = Domains.registrable(host).split(separator: ".").count - 1
        for label in labels.dropLast(max(suffixCount, 1)) {
            for candidate in brandCandidates(in: Confusables.identityKey(Punycode.unicodeLabel(label))) {
                for hit in index.labelOwners(candidate) {
                    let owner = index.owners[hit.owner]
                    // The profile's own brand exempts only an exact match (two profiles with one brand are the
                    // name rules' business); its own domain one typing error from another's brand does not.
                    // And only when the profile answers to that brand as a name, is related to a profile whose
                    // brand it is (`amazon` of amazon-de, group amazon), the other profile is on the same
                    // registrable domain (two shops on one host), or the other does not answer to it either (a
                    // host's label, `example` of shop.example.com and market.example.net): `amazon.support` of a
                    // profile called "Support Shop" is Amazon's brand under another top-level domain (dnstwist's
                    // tld-swap).
                    if hit.exact && own.contains(candidate)
                        && (ownNames.contains(candidate) || index.isLabelOfRelated(candidate, to: me)
                            || owner.domains.contains(where: { Domains.registrable($0) == Domains.registrable(host) })
                            || !index.answers(owner.id, to: candidate)) { continue }
                    // A near match on a label that is also this profile's own name is the other profile
                    // resembling this one (name-collision reports the pair), not this domain imitating it.
                    if !hit.exact && ownNames.contains(candidate) { continue }
                    // Nor when the label is exactly the brand of a profile it is related to: `amazon.de` of amazon-de
                    // (group amazon) is Amazon's own brand, not an imitation of a newcomer called Amazona.
                    if !hit.exact && index.isLabelOfRelated(candidate, to: me) { continue }
                    if owner.id == me.id || index.related(me, owner) || Domains.isOn(host, owner.domains) { continue }
                    return Imitation(owner: hit.owner, label: hit.label, candidate: candidate, exact: hit.exact)
                }
            }
        }
        return nil
    }

    /// The parts of a label (an identity key) left when generic words are taken off its start and end:
    /// `amazonsupportcenter` -> `amazonsupportcenter`, `amazonsupport`, `amazon`. At most a few per label.
    static func brandCandidates(in key: String) -> [String] {
        let scalars = Array(key.unicodeScalars)
        let n = scalars.count
        guard n >= IdentityIndex.minimumLabelLength else { return [] }
        func word(_ range: Range<Int>) -> Bool {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return GenericWords.contains(String(view))
        }
        // Positions reachable from the start through generic words, and from the end.
        var starts = [0], ends = [n]
        var i = 0
        while i < starts.count, starts.count < 8 {
            let s = starts[i]
            for length in 2...max(2, GenericWords.longest) where s + length < n && word(s..<(s + length)) { starts.append(s + length) }
            i += 1
        }
        i = 0
        while i < ends.count, ends.count < 8 {
            let e = ends[i]
            for length in 2...max(2, GenericWords.longest) where e - length > 0 && word((e - length)..<e) { ends.append(e - length) }
            i += 1
        }
        var out: [String] = []
        for s in Set(starts) {
            for e in Set(ends) where e - s >= IdentityIndex.minimumLabelLength {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s..<e])
                let candidate = String(view)
                if !GenericWords.contains(candidate) { out.append(candidate) }
            }
        }
        return out.sorted { $0.unicodeScalars.count < $1.unicodeScalars.count }
    }
}
