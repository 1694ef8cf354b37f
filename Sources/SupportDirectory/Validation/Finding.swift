import YAMLDecoding

/// How bad a finding is. `notice` never fails a run; `warning` fails only with `--strict`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case notice, warning, error

    private var rank: Int {
        switch self {
        case .notice: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Where a finding points: a file, a 1-based line and a 1-based column (in Characters).
public struct FindingLocation: Sendable, Hashable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: FindingLocation, b: FindingLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One problem (or review notice) in one file: what is wrong, where, and what would be right.
public struct Finding: Sendable, Hashable {
    /// The stable id of the rule that found it (`phone-e164`).
    public var ruleID: String
    public var severity: Severity
    public var location: FindingLocation
    /// What is wrong and what would be right.
    public var message: String
    /// The text of the offending line, for showing it with a caret.
    public var sourceLine: String?

    public init(ruleID: String, severity: Severity, location: FindingLocation, message: String, sourceLine: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `path:line:col: severity: message [rule-id]`.
    public var description: String {
        // A line break in a file name is shown as \n, so it cannot start a line that looks like another finding.
        let path = location.path.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        return "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(ruleID)]"
    }

    /// The description, then the source line and a caret under the column (aligned for a terminal).
    public func rendered(caret: Bool) -> String {
        guard caret, let sourceLine else { return description }
        // Reuse the decoder's terminal-width-aware caret.
        let shaped = YAMLError(path: "", line: location.line, column: location.column, message: "", sourceLine: sourceLine)
            .rendered(caret: true)
        let lines = shaped.split(separator: "\n", omittingEmptySubsequences: false)
        return ([description] + lines.dropFirst().map(String.init)).joined(separator: "\n")
    }

    /// A copy with the path shown differently (relative to the working directory).
    func withPath(_ path: String) -> Finding {
        var copy = self
        copy.location.path = path
        return copy
    }
}

/// A problem that keeps validation from running at all (unreadable path, bad option, not a git checkout).
public struct ValidationToolError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// A mistake in how the tool was called (an unknown option, rule or reporter): exit status 64 like every other
    /// usage error, rather than "could not run" (2).
    public var isUsage: Bool
    public init(_ message: String, usage: Bool = false) {
        self.message = message
        self.isUsage = usage
    }
    public var description: String { message }
}
