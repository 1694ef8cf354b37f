/// A place in the shopper's text where a name or phrase was found.
public struct TextMatch: Sendable, Hashable, Codable {
    /// The phrase as written in the data (a synonym, an alias...).
    public var phrase: String
    /// What the shopper typed there, folded (for comparisons).
    public var typed: String
    /// The same stretch as the shopper wrote it (width and case normalized, spaces kept), for messages:
    /// `never arrived`, not `neverarrived`.
    public var written: String
    /// Offsets in the folded text, in Unicode scalars; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// Typing slips forgiven (0 for an exact match).
    public var edits: Int

    public init(phrase: String, typed: String, written: String? = nil, start: Int, end: Int, edits: Int) {
        self.phrase = phrase
        self.typed = typed
        self.written = written ?? typed
        self.start = start
        self.end = end
        self.edits = edits
    }

    public var length: Int { end - start }

    public func contains(_ other: TextMatch) -> Bool {
        start <= other.start && other.end <= end && (length > other.length || (length == other.length && edits < other.edits))
    }

    public func overlaps(_ other: TextMatch) -> Bool { start < other.end && other.start < end }
}

/// The shopper's free text, folded once (``SearchKey``) and split into words, ready to
/// look for names and phrases in any language.
///
/// Text in Chinese, Japanese and Korean is written without spaces between words, so a
/// phrase with any non-Latin letter is found as a substring of the folded text. A phrase
/// of Latin letters and digits is compared with whole words (or a few neighbouring words
/// run together, since folding drops spaces: `third-party seller` is `thirdpartyseller`),
/// forgiving typing slips in proportion to its length (`amazn` finds `amazon`).
public struct QueryText: Sendable {
    public let original: String
    /// The folded text (no spaces or punctuation).
    public let folded: String
    let scalars: [Unicode.Scalar]
    /// Runs of Latin letters and digits, with their offset in `scalars`.
    let latinWords: [(text: String, start: Int, end: Int)]
    /// Every scalar of the folded text, and the first scalar of every Latin word: a phrase can
    /// only match where its first scalar appears, so most of a large directory's names are
    /// ruled out by one set look-up.
    let scalarSet: Set<Unicode.Scalar>
    let wordStarts: Set<Unicode.Scalar>
    /// The normalized text with its separators, and where each folded scalar sits in it.
    let written: [Unicode.Scalar]
    let writtenOffset: [Int]
    /// Every run of neighbouring Latin words run together, as ``find(folded:phrase:)`` compares a Latin
    /// phrase with them (Latin letters and digits are ASCII, so a scalar is a byte).
    let latinRuns: [[UInt8]]

    public init(_ text: String) {
        original = text
        var scalars: [Unicode.Scalar] = []
        var words: [(String, Int, Int)] = []
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var written: [Unicode.Scalar] = []
        var writtenOffset: [Int] = []
        func flush() {
            if !current.isEmpty { words.append((String(current), currentStart, scalars.count)) }
            current = .init()
        }
        for scalar in SearchKey.normalize(text).unicodeScalars {
            written.append(scalar)
            if SearchKey.isSeparator(scalar) { flush(); continue }
            writtenOffset.append(written.count - 1)
            if QueryText.isLatin(scalar) {
                if current.isEmpty { currentStart = scalars.count }
                current.append(scalar)
            } else {
                flush()
            }
            scalars.append(scalar)
        }
        flush()
        self.scalars = scalars
        self.latinWords = words
        self.written = written
        self.writtenOffset = writtenOffset
        self.scalarSet = Set(scalars)
        self.wordStarts = Set(words.compactMap { $0.0.unicodeScalars.first })
        var runs: [[UInt8]] = []
        for first in words.indices {
            var run: [UInt8] = []
            for last in first..<words.count {
                if last > first, words[last - 1].2 != words[last].1 { break }  // only neighbouring words
                run += words[last].0.utf8
                runs.append(run)
            }
        }
        self.latinRuns = runs
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        folded = String(view)
    }

    public var isEmpty: Bool { scalars.isEmpty }

