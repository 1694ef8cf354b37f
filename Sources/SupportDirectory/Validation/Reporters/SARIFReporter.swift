import Foundation

/// SARIF 2.1.0, the format code-scanning dashboards (GitHub code scanning and others) read.
public enum SARIFReporter: FindingReporter {
    public static let identifier = "sarif"
    public static let description = "SARIF 2.1.0 JSON for code-scanning dashboards"

    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "supportdir"
        var informationUri = "https://github.com/supportdir/supportdir"
        var rules: [Rule]
    }
    struct Rule: Encodable {
        var id: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var level: String
        var message: Message
        var locations: [Location]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: Artifact; var region: Region }
    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int }

    /// A relative path stays relative (resolved against the checkout); an absolute one becomes a file URL.
    static func uri(_ path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).absoluteString }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .notice: return "note"
        }
    }

    public static func generateReport(_ report: ValidationReport, terminal: Bool) -> String {
        var rules = ValidationRules.all.map {
            Rule(id: $0.id, shortDescription: Message(text: $0.description),
                 defaultConfiguration: Configuration(level: level($0.defaultSeverity)))
        }
        rules.append(Rule(id: ChangedContactPoints.ruleID, shortDescription: Message(text: ChangedContactPoints.description),
                          defaultConfiguration: Configuration(level: "note")))
        let results = report.findings.map {
            Result(ruleId: $0.ruleID, level: level($0.severity), message: Message(text: $0.message),
                   locations: [Location(physicalLocation: PhysicalLocation(
                       artifactLocation: Artifact(uri: uri($0.location.path)),
                       region: Region(startLine: $0.location.line, startColumn: $0.location.column)))])
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
