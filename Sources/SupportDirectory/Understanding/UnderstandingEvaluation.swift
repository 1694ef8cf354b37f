import Foundation

/// Measures understanding on a labelled corpus (`Evaluation/*.jsonl`): each query's reading of
/// merchant, seller and issue is correct, asked back, or wrong. `Scripts/evaluate` prints the
/// tables; a test holds the development part to the accuracy reached.
public struct UnderstandingEvaluation: Sendable {
    /// One labelled query, as the corpus writes it.
    public struct LabelledQuery: Codable, Sendable {
        public var id: String
        public var lang: String
        public var text: String
        public var merchant: String?
        public var storefront: String?
        /// `marketplace`, `third-party`, `brand`, or nil when the text does not say.
        public var seller: String?
        /// An issue id, `contact`, or nil when no issue can be read (the right answer is to ask).
        public var issue: String?
    }

    public enum Outcome: String, Sendable, CaseIterable { case correct, asked, wrong }

    public struct Judgement: Sendable {
        public var query: LabelledQuery
        public var merchant: Outcome
        public var seller: Outcome
        public var issue: Outcome
        /// Wrong when any field is wrong, correct when all are, asked otherwise.
        public var overall: Outcome {
            let all = [merchant, seller, issue]
            return all.contains(.wrong) ? .wrong : all.allSatisfy { $0 == .correct } ? .correct : .asked
        }
        /// What was read, for listing the misses.
        public var read: String
        /// When the issue was asked back: whether the expected kind was among the candidates offered.
        public var offeredRightIssue = false
    }

    public let registry: Registry
    /// A fixed clock and zone, so the evaluation never depends on when it runs.
    public let now: Date

    public init(registry: Registry, now: Date = Date(timeIntervalSince1970: 1_796_000_000)) {
        self.registry = registry
        self.now = now
    }

