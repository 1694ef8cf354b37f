import Foundation
import Testing
@testable import SupportDirectory

@Suite("Plan: understanding the shopper's words")
struct QueryUnderstandingTests {
    typealias F = PlanFixtures

    @Test func fixturesLoadCleanly() {
        #expect(F.registry.problems.isEmpty, "\(F.registry.problems)")
        #expect(F.registry.profile(id: "testmart") != nil)
    }

    @Test("one merchant and issue in each language", arguments: [
        ("testmart third-party seller refund", "en"),
        ("테스트마트 제3자 판매자 환불", "ko"),
        ("テストマートの出品者に返金してほしい", "ja"),
        ("测试商城 第三方卖家 退款", "zh"),
    ])
    func languages(text: String, language: String) {
        let u = F.understand(F.request(text))
        #expect(u.merchant == "testmart")
        #expect(u.issue == "refund")
        #expect(u.language == language)
        #expect(u.seller == .thirdParty(profile: "testmart-sellers", name: nil))
    }

    @Test func chineseWithoutSpaces() {
        let u = F.understand(F.request("测试商城没收到货"))
        #expect(u.merchant == "testmart")
        #expect(u.issue == "not-received")
        #expect(u.seller == nil)
    }

    @Test func typosAreForgivenAndReported() {
        let u = F.understand(F.request("testmrt refnd"))
        #expect(u.merchant == "testmart")
        #expect(u.issue == "refund")
        #expect(u.facts.first { $0.field == "merchant" }?.edits == 1)
        #expect(u.facts.first { $0.field == "issue" }?.words == ["refnd"])
    }

    @Test func shortWordsNeedExactSpelling() {
        // "cancle" is one slip from "cancel" (6 letters); "tmar" is not "tmart" (short names are exact).
        #expect(F.understand(F.request("testmart cancle")).issue == "cancel-order")
        #expect(F.understand(F.request("tmar refund")).merchantStatus == .unknown)
    }

    @Test func fullWidthCaseAndWordOrder() {
        let u = F.understand(F.request("ＲＥＦＵＮＤ　ｆｒｏｍ　ＴｅｓｔＭａｒｔ"))
        #expect(u.merchant == "testmart")
        #expect(u.issue == "refund")
    }

    @Test func groupMemberByCountryLocaleAndStorefront() {
        #expect(F.understand(F.request("testmart refund")).merchant == "testmart")
        #expect(F.understand(F.request("testmart refund", country: "JP")).merchant == "testmart-jp")
        #expect(F.understand(F.request("testmart refund", locale: "ja_JP.UTF-8")).merchant == "testmart-jp")
        #expect(F.understand(F.request("testmart.co.jp refund")).merchant == "testmart-jp")
        // No region in the locale: the script of the text decides the country.
        let u = F.understand(F.request("テストマート 返金", locale: "C.UTF-8"))
        #expect(u.country == "JP")
        #expect(u.merchant == "testmart-jp")
    }

    @Test func unknownMerchantListsCandidates() {
        let u = F.understand(F.request("tesmrat refund"))
        #expect(u.merchantStatus == .unknown)
        #expect(u.merchantCandidates.first?.id.hasPrefix("testmart") == true)
        // Without a profile the shopper still gets the general plan, with the close candidates in it.
        guard case let .plan(plan, _) = ContactPlanner(registry: F.registry).resolve(F.request("tesmrat refund")) else {
            Issue.record("expected the general plan"); return
        }
        #expect(plan.generic && plan.merchant == nil && plan.merchantStatus == .unknown)
        #expect(plan.merchantCandidates.first?.id.hasPrefix("testmart") == true)
        guard case let .unresolved(why) = ContactPlanner(registry: F.registry).resolve(F.request("tesmrat hello")) else {
            Issue.record("expected no plan when neither shop nor problem is known"); return
        }
        #expect(why.status == .merchantUnknown)
        #expect(why.exitStatus == 3)
    }

