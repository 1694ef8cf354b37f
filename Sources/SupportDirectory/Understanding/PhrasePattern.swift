/// A phrase of the vocabulary compiled for matching against ``ShopperText``.
///
/// A phrase is written as people type it. Spaces split it into parts that must appear in
/// order, each within a few tokens of the one before (two words, or three letters of CJK text),
/// never across a clause break: `not received` finds "not yet received", `届 {neg}` finds
/// 届かない, 届きません, 届いてない and 届いていない. A part in braces names a concept of
/// the understanding vocabulary (`{neg}`: not, never, 안, 못, ない, ません, 没, 未...), which
/// matches any of its words. Latin words match by their English stem (`canceling` is
/// `cancel`), forgiving a typing slip in longer words; other letters match exactly.
struct PhrasePattern: Sendable {
    enum Unit: Equatable, Sendable {
        case word(stem: String, text: String)
        case letter(String)
    }

    /// One part: any of these unit sequences, each matched contiguously; `far` when `..` came before it.
    struct Part: Sendable {
        var alternatives: [[Unit]]
        var far = false
    }

    /// The phrase as written in the vocabulary.
    let phrase: String
    let parts: [Part]

    /// Tokens that may be skipped between two parts; after `..`, farther (`deliver .. not here`).
    static let latinGap = 2
    static let letterGap = 3
    static let farLatinGap = 6
    static let farLetterGap = 10

    init?(_ phrase: String, readings: TextReadings, stemmer: EnglishStemmer) {
        var parts: [Part] = []
        var far = false
        for chunk in phrase.split(separator: " ") where !chunk.isEmpty {
            if chunk == ".." { far = !parts.isEmpty; continue }
            defer { far = false }
            if chunk.hasPrefix("{"), chunk.hasSuffix("}"), chunk.count > 2 {
                let name = String(chunk.dropFirst().dropLast())
                let words = readings.concepts[name] ?? []
                let alternatives = words.map { PhrasePattern.units(of: $0, readings: readings, stemmer: stemmer) }.filter { !$0.isEmpty }
                guard !alternatives.isEmpty else { return nil }
                parts.append(Part(alternatives: alternatives, far: far))
            } else {
                let units = PhrasePattern.units(of: String(chunk), readings: readings, stemmer: stemmer)
                if !units.isEmpty { parts.append(Part(alternatives: [units], far: far)) }
            }
        }
        guard !parts.isEmpty else { return nil }
        self.phrase = phrase
        self.parts = parts
    }

    /// The units of one chunk, tokenised as the shopper's text is.
    static func units(of chunk: String, readings: TextReadings, stemmer: EnglishStemmer) -> [Unit] {
        ShopperText(chunk, readings: readings, stemmer: stemmer).tokens.map {
            $0.isLatin ? .word(stem: $0.stem, text: $0.text) : .letter($0.text)
        }
    }

    /// How a unit of the phrase meets a token of the text: nil for no match, else the slips forgiven.
    static func meet(_ unit: Unit, _ token: ShopperText.Token) -> Int? {
        switch unit {
        case let .letter(letter):
            return !token.isLatin && token.text == letter ? 0 : nil
        case let .word(stem, text):
            guard token.isLatin else { return nil }
            if token.stem == stem || token.text == text { return 0 }
            let allowed = QueryText.allowedEdits(forLength: min(text.count, token.text.count))
            guard allowed > 0, !token.exact, token.text.first == text.first, abs(token.text.count - text.count) <= allowed else { return nil }
            let d = SearchKey.distance(token.text, text, limit: allowed)
            return d <= allowed ? d : nil
        }
    }

