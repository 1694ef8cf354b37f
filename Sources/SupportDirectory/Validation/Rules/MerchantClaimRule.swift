/// A brand or seller profile does not call itself another merchant's customer service: "Amazon Support",
/// "아마존 고객센터", "アマゾン カスタマーサービス", "亚马逊客服". That is what a fake helpline calls itself; a brand's or
/// seller's profile is about its own support, and the marketplace's support is in the marketplace's profile.
struct MerchantClaimRule: ValidationRule {
    static let id = "claims-other-merchant"
    static let description = "A brand or seller profile's names and aliases do not describe it as another merchant's customer service."
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
        "客服", "客服中心", "客户服务", "客户支持", "售后", "售后服务", "人工客服", "客服热线",
    ].map(SearchKey.normalize).sorted { $0.count > $1.count }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile, profile.kind == .brand || profile.kind == .seller else { return [] }
        let index = context.identityIndex
        let me = IdentityIndex.owner(of: profile, file: file.displayPath)
        var findings: [Finding] = []
        for (text, path) in file.identityTexts {
            guard let claim = Self.claimedMerchant(in: text) else { continue }
            // The rest as a whole (`amazon japan`), else each of its words (`amazon` in `amazon refund desk`).
            let words = claim.rest.split(separator: " ").map(String.init)
            let candidates = [claim.rest] + (words.count > 1 ? words : [])
            let other = candidates.lazy.compactMap { candidate in
                index.collisions(of: candidate, limit: 1, countLimit: 1) { $0.id != me.id && !index.related(me, $0) }.matches.first?.name
            }.first
            guard let other else { continue }
            findings.append(finding(
                "'\(text)' describes this \(profile.kind.rawValue) profile as the customer service ('\(claim.service)') of '\(other.text)', \(index.describe(other.profile)); a \(profile.kind.rawValue) profile lists this merchant's own support under its own name, and the other merchant's support belongs in its profile. \(IdentityIndex.relationHint(index.owners[other.profile].id).prefix(1).uppercased() + IdentityIndex.relationHint(index.owners[other.profile].id).dropFirst())",
                in: file, at: path))
        }
        return findings
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
