import Foundation
import YAMLDecoding

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
                    message: error.message + Self.hint(for: error, in: file), sourceLine: error.sourceLine)
        }
    }

    /// What each required key holds, said where it is missing.
    static let keyMeanings: [String: String] = [
        "seen": "the date you read the source page, written YYYY-MM-DD (e.g. seen: 2026-11-22)",
        "url": "the https:// address of the page",
        "quality": "how the source was read: \(SourceQuality.allCases.map(\.rawValue).joined(separator: ", "))",
        "why": "one sentence on why this step comes here",
        "label": "a short name for the deadline (e.g. Return window)",
        "from": "what the deadline counts from: ordered, delivered, expected, first-contact or disputed",
        "kind": "what sort of thing this is (the comments of `supportdir new` list the values)",
    ]

    /// A hint for the common YAML slips the decoder's message alone does not explain.
    static func hint(for error: YAMLError, in file: ValidatedFile) -> String {
        if error.message.hasPrefix("missing required key '"), let key = error.message.split(separator: "'").dropFirst().first,
           let meaning = keyMeanings[String(key)] {
            return "; '\(key)' holds \(meaning)"
        }
        // `source:` left empty and its keys written at the channel's indentation: they collide with the channel's own.
        if error.message.hasPrefix("duplicate key '"), let key = error.message.split(separator: "'").dropFirst().first,
           ["url", "seen", "quality", "note"].contains(String(key)) {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            let indent = { (line: Substring) in line.prefix { $0 == " " }.count }
            guard error.line >= 1, error.line <= lines.count else { return "" }
            let at = indent(lines[error.line - 1])
            for number in stride(from: error.line - 1, through: max(1, error.line - 8), by: -1) {
                let line = lines[number - 1]
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if indent(line) == at, trimmed == "source:" || trimmed.hasPrefix("source: #") || trimmed.hasPrefix("- source:") && trimmed.hasSuffix(":") {
                    return "; the 'source:' on line \(number) is empty and the keys after it are at its own indentation, so they belong to the channel: indent 'url', 'seen' and 'quality' two more spaces, under 'source:'"
                }
            }
        }
        return ""
    }
}
