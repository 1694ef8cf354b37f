/// No profile answers to a name another profile already uses, written the same, folded the same, one
/// typing error away, or looking the same (UTS #39 confusables, `Аmazon` with a Cyrillic А): a shopper typing
/// it would be sent to the wrong merchant, and a look-alike profile is how a fake support number gets in.
/// Profiles declared related (the same `group`, a marketplace and its own sellers profile, or `resembles`)
/// may share names.
struct NameCollisionRule: ValidationRule {
    static let id = "name-collision"
    static let description = "Names and aliases are not another profile's, folded, one edit away or confusable (UTS #39), unless the profiles are declared related."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        // The same alias as the marketplace `amazon` of the example directory.
        RuleExample("""
            id: amazon-support-center
            kind: brand
            names: Support Center
            aliases: [↓amazon.com]
            domains: [support-center.example]
            """),
        // A Cyrillic А (U+0410): the same skeleton as Amazon.
        RuleExample("""
            id: amazon-help
            kind: brand
            names: ↓Аmazon
            domains: [help.example]
            """),
        // Folded: case, width and spaces are ignored by search, so they are the same name.
        RuleExample("""
            id: anker-store
            kind: retailer
            names: {en: Power Store, ja: ↓ＡＮＫＥＲ}
            domains: [power-store.example]
            """),
        // One edit away from `soundcore` (an alias of `anker`).
        RuleExample("""
            id: sound-shop
            kind: retailer
            names: Sound Shop
            aliases: [↓soundcorre]
            domains: [sound-shop.example]
            """),
        // Selling on a marketplace does not make a profile related to it.
        RuleExample("""
            id: gadgets
            kind: brand
            names: {en: Gadgets, ko: ↓아마존}
            domains: [gadgets.example]
            sells_on: [amazon]
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: Shop, ko: 상점}
            aliases: [corner shop]
            domains: [shop.example.com]
            """),
        // The same group.
        RuleExample("""
            id: amazon-fresh
            kind: retailer
            names: Amazon Fresh
            aliases: [amzn]
            group: amazon
            domains: [amazon.com]
            """),
        // Declared, with a reason reviewers can check.
        RuleExample("""
            id: soundcores
            kind: brand
            names: Soundcores
            domains: [soundcores.example]
            resembles:
              - {profile: anker, reason: "Soundcores Ltd (speakers) is unrelated to Anker's Soundcore; see soundcores.example/about."}
            """),
        // Short keys are compared only whole: `amzn` and `ams` differ by one edit, but so do many names.
        RuleExample("""
            id: ams
            kind: retailer
            names: AMS
            domains: [ams.example]
            """),
    ]

    /// Profiles counted in a message ("and names of 99 or more other profiles").
    static let countLimit = 100

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        let index = context.identityIndex
        let me = IdentityIndex.owner(of: profile, file: file.displayPath)
        var findings: [Finding] = []
        // Every colliding name at its own position: five spellings of one look-alike are five places to fix.
        for (text, path) in file.identityTexts {
            let (others, profiles) = index.collisions(of: text, countLimit: Self.countLimit) { !index.related(me, $0) }
            guard let first = others.min(by: { rank($0.likeness) < rank($1.likeness) }) else { continue }
            // The name is this profile's brand as its own domain writes it (`Amazon` of amazon.yaml, amazon.com), and
            // no other profile's domain writes the name it collides with: the others take this one's brand (each is
            // told so in its own file), this one keeps it. Telling amazon.yaml to "use this merchant's own name"
            // after a newcomer's `Аmazon` would send a reviewer the wrong way. Two brands that each own their
            // domain (Amazona of amazona.example) are both told.
            if Self.ownsDomainLabel(index.identity(of: text).key, me),
               !others.contains(where: { Self.ownsDomainLabel($0.name.key, index.owners[$0.name.profile]) }) {
                continue
            }
            let other = index.owners[first.name.profile]
            let theirs = "'\(first.name.text)' of \(index.describe(first.name.profile))"
            var message: String
            switch first.likeness {
            case .same: message = "the name '\(text)' is already \(theirs)"
            case .folded: message = "'\(text)' is the same name as \(theirs) once case, width and spacing are ignored (both are '\(first.name.folded)' to search)"
            case .confusable:
                let characters = Confusables.lookalikeCharacters(in: text)
                message = "'\(text)' looks the same as \(theirs)" + (characters.isEmpty ? "" : ": it holds \(characters.joined(separator: ", ")), "
                    + (characters.count == 1 ? "which looks like a Latin letter" : "which look like Latin letters"))
            case .oneEdit: message = "'\(text)' is one typing error away from \(theirs)"
            }
            let more = profiles - 1
            if profiles >= Self.countLimit {
                message += " (and names of \(more) or more other profiles)"
            } else if more > 0 {
                message += " (and names of \(more) more profile\(more == 1 ? "" : "s"))"
            }
            message += "; a shopper typing it could reach the wrong merchant, so use this merchant's own name; " + IdentityIndex.relationHint(other.id)
            findings.append(finding(message, in: file, at: path))
        }
        return findings
    }

    /// Whether one of `owner`'s domains has `key` as its brand label, written plainly (not `amaz0n`, not Punycode).
    static func ownsDomainLabel(_ key: String, _ owner: IdentityIndex.Owner) -> Bool {
        owner.domains.contains { domain in
            let (folded, labelKey) = Confusables.identity(of: IdentityIndex.brandLabel(ofHost: domain))
            return folded == labelKey && labelKey == key
        }
    }

    private func rank(_ likeness: IdentityIndex.Likeness) -> Int {
        switch likeness {
        case .same: return 0
        case .folded: return 1
        case .confusable: return 2
        case .oneEdit: return 3
        }
    }
}
