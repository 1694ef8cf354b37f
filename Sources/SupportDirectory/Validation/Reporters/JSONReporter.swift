import Foundation

/// One JSON object: the findings (with rule, severity, path, line, column, message and source line) and a summary.
public enum JSONReporter: FindingReporter {
    public static let identifier = "json"
    public static let description = "a JSON object with every finding and a summary, for programs"

    struct Output: Encodable {
        struct Item: Encodable {
            var rule: String
            var severity: String
            var path: String
            var line: Int
            var column: Int
            var message: String
            var sourceLine: String?
            enum CodingKeys: String, CodingKey { case rule, severity, path, line, column, message, sourceLine = "source_line" }
        }
        struct Summary: Encodable { var files: Int; var errors: Int; var warnings: Int; var notices: Int; var failed: Bool }
        var findings: [Item]
        var summary: Summary
    }

    public static func generateReport(_ report: ValidationReport, terminal: Bool) -> String {
        let output = Output(
            findings: report.findings.map {
                .init(rule: $0.ruleID, severity: $0.severity.rawValue, path: $0.location.path, line: $0.location.line,
                      column: $0.location.column, message: $0.message, sourceLine: $0.sourceLine)
            },
            summary: .init(files: report.fileCount, errors: report.count(.error), warnings: report.count(.warning),
                           notices: report.count(.notice), failed: report.failed))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
