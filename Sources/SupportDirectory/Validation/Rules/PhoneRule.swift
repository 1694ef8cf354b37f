/// Phone numbers are E.164: `+`, the country calling code, and a national number of a plausible length.
struct PhoneRule: ValidationRule {
    static let id = "phone-e164"
    static let description = "Phone numbers are written in E.164 form (+, country code, digits only) with a plausible length for the country."
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
                phone: ↓1-888-280-4331
                source: {url: https://www.example.com/contact, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: phone
                kind: phone
                phone: ↓"+8203012345678"
                source: {url: https://www.example.com/contact, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: phone
                kind: phone
                phone: ↓"+1888280433"
                source: {url: https://www.example.com/contact, seen: 2026-11-01, quality: official-page}
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
                phone: "+18882804331"
                source: {url: https://www.example.com/contact, seen: 2026-11-01, quality: official-page}
              - id: phone-jp
                kind: phone
                phone: "+81120999373"
                source: {url: https://www.example.com/contact, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            countries:
              - country: KR
                steps:
                  - id: kr-1372
                    name: 1372 Consumer Counselling Center
                    party: consumer-agency
                    phone: "1372"
                    source: {url: https://www.1372.go.kr/, seen: 2026-11-01, quality: official-page}
            """, fileName: "escalation.yaml", vocabulary: true),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        file.contactPoints.filter { $0.field == .phone }.compactMap { point in
            // Agencies publish national short numbers (1372, 188, 12315) that have no E.164 form.
            if point.isAgency && PhoneNumbering.isShortCode(point.value) { return nil }
            guard let problem = PhoneNumbering.problem(with: point.value) else { return nil }
            return finding("the phone number '\(point.value)' of \(point.owner) \(problem)", in: file, at: point.path)
        }
    }
}
