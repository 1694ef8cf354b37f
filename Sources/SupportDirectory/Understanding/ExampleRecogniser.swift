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

    /// The classes, in a fixed order (sorted), and for each feature (by its key, ``featureKeys(of:outside:)``)
    /// in how many examples of each class it occurs: row `rows[key]` of `table`, one count per class.
    let kinds: [String]
    let rows: [UInt64: Int]
    let table: [Int32]
    /// Per class: log of (feature occurrences over all its examples + smoothing x distinct features).
    let logDenominators: [Double]
    /// Class -> its examples and their feature keys (in the same order), for quoting the nearest one.
    let examples: [String: [String]]
    let exampleKeys: [String: [[UInt64]]]

    init(examples: [String: [String]], readings: TextReadings, stemmer: EnglishStemmer) {
        let kinds = examples.keys.sorted()
        let work = kinds.enumerated().flatMap { k, kind in (examples[kind] ?? []).map { (kind: k, sentence: $0) } }
        let keys = Self.featureKeys(of: work.map(\.sentence), readings: readings, stemmer: stemmer)
        var rows: [UInt64: Int] = [:]
        rows.reserveCapacity(work.count * 8)
        var table: [Int32] = []
        var totals = [Int](repeating: 0, count: kinds.count)
        for (i, item) in work.enumerated() {
            for key in keys[i] {
                let row: Int
                if let found = rows[key] {
                    row = found
                } else {
                    row = rows.count
                    rows[key] = row
                    table.append(contentsOf: repeatElement(0, count: kinds.count))
                }
                table[row * kinds.count + item.kind] += 1
            }
            totals[item.kind] += keys[i].count
        }
        self.kinds = kinds
        self.rows = rows
        self.table = table
        logDenominators = totals.map { log(Double($0) + Self.smoothing * Double(rows.count)) }
        self.examples = examples
        var exampleKeys: [String: [[UInt64]]] = [:]
        for (i, item) in work.enumerated() { exampleKeys[kinds[item.kind], default: []].append(keys[i]) }
        self.exampleKeys = exampleKeys
    }

    /// The feature keys of many sentences, read on every core (the model is trained at a process's first text;
    /// a stemmer per worker, as a Snowball stemmer is not to be shared between threads).
    static func featureKeys(of sentences: [String], readings: TextReadings, stemmer: EnglishStemmer) -> [[UInt64]] {
        let workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount, sentences.count / 200))
        guard workers > 1 else { return sentences.map { featureKeys(of: ShopperText($0, readings: readings, stemmer: stemmer)) } }
        let results = UnsafeMutableBufferPointer<[UInt64]>.allocate(capacity: sentences.count)
        results.initialize(repeating: [])
        defer { _ = results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let out = results
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let own = EnglishStemmer()
            for i in stride(from: worker, to: sentences.count, by: workers) {
                out[i] = featureKeys(of: ShopperText(sentences[i], readings: readings, stemmer: own))
            }
        }
        return Array(results)
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

    var isEmpty: Bool { rows.isEmpty }

    /// Every class with its tempered confidence, best first (ties by name, so the order is stable).
    /// `outside`: token ranges left out (the words a phrase reading matched), so that only the rest of the sentence speaks.
    func guesses(for text: ShopperText, outside: [ClosedRange<Int>] = [], temperature: Double = Self.temperature) -> [Guess] {
        let found = Self.featureKeys(of: text, outside: outside).compactMap { rows[$0] }
        guard !found.isEmpty else { return [] }
        var logLikelihood = [Double](repeating: 0, count: kinds.count)
        for row in found {
            let counts = table[(row * kinds.count)..<((row + 1) * kinds.count)]
            for (k, count) in zip(kinds.indices, counts) { logLikelihood[k] += log(Double(count) + Self.smoothing) - logDenominators[k] }
        }
        let tempered = logLikelihood.map { $0 / temperature }
        let best = tempered.max() ?? 0
        let total = tempered.reduce(0.0) { $0 + exp($1 - best) }
        return kinds.indices.map { Guess(kind: kinds[$0], confidence: exp(tempered[$0] - best) / total) }
            .sorted { ($0.confidence, $1.kind) > ($1.confidence, $0.kind) }
    }

    /// The example of `kind` that shares most features with the text: the words the guess came from.
    /// (The keys kept from training: no sentence is read again.)
    func nearestExample(of kind: String, to text: ShopperText) -> String? {
        let features = Set(Self.featureKeys(of: text))
        var best: (shared: Int, sentence: String)?
        for (sentence, keys) in zip(examples[kind] ?? [], exampleKeys[kind] ?? []) {
            let shared = keys.reduce(0) { $0 + (features.contains($1) ? 1 : 0) }
            if shared > (best?.shared ?? 0) { best = (shared, sentence) }
        }
        return best?.sentence
    }

    /// The distinct features of a text, named: `w:` English stems and `b:` pairs of them; `c:`, `c2:`, `c3:`
    /// letters and runs of two and three letters of other scripts, within a word (no space or clause break between).
    static func features(of text: ShopperText, outside: [ClosedRange<Int>] = []) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        walkFeatures(of: text, outside: outside) { tag, a, b, c in
            let name = tag + ":" + [a, b, c].compactMap { $0 }.joined(separator: tag == "b" ? "_" : "")
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }

    /// The same features as 64-bit keys (FNV-1a over the tag and the parts' UTF-8), which cost no String
    /// hashing: the model is trained on a few thousand sentences each time a process first reads text.
    static func featureKeys(of text: ShopperText, outside: [ClosedRange<Int>] = []) -> [UInt64] {
        var keys: [UInt64] = []
        var seen = Set<UInt64>()
        walkFeatures(of: text, outside: outside) { tag, a, b, c in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            for byte in tag.utf8 { mix(byte) }
            for part in [a, b, c] { guard let part else { break }; mix(0x1F); for byte in part.utf8 { mix(byte) } }
            if seen.insert(hash).inserted { keys.append(hash) }
        }
        return keys
    }

    /// Calls `emit` with each feature's tag and its one to three parts.
    static func walkFeatures(of text: ShopperText, outside: [ClosedRange<Int>], _ emit: (String, String, String?, String?) -> Void) {
        let tokens = text.tokens
        var previousStem: String?
        var run: [String] = []
        func flushRun() {
            for i in run.indices {
                emit("c", run[i], nil, nil)
                if i + 1 < run.count { emit("c2", run[i], run[i + 1], nil) }
                if i + 2 < run.count { emit("c3", run[i], run[i + 1], run[i + 2]) }
            }
            run.removeAll()
        }
        for (i, token) in tokens.enumerated() {
            if outside.contains(where: { $0.contains(i) }) { flushRun(); previousStem = nil; continue }
            let joined = i > 0 && !token.breakBefore && tokens[i - 1].end == token.start
            if token.isLatin {
                flushRun()
                if token.stem.unicodeScalars.allSatisfy({ ShopperText.isDigit($0) }) { previousStem = nil; continue }
                emit("w", token.stem, nil, nil)
                if let p = previousStem, !token.breakBefore { emit("b", p, token.stem, nil) }
                previousStem = token.stem
            } else {
                previousStem = nil
                if !joined || tokens[i - 1].isLatin { flushRun() }
                run.append(token.text)
            }
        }
        flushRun()
    }
}
