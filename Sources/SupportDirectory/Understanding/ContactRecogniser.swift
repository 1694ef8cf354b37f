/// Finds the words that ask to reach a person (customer service, 고객센터, 問い合わせ, 人工客服,
/// "talk to a human") from the `understanding.contact` phrases of the vocabulary.
struct ContactRecogniser: Sendable {
    let patterns: [PhrasePattern]
    /// Words that carry nothing by themselves (`please`, `my`, 좀, の, 的), the `filler` concept.
    let fillers: [PhrasePattern]

    init(vocabulary: Vocabulary, stemmer: EnglishStemmer) {
        let readings = vocabulary.understanding
        patterns = readings.contact.keys.sorted().flatMap { readings.contact[$0] ?? [] }
            .compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
        fillers = (readings.concepts["filler"] ?? []).compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
    }

    /// Whether every token of the text is a filler word: what is left once the merchant's name is taken out
    /// says nothing, so the shopper only named the merchant.
    func saysNothingElse(_ text: ShopperText) -> Bool {
        var covered = Array(repeating: false, count: text.tokens.count)
        for pattern in fillers {
            for m in pattern.allMatches(in: text) { for i in m.first...m.last { covered[i] = true } }
        }
        return covered.allSatisfy { $0 }
    }

    /// The strongest request to reach a person in the text, if any.
    func reading(in text: ShopperText) -> PhraseMatch? {
        var best: PhraseMatch?
        for pattern in patterns {
            if let m = pattern.bestMatch(in: text), m.score >= IssueRecogniser.minimumScore, m.isBetter(than: best) { best = m }
        }
        return best
    }
}
