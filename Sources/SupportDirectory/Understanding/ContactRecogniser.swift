/// Finds the words that ask to reach a person (customer service, 고객센터, 問い合わせ, 人工客服,
/// "talk to a human") from the `understanding.contact` phrases of the vocabulary.
struct ContactRecogniser {
    let patterns: [PhrasePattern]

    init(vocabulary: Vocabulary, stemmer: EnglishStemmer) {
        let readings = vocabulary.understanding
        patterns = readings.contact.keys.sorted().flatMap { readings.contact[$0] ?? [] }
            .compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
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
