import Foundation
import Testing
@testable import SupportDirectory

@Suite("Plan: who first, channels, message, deadlines, escalation")
struct ContactPlannerTests {
    typealias F = PlanFixtures

    @Test func thirdPartySellerFirstThenMarketplace() throws {
        let plan = try #require(F.plan(F.request("testmart third-party seller refund", expected: "2026-11-30")))
        #expect(plan.plan.map(\.party) == ["seller", "merchant"])
        #expect(plan.plan[0].who?.id == "testmart-sellers")
        #expect(plan.plan[0].channels.map(\.kind) == ["order-messages"])
        #expect(plan.plan[0].waitUntil == CalendarDate("2026-11-24"), "48 hours from today (first contact)")
        #expect(plan.plan[1].channels.map(\.id) == ["claim", "chat"])
        #expect(plan.seller?.kind == "third-party")
    }

    @Test func soldByMarketplaceUsesItsOwnRoute() throws {
        let plan = try #require(F.plan(F.request("testmart refund")))
        #expect(plan.seller == nil)
        #expect(plan.plan.map(\.party) == ["merchant"])
        #expect(plan.notes.contains { $0.contains("--seller third-party") }, "the assumption is said, not silent")
    }

    @Test func marketplaceFirstPolicyReordersSteps() throws {
        let plan = try #require(F.plan(F.request("testmart charged twice", seller: "third-party")))
        #expect(plan.plan.map(\.party) == ["merchant", "seller"])
    }

    @Test("route: specific where a profile routes the issue for who sold it, general where the plan is the shop's ways in")
    func routeSaysWhereTheStepsComeFrom() throws {
        let noRoute = "no specific route for this issue"
        for request in [F.request("testmart refund"), F.request("testmart third-party seller refund")] {
            let plan = try #require(F.plan(request))
            #expect(plan.route == .specific && !plan.notes.contains { $0.contains(noRoute) }, "\(request.text)")
        }
        let unrouted = try #require(F.plan(F.request("testmart", issue: "order-status")))
        #expect(unrouted.route == .general)
        #expect(unrouted.notes.contains { $0.contains(noRoute) }, "the flag and the note come from one decision")
        var u = F.understand(F.request("testmart"))
        u.intent = .contact
        let id = try #require(u.merchant)
        let merchant = try #require(F.registry.profile(id: id))
        #expect(ContactPlanner(registry: F.registry).contactPlan(merchant: merchant, understanding: u, request: F.request("testmart")).route == .general)
        let generic = try #require(F.plan(F.request("zalando refund", country: "US")))
        #expect(generic.generic && generic.route == .general)
        let json = String(decoding: try JSONEncoder().encode(unrouted), as: UTF8.self)
        #expect(json.contains("\"route\":\"general\""), "the JSON carries it")
    }

    @Test func brandRouteComesFirstForWarranty() throws {
        let plan = try #require(F.plan(F.request("gadgetco warranty")))
        #expect(plan.plan.first?.party == "brand")
        #expect(plan.plan.first?.who?.id == "gadgetco")
        #expect(plan.seller?.kind == "brand")
        #expect(plan.message?.opening.contains("GadgetCo") == true, "{seller} is filled with the brand")
    }

    @Test func deadlinesAsDatesOrTheMissingOption() throws {
        let withDate = try #require(F.plan(F.request("testmart seller refund", expected: "2026-11-30")))
        let closes = try #require(withDate.deadlines.first { $0.id == "claim-closes" })
        #expect(closes.date == CalendarDate("2027-02-28"))
        #expect(closes.needs == nil)
        let opens = try #require(withDate.deadlines.first { $0.id == "claim-opens" })
        #expect(opens.date == CalendarDate("2026-11-24"))
        #expect(opens.assumed)

        let without = try #require(F.plan(F.request("testmart seller refund")))
        let missing = try #require(without.deadlines.first { $0.id == "claim-closes" })
        #expect(missing.date == nil)
        #expect(missing.needs == "--expected DATE")
    }

    @Test("calendar arithmetic around month ends and leap days", arguments: [
        ("2024-01-31", 30, "2024-03-01"), ("2024-02-28", 1, "2024-02-29"), ("2024-02-29", 365, "2025-02-28"),
        ("2025-02-28", 1, "2025-03-01"), ("2026-12-31", 1, "2027-01-01"), ("2026-11-30", 90, "2027-02-28"),
        ("2100-02-28", 1, "2100-03-01"), ("2000-02-28", 1, "2000-02-29"),
    ])
    func dateArithmetic(start: String, days: Int, end: String) {
        #expect(CalendarDate(start)!.adding(days: days) == CalendarDate(end))
    }

