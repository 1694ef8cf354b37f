import Foundation
import Testing
@testable import SupportDirectory

@Suite("Plan: reaching a person, and the general plan without a profile")
struct ReachPersonPlanTests {
    typealias F = PlanFixtures

    static func weekly(_ days: [Weekday], _ open: String, _ close: String, zone: String = "America/Los_Angeles") -> OpeningHours {
        .weekly(timeZone: zone, periods: [OpeningPeriod(days: days, open: TimeOfDay(open)!, close: TimeOfDay(close)!)], note: nil)
    }

    @Test func openNowFirstThenNoHoursThenNextOpeningThenWritten() {
        // Sunday 2026-11-22 10:00 in Los Angeles.
        let channels = [
            Channel(id: "email", kind: .email),
            Channel(id: "phone-monday", kind: .phone, hours: Self.weekly([.mon], "06:00", "18:00")),
            Channel(id: "phone-later-today", kind: .phone, hours: Self.weekly([.sun], "15:00", "18:00")),
            Channel(id: "help", kind: .helpCenter),
            Channel(id: "chat-no-hours", kind: .chat),
            Channel(id: "callback-open", kind: .callback, hours: Self.weekly([.sun], "08:00", "12:00")),
            Channel(id: "chat-always", kind: .chat, hours: .always),
        ]
        let ranked = ContactPlanner(registry: F.registry).rankForReach(channels, now: F.now).map(\.0.id)
        #expect(ranked == ["callback-open", "chat-always", "chat-no-hours", "phone-later-today", "phone-monday", "email", "help"])
    }

    @Test func contactPlanHasNoIssueAndTheMerchantsChannels() throws {
        var u = F.understand(F.request("testmart"))
        u.intent = .contact
        let id = try #require(u.merchant)
        let merchant = try #require(F.registry.profile(id: id))
        let plan = ContactPlanner(registry: F.registry).contactPlan(merchant: merchant, understanding: u, request: F.request("testmart"))
        #expect(plan.kind == .contact && plan.issue == nil && !plan.generic)
        #expect(plan.plan.first?.who?.id == merchant.id)
        #expect(plan.plan.first?.channels.allSatisfy { $0.kind != "help-center" && $0.kind != "claim" } == true)
        #expect(plan.deadlines.isEmpty && plan.escalation.isEmpty)
        #expect(plan.hints.count == 1)
    }

    @Test func anUnderstoodProblemIsNeverReadAsAWishToReachSomeone() {
        let u = F.understand(F.request("call testmart customer service about a refund"))
        #expect(u.intent == .problem && u.issue == "refund", "an understood problem is never read as a wish to reach someone")
    }

    @Test func generalPlanForAnUnknownShopNamesItAndGoesOutside() throws {
        guard case let .plan(plan, _) = ContactPlanner(registry: F.registry).resolve(F.request("zalando refund", country: "US")) else {
            Issue.record("expected the general plan"); return
        }
        #expect(plan.generic && plan.merchant == nil && plan.merchantStatus == .unknown)
        #expect(plan.issue?.id == "refund")
        #expect(plan.notes.first?.contains("\u{201C}zalando\u{201D}") == true)
        #expect(plan.plan.map(\.party) == ["merchant", "payment-provider"])
        #expect(plan.escalation.contains { $0.party == "payment-provider" }, "the card dispute is on the ladder")
        #expect(plan.hints.contains { $0.contains("supportdir new") })
    }

    @Test func generalPlanNamesThePaymentServiceTheShopperUsed() throws {
        guard case let .plan(plan, _) = ContactPlanner(registry: F.registry).resolve(F.request("zalando never arrived paid with paypal")) else {
            Issue.record("expected the general plan"); return
        }
        #expect(plan.plan[1].why.contains("PayPal"))
    }

    @Test func generalContactPlanWhenTheShopIsUnknownAndAPersonIsWanted() throws {
        var u = F.understand(F.request("zalando"))
        #expect(u.merchantStatus == .unknown)
        u.intent = .contact
        let plan = try #require(ContactPlanner(registry: F.registry).generalPlan(understanding: u, request: F.request("zalando")))
        #expect(plan.kind == .contact && plan.generic && plan.issue == nil && plan.merchant == nil)
        #expect(plan.plan.count == 1 && plan.escalation.isEmpty)
        #expect(plan.prepare.map(\.id) == ContactPlanner.contactPreparation)
    }

    @Test func orderStatusSaysWhenItBecomesNotReceived() throws {
        let withDate = try #require(F.plan(F.request("testmart", issue: "order-status", expected: "2026-11-25")))
        let d = try #require(withDate.deadlines.first { $0.id == "becomes-not-received" })
        #expect(d.date == CalendarDate("2026-11-26") && d.kind == "opens" && d.needs == nil)
        let without = try #require(F.plan(F.request("testmart", issue: "order-status")))
        #expect(without.deadlines.first { $0.id == "becomes-not-received" }?.needs == "--expected DATE")
    }
}
