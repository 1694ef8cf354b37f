import Foundation
import Testing
@testable import SupportDirectory

@Suite("Plan: renderers")
struct PlanRenderingTests {
    typealias F = PlanFixtures

    @Test func jsonFollowsTheSchema() throws {
        let plan = try #require(F.plan(F.request("testmart seller refund", expected: "2026-11-30")))
        let data = Data(PlanJSONRenderer().render(plan).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect((json["merchant"] as? [String: Any])?["id"] as? String == "testmart")
        #expect((json["seller"] as? [String: Any])?["kind"] as? String == "third-party")
        #expect((json["issue"] as? [String: Any])?["id"] as? String == "refund")
        let steps = try #require(json["plan"] as? [[String: Any]])
        #expect(steps.first?["party"] as? String == "seller")
        #expect(((steps.first?["channels"] as? [[String: Any]])?.first)?["kind"] as? String == "order-messages")
        #expect((json["deadlines"] as? [[String: Any]])?.count == 2)
        #expect(json["escalation"] is [[String: Any]])
        #expect(json["sources"] is [[String: Any]])
    }

    @Test func jsonSellerIsNullWhenNotGiven() throws {
        let plan = try #require(F.plan(F.request("testmart refund")))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PlanJSONRenderer().render(plan).utf8)) as? [String: Any])
        #expect(json["seller"] is NSNull)
    }

    @Test func profileTextCannotControlTheTerminal() throws {
        let plan = try #require(F.plan(F.request("testmart refund")))
        for output in [PlanTextRenderer().render(plan), PlanMarkdownRenderer().render(plan), PlanJSONRenderer().render(plan)] {
            #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        }
        #expect(PlanTextRenderer().render(plan).contains("TestMart never calls you first."))
    }

    @Test func colourOnlyWhenAsked() throws {
        let plan = try #require(F.plan(F.request("testmart refund")))
        #expect(PlanTextRenderer(color: true).render(plan).contains("\u{1B}["))
        #expect(!PlanTextRenderer(color: false).render(plan).contains("\u{1B}"))
    }

    @Test func headingsInTheShoppersLanguage() throws {
        let ko = try #require(F.plan(F.request("테스트마트 판매자 환불")))
        let text = PlanTextRenderer().render(ko)
        #expect(text.contains("연락 계획"))
        #expect(text.contains("1단계: 판매자에 연락"))
        let md = PlanMarkdownRenderer().render(ko)
        #expect(md.hasPrefix("# 테스트마트: 환불"))
    }

    @Test func unresolvedSaysWhatWasUnderstood() {
        guard case let .unresolved(u) = ContactPlanner(registry: F.registry).resolve(F.request("tesmrat hello")) else {
            Issue.record("expected no plan"); return
        }
        let text = PlanTextRenderer().render(u)
        #expect(text.contains("Could not tell which merchant"))
        #expect(text.contains("testmart"))
        #expect(text.contains("testmart"))
    }

    @Test func issueCatalogListsSynonyms() {
        let catalog = IssueCatalog(vocabulary: F.registry.vocabulary, language: "en")
        #expect(catalog.entries.map(\.id).contains("refund"))
        #expect(catalog.renderText().contains("ko: 환불"))
    }

    @Test func searchFindsMerchantsAndIssuesInAnyLanguage() {
        let hits = DirectorySearch(registry: F.registry).search("테스트마트 환불")
        #expect(hits.first?.id == "testmart")
        #expect(hits.contains { $0.type == "issue" && $0.id == "refund" })
        let fuzzy = DirectorySearch(registry: F.registry).search("tesmrat")
        #expect(fuzzy.first?.approximate == true)
    }
}
