import Testing
@testable import SupportDirectory

@Suite("Matched words as written")
struct QueryTextWrittenTests {
    @Test("a match reports the shopper's words with their spaces, folded only for comparison", arguments: [
        ("My package Never Arrived!", "never arrived", "neverarrived"),
        ("ＮＥＶＥＲ　ＡＲＲＩＶＥＤ", "never arrived", "neverarrived"),
        ("아마존 제3자 판매자 환불", "제3자 판매자", "제3자판매자"),
    ])
    func written(text: String, written: String, folded: String) throws {
        let query = QueryText(text)
        let match = try #require(query.find(folded).first)
        #expect(match.written == written)
        #expect(match.typed == folded)
    }
}
