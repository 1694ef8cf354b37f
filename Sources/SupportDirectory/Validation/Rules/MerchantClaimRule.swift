/// A profile does not call itself another merchant's customer service: "Amazon Support",
/// "아마존 고객센터", "アマゾン カスタマーサービス", "亚马逊客服". That is what a fake helpline calls itself; a profile
/// is about its own merchant's support, and the marketplace's support is in the marketplace's profile.
/// Nor does any profile take another merchant's name with nothing but generic words added ("Amazon Deals",
/// "Аmazon Returns" with a Cyrillic А, "Anker Official Store"): that is the other merchant's name, dressed up.
struct MerchantClaimRule: ValidationRule {
    static let id = "claims-other-merchant"
    static let description = "Names and aliases do not describe a profile as another merchant's customer service, nor are they another merchant's name plus generic words."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        RuleExample("""
            id: support-center
            kind: brand
            names: {en: ↓Amazon Support, ko: 아마존 고객센터}
            domains: [support-center.example]
            """),
        RuleExample("""
            id: helpline
            kind: seller
            names: Helpline
            aliases: [↓아마존 고객센터]
            domains: [helpline.example]
            sells_on: [amazon]
            """),
        RuleExample("""
            id: call-center
            kind: brand
            names: {en: Call Center, ja: ↓アマゾンカスタマーサービス}
            domains: [call-center.example]
            """),
        RuleExample("""
            id: care
            kind: brand
            names: Care
            aliases: [↓anker customer care]
            domains: [care.example]
            """),
        // Another merchant's name with only generic words added, for any kind (a Cyrillic А here).
        RuleExample("""
            id: deals-club
            kind: retailer
            names: {en: ↓Аmazon Deals Club, ko: 딜 클럽}
            domains: [deals-club.example]
            """),
        // German service words (amazon-de's shoppers write them).
        RuleExample("""
            id: kundendienst
            kind: seller
            names: Kundendienst
            aliases: [↓Amazon Kundenservice]
            domains: [kundendienst.example]
            sells_on: [amazon]
            """),
        // Generic words run into the brand, as a social-media handle writes it.
        RuleExample("""
            id: handle
            kind: seller
            names: Handle
            aliases: [↓AmazonHelp]
            domains: [handle.example]
            """),
    ]
    static let nonTriggeringExamples = [
        // Its own support.
        RuleExample("""
            id: soundwave
            kind: brand
            names: {en: Soundwave, ko: 사운드웨이브}
            aliases: [soundwave support, 사운드웨이브 고객센터]
            domains: [soundwave.example]
            sells_on: [amazon]
            """),
        // Selling on a marketplace, said plainly.
        RuleExample("""
            id: gadget-store
            kind: seller
            names: Gadget Store on Amazon
            domains: [gadget-store.example]
            sells_on: [amazon]
            """),
        // A name of its own beside generic words and a marketplace it sells on.
        RuleExample("""
            id: sunny-deals
            kind: seller
            names: {en: Sunny Deals, ko: 써니 딜}
            aliases: [sunny deals on amazon, sunny official store]
            domains: [sunny-deals.example]
            sells_on: [amazon]
            """),
        // Declared: an authorised service partner, with where reviewers can check it.
        RuleExample("""
            id: fixit
            kind: seller
            names: FixIt
            aliases: [anker service center]
            domains: [fixit.example]
            resembles:
              - {profile: anker, reason: "Anker's authorised repair partner for Korea, listed on anker.com/pages/service-partners."}
            """),
    ]

    /// Words that describe customer service, in the four languages (folded as search folds them).
    static let serviceWords: [String] = [
        "customer service", "customer services", "customer care", "customer support", "customer center", "customer centre",
        "support", "support center", "help desk", "helpdesk", "helpline", "hotline", "help center", "help centre", "help",
        "contact center", "call center", "service center", "care", "official support", "cs",
        "고객센터", "고객 센터", "고객지원", "고객 지원", "고객상담", "상담센터", "서비스센터", "콜센터", "고객서비스", "고객 서비스",
        "カスタマーサービス", "カスタマーセンター", "カスタマーサポート", "サポートセンター", "サポート", "お客様センター",
        "お客さまセンター", "お客様窓口", "お問い合わせ窓口", "コールセンター", "カスタマー",
        "客服", "客服中心", "客户服务", "客户支持", "售后", "售后服务", "人工客服", "客服热线", "客服电话", "热线",
        "상담", "고객문의", "문의", "お問い合わせ", "問い合わせ", "窓口", "サポートデスク",
        "refund desk", "returns desk", "service desk", "desk", "service",
        "kundenservice", "kundendienst", "kundensupport", "kundenbetreuung", "hilfe", "hilfecenter", "servicecenter",
    ].map(SearchKey.normalize).sorted { $0.count > $1.count }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        let index = context.identityIndex
        let me = IdentityIndex.owner(of: profile, file: file.displayPath)
        var findings: [Finding] = []
        for (text, path) in file.identityTexts {
            if let claim = Self.claimedMerchant(in: text) {
                // The rest as a whole (`amazon japan`), else each of its words (`amazon` in `amazon refund desk`).
                let words = claim.rest.split(separator: " ").map(String.init)
                let candidates = [claim.rest] + (words.count > 1 ? words : [])
                let other = candidates.lazy.compactMap { candidate in
                    index.collisions(of: candidate, limit: 1, countLimit: 1) { $0.id != me.id && !index.related(me, $0) }.matches.first?.name
                }.first
                if let other {
                    findings.append(finding(
                        "'\(text)' describes this \(profile.kind.rawValue) profile as the customer service ('\(claim.service)') of '\(other.text)', \(index.describe(other.profile)); a \(profile.kind.rawValue) profile lists this merchant's own support under its own name, and the other merchant's support belongs in its profile. \(Self.capitalized(IdentityIndex.relationHint(index.owners[other.profile].id)))",
                        in: file, at: path))
                    continue
                }
            }
            if let dressed = Self.dressedUpName(text, me: me, index: index) {
                findings.append(finding(
                    "'\(text)' is '\(dressed.name.text)' of \(index.describe(dressed.name.profile)) with only generic words added ('\(dressed.words.joined(separator: "', '"))'): a shopper would take this profile for that merchant; name this merchant by its own name. \(Self.capitalized(IdentityIndex.relationHint(index.owners[dressed.name.profile].id)))",
                    in: file, at: path))
            }
        }
        return findings
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Another, unrelated profile's name that `text` is once its generic words (``GenericWords``: `deals`,
    /// `official`, `store`, `korea`...) are taken off, and those words; nil when no word is generic, nothing else
    /// is left, or what is left is not a name of another profile as a whole (`Gadget Store on Amazon` leaves
    /// `gadget on amazon`, which is nobody's name).
    static func dressedUpName(_ text: String, me: IdentityIndex.Owner, index: IdentityIndex) -> (name: IdentityIndex.Name, words: [String])? {
        let words = SearchKey.words(text)
        let accept: (IdentityIndex.Owner) -> Bool = { $0.id != me.id && !index.related(me, $0) }
        if words.count == 1 { return runTogether(words[0], me: me, index: index, accept: accept) }
        guard words.count >= 2 else { return nil }
        var generic: [String] = [], rest: [String] = []
        for word in words {
            if GenericWords.contains(Confusables.identityKey(word)) { generic.append(word) } else { rest.append(word) }
        }
        guard !generic.isEmpty, !rest.isEmpty else { return nil }
        // A name another profile uses whole is the name rule's finding (`Amazon Japan`), not a second one here.
        if !index.collisions(of: text, limit: 1, countLimit: 1, where: accept).matches.isEmpty { return nil }
        let brand = rest.joined(separator: " ")
        // What is left is also this profile's own name or its family's (`Amazon` for amazon-de's `Amazon.de`, group
        // amazon): then the other profile takes that name (name-collision tells it so), not this one.
        let family = index.collisions(of: brand, limit: 1, countLimit: 1) { index.related(me, $0) }.matches.first
        if let family, family.likeness != .oneEdit { return nil }
        let match = index.collisions(of: brand, limit: 1, countLimit: 1, where: accept).matches.first
        // One typing error away is the name rule's reading of whole names; here the brand must be the same name.
        guard let match, match.likeness != .oneEdit else { return nil }
        return (match.name, generic)
    }

    /// The same for one Latin word with the generic words run into it, as a handle or a domain label writes them:
    /// `AmazonSupport`, `amazonhelp` (``LookalikeDomainRule/brandCandidates(in:)`` takes them off).
    static func runTogether(_ word: String, me: IdentityIndex.Owner, index: IdentityIndex,
                            accept: (IdentityIndex.Owner) -> Bool) -> (name: IdentityIndex.Name, words: [String])? {
        let key = Confusables.identityKey(word)
        guard key.utf8.allSatisfy({ $0 < 0x80 }), index.collisions(of: word, limit: 1, countLimit: 1, where: accept).matches.isEmpty
        else { return nil }
        for candidate in LookalikeDomainRule.brandCandidates(in: key) where candidate != key {
            // This profile's own name or its family's with generic words run in (`ankerdirect` of anker) is its own.
            if let family = index.collisions(of: candidate, limit: 1, countLimit: 1, where: { index.related(me, $0) }).matches.first,
               family.likeness != .oneEdit { return nil }
            guard let match = index.collisions(of: candidate, limit: 1, countLimit: 1, where: accept).matches.first,
                  match.likeness != .oneEdit, let range = key.range(of: candidate) else { continue }
            let added = [String(key[..<range.lowerBound]), String(key[range.upperBound...])].filter { !$0.isEmpty }
            return (match.name, added)
        }
        return nil
    }

    /// The service words found in `text` and what is left once they are taken out (`Amazon Support` ->
    /// `Amazon`); nil when `text` holds no service word, or nothing but one.
    /// The first word of each Latin service phrase, and the first character of the others: a name holding
    /// neither is not a claim (most names; this spares them the phrase search).
    static let latinFirstWords = Set(serviceWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.compactMap { $0.split(separator: " ").first.map(String.init) })
    static let otherFirstScalars = Set(serviceWords.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }.compactMap { $0.unicodeScalars.first })

    static func claimedMerchant(in text: String) -> (service: String, rest: String)? {
        let words = SearchKey.words(text)
        guard words.contains(where: latinFirstWords.contains)
                || words.contains(where: { $0.unicodeScalars.contains(where: otherFirstScalars.contains) })
        else { return nil }
        var normalized = " " + words.joined(separator: " ") + " "
        var found: String?
        for word in serviceWords {
            let isLatin = word.unicodeScalars.allSatisfy { $0.isASCII }
            // Latin words must be whole words (`care` is not in `skincare`); the others may be written without spaces.
            let needle = isLatin ? " \(word) " : word
            guard normalized.contains(needle) else { continue }
            found = found ?? word
            normalized = normalized.replacingOccurrences(of: needle, with: " ")
        }
        guard let found else { return nil }
        let rest = normalized.trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : (found, rest)
    }
}
