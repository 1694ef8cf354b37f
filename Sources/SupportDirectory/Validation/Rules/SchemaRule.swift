/// Everything the strict YAML decoder reports: syntax errors, unknown keys (with did-you-mean),
/// wrong types, missing required keys, duplicate keys.
struct SchemaRule: ValidationRule {
    static let id = "schema"
    static let description = "The file is valid YAML and matches the profile format: no unknown, duplicate or missing keys, no wrong types."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            ↓phnoe: "+18005550100"
            """),
        RuleExample("""
            id: shop
            kind: ↓shop
            names: Shop
            domains: [example.com]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            ↓domains: [example.org]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com
            ↓
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        file.decodingErrors.map { error in
            Finding(ruleID: Self.id, severity: Self.defaultSeverity,
                    location: FindingLocation(path: file.displayPath, line: error.line, column: error.column),
                    message: error.message, sourceLine: error.sourceLine)
        }
    }
}