    @Test func tiedIssuesAreAmbiguous() {
        guard case let .unresolved(why) = ContactPlanner(registry: F.registry).resolve(F.request("testmart refund return")) else {
            Issue.record("expected no plan"); return
        }
        #expect(why.status == .issueAmbiguous)
        #expect(why.exitStatus == 4)
        #expect(Set(why.understanding.issueCandidates.map(\.id)) == ["refund", "return"])
    }

    @Test func noIssueIsUnknownNotGuessed() {
        let u = F.understand(F.request("testmart hello"))
        #expect(u.merchant == "testmart")
        #expect(u.issueStatus == .unknown)
        #expect(u.issue == nil)
    }

    @Test func longerPhraseWins() {
        // "cancel order" contains "cancel"; "money back" beats nothing else.
        let u = F.understand(F.request("testmart cancel order"))
        #expect(u.issue == "cancel-order")
        #expect(u.issueStatus == .found)
    }

    @Test func optionsOverrideText() {
        let u = F.understand(F.request("", merchant: "테스트마트", issue: "환불"))
        #expect(u.merchant == "testmart")
        #expect(u.issue == "refund")
        #expect(u.facts.first { $0.field == "merchant" }?.source == "option")
    }

    @Test func aBrandNamedAloneIsAskedAboutItselfNotItsMarketplace() {
        // A brand also sells on its own: naming it says nothing about where it was bought.
        let u = F.understand(F.request("gadget co warranty"))
        #expect(u.merchant == "gadgetco")
        #expect(u.seller == .profile(id: "gadgetco", kind: .brand))
        #expect(u.issue == "warranty")
        let onMarket = F.understand(F.request("gadget co warranty, bought on testmart"))
        #expect(onMarket.merchant == "testmart")
        #expect(onMarket.seller == .profile(id: "gadgetco", kind: .brand))
    }

    @Test func sellerOptionWithUnknownNameIsThirdParty() {
        let u = F.understand(F.request("testmart refund", seller: "Acme Store"))
        #expect(u.seller == .thirdParty(profile: "testmart-sellers", name: "Acme Store"))
        #expect(!u.notes.isEmpty)
    }

    @Test("order numbers tell the merchant", arguments: [
        ("114-1234567-1234567", "amazon"), ("１１４－１２３４５６７－１２３４５６７", "amazon"),
        ("8123456789012345", "aliexpress"), ("12345", nil), ("114-123456-1234567", nil),
    ])
    func orderNumberFormats(number: String, merchant: String?) {
        #expect(OrderNumberFormat.format(of: number)?.merchant == merchant)
    }

    @Test func orderNumberFoundInText() {
        let found = OrderNumberFormat.find(in: "where is 114-1234567-1234567 and 8123456789012345?")
        #expect(found.map(\.number) == ["114-1234567-1234567", "8123456789012345"])
        #expect(found.map(\.format.merchant) == ["amazon", "aliexpress"])
    }

    @Test func languageDetection() {
        #expect(PlanLanguage.detect(in: "아마존") == "ko")
        #expect(PlanLanguage.detect(in: "Amazonの出品者") == "ja")
        #expect(PlanLanguage.detect(in: "速卖通 没收到货") == "zh")
        #expect(PlanLanguage.detect(in: "amazon") == nil)
        #expect(LocaleEnvironment.region(of: "ko_KR.UTF-8") == "KR")
        #expect(LocaleEnvironment.region(of: "C.UTF-8") == nil)
        #expect(LocaleEnvironment.locale(in: ["LANG": "en_US", "LC_ALL": "ja_JP.UTF-8"])?.value == "ja_JP.UTF-8")
    }

    @Test func queryTextMatching() {
        let q = QueryText("Amazonの出品者")
        #expect(q.words == ["amazon"])
        #expect(q.find("amazon").first?.edits == 0)
        #expect(q.find("出品者").first?.start == 7)
        #expect(QueryText("third party seller").find("third-party seller").first?.length == 16)
        #expect(QueryText("amzon").find("amazon").first?.edits == 1)
        #expect(QueryText("stamazonx").find("amazon").isEmpty, "Latin names match whole words only")
    }
}
