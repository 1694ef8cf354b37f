import Foundation
import Testing
@testable import SupportDirectory

/// The example likeness (ExampleRecogniser) and how it reviews the phrase decision (ExampleReview).
@Suite("Understanding: likeness to example sentences")
struct ExampleRecogniserTests {
    static var stemmer: EnglishStemmer { EnglishStemmer() }

    static func text(_ s: String) -> ShopperText { ShopperText(s, readings: TextReadings(), stemmer: stemmer) }

    static let small = ExampleRecogniser(examples: [
        "not-received": ["my parcel never arrived", "the package never came", "荷物が届かない", "택배가 안 와요"],
        "damaged": ["the box arrived crushed", "it came broken in the box", "箱が潰れて届いた", "박스가 찌그러져서 왔어요"],
        "none": ["hello", "test"],
    ], readings: TextReadings(), stemmer: stemmer)

    @Test func featuresAreStemsAndPairsForEnglishAndLetterRunsForOtherScripts() {
        let f = ExampleRecogniser.features(of: Self.text("Parcels never arrived, 箱が 潰れ"))
        #expect(f.contains("w:parcel") && f.contains("w:arriv") && f.contains("b:parcel_never"))
        #expect(!f.contains("b:arriv_箱"), "no pair across scripts")
        #expect(f.contains("c2:箱が") && f.contains("c2:潰れ"))
        #expect(!f.contains("c2:が潰"), "a run stops at a space")
        #expect(!ExampleRecogniser.features(of: Self.text("arrived. crushed")).contains("b:arriv_crush"), "no pair across a clause break")
    }

    @Test func theLikelierKindLeadsInEveryScript() throws {
        for (sentence, kind) in [("my package has not arrived", "not-received"), ("box was crushed", "damaged"),
                                 ("注文した荷物が届かないです", "not-received"), ("상자가 찌그러져서 왔네요", "damaged")] {
            let best = try #require(Self.small.guesses(for: Self.text(sentence), temperature: 1).first)
            #expect(best.kind == kind, "\(sentence)")
        }
        #expect(Self.small.guesses(for: Self.text("zzz qqq"), temperature: 1).isEmpty, "no known feature: no guess")
    }

    @Test func aHigherTemperatureSpreadsTheBelief() throws {
        let sharp = try #require(Self.small.guesses(for: Self.text("the box arrived crushed"), temperature: 1).first)
        let soft = try #require(Self.small.guesses(for: Self.text("the box arrived crushed"), temperature: 6).first)
        #expect(sharp.kind == soft.kind)
        #expect(soft.confidence < sharp.confidence)
        let total = Self.small.guesses(for: Self.text("the box arrived crushed"), temperature: 3).reduce(0) { $0 + $1.confidence }
        #expect(abs(total - 1) < 1e-9)
    }