    /// What one unit is worth in a match: letters of a Latin word count twice, a Han letter five
    /// times, a Hangul syllable four and a kana two (a Han letter says as much as a short word).
    static func weight(_ unit: Unit) -> Int {
        switch unit {
        case let .word(_, text): return 2 * text.count
        case let .letter(letter):
            guard let s = letter.unicodeScalars.first else { return 0 }
            switch s.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: return 5
            case 0xAC00...0xD7A3: return 4
            default: return 2
            }
        }
    }

    /// The best place this phrase occurs in `text`, if any.
    func bestMatch(in text: ShopperText) -> PhraseMatch? {
        var best: PhraseMatch?
        let tokens = text.tokens
        for start in tokens.indices where mayStart(at: tokens[start]) {
            for first in parts[0].alternatives {
                guard let (end, edits, weight) = PhrasePattern.meetRun(first, tokens, at: start) else { continue }
                if let m = extend(from: 1, first: start, end: end, edits: edits, weight: weight, tokens: tokens), m.isBetter(than: best) {
                    best = m
                }
            }
        }
        return best.map { m in
            var m = m
            m.written = text.quote(m.first, m.last)
            return m
        }
    }

    /// Every place the phrase occurs, one match per starting token (for covering words, not for scoring).
    func allMatches(in text: ShopperText) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        let tokens = text.tokens
        for start in tokens.indices where mayStart(at: tokens[start]) {
            for first in parts[0].alternatives {
                guard let (end, edits, weight) = PhrasePattern.meetRun(first, tokens, at: start),
                      let m = extend(from: 1, first: start, end: end, edits: edits, weight: weight, tokens: tokens) else { continue }
                found.append(m)
                break
            }
        }
        return found
    }

    /// Whether the first part could begin at this token (a cheap test before the full match).
    private func mayStart(at token: ShopperText.Token) -> Bool {
        parts[0].alternatives.contains { units in
            switch units[0] {
            case let .letter(l): return !token.isLatin && token.text == l
            case let .word(_, text): return token.isLatin && token.text.first == text.first
            }
        }
    }

    /// Matches parts `index...` after a run that ended at `end` (exclusive); each token skipped costs a point.
    private func extend(from index: Int, first: Int, end: Int, edits: Int, weight: Int, tokens: [ShopperText.Token]) -> PhraseMatch? {
        if index == parts.count {
            return PhraseMatch(phrase: phrase, first: first, last: end - 1, edits: edits, score: weight - 4 * edits, parts: parts.count)
        }
        var best: PhraseMatch?
        let latin = (end < tokens.count && tokens[end].isLatin) || tokens[end - 1].isLatin
        let far = parts[index].far
        let gap = latin ? (far ? Self.farLatinGap : Self.latinGap) : (far ? Self.farLetterGap : Self.letterGap)
        var next = end
        // A phrase never reaches across a clause break.
        while next < tokens.count, next <= end + gap, !tokens[next].breakBefore {
            for alternative in parts[index].alternatives {
                guard let (runEnd, e, w) = PhrasePattern.meetRun(alternative, tokens, at: next) else { continue }
                if let m = extend(from: index + 1, first: first, end: runEnd, edits: edits + e, weight: weight + w - (next - end), tokens: tokens),
                   m.isBetter(than: best) {
                    best = m
                }
            }
            next += 1
        }
        return best
    }

    /// A unit sequence matched contiguously from `start`: its end, slips and weight.
    static func meetRun(_ units: [Unit], _ tokens: [ShopperText.Token], at start: Int) -> (Int, Int, Int)? {
        guard start + units.count <= tokens.count else { return nil }
        var edits = 0
        var weight = 0
        for (offset, unit) in units.enumerated() {
            let token = tokens[start + offset]
            if offset > 0, token.breakBefore { return nil }
            guard let e = meet(unit, token) else { return nil }
            edits += e
            weight += PhrasePattern.weight(unit)
        }
        return (start + units.count, edits, weight)
    }
}

/// Where a phrase was found: the tokens it covers, the slips forgiven and what it is worth.
struct PhraseMatch: Equatable, Sendable {
    var phrase: String
    var first: Int
    var last: Int
    var edits: Int
    var score: Int
    /// How many parts the phrase has (a single word, or several).
    var parts: Int = 1
    /// The stretch as the shopper wrote it.
    var written: String = ""

    var length: Int { last - first + 1 }

    func isBetter(than other: PhraseMatch?) -> Bool {
        guard let other else { return true }
        return (score, -first) > (other.score, -other.first)
    }

    func overlaps(_ other: PhraseMatch) -> Bool { first <= other.last && other.first <= last }

    /// Covers `other` and is worth more (or as much, with fewer slips).
    func covers(_ other: PhraseMatch) -> Bool {
        first <= other.first && other.last <= last && (score > other.score || (score == other.score && edits < other.edits))
    }
}
