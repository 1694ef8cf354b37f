/// How the example likeness (``ExampleRecogniser``) changes the phrase decision (``IssueRecogniser/decide(_:toldAsWish:)``):
/// it doubts a phrase reading, outweighs one only when it is all but certain, and fills a silence.
///
/// - A phrase reading of one kind that the examples confidently liken to another becomes a question between the
///   two (a wrong plan is worse than a question).
/// - Unless the examples are all but certain of the other kind and give the phrase's kind next to nothing: a
///   stray word ("블루투스 스피커 … 전원이 안 켜짐" is not an app fault) is outweighed by the whole sentence.
/// - Close phrase readings are settled when the examples confidently pick one of them.
/// - Text no phrase reads is read as the kind the examples are sure of; otherwise their likeliest kinds lead the
///   candidates offered.
extension ExampleRecogniser {
    enum Review {
        /// The phrase decision stands.
        case phrase(IssueRecogniser.Decision)
        /// A phrase reading the examples liken to another kind: ask between them.
        case doubted(IssueRecogniser.Reading, likelier: Guess)
        /// A phrase reading the examples all but rule out: read their kind, and mention the phrase's.
        case outweighed(IssueRecogniser.Reading, by: Guess)
        /// Close phrase readings, one picked by the examples.
        case settled(IssueRecogniser.Reading, others: [IssueRecogniser.Reading], by: Guess)
        /// Nothing read by the phrases; the examples are sure (an issue id or `contact`).
        case likened(Guess)
    }

    /// The least tempered confidence that doubts a phrase reading, or reads what no phrase read.
    /// Measured leave-one-set-out (docs/understanding.md): doubting at 0.5 turns more wrong readings into questions
    /// than right ones. Reading at 0.8 rather than 0.7 (blind sets 6 to 13, 2,720 queries) asks back 4 of the 29
    /// wrong readings at the cost of 6 right ones; 0.9 would cost 21 right ones for 6.
    static let doubtConfidence = 0.5
    static let readingConfidence = 0.8
    /// The confidence in another kind, and the most left for the phrase's own kind, at which the examples outweigh a
    /// phrase reading. Measured leave-one-set-out on blind sets 8 and 9 and on set 10 (docs/understanding.md):
    /// at 0.99 it turns 7, 10 and 6 questions into right readings and adds no wrong one; at 0.95 it adds a wrong one.
    static let outweighConfidence = 0.99
    static let outweighedShare = 0.01

    /// `readsSilence`: when no phrase reads an issue, whether the examples may (not when the text asks to reach someone
    /// or names a merchant alone: that is read already).
    func review(_ decision: IssueRecogniser.Decision, text: ShopperText, readsSilence: Bool) -> Review {
        guard !isEmpty else { return .phrase(decision) }
        switch decision {
        case let .found(top, _):
            // A bare phrase ("환불", "refund") is what the phrase list is for: only a sentence with more words is doubted.
            guard !guesses(for: text, outside: [top.match.first...top.match.last]).isEmpty else { return .phrase(decision) }
            let whole = guesses(for: text)
            guard let guess = whole.first,
                  guess.kind != top.issue, guess.kind != Self.nothing, guess.kind != Self.contact,
                  guess.confidence >= Self.doubtConfidence else { return .phrase(decision) }
            let own = whole.first(where: { $0.kind == top.issue })?.confidence ?? 0
            if guess.confidence >= Self.outweighConfidence && own < Self.outweighedShare { return .outweighed(top, by: guess) }
            return .doubted(top, likelier: guess)
        case let .ambiguous(close):
            // The close readings tie on their own words; the rest of the sentence decides, if it is sure.
            guard let guess = guesses(for: text, outside: close.map { $0.match.first...$0.match.last }).first,
                  guess.confidence >= Self.readingConfidence,
                  let picked = close.first(where: { $0.issue == guess.kind }) else { return .phrase(decision) }
            return .settled(picked, others: close.filter { $0.issue != picked.issue }, by: guess)
        case .none:
            guard readsSilence, let guess = guesses(for: text).first, guess.confidence >= Self.readingConfidence,
                  guess.kind != Self.nothing else { return .phrase(decision) }
            return .likened(guess)
        }
    }

    /// Whether the examples are all but certain the text asks to reach someone: then a weak word of an issue beside a
    /// word for a way in as strong ("電話窓口ってどこにある") yields to the way in.
    func allButSureOfContact(_ text: ShopperText) -> Bool {
        guard !isEmpty, let guess = guesses(for: text).first else { return false }
        return guess.kind == Self.contact && guess.confidence >= Self.outweighConfidence
    }

    /// The least belief in a kind for offering it when nothing is read. With 23 kinds and two classes for no
    /// issue, an even spread gives each 0.04; "something happened" gives its likeliest kind 0.12 from one shared
    /// word, which is no lead, so then every kind is offered instead.
    static let offerConfidence = 0.15

    /// The issue kinds the examples find likeliest, for offering when nothing is read (at most `limit`, each at
    /// least ``offerConfidence``).
    func likeliestIssues(for text: ShopperText, limit: Int = 3) -> [Guess] {
        Array(guesses(for: text)
            .filter { $0.kind != Self.nothing && $0.kind != Self.contact && $0.confidence >= Self.offerConfidence }.prefix(limit))
    }
}
