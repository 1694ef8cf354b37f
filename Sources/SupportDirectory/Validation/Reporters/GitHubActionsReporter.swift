/// Workflow commands GitHub turns into annotations on the pull request's files:
/// `::error file=...,line=...,col=...,title=rule-id::message`.
public enum GitHubActionsReporter: FindingReporter {
    public static let identifier = "github-actions"
    public static let description = "GitHub Actions workflow commands (::error file=...,line=...::...) that annotate the pull request"

    public static func generateReport(_ report: ValidationReport, terminal: Bool) -> String {
        var out = ""
        for finding in report.findings {
            let command = finding.severity == .notice ? "notice" : finding.severity.rawValue
            out += "::\(command) file=\(property(finding.location.path)),line=\(finding.location.line),"
                + "col=\(finding.location.column),title=\(property(finding.ruleID))::\(data(finding.message))\n"
        }
        out += (report.failed ? "validation failed: " : "validation passed: ") + report.summary + "\n"
        return out
    }

    /// Escaping for the message (GitHub's `escapeData`): % CR LF.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for properties (GitHub's `escapeProperty`): also `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

import Foundation
