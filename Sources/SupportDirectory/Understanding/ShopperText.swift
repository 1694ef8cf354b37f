import Foundation

/// The shopper's words as the recognisers read them: folded (width, case, accents),
/// contractions spelled out (`didn't` is `did not`), traditional Han forms mapped to the
/// forms the vocabulary is written in (亞馬遜 reads as 亚马逊), and split into tokens.
///
/// A Latin token is a word with its English stem; every other letter (Han, kana, Hangul) is a
/// token of its own, since Chinese and Japanese put no spaces between words and Korean words
/// carry their endings. Punctuation between tokens is remembered as a clause break, which a
/// phrase never spans (`届いたけど、動かない` is not `届かない`).
struct ShopperText {
    struct Token {
        /// The folded token: a Latin word, or one letter.
        var text: String
        /// The English stem of a Latin word; the text itself otherwise.
        var stem: String
        var isLatin: Bool
        /// A clause break (。、,.!?) comes right before this token.
        var breakBefore: Bool
        /// Where the token sits in ``written``, in Unicode scalars (end exclusive).
        var start: Int
        var end: Int
        /// A word the vocabulary itself uses: meant as written, so never read as a slip of another ("price" is
        /// not "prime").
        var exact = false
    }

    let tokens: [Token]
    /// The folded text with its spaces, Han variants as the shopper wrote them, for quoting.
    let written: [Unicode.Scalar]

    /// `exactWords`: folded Latin words that are meant as written (``Token/exact``).
    init(_ text: String, readings: TextReadings, stemmer: EnglishStemmer, exactWords: Set<String> = []) {
        let shown = Array(ShopperText.spelledOut(SearchKey.normalize(text)).unicodeScalars)
        let written = shown.map { readings.hanVariants[$0] ?? $0 }
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var pendingBreak = false
        func flush(at end: Int) {
            guard !word.isEmpty else { return }
            let text = String(word)
            if let base = ShopperText.droppedApostrophe[text] {
                // "wheres" is "where's", as the vocabulary writes it ("where s"): two tokens over the one word.
                for part in [base, "s"] {
                    tokens.append(Token(text: part, stem: stemmer.stem(part), isLatin: true, breakBefore: pendingBreak, start: wordStart, end: end))
                    pendingBreak = false
                }
                word = .init()
                return
            }
            tokens.append(Token(text: text, stem: stemmer.stem(text), isLatin: true, breakBefore: pendingBreak, start: wordStart, end: end,
                                exact: exactWords.contains(text)))
            pendingBreak = false
            word = .init()
        }
        for (i, scalar) in written.enumerated() {
            if QueryText.isLatin(scalar) {
                if word.isEmpty { wordStart = i }
                word.append(scalar)
                continue
            }
            // A comma or point inside a number (19,800원, £14.99) is part of it, not a clause break.
            if scalar == "," || scalar == ".", !word.isEmpty, ShopperText.isDigit(written[i - 1]),
               i + 1 < written.count, ShopperText.isDigit(written[i + 1]) { continue }
            flush(at: i)
            if ShopperText.isClauseBreak(scalar) { pendingBreak = true; continue }
            if SearchKey.isSeparator(scalar) { continue }
            let letter = String(scalar)
            tokens.append(Token(text: letter, stem: letter, isLatin: false, breakBefore: pendingBreak, start: i, end: i + 1))
            pendingBreak = false
        }
        flush(at: written.count)
        self.tokens = tokens
        self.written = shown
    }

    /// The stretch of tokens `first...last` as the shopper wrote it, runs of spaces made one.
    func quote(_ first: Int, _ last: Int) -> String {
        var view = String.UnicodeScalarView()
        for s in written[tokens[first].start..<tokens[last].end] {
            if s.properties.isWhitespace, let previous = view.last, previous.properties.isWhitespace { continue }
            view.append(s.properties.isWhitespace ? " " : s)
        }
        return String(view)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }

    static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", ".", "!", "?", ";", ":", "\u{3001}", "\u{3002}", "\u{FF0C}", "\u{FF01}", "\u{FF1F}", "\n": return true
        default: return false
        }
    }

    /// Words of "is" contracted with the apostrophe left out, which are no other English word ("its" is, so it
    /// is not here): the word they shorten.
    static let droppedApostrophe: [String: String] = ["wheres": "where", "whats": "what", "thats": "that",
                                                      "theres": "there", "hows": "how", "whos": "who"]

    /// Whether `word` (ASCII) occurs in `text`, by a plain byte scan (generic substring search costs more here).
    static func contains(_ word: StaticString, in text: String) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for i in 0...(bytes.count - needle.count) where bytes[i] == first {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            return false
        }
    }

    /// English contractions spelled out, so `didn't`, `can't` and `won't` carry a `not` of their own.
    static func spelledOut(_ text: String) -> String {
        // Scalars, not `String.contains(_:)`: Foundation's substring search costs more than reading the whole text.
        guard text.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }) || contains("cannot", in: text) else { return text }
        var s = text.replacingOccurrences(of: "\u{2019}", with: "'")
        for (short, long) in [("can't", "can not"), ("won't", "will not"), ("cannot", "can not"), ("n't", " not")] {
            s = s.replacingOccurrences(of: short, with: long)
        }
        return s
    }
}
