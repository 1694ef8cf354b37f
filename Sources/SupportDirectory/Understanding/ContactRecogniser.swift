/// Finds the words that ask to reach a person (customer service, 고객센터, 問い合わせ, 人工客服,
/// "talk to a human") from the `understanding.contact` phrases of the vocabulary.
struct ContactRecogniser: Sendable {
    let patterns: [PhrasePattern]
    /// Words that carry nothing by themselves (`please`, `my`, 좀, の, 的), the `filler` concept.
    let fillers: [PhrasePattern]
    /// The ways in themselves (chat, hotline, 고객센터, 窓口, 客服), the `channel` concept.
    let channels: [PhrasePattern]

    /// Tokens that may come between a way in and the fault told of it ("the chat *is* not working",
    /// "センター*に全然*繋がらない").
    static let channelLatinGap = 1
    static let channelLetterGap = 3
    /// The kinds that tell of something not working, the only ones a way in can suffer: a message "from customer
    /// service" (suspicious-contact) or a refund the agent promised is still the shopper's problem.
    static let faultKinds: Set<String> = ["technical-fault", "defective"]

    /// An answer that has not come (the `unanswered` concept): a wish to reach someone only where no problem is told.
    let unanswered: [PhrasePattern]

    init(vocabulary: Vocabulary, stemmer: EnglishStemmer) {
        let readings = vocabulary.understanding
        patterns = readings.contact.keys.sorted().flatMap { readings.contact[$0] ?? [] }
            .compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
        fillers = (readings.concepts["filler"] ?? []).compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
        channels = (readings.concepts["channel"] ?? []).compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
        unanswered = (readings.concepts["unanswered"] ?? []).compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
    }

    /// The way in named right before `match` in the same clause, if any: then what `match` says is wrong is
    /// the channel's ("the chat isn't working", 窓口に繋がらない), a wish to reach a person some other way,
    /// not a problem with the order.
    func channel(before match: PhraseMatch, in text: ShopperText) -> PhraseMatch? {
        let gap = text.tokens[match.first].isLatin ? Self.channelLatinGap : Self.channelLetterGap
        for pattern in channels {
            for m in pattern.allMatches(in: text) where m.last < match.first && match.first - m.last - 1 <= gap {
                if !text.tokens[(m.last + 1)...match.first].contains(where: \.breakBefore) { return m }
            }
        }
        return nil
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

    /// The first words in the text that tell of an answer that has not come, if any.
    func unansweredReading(in text: ShopperText) -> PhraseMatch? {
        for pattern in unanswered { if let m = pattern.bestMatch(in: text) { return m } }
        return nil
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