    static func reading(_ issue: String, _ phrase: String, in text: ShopperText) throws -> IssueRecogniser.Reading {
        let pattern = try #require(PhrasePattern(phrase, readings: TextReadings(), stemmer: stemmer))
        return IssueRecogniser.Reading(issue: issue, match: try #require(pattern.bestMatch(in: text)))
    }

    @Test func aPhraseReadingTheExamplesLikenToAnotherKindBecomesAQuestion() throws {
        let text = Self.text("the box arrived crushed and never came right")
        let phrase = try Self.reading("not-received", "never came", in: text)
        guard case let .doubted(top, likelier) = Self.small.review(.found(phrase, others: []), text: text, readsSilence: true) else {
            Issue.record("expected a doubt"); return
        }
        #expect(top.issue == "not-received" && likelier.kind == "damaged")
        // The same kind: the phrase reading stands.
        let agreeing = try Self.reading("damaged", "crushed", in: text)
        guard case .phrase(.found) = Self.small.review(.found(agreeing, others: []), text: text, readsSilence: true) else {
            Issue.record("expected the phrase reading to stand"); return
        }
    }

    @Test func silenceIsFilledOnlyWhenAllowedAndSure() {
        let text = Self.text("the box arrived crushed, it came broken in the box")
        guard case let .likened(guess) = Self.small.review(.none, text: text, readsSilence: true) else {
            Issue.record("expected a likened reading"); return
        }
        #expect(guess.kind == "damaged" && guess.confidence >= ExampleRecogniser.readingConfidence)
        guard case .phrase(.none) = Self.small.review(.none, text: text, readsSilence: false) else {
            Issue.record("a text that asks to reach someone is read already"); return
        }
        guard case .phrase(.none) = Self.small.review(.none, text: Self.text("hello"), readsSilence: true) else {
            Issue.record("a greeting is nothing to read"); return
        }
    }

    @Test func withoutExamplesThePhraseDecisionStands() {
        let empty = ExampleRecogniser(examples: [:], readings: TextReadings(), stemmer: Self.stemmer)
        guard case .phrase(.none) = empty.review(.none, text: Self.text("box crushed"), readsSilence: true) else {
            Issue.record("expected the phrase decision"); return
        }
    }

    // On the shipped directory.

    @Test func anAppThatCrashesIsReadByItsLikenessToOtherAppFaults() throws {
        // No phrase of technical-fault says "crashes"; example sentences of app faults do.
        let u = ShippedUnderstandingTests.understand("the walmart app crashes every single time i open the cart")
        #expect(u.issue == "technical-fault", "\(u.issueStatus) \(u.issueCandidates.map(\.id))")
        let fact = try #require(u.facts.first { $0.field == "issue" })
        #expect(fact.source == "examples")
        #expect(!fact.words.isEmpty, "the nearest example is quoted")
    }

    @Test func aLateDeliveryToldWithoutItsWordsIsAskedNotGuessed() {
        // The phrases read "on the way" as the order's status; the sentence reads like a late delivery.
        let u = ShippedUnderstandingTests.understand("I need asistance with my delivery, it was promised for Monday and it's Thursday now, tracking still says on the way")
        if u.issueStatus == .found {
            #expect(u.issue == "late-delivery")
        } else {
            #expect(u.issueStatus == .ambiguous)
            #expect(u.issueCandidates.map(\.id).contains("late-delivery"), "\(u.issueCandidates.map(\.id))")
        }
    }

    @Test func theShippedExamplesAreFiledUnderKindsThatExist() {
        let vocabulary = ShippedUnderstandingTests.registry.vocabulary
        let kinds = Set(vocabulary.issues.map(\.id)).union(["contact", "none"])
        #expect(vocabulary.examples.count >= 20)
        #expect(Set(vocabulary.examples.keys).isSubset(of: kinds))
        #expect(vocabulary.examples.values.reduce(0) { $0 + $1.count } >= 1500)
    }
}

/// The quick path of SearchKey.normalize (text NFKC leaves as it is) gives what the full normalisation gives.
@Suite("Understanding: normalising text quickly")
struct QuickNormalisationTests {
    @Test func theQuickPathAgreesWithTheFullNormalisationOnEveryExampleSentence() {
        let vocabulary = ShippedUnderstandingTests.registry.vocabulary
        var quick = 0
        for sentence in vocabulary.examples.values.joined() {
            if sentence.unicodeScalars.allSatisfy(SearchKey.isNormalizedAsIs) { quick += 1 }
            #expect(SearchKey.normalize(sentence) == SearchKey.normalizeFully(sentence), "\(sentence)")
        }
        #expect(quick > 1000, "most sentences take the quick path (\(quick))")
    }

    @Test func formsThatNFKCChangesTakeTheFullPath() {
        for (text, expected) in [("Ａｍａｚｏｎ", "amazon"), ("ｱﾏｿﾞﾝ", "アマゾン"), ("Café", "cafe"), ("がﾞ", "が\u{3099}"),
                                 ("　全角スペース", " 全角スペース"), ("①②", "12")] {
            #expect(SearchKey.normalize(text) == SearchKey.normalizeFully(text))
            if expected != "が\u{3099}" { #expect(SearchKey.normalize(text) == expected, "\(text)") }
        }
        #expect(!SearchKey.isNormalizedAsIs("゛") && !SearchKey.isNormalizedAsIs("\u{3000}") && !SearchKey.isNormalizedAsIs("Ａ"))
    }
}