    /// Reads a JSON Lines corpus; a line that does not parse is an error naming its line.
    public static func load(_ url: URL) throws -> [LabelledQuery] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var queries: [LabelledQuery] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                queries.append(try JSONDecoder().decode(LabelledQuery.self, from: Data(line.utf8)))
            } catch {
                throw CorpusError(file: url.lastPathComponent, line: n + 1, detail: "\(error)")
            }
        }
        return queries
    }

    public struct CorpusError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var detail: String
        public var description: String { "\(file):\(line): not a labelled query: \(detail)" }
    }

    public func judge(_ q: LabelledQuery) -> Judgement {
        let request = ResolveRequest(text: q.text, timeZone: TimeZone(identifier: "UTC")!, now: now, environment: [:])
        let u = QueryUnderstanding(registry: registry).understand(request)
        let read = "merchant=\(u.merchant ?? u.merchantStatus.rawValue) seller=\(u.seller?.kindLabel ?? "-")"
            + (u.seller?.profileID.map { "(\($0))" } ?? "")
            + " issue=\(u.intent == .contact ? "contact" : u.issue ?? u.issueStatus.rawValue)"
        var judgement = Judgement(query: q, merchant: judgeMerchant(q, u), seller: judgeSeller(q, u), issue: judgeIssue(q, u), read: read)
        judgement.offeredRightIssue = judgement.issue == .asked && u.issueCandidates.contains { $0.id == q.issue }
        return judgement
    }

    /// One query's reading as a JSON line, with the words the issue was read from (merchants blanked out):
    /// what `understanding-eval --trace` writes, for studying the recognisers offline.
    public func trace(_ q: LabelledQuery) -> String {
        let request = ResolveRequest(text: q.text, timeZone: TimeZone(identifier: "UTC")!, now: now, environment: [:])
        let understanding = QueryUnderstanding(registry: registry)
        let before = understanding.understandBeforeIssue(request)
        let u = understanding.understand(request)
        let compiled = RecogniserCache.recognisers(for: registry.vocabulary)
        let words = QueryUnderstanding.issueWords(of: request, before, compiled: compiled)
        let text = ShopperText(words, readings: registry.vocabulary.understanding, stemmer: EnglishStemmer(), exactWords: compiled.ordinaryWords)
        // What each recogniser saw: the phrase readings (kind, phrase, words, score) and the examples' likeliest kinds.
        let phrases = compiled.issues.readings(in: text).map { [$0.issue, $0.match.phrase, $0.match.written, $0.score] as [Any] }
        let likened = compiled.examples.guesses(for: text).prefix(3).map { [$0.kind, ($0.confidence * 100).rounded() / 100] as [Any] }
        let object: [String: Any] = [
            "id": q.id, "lang": q.lang, "label": q.issue ?? NSNull(), "text": q.text, "issue_words": words,
            "status": u.issueStatus.rawValue, "issue": u.issue ?? NSNull(), "intent": u.intent == .contact ? "contact" : "problem",
            "candidates": u.issueCandidates.map { [$0.id, $0.score ?? 0] as [Any] },
            "score": u.facts.first { $0.field == "issue" }?.score ?? 0,
            "merchant_ok": judgeMerchant(q, u) == .correct, "seller_ok": judgeSeller(q, u) == .correct,
            "phrases": phrases, "examples": likened,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    func group(of id: String) -> String { registry.profile(id: id)?.group ?? id }

    func judgeMerchant(_ q: LabelledQuery, _ u: Understanding) -> Outcome {
        guard let expected = q.merchant else {
            return u.merchantStatus == .found ? .wrong : .correct
        }
        guard u.merchantStatus == .found, let got = u.merchant else { return .asked }
        if q.seller == "brand", got == expected || u.seller?.profileID == expected { return .correct }
        if let storefront = q.storefront { return got == storefront ? .correct : .wrong }
        return group(of: got) == group(of: expected) ? .correct : .wrong
    }

    func judgeSeller(_ q: LabelledQuery, _ u: Understanding) -> Outcome {
        let kind = u.seller?.kindLabel
        switch q.seller {
        case "third-party": return kind == "third-party" ? .correct : kind == nil ? .asked : .wrong
        case "brand":
            guard let brand = q.merchant else { return .asked }
            return u.merchant == brand || u.seller?.profileID == brand ? .correct : kind == nil ? .asked : .wrong
        default:
            // The marketplace itself, or not said: no third-party reading.
            return kind == "third-party" ? .wrong : .correct
        }
    }

    func judgeIssue(_ q: LabelledQuery, _ u: Understanding) -> Outcome {
        switch q.issue {
        case nil:
            return u.issueStatus == .found ? .wrong : .correct
        case "contact":
            if u.intent == .contact { return .correct }
            return u.issueStatus == .found ? .wrong : .asked
        case let expected?:
            if u.issueStatus == .found { return u.issue == expected ? .correct : .wrong }
            return .asked
        }
    }

    /// Rows of correct / asked / wrong per language, for each field and overall.
    public static func table(_ judgements: [Judgement], title: String) -> String {
        var lines = ["\(title)", "", "| language | queries | field | correct | asked back | wrong |", "|---|---:|---|---:|---:|---:|"]
        let languages = ["en", "ko", "ja", "zh"].filter { l in judgements.contains { $0.query.lang == l } }
        for lang in languages + ["all"] {
            let rows = lang == "all" ? judgements : judgements.filter { $0.query.lang == lang }
            let fields: [(String, KeyPath<Judgement, Outcome>)] = [("merchant", \.merchant), ("seller", \.seller), ("issue", \.issue), ("overall", \.overall)]
            for (name, path) in fields {
                let count = { (o: Outcome) in rows.filter { $0[keyPath: path] == o }.count }
                lines.append("| \(lang) | \(rows.count) | \(name) | \(percent(count(.correct), rows.count)) | \(percent(count(.asked), rows.count)) | \(percent(count(.wrong), rows.count)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Correct / asked / wrong of the issue field per expected kind (contact included).
    public static func kindTable(_ judgements: [Judgement]) -> String {
        var lines = ["| kind | queries | correct | asked back | wrong |", "|---|---:|---:|---:|---:|"]
        let kinds = Set(judgements.map { $0.query.issue ?? "(none: ask)" }).sorted()
        for kind in kinds {
            let rows = judgements.filter { ($0.query.issue ?? "(none: ask)") == kind }
            let count = { (o: Outcome) in rows.filter { $0.issue == o }.count }
            lines.append("| \(kind) | \(rows.count) | \(count(.correct)) | \(count(.asked)) | \(count(.wrong)) |")
        }
        let asked = judgements.filter { $0.issue == .asked && $0.query.issue != "contact" }
        lines.append("")
        lines.append("Issue asked back: the expected kind among the candidates offered in \(asked.filter(\.offeredRightIssue).count) of \(asked.count).")
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ n: Int, _ total: Int) -> String {
        total == 0 ? "-" : String(format: "%d (%.1f%%)", n, 100 * Double(n) / Double(total))
    }
}
