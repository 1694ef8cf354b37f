/// Every phone, email and url has a source on an official domain, seen on a date not in the future,
/// with a quality level strong enough for what it vouches for.
struct ContactSourceRule: ValidationRule {
    static let id = "contact-source"
    static let description = "Every contact point has a source on an official domain, seen on a date not in the future; a phone number needs more than 'secondary' quality."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: phone
                kind: phone
                ↓phone: "+18005550100"
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: phone
                kind: phone
                phone: "+18005550100"
                source: {url: ↓https://www.helpline-numbers.example.net/shop, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: phone
                kind: phone
                phone: "+18005550100"
                source: {url: https://www.example.com/contact, seen: 2026-11-01, quality: ↓secondary}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: help
                kind: help-center
                url: https://www.example.com/help
                source: {url: https://www.example.com/help, seen: ↓2027-01-05, quality: official-page}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: phone
                kind: phone
                phone: "+18005550100"
                source: {url: https://www.example.com/contact, seen: 2026-11-22, quality: official-page}
              - id: chat
                kind: chat
                path: [Help, Chat]
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<String>()
        for point in file.contactPoints where point.source == nil {
            let owner = point.ownerPath.map(\.stringValue).joined(separator: "/")
            guard reported.insert(owner).inserted else { continue }
            findings.append(finding("the \(point.field.rawValue) '\(point.value)' of \(point.owner) has no source; add `source: {url: <the official page where you saw it>, seen: \(context.today), quality: official-page}`",
                                    in: file, at: point.path).atKey(of: point.path, in: file))
        }
        for ref in file.sourceReferences {
            if !ref.isAgency, !ref.allowedDomains.isEmpty, let host = Domains.host(ofURL: ref.source.url),
               !Domains.isOn(host, ref.allowedDomains) {
                findings.append(finding("the source of \(ref.owner) is on '\(host)', not on an official domain (\(ref.allowedDomains.joined(separator: ", "))); cite the merchant's own page, never a helpline or directory site",
                                        in: file, at: ref.path + [SK.url]))
            }
            if context.today < ref.source.seen {
                findings.append(finding("the source of \(ref.owner) was seen on \(ref.source.seen), which is in the future (today is \(context.today)); write the day you read the page",
                                        in: file, at: ref.path + [SK.seen]))
            }
            if let phone = ref.phone, ref.source.quality == .secondary {
                findings.append(finding("the phone number '\(phone)' of \(ref.owner) has only a 'secondary' source; a phone number needs an 'official-page' or 'in-app' source, because copied numbers are how scam lines spread",
                                        in: file, at: ref.path + [SK.quality]))
            }
        }
        return findings
    }
}

extension Finding {
    /// Points at the key of the mapping entry at `path` (where the missing sibling belongs) rather than its value.
    func atKey(of path: [any CodingKey], in file: ValidatedFile) -> Finding {
        guard let name = path.last?.stringValue, let parent = file.node(at: Array(path.dropLast())),
              let keyNode = parent.keyNode(name) else { return self }
        var copy = self
        copy.location.line = keyNode.location.line
        copy.location.column = keyNode.location.column
        copy.sourceLine = file.document?.sourceLine(keyNode.location.line)
        return copy
    }
}
