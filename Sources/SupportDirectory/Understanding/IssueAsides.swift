/// Words right beside an issue's words that change what they say, from concepts of the understanding vocabulary:
///
/// - `reply` (before) and `reply_after`: a reply that does not come is no parcel that does not come ("返事が来ない", "답장이 안 와요",
///   "never received a reply"): the shopper is waiting on an answer, so the wish is to reach someone.
/// - `not_done_before` / `not_done_after`: what the shopper does not want to do, or has not done yet ("without
///   opening a return", "before I ship anything back", "返品する前に"), is not what happened.
/// - `wish_before` / `wish_after`: a wish told as one ("I just want my money back", "返金してほしい") is a wish even in a
///   phrase, so a problem told beside it ("never showed up") is the issue.
///
/// Each list is looked for within a few tokens of the issue's words, never across a clause break.
struct IssueAsides: Sendable {
    let replies: [PhrasePattern]
    let repliesAfter: [PhrasePattern]
    let notDoneBefore: [PhrasePattern]
    let notDoneAfter: [PhrasePattern]
    let wishBefore: [PhrasePattern]
    let wishAfter: [PhrasePattern]

    /// The kinds a reply can be mistaken for: something that has not come.
    static let replyKinds: Set<String> = ["not-received", "late-delivery"]
    /// Tokens allowed between an aside and the issue's words: Latin words, or letters of other scripts.
    static let latinGap = 2
    static let letterGap = 3

    init(vocabulary: Vocabulary, stemmer: EnglishStemmer) {
        let readings = vocabulary.understanding
        func compiled(_ concept: String) -> [PhrasePattern] {
            (readings.concepts[concept] ?? []).compactMap { PhrasePattern($0, readings: readings, stemmer: stemmer) }
        }
        replies = compiled("reply")
        repliesAfter = compiled("reply_after")
        notDoneBefore = compiled("not_done_before")
        notDoneAfter = compiled("not_done_after")
        wishBefore = compiled("wish_before")
        wishAfter = compiled("wish_after")
    }

    /// What the asides make of the issue readings: the readings still about the order's problem, those told as a
    /// wish, and the reply word that turned a reading into a wish to reach someone, if any.
    struct Revision {
        var readings: [IssueRecogniser.Reading]
        var wishes: Set<String>
        var awaitedReply: PhraseMatch?
        /// Kinds read only in what the shopper has not done: the examples must not read them back from the silence.
        var notDone: Set<String> = []
    }

    /// A reading set aside is looked for once more elsewhere in the text (`recogniser`), as its kind may be told twice.
    func revise(_ readings: [IssueRecogniser.Reading], in text: ShopperText, recogniser: IssueRecogniser) -> Revision {
        var revision = Revision(readings: [], wishes: [], awaitedReply: nil)
        for first in readings {
            guard let r = kept(first, in: text, revision: &revision)
                ?? recogniser.reading(of: first.issue, in: text, avoiding: first.match).flatMap({ kept($0, in: text, revision: &revision) })
            else { continue }
            if Self.beside(r.match, wishBefore, before: true, in: text) != nil
                || Self.beside(r.match, wishAfter, before: false, in: text) != nil { revision.wishes.insert(r.issue) }
            revision.readings.append(r)
        }
        revision.notDone.subtract(revision.readings.map(\.issue))
        return revision
    }

    /// `reading`, unless a reply or what the shopper has not done sets it aside (noted in `revision`).
    private func kept(_ r: IssueRecogniser.Reading, in text: ShopperText, revision: inout Revision) -> IssueRecogniser.Reading? {
        if Self.replyKinds.contains(r.issue),
           let reply = Self.beside(r.match, replies, before: true, in: text) ?? Self.beside(r.match, repliesAfter, before: false, in: text) {
            revision.awaitedReply = revision.awaitedReply ?? reply
            return nil
        }
        if Self.beside(r.match, notDoneBefore, before: true, in: text) != nil
            || Self.beside(r.match, notDoneAfter, before: false, in: text) != nil {
            revision.notDone.insert(r.issue)
            return nil
        }
        return r
    }

    /// A match of one of `patterns` ending just before `match` (or starting just after it) in the same clause.
    static func beside(_ match: PhraseMatch, _ patterns: [PhrasePattern], before: Bool, in text: ShopperText) -> PhraseMatch? {
        for pattern in patterns {
            for m in pattern.allMatches(in: text) {
                let (left, right) = before ? (m, match) : (match, m)
                guard left.last < right.first else { continue }
                let gap = text.tokens[right.first].isLatin ? latinGap : letterGap
                guard right.first - left.last - 1 <= gap else { continue }
                if !text.tokens[(left.last + 1)...right.first].contains(where: \.breakBefore) { return m }
            }
        }
        return nil
    }
}