    @Test func hoursRoundUpToWholeDays() {
        let d = Deadline(id: "x", label: "x", from: .firstContact, hours: 49, kind: .opens)
        #expect(d.offsetDays == 3)
    }

    @Test func disputedAnchorCountsFromTheDisputeAndIsNeverAssumed() {
        let planner = ContactPlanner(registry: F.registry)
        let timers = [Deadline(id: "step-in", label: "x", from: .disputed, days: 3, kind: .opens),
                      Deadline(id: "auto", label: "x", from: .disputed, days: 15, kind: .opens)]
        var request = F.request("testmart refund")
        request.contacted = CalendarDate("2026-11-01")
        request.disputed = CalendarDate("2026-11-20")
        let given = planner.planDeadlines(timers, request: request, lang: "en")
        #expect(given.map(\.date) == [CalendarDate("2026-11-23"), CalendarDate("2026-12-05")])
        #expect(given.map(\.daysFromToday) == [1, 13], "today is 2026-11-22 in Los Angeles")
        #expect(given.allSatisfy { !$0.assumed && $0.needs == nil && $0.from == "disputed" })
        request.disputed = nil
        let missing = planner.planDeadlines(timers, request: request, lang: "en")
        #expect(missing.allSatisfy { $0.date == nil && $0.needs == "--disputed DATE" && !$0.assumed },
                "no dispute date: nothing is guessed, not today and not the first contact")
    }

    @Test func messageFilledInTheShoppersLanguage() throws {
        let en = try #require(F.plan(F.request("testmart refund", order: "114-1234567-1234567")))
        #expect(en.message?.opening == "Please refund order 114-1234567-1234567 ([item]). I want my money back.")
        #expect(en.message?.unfilled == ["item"])
        let ko = try #require(F.plan(F.request("테스트마트 환불")))
        #expect(ko.message?.language == "ko")
        #expect(ko.message?.opening == "주문 [주문 번호] 환불 부탁드립니다.")
        let ja = try #require(F.plan(F.request("テストマート 返金", country: "US")))
        #expect(ja.message?.language == "en", "no Japanese version: falls back to English and says so")
    }

    @Test func templateFillLeavesUnknownBraces() {
        let (text, missing) = PlanTemplate.fill("{order_number} {nope} {item}", values: ["order_number": "1"], language: "en")
        #expect(text == "1 {nope} [item]")
        #expect(missing == ["item"])
        // A brace never closed is text as written, once (it was once copied twice), and letters of any script pass through.
        let (open, none) = PlanTemplate.fill("주문 {order_number} 상품 {item 끝", values: ["order_number": "A-1"], language: "en")
        #expect(open == "주문 A-1 상품 {item 끝")
        #expect(none.isEmpty)
    }

    @Test func escalationEndsOutsideTheMerchant() throws {
        let us = try #require(F.plan(F.request("testmart seller refund")))
        #expect(us.escalation.map(\.origin) == ["route", "merchant", "country"])
        #expect(us.escalation.last?.id == "us-card")
        #expect(us.escalation.map(\.level) == [1, 2, 3])
        let kr = try #require(F.plan(F.request("testmart seller refund", country: "KR")))
        #expect(kr.escalation.last?.phone == "1372")
        let fr = try #require(F.plan(F.request("testmart seller refund", country: "FR")))
        #expect(fr.notes.contains { $0.contains("FR") })
    }

    @Test func staleSourcesAreFlagged() throws {
        let plan = try #require(F.plan(F.request("testmart refund")))
        let chat = try #require(plan.sources.first { $0.url.hasSuffix("/help/chat") })
        #expect(chat.stale)
        #expect(chat.ageDays == CalendarDate("2024-01-10")!.days(until: CalendarDate("2026-11-22")!))
        let email = try #require(plan.sources.first { $0.url.hasSuffix("/help/email") })
        #expect(!email.stale)
    }

    @Test func preparationsShowWhatWasGiven() throws {
        let plan = try #require(F.plan(F.request("testmart refund", order: "114-1234567-1234567")))
        #expect(plan.prepare.first { $0.id == "order-number" }?.given == "114-1234567-1234567")
    }
}

@Suite("Plan: channel ranking")
struct ChannelRankingTests {
    typealias F = PlanFixtures