    /// The Latin words of the text, folded.
    public var words: [String] { latinWords.map(\.text) }

    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || (s >= "A" && s <= "Z")
    }

    /// How many slips a phrase of `length` letters forgives: none up to 4, one up to 8, then two.
    public static func allowedEdits(forLength length: Int) -> Int {
        length <= 4 ? 0 : length <= 8 ? 1 : 2
    }

    /// Every place `phrase` occurs, best first; overlapping weaker hits are dropped.
    public func find(_ phrase: String) -> [TextMatch] {
        find(folded: SearchKey.fold(phrase), phrase: phrase)
    }

    /// Like ``find(_:)`` for a phrase already folded with ``SearchKey/fold(_:)`` (the registry's keys).
    public func find(folded: String, phrase: String? = nil) -> [TextMatch] {
        let phrase = phrase ?? folded
        guard let first = folded.unicodeScalars.first, scalarSet.contains(first) else { return [] }
        let key = Array(folded.unicodeScalars)
        guard !key.isEmpty, !scalars.isEmpty else { return [] }
        if key.allSatisfy(QueryText.isLatin) {
            // A Latin phrase matches from the start of a word, and a slip never changes the first letter.
            return wordStarts.contains(first) ? findLatin(phrase: phrase, key: key) : []
        }
        var hits: [TextMatch] = []
        var i = 0
        while i + key.count <= scalars.count {
            if scalars[i] == key[0], Array(scalars[i..<(i + key.count)]) == key {
                hits.append(TextMatch(phrase: phrase, typed: string(i, i + key.count), written: writtenText(i, i + key.count),
                                      start: i, end: i + key.count, edits: 0))
            }
            i += 1
        }
        return hits
    }

    /// Whether `match` starts in the middle of a word written in katakana: "テム" in "システム" is no name, as a Latin
    /// name never starts inside a word. (A name may start a compound, "アマゾンプライム"; only the left edge counts.)
    public func startsInsideKatakanaWord(_ match: TextMatch) -> Bool {
        guard match.start > 0, match.start < writtenOffset.count else { return false }
        let at = writtenOffset[match.start]
        // The letter written just before, separators included: "シート、アマゾン" starts a word.
        return at > 0 && Self.isKatakana(written[at]) && Self.isKatakana(written[at - 1])
    }

    /// A katakana letter or the long-vowel mark (full-width: the text is folded with NFKC).
    static func isKatakana(_ s: Unicode.Scalar) -> Bool { (0x30A1...0x30FA).contains(s.value) || s.value == 0x30FC }

    /// Whether ``find(folded:phrase:)`` could find `key`, a folded phrase of Latin letters and digits
    /// (as bytes): some run of the query's words starts with the same letter, is within the slips forgiven
    /// of its length, and has letters that differ from the key's by at most twice the slips forgiven (each
    /// slip changes at most two letters of the count; swapping two changes none). False means `find` finds
    /// nothing; true is only a maybe.
    func mayFindLatin(_ key: UnsafeRawBufferPointer) -> Bool {
        guard let first = key.first else { return false }
        let allowed = QueryText.allowedEdits(forLength: key.count)
        for run in latinRuns where run[0] == first && abs(run.count - key.count) <= allowed {
            let forgiven = min(allowed, QueryText.allowedEdits(forLength: run.count))
            if QueryText.differingLetters(run, key) <= 2 * forgiven { return true }
        }
        return false
    }

    /// How many letters of `a` and `b` (ASCII) are left over when the letters they share are paired off.
    static func differingLetters(_ a: [UInt8], _ b: UnsafeRawBufferPointer) -> Int {
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 128) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte & 0x7F)] += 1 }
            for byte in b { counts[Int(byte & 0x7F)] -= 1 }
            return counts.reduce(0) { $0 + abs(Int($1)) }
        }
    }

    private func findLatin(phrase: String, key: [Unicode.Scalar]) -> [TextMatch] {
        let keyString = String(String.UnicodeScalarView(key))
        let allowed = QueryText.allowedEdits(forLength: key.count)
        var hits: [TextMatch] = []
        for first in latinWords.indices {
            var joined = ""
            var best: TextMatch?
            var last = first
            while last < latinWords.count {
                // Only neighbouring words: nothing but separators between them.
                if last > first, !onlySeparatorsBetween(latinWords[last - 1].end, latinWords[last].start) { break }
                joined += latinWords[last].text
                let count = joined.unicodeScalars.count
                if count > key.count + allowed { break }
                if count >= key.count - allowed {
                    // Slips are forgiven in proportion to the shorter of the two: "tmar" is not "tmart".
                    let forgiven = min(allowed, QueryText.allowedEdits(forLength: count))
                    let edits = joined == keyString ? 0
                        : (forgiven == 0 || joined.unicodeScalars.first != key.first) ? forgiven + 1
                        : SearchKey.distance(joined, keyString, limit: forgiven)
                    if edits <= forgiven, best.map({ edits < $0.edits }) ?? true {
                        best = TextMatch(phrase: phrase, typed: joined,
                                         written: writtenText(latinWords[first].start, latinWords[last].end),
                                         start: latinWords[first].start,
                                         end: latinWords[last].end, edits: edits)
                    }
                }
                last += 1
            }
            if let best { hits.append(best) }
        }
        return hits
    }

    /// Latin words are split at script changes as well as separators; folded offsets
    /// are contiguous, so two words are neighbours when the second starts where the first ends.
    private func onlySeparatorsBetween(_ end: Int, _ start: Int) -> Bool { end == start }

    /// The folded range `start..<end` as written, separators between its scalars included.
    func writtenText(_ start: Int, _ end: Int) -> String {
        guard start < end, end <= writtenOffset.count else { return string(start, end) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: written[writtenOffset[start]...writtenOffset[end - 1]])
        return String(view)
    }

    func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// Removes every match contained in a longer (or equally long but closer) one.
    public static func dropContained<T>(_ items: [T], match: (T) -> TextMatch) -> [T] {
        items.filter { item in
            let m = match(item)
            return !items.contains { other in match(other).contains(m) }
        }
    }
}
