import Foundation

/// The candidates of a request that could not be settled, as a numbered choice a terminal can offer.
///
/// The library decides what is offered and what an answer means; the command line only prints the
/// question and reads the line. A chosen merchant or issue is put into the request as if the shopper
/// had given `--merchant ID` or `--issue ID`, and the request is resolved again.
public struct CandidateChoice: Sendable, Equatable {
    public enum Field: Sendable, Equatable { case merchant, issue }

    public var field: Field
    public var options: [Candidate]
    public var language: String

    /// The choice for `unresolved`, or nil when it has fewer than two candidates to offer (a single
    /// candidate is not a question; none leaves only the hints).
    public init?(_ unresolved: Unresolved) {
        let u = unresolved.understanding
        switch unresolved.status {
        case .merchantAmbiguous, .merchantUnknown: (field, options) = (.merchant, u.merchantCandidates)
        case .issueAmbiguous, .issueUnknown: (field, options) = (.issue, u.issueCandidates)
        }
        guard options.count >= 2 else { return nil }
        options = Array(options.prefix(Self.limit))
        language = u.language
    }

    /// At most this many are offered (the understanding already caps its lists; this keeps the question short).
    public static let limit = 9

    /// The question, the numbered options and the prompt, escaped for a terminal.
    public var question: String {
        var lines = [PlanStrings.text(field == .merchant ? "choice.merchant" : "choice.issue", language)]
        for (i, option) in options.enumerated() {
            lines.append("  \(i + 1)  " + OutputEscaping.text("\(option.name) [\(option.id)]"))
        }
        return lines.joined(separator: "\n") + "\n" + PlanStrings.text("choice.prompt", language)
    }

    public enum Answer: Sendable, Equatable {
        case chosen(Candidate)
        /// Enter alone, or the end of input.
        case stop
        /// Not one of the numbers; the message says so in the plan's language.
        case invalid(String)
    }

    /// What a line typed at the prompt means (nil: the input ended).
    public func answer(_ line: String?) -> Answer {
        guard let line else { return .stop }
        let typed = String(line.prefix(40)).trimmingCharacters(in: .whitespacesAndNewlines)
        if typed.isEmpty { return .stop }
        // Full-width digits (１, ２) are what a Japanese or Chinese input method types.
        let digits = String(String.UnicodeScalarView(typed.unicodeScalars.map {
            (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0
        }))
        if let n = Int(digits), (1...options.count).contains(n) { return .chosen(options[n - 1]) }
        return .invalid(PlanStrings.format("choice.not_a_number", language, OutputEscaping.text(typed), String(options.count)))
    }

    /// `request` with the chosen merchant or issue given, as `--merchant ID` or `--issue ID` would.
    public func applying(_ candidate: Candidate, to request: ResolveRequest) -> ResolveRequest {
        var request = request
        switch field {
        case .merchant: request.merchant = candidate.id
        case .issue: request.issue = candidate.id
        }
        return request
    }
}
