/// Reads the issue kind from the shopper's words: every name and synonym of every kind in the
/// vocabulary, compiled as a ``PhrasePattern``, scored against the text; the best place per kind
/// is a reading. The decision is the resolver's (``IssueRecogniser/decide(_:toldAsWish:)``): one reading
/// clearly ahead is the issue, two close ones are asked back.
struct IssueRecogniser: Sendable {
    struct Reading: Sendable {
        var issue: String
        var match: PhraseMatch
        var score: Int { match.score }
    }

    enum Decision {
        case found(Reading, others: [Reading])
        case ambiguous([Reading])
        case none
    }

    /// The least a reading must be worth to count: a word of three letters, or one Han letter (裂, 遅).
    static let minimumScore = 5
    /// Two readings within this share of the best are too close to choose between.
    static let closeShare = 0.85

    let patterns: [(issue: String, pattern: PhrasePattern)]
    /// The language each phrase is listed under (for telling Japanese from Chinese in Han-only text).
    let languages: [String: String]
    /// Kinds that say what the shopper wants (a refund) rather than what went wrong: a problem kind found beside one wins.
    let wishes: Set<String>
    /// Kind -> the kinds it wins over (`outranks` in the vocabulary).
    let outranks: [String: Set<String>]

    init(vocabulary: Vocabulary, stemmer: EnglishStemmer) {
        var patterns: [(String, PhrasePattern)] = []
        var languages: [String: String] = [:]
        let readings = vocabulary.understanding
        for kind in vocabulary.issues {
            for (lang, words) in kind.synonyms { for w in words where languages[w] == nil { languages[w] = lang } }
            var seen = Set<String>()
            let phrases = [kind.id.replacingOccurrences(of: "-", with: " ")] + kind.names.allTexts
                + kind.synonyms.keys.sorted().flatMap { kind.synonyms[$0] ?? [] }
            for phrase in phrases where seen.insert(phrase).inserted {
                if let p = PhrasePattern(phrase, readings: readings, stemmer: stemmer) { patterns.append((kind.id, p)) }
            }
        }
        self.patterns = patterns
        self.languages = languages
        wishes = Set(vocabulary.issues.filter(\.wish).map(\.id))
        outranks = Dictionary(vocabulary.issues.map { ($0.id, Set($0.outranks)) }, uniquingKeysWith: { $0.union($1) })
    }

    /// The best reading per kind, best first; a reading inside a better one of another kind is dropped.
    func readings(in text: ShopperText) -> [Reading] {
        var best: [String: Reading] = [:]
        for (issue, pattern) in patterns {
            guard let m = pattern.bestMatch(in: text), m.score >= Self.minimumScore else { continue }
            if best[issue].map({ m.isBetter(than: $0.match) }) ?? true { best[issue] = Reading(issue: issue, match: m) }
        }
        let all = Array(best.values)
        let kept = all.filter { r in !all.contains { $0.issue != r.issue && $0.match.covers(r.match) } }
        return kept.sorted { ($0.score, -$0.match.first, $0.issue) > ($1.score, -$1.match.first, $1.issue) }
    }

    /// The best reading of `kind` that does not overlap `avoiding`: the same kind told elsewhere in the text
    /// ("교환말고 반품": the exchange is set aside, the return stays).
    func reading(of kind: String, in text: ShopperText, avoiding: PhraseMatch) -> Reading? {
        var best: PhraseMatch?
        for (issue, pattern) in patterns where issue == kind {
            for m in pattern.allMatches(in: text) where m.score >= Self.minimumScore && !m.overlaps(avoiding) && m.isBetter(than: best) {
                best = m
            }
        }
        return best.map { Reading(issue: kind, match: $0) }
    }

    /// Whether `reading` is told as a problem: a kind that is no wish, or a wish told in a phrase ("refund has not
    /// come") that the words around it do not make a wish again ("I just want my money back", in `toldAsWish`).
    func isProblem(_ reading: Reading, toldAsWish: Set<String> = []) -> Bool {
        !wishes.contains(reading.issue) || (reading.match.parts > 1 && !toldAsWish.contains(reading.issue))
    }

    /// Whether `reading` wins over `kind` found beside it: its kind outranks that one, and it is told as a problem.
    func wins(_ reading: Reading, over kind: String, toldAsWish: Set<String> = []) -> Bool {
        isProblem(reading, toldAsWish: toldAsWish) && (outranks[reading.issue]?.contains(kind) ?? false)
    }

    /// One clear reading, several close ones, or none. A kind that outranks another found beside it wins;
    /// problem kinds come before a wish named in a single word ("broken, refund please" is about the damage).
    /// `toldAsWish`: kinds whose words the text frames as a wish (``IssueAsides``).
    func decide(_ readings: [Reading], toldAsWish: Set<String> = []) -> Decision {
        // A wish outranks only when told in a phrase ("refund has not come"), never by its bare word.
        let readings = readings.filter { r in !readings.contains { wins($0, over: r.issue, toldAsWish: toldAsWish) } }
        let problems = readings.filter { isProblem($0, toldAsWish: toldAsWish) }
        let ranked = problems.isEmpty ? readings : problems + readings.filter { r in !problems.contains { $0.issue == r.issue } }
        guard let top = ranked.first else { return .none }
        let pool = problems.isEmpty ? readings : problems
        let close = pool.filter { $0.issue != top.issue && Double($0.score) >= Double(top.score) * Self.closeShare && !$0.match.overlaps(top.match) }
        if !close.isEmpty { return .ambiguous([top] + close) }
        return .found(top, others: Array(ranked.dropFirst()))
    }
}