    @Test func urgentIssuePutsOpenFastChannelsFirst() throws {
        // Sunday: the chat is closed, the call-back is 24/7.
        let plan = try #require(F.plan(F.request("testmart cancel order")))
        #expect(plan.plan[0].channels.map(\.id) == ["callback", "chat", "email"])
        #expect(plan.plan[0].channels[0].hours?.openNow == true)
        #expect(plan.plan[0].channels[1].hours?.openNow == false)
        // Monday 10:00 in Los Angeles: the chat is open and good for both urgency and a record.
        let monday = try #require(F.plan(F.request("testmart cancel order", now: F.iso("2026-11-23T18:00:00Z"))))
        #expect(monday.plan[0].channels.map(\.id) == ["callback", "chat", "email"])
    }

    @Test func recordIssuePutsWrittenChannelsFirst() throws {
        let plan = try #require(F.plan(F.request("testmart refund")))
        #expect(plan.plan[0].channels.map(\.id) == ["email", "chat"])
        #expect(plan.plan[0].channels[0].reason.contains("written record"))
    }

    @Test func withoutNeedsTheProfileOrderStands() {
        let channels = [Channel(id: "a", kind: .email), Channel(id: "b", kind: .chat, goodFor: [.urgent])]
        let issue = IssueKind(id: "x", names: "x")
        let ranked = ContactPlanner(registry: F.registry).rank(channels, issue: issue, now: F.now)
        #expect(ranked.map(\.0.id) == ["a", "b"])
    }
}

@Suite("Plan: opening hours in the shopper's time zone")
struct HoursNowTests {
    typealias F = PlanFixtures
    static let weekdays = OpeningHours.weekly(
        timeZone: "America/Los_Angeles",
        periods: [OpeningPeriod(days: [.mon, .tue, .wed, .thu, .fri], open: TimeOfDay("06:00")!, close: TimeOfDay("22:00")!)],
        note: nil)

    @Test func springForward() {
        // Saturday 2026-03-07 12:00 PST; DST starts Sunday 03-08. Monday 06:00 is PDT = 13:00Z.
        let next = Self.weekdays.currentOrNextInterval(after: F.iso("2026-03-07T20:00:00Z"))
        #expect(next?.start == F.iso("2026-03-09T13:00:00Z"))
        let status = Self.weekdays.status(at: F.iso("2026-03-07T20:00:00Z"), in: F.la, language: "en")
        #expect(!status.openNow)
        #expect(status.nextOpen == "Mon 2026-03-09 06:00")
    }

    @Test func fallBack() {
        // Friday 2026-10-30 23:00 PDT; DST ends Sunday 11-01. Monday 06:00 is PST = 14:00Z.
        let next = Self.weekdays.currentOrNextInterval(after: F.iso("2026-10-31T06:00:00Z"))
        #expect(next?.start == F.iso("2026-11-02T14:00:00Z"))
        // Shown in Seoul: 23:00 on Monday.
        let status = Self.weekdays.status(at: F.iso("2026-10-31T06:00:00Z"), in: TimeZone(identifier: "Asia/Seoul")!, language: "ko")
        // The schedule is in Los Angeles, the shopper in Seoul: the shopper's time says whose it is.
        #expect(status.nextOpen == "월 2026-11-02 23:00 (Asia/Seoul)")
    }

    @Test func crossingMidnight() throws {
        let phone = try #require(F.registry.profile(id: "gadgetco")?.channel(id: "phone")?.hours)
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        // 01:00 in Tokyo: inside the 22:00-02:00 stretch that began the day before.
        let s = phone.status(at: F.iso("2026-11-22T16:00:00Z"), in: tokyo, language: "en")
        #expect(s.openNow)
        #expect(s.openUntil == "Mon 2026-11-23 02:00")
        // 03:00: closed until 22:00.
        let c = phone.status(at: F.iso("2026-11-22T18:00:00Z"), in: tokyo, language: "en")
        #expect(!c.openNow)
        #expect(c.nextOpen == "Mon 2026-11-23 22:00")
        #expect(c.summary == "Daily 22:00-02:00 (Asia/Tokyo)")
    }

    @Test func allDay() {
        let s = OpeningHours.always.status(at: F.now, in: F.la, language: "ja")
        #expect(s.openNow && s.always)
        #expect(s.summary == "24時間年中無休")
    }

    @Test func dayRuns() {
        #expect(OpeningHours.describe(days: [.mon, .tue, .wed, .fri, .sat], language: "en") == "Mon-Wed, Fri, Sat")
    }
}
