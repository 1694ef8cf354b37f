/// Sources go stale: seen more than a year ago warns; more than two years is an error under `--strict`.
struct SourceAgeRule: ValidationRule {
    static let id = "source-age"
    static let description = "Sources seen more than 365 days ago should be checked again (warning); more than 2 years is an error with --strict."
    static let defaultSeverity = Severity.warning

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: help
                kind: help-center
                url: https://www.example.com/help
                source: {url: https://www.example.com/help, seen: ↓2025-11-01, quality: official-page}
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
                source: {url: https://www.example.com/help, seen: ↓2023-01-01, quality: official-page}
            """, strict: true),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: help
                kind: help-center
                url: https://www.example.com/help
                source: {url: https://www.example.com/help, seen: 2025-11-23, quality: official-page}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        file.sourceReferences.compactMap { ref in
            let age = ref.source.seen.days(until: context.today)
            guard age > 365 else { return nil }
            let severity: Severity = age > 730 && context.strict ? .error : .warning
            return finding("the source of \(ref.owner) was seen \(age) days ago (\(ref.source.seen)); open \(ref.source.url) again, check the contact point and set `seen` to the day you checked",
                           in: file, at: ref.path + [SK.seen], severity: severity)
        }
    }
}
