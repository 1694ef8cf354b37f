/// `path:line:col: severity: message [rule-id]`, one per finding; on a terminal each is followed by
/// the offending line and a caret; then a summary line.
public enum TextReporter: FindingReporter {
    public static let identifier = "text"
    public static let description = "path:line:col: severity: message [rule-id], with the line and a caret on a terminal (default)"

    public static func generateReport(_ report: ValidationReport, terminal: Bool) -> String {
        var out = ""
        for finding in report.findings {
            out += finding.rendered(caret: terminal) + "\n"
        }
        out += (report.failed ? "validation failed: " : "validation passed: ") + report.summary + "\n"
        return out
    }
}
