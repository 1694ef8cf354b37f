import Foundation
import Testing
@testable import SupportDirectory

/// A pasted e-mail is read up to `ResolveRequest.readLimit` characters: the cost of understanding stays
/// bounded (3,000 words took 61 s and 18 GB before the limit), and the plan says what was left unread.
@Suite("Plan: how much free text is read")
struct TextReadLimitTests {
    typealias F = PlanFixtures

    @Test("text within the limit is read whole, with no note")
    func shortTextIsReadWhole() {
        let request = F.request("testmart refund")
        #expect(request.text == "testmart refund")
        #expect(request.ignoredCharacters == 0)
        #expect(!F.understand(request).notes.contains { $0.contains("characters") })
    }

    @Test("a 100 KB text is cut at the limit; what was read is still understood and the note counts the rest")
    func longTextIsCut() {
        let filler = String(repeating: "and then nothing happened for days ", count: 3_000)
        let request = F.request("testmart never arrived " + filler)
        #expect(request.text.count == ResolveRequest.readLimit)
        #expect(request.ignoredCharacters == 23 + filler.count - ResolveRequest.readLimit)
        let understood = F.understand(request)
        #expect(understood.merchant == "testmart")
        #expect(understood.issue == "not-received")
        #expect(understood.notes.contains { $0.contains("first 1000 characters") && $0.contains("\(request.ignoredCharacters)") })
    }

    @Test("the limit counts characters, not bytes: Korean is cut at the same length")
    func koreanIsCutByCharacters() {
        let request = F.request(String(repeating: "테스트마트 환불 ", count: 500))
        #expect(request.text.count == ResolveRequest.readLimit)
        #expect(request.ignoredCharacters == 4_500 - ResolveRequest.readLimit)
    }
}
