import Foundation

/// Reads the issue kind by likeness to labelled example sentences (`examples:` in
/// `Merchants/_vocabulary/examples-*.yaml`): a naive Bayes model over the words of a sentence
/// (English stems and stem pairs; for Han, kana and Hangul, single letters and runs of two and
/// three), trained when the vocabulary is first used. It generalises where the phrase list is
/// silent ("the app crashes every time I open the cart" shares words with other app faults),
/// and it is the second opinion that turns a phrase reading it disagrees with into a question.
///
/// The classes are the issue ids, `contact` (the wish to reach a person) and `none` (greetings,
/// test strings: nothing to read). A contributor improves it by adding a sentence under a kind.
struct ExampleRecogniser: Sendable {
    struct Guess: Sendable, Equatable {
        /// An issue id, `contact` or `none`.
        var kind: String
        /// The share of belief after tempering, 0...1.
        var confidence: Double
    }

    /// The class that means "nothing to read".
    static let nothing = "none"
    static let contact = "contact"
    /// Smoothing for a feature a class has never seen.
    static let smoothing = 0.3
    /// Naive Bayes is overconfident: log-likelihoods are divided by this temperature before the softmax
    /// (chosen leave-one-set-out on the labelled corpora with the thresholds of ``ExampleRecogniser/review``).
    static let temperature = 3.0

    /// Class -> feature -> in how many of its examples the feature occurs.
    let counts: [String: [String: Int]]
    /// Class -> the number of feature occurrences over all its examples.
    let totals: [String: Int]
    let featureCount: Int
    /// Class -> its examples, for quoting the nearest one.
    let examples: [String: [String]]

    init(examples: [String: [String]], readings: TextReadings, stemmer: EnglishStemmer) {
        var counts: [String: [String: Int]] = [:]
        var totals: [String: Int] = [:]
        var all = Set<String>()
        for (kind, sentences) in examples {
            for sentence in sentences {
                let features = Self.features(of: ShopperText(sentence, readings: readings, stemmer: stemmer))
                for f in features { counts[kind, default: [:]][f, default: 0] += 1 }
                totals[kind, default: 0] += features.count
                all.formUnion(features)
            }
        }
        self.counts = counts
        self.totals = totals
        featureCount = all.count
        self.examples = examples
    }

    /// The vocabulary's example sentences, and each issue kind's synonyms as short examples of it (concept
    /// names and `..` left out: `届 {neg}` teaches 届). Without example sentences there is nothing to liken to.
    init(vocabulary: Vocabulary, stemmer: EnglishStemmer) {
        var examples = vocabulary.examples
        if !examples.isEmpty {
            for kind in vocabulary.issues {
                let phrases = kind.synonyms.keys.sorted().flatMap { kind.synonyms[$0] ?? [] }.map { phrase in
                    phrase.split(separator: " ").filter { !($0.hasPrefix("{") && $0.hasSuffix("}")) && $0 != ".." }.joined(separator: " ")
                }
                examples[kind.id, default: []].append(contentsOf: phrases.filter { !$0.isEmpty })
            }
        }
        self.init(examples: examples, readings: vocabulary.understanding, stemmer: stemmer)
    }

    var isEmpty: Bool { counts.isEmpty }

    /// Every class with its tempered confidence, best first (ties by name, so the order is stable).
    /// `outside`: token ranges left out (the words a phrase reading matched), so that only the rest of the sentence speaks.
    func guesses(for text: ShopperText, outside: [ClosedRange<Int>] = [], temperature: Double = Self.temperature) -> [Guess] {
        let features = Self.features(of: text, outside: outside).filter { f in counts.values.contains { $0[f] != nil } }
        guard !features.isEmpty else { return [] }
        var logLikelihood: [(String, Double)] = []
        for (kind, seen) in counts {
            let denominator = Double(totals[kind] ?? 0) + Self.smoothing * Double(featureCount)
            var sum = 0.0
            for f in features { sum += log((Double(seen[f] ?? 0) + Self.smoothing) / denominator) }
            logLikelihood.append((kind, sum / temperature))
        }
        let best = logLikelihood.map(\.1).max() ?? 0
        let total = logLikelihood.reduce(0.0) { $0 + exp($1.1 - best) }
        return logLikelihood.map { Guess(kind: $0.0, confidence: exp($0.1 - best) / total) }
            .sorted { ($0.confidence, $1.kind) > ($1.confidence, $0.kind) }
    }

    /// The example of `kind` that shares most features with the text: the words the guess came from.
    func nearestExample(of kind: String, to text: ShopperText, readings: TextReadings, stemmer: EnglishStemmer) -> String? {
        let features = Set(Self.features(of: text))
        var best: (shared: Int, sentence: String)?
        for sentence in examples[kind] ?? [] {
            let shared = Set(Self.features(of: ShopperText(sentence, readings: readings, stemmer: stemmer))).intersection(features).count
            if shared > (best?.shared ?? 0) { best = (shared, sentence) }
        }
        return best?.sentence
    }

    /// The distinct features of a text: `w:` English stems and `b:` pairs of them; `c:`, `c2:`, `c3:` letters
    /// and runs of two and three letters of other scripts, within a word (no space or clause break between).
    static func features(of text: ShopperText, outside: [ClosedRange<Int>] = []) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        func add(_ f: String) { if seen.insert(f).inserted { out.append(f) } }
        let tokens = text.tokens
        var previousStem: String?
        var run: [String] = []
        func flushRun() {
            for i in run.indices {
                add("c:" + run[i])
                if i + 1 < run.count { add("c2:" + run[i] + run[i + 1]) }
                if i + 2 < run.count { add("c3:" + run[i] + run[i + 1] + run[i + 2]) }
            }
            run.removeAll()
        }
        for (i, token) in tokens.enumerated() {
            if outside.contains(where: { $0.contains(i) }) { flushRun(); previousStem = nil; continue }
            let joined = i > 0 && !token.breakBefore && tokens[i - 1].end == token.start
            if token.isLatin {
                flushRun()
                if token.stem.unicodeScalars.allSatisfy({ ShopperText.isDigit($0) }) { previousStem = nil; continue }
                add("w:" + token.stem)
                if let p = previousStem, !token.breakBefore { add("b:" + p + "_" + token.stem) }
                previousStem = token.stem
            } else {
                previousStem = nil
                if !joined || tokens[i - 1].isLatin { flushRun() }
                run.append(token.text)
            }
        }
        flushRun()
        return out
    }
}
