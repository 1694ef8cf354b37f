/// Turns a validation report into text for a terminal, a program or a CI service.
/// One type per file under `Validation/Reporters/`, listed in ``FindingReporters/all``.
public protocol FindingReporter: Sendable {
    /// The name given to `--reporter`.
    static var identifier: String { get }
    static var description: String { get }
    /// The whole output; `terminal` says whether it goes to a terminal (source line and caret).
    static func generateReport(_ report: ValidationReport, terminal: Bool) -> String
}

public enum FindingReporters {
    public static let all: [any FindingReporter.Type] = [
        TextReporter.self, JSONReporter.self, GitHubActionsReporter.self, SARIFReporter.self,
    ]

    public static var identifiers: [String] { all.map { $0.identifier } }

    public static func reporter(_ identifier: String) -> (any FindingReporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
