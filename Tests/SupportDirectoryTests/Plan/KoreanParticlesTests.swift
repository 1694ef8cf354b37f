import Testing
@testable import SupportDirectory

@Suite("Korean particles settle once the word before them is known")
struct KoreanParticlesTests {
    @Test(arguments: [
        ("환불을(를) 원합니다", "환불을 원합니다"),            // 불 ends in ㄹ: consonant form
        ("교환을(를) 원합니다", "교환을 원합니다"),
        ("수리을(를) 원합니다", "수리를 원합니다"),            // 리: no final consonant
        ("아마존이(가) 판매", "아마존이 판매"),
        ("알리익스프레스이(가) 판매", "알리익스프레스가 판매"),
        ("쿠팡은(는)", "쿠팡은"), ("테무은(는)", "테무는"),
        ("앵커과(와) 아마존", "앵커와 아마존"), ("이베이와(과) 라쿠텐", "이베이와 라쿠텐"), ("쿠팡와(과)", "쿠팡과"),
        ("서울(으)로", "서울로"), ("집(으)로", "집으로"), ("회사(으)로", "회사로"),   // ㄹ takes 로 like a vowel
        ("'주문 번호'이(가)", "'주문 번호'가"),
        ("월마트(Walmart)이(가) 판매", "월마트(Walmart)가 판매"),          // the word before the parenthesis decides
        ("아마존 독일(Amazon.de)이(가)", "아마존 독일(Amazon.de)이"),
        ("환불(부분 (일부))을(를)", "환불(부분 (일부))을"),               // nested
    ])
    func settled(_ written: String, _ expected: String) {
        #expect(KoreanParticles.settle(written) == expected)
    }

    @Test(arguments: [
        "Amazon을(를) 골랐습니다",   // a Latin word would have to be read aloud first
        "30을(를)",
        "을(를)",                    // nothing before it
        "[상품명]을(를) 받았습니다",  // a blank the shopper fills in with their own word
        "환불 (를) 따로",            // a space: not a particle pair
        "no particles here (really)",
    ])
    func keptAsWritten(_ text: String) {
        #expect(KoreanParticles.settle(text) == text)
    }

    @Test func settlesEveryPairInOnePass() {
        #expect(KoreanParticles.settle("환불을(를) 원하고 교환은(는) 원하지 않으며 수리이(가) 필요") == "환불을 원하고 교환은 원하지 않으며 수리가 필요")
    }

    @Test func formattedStringsAndTemplatesSettle() {
        #expect(PlanStrings.format("note.assumed_marketplace", "ko", "알리익스프레스").hasPrefix("판매자가 지정되지 않아 알리익스프레스가 직접"))
        #expect(PlanStrings.format("note.assumed_marketplace", "ko", "아마존").hasPrefix("판매자가 지정되지 않아 아마존이 직접"))
        #expect(PlanStrings.format("note.assumed_marketplace", "en", "이베이(가)") .contains("이베이(가)"), "only Korean plans")
        let (text, _) = PlanTemplate.fill("{outcome}을(를) 원합니다.", values: ["outcome": "교체"], language: "ko")
        #expect(text == "교체를 원합니다.")
        let (missing, _) = PlanTemplate.fill("{outcome}을(를) 원합니다.", values: [:], language: "ko")
        #expect(missing == "[원하는 해결]을(를) 원합니다.", "a blank keeps both forms")
    }

    @Test func unbalancedParenthesesLookBackALittleOnly() {
        // Each pair after 100 closing parentheses: at most 64 are looked through, so nothing settles.
        let text = String(repeating: String(repeating: ")", count: 100) + "을(를)", count: 2_000)
        #expect(KoreanParticles.settle(text) == text)
    }

    @Test func longTextCostsOnePass() {
        let text = String(repeating: "환불을(를) (", count: 50_000)
        let settled = KoreanParticles.settle(text)
        #expect(settled == String(repeating: "환불을 (", count: 50_000))
    }
}
