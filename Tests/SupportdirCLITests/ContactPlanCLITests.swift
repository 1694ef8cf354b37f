import Foundation
import Testing

/// Issue 17 item 1: every "reach a person" example gets a contact plan (exit 0) for the right
/// merchant, with the channel a person answers fastest now first, its hours now and its shortcut
/// to a human, as the shipped profiles give them. The clock is fixed (Sunday 2026-11-22 18:00 UTC).
@Suite("CLI: contact plans")
struct ContactPlanCLITests {
    struct Example: CustomTestStringConvertible, Sendable {
        var query: String
        var lang: String
        var tz: String
        var merchant: String
        var firstChannel: String
        /// nil: the profile gives no hours for it; true: open now (24/7 here).
        var openNow: Bool?
        var humanShortcut: Bool
        var testDescription: String { query }
    }

    static let examples: [Example] = [
        Example(query: "아마존 고객센터 전화번호", lang: "ko_KR.UTF-8", tz: "Asia/Seoul", merchant: "amazon", firstChannel: "contact-chat", openNow: nil, humanShortcut: true),
        Example(query: "알리익스프레스 상담원 연결", lang: "ko_KR.UTF-8", tz: "Asia/Seoul", merchant: "aliexpress", firstChannel: "help-chat", openNow: nil, humanShortcut: true),
        Example(query: "Amazonカスタマーサービスに連絡する方法", lang: "ja_JP.UTF-8", tz: "Asia/Tokyo", merchant: "amazon-jp", firstChannel: "contact-chat", openNow: true, humanShortcut: false),
        Example(query: "アマゾンの担当者と話したい", lang: "ja_JP.UTF-8", tz: "Asia/Tokyo", merchant: "amazon-jp", firstChannel: "contact-chat", openNow: true, humanShortcut: false),
        Example(query: "速卖通 人工客服", lang: "zh_CN.UTF-8", tz: "Asia/Shanghai", merchant: "aliexpress", firstChannel: "help-chat", openNow: nil, humanShortcut: true),
        Example(query: "亚马逊客服电话", lang: "zh_CN.UTF-8", tz: "Asia/Shanghai", merchant: "amazon", firstChannel: "contact-chat", openNow: nil, humanShortcut: true),
        Example(query: "how do I talk to a human at amazon", lang: "en_US.UTF-8", tz: "America/Los_Angeles", merchant: "amazon", firstChannel: "contact-chat", openNow: nil, humanShortcut: true),
        Example(query: "amazon customer service phone number", lang: "en_US.UTF-8", tz: "America/Los_Angeles", merchant: "amazon", firstChannel: "contact-chat", openNow: nil, humanShortcut: true),
        Example(query: "contact aliexpress", lang: "en_US.UTF-8", tz: "America/Los_Angeles", merchant: "aliexpress", firstChannel: "help-chat", openNow: nil, humanShortcut: true),
        Example(query: "amazon", lang: "en_US.UTF-8", tz: "America/Los_Angeles", merchant: "amazon", firstChannel: "contact-chat", openNow: nil, humanShortcut: true),
    ]

    static let now = "2026-11-22T18:00:00Z"

    func json(_ args: [String], lang: String = "en_US.UTF-8", tz: String = "America/Los_Angeles") throws -> (Int32, [String: Any]) {
        let run = try CLI.run(["resolve"] + args + ["--format", "json", "--now", Self.now], environment: ["LANG": lang, "TZ": tz])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "stdout: \(run.stdout)")
        return (run.status, object)
    }

    @Test(arguments: examples)
    func example(_ e: Example) throws {
        let (status, plan) = try json([e.query, "--tz", e.tz], lang: e.lang, tz: e.tz)
        #expect(status == 0)
        #expect(plan["kind"] as? String == "contact")
        #expect(plan["issue"] is NSNull)
        #expect((plan["merchant"] as? [String: Any])?["id"] as? String == e.merchant)
        let steps = try #require(plan["plan"] as? [[String: Any]])
        let first = try #require((steps.first?["channels"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == e.firstChannel)
        let hours = first["hours"] as? [String: Any]
        #expect((hours?["open_now"] as? Bool) == e.openNow)
        #expect((first["human_shortcut"] as? String != nil) == e.humanShortcut)
        // What to have ready for any contact, the general message, one line on a sharper plan.
        let prepare = (plan["prepare"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(prepare.starts(with: ["order-number", "account-email", "order-date"]))
        #expect((plan["message"] as? [String: Any])?["template"] as? String == "general")
        #expect((plan["hints"] as? [String])?.count == 1)
        #expect(!(plan["warnings"] as? [String] ?? []).isEmpty, "the merchant's scam warnings are shown")
    }

    @Test func closedLiveChannelsComeAfterOpenOnesAndBeforeWrittenOnes() throws {
        // AliExpress in the order it reaches a person: the live chat (no hours given) before any written channel.
        let (_, plan) = try json(["contact aliexpress"])
        let kinds = ((plan["plan"] as? [[String: Any]])?.first?["channels"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
        let firstWritten = kinds.firstIndex { ["email", "contact-form", "order-messages", "social"].contains($0) } ?? kinds.count
        #expect(kinds.prefix(firstWritten).allSatisfy { ["chat", "phone", "callback"].contains($0) })
    }

    @Test func aBrandOnAMarketplaceGetsItsOwnChannelsAndTheDoor() throws {
        let (status, plan) = try json(["amazon customer service", "--seller", "anker"])
        #expect(status == 0)
        let steps = try #require(plan["plan"] as? [[String: Any]])
        #expect(steps.compactMap { ($0["who"] as? [String: Any])?["id"] as? String } == ["anker", "amazon"])
        let notes = plan["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("Amazon, where you bought it, is the right door") })
    }

    @Test func aProblemStillGetsTheProblemPlan() throws {
        let (status, plan) = try json(["amazon customer service refund"])
        #expect(status == 0)
        #expect(plan["kind"] as? String == "problem")
        #expect((plan["issue"] as? [String: Any])?["id"] as? String == "refund")
    }
}
