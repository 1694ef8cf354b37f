import Foundation
import Testing
@testable import SupportDirectory

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("adding days crosses month ends, year ends and leap days", arguments: [
        ("2026-11-22", 90, "2027-02-20"),
        ("2026-01-31", 1, "2026-02-01"),
        ("2028-02-28", 1, "2028-02-29"),
        ("2027-02-28", 1, "2027-03-01"),
        ("2100-02-28", 1, "2100-03-01"),
        ("2000-02-28", 1, "2000-02-29"),
        ("2026-12-31", 1, "2027-01-01"),
        ("2026-03-01", -1, "2026-02-28"),
        ("1969-12-31", 1, "1970-01-01"),
    ])
    func adding(start: String, days: Int, expected: String) throws {
        let date = try #require(CalendarDate(start))
        #expect(date.adding(days: days).description == expected)
        #expect(date.days(until: date.adding(days: days)) == days)
    }

    @Test("only real YYYY-MM-DD dates parse", arguments: ["2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "", "2026-01-01T00:00"])
    func rejects(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("weekdays follow ISO numbering")
    func weekdays() throws {
        #expect(try #require(CalendarDate("2026-11-22")).isoWeekday == 7) // a Sunday
        #expect(try #require(CalendarDate("2026-11-23")).isoWeekday == 1)
        #expect(try #require(CalendarDate("1970-01-01")).isoWeekday == 4)
    }

    @Test("the day of an instant depends on the zone")
    func dayInZone() throws {
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-11-22T20:00:00Z"))
        #expect(CalendarDate(instant, in: try #require(TimeZone(identifier: "Asia/Seoul"))).description == "2026-11-23")
        #expect(CalendarDate(instant, in: try #require(TimeZone(identifier: "America/Los_Angeles"))).description == "2026-11-22")
    }
}

@Suite("Opening hours")
struct OpeningHoursTests {
    let iso = ISO8601DateFormatter()

    func instant(_ text: String) throws -> Date { try #require(iso.date(from: text)) }

    func weekly(_ zone: String, _ days: [Weekday], _ open: String, _ close: String) throws -> OpeningHours {
        .weekly(timeZone: zone, periods: [OpeningPeriod(days: days, open: try #require(TimeOfDay(open)),
                                                        close: try #require(TimeOfDay(close)))], note: nil)
    }

    @Test("always is open at any moment and has no next opening")
    func always() throws {
        #expect(OpeningHours.always.isOpen(at: try instant("2026-11-22T03:00:00Z")))
        #expect(OpeningHours.always.currentOrNextInterval(after: try instant("2026-11-22T03:00:00Z")) == nil)
    }

    @Test("weekday hours in Los Angeles: closed on Sunday, next opening Monday 06:00 local")
    func weekdays() throws {
        let hours = try weekly("America/Los_Angeles", [.mon, .tue, .wed, .thu, .fri], "06:00", "22:00")
        let sunday = try instant("2026-11-22T20:00:00Z") // Sunday 12:00 in Los Angeles (PST, UTC-8)
        #expect(!hours.isOpen(at: sunday))
        let next = try #require(hours.currentOrNextInterval(after: sunday))
        #expect(next.start == (try instant("2026-11-23T14:00:00Z")))
        #expect(hours.isOpen(at: try instant("2026-11-23T14:00:00Z")))
        #expect(!hours.isOpen(at: try instant("2026-11-24T06:00:00Z"))) // Monday 22:00 PST: closed
    }

    @Test("daylight saving time moves the UTC opening by an hour", arguments: [
        // 2026-03-08 is the first day of PDT; 2026-11-01 the first day of PST again.
        ("2026-03-06T12:00:00Z", "2026-03-06T14:00:00Z"), // Friday, still PST: 06:00 = 14:00Z
        ("2026-03-09T12:00:00Z", "2026-03-09T13:00:00Z"), // Monday, PDT: 06:00 = 13:00Z
        ("2026-10-30T12:00:00Z", "2026-10-30T13:00:00Z"), // Friday, PDT
        ("2026-11-02T12:00:00Z", "2026-11-02T14:00:00Z"), // Monday, PST
    ])
    func daylightSaving(now: String, expectedStart: String) throws {
        let hours = try weekly("America/Los_Angeles", Weekday.allCases, "06:00", "22:00")
        let next = try #require(hours.currentOrNextInterval(after: try instant(now)))
        #expect(next.start == (try instant(expectedStart)))
    }

    @Test("a period closing before it opens runs past midnight")
    func crossingMidnight() throws {
        let hours = try weekly("Asia/Tokyo", [.fri], "22:00", "02:00")
        #expect(hours.isOpen(at: try instant("2026-11-20T16:30:00Z"))) // Saturday 01:30 JST, from Friday's period
        #expect(!hours.isOpen(at: try instant("2026-11-20T17:30:00Z"))) // Saturday 02:30 JST
        let next = try #require(hours.currentOrNextInterval(after: try instant("2026-11-20T17:30:00Z")))
        #expect(next.start == (try instant("2026-11-27T13:00:00Z"))) // next Friday 22:00 JST
        #expect(next.end == (try instant("2026-11-27T17:00:00Z")))
    }

    @Test("24:00 closes at midnight; times outside 00:00-24:00 are refused")
    func timeOfDay() {
        #expect(TimeOfDay("24:00")?.minutes == 1440)
        #expect(TimeOfDay("24:01") == nil)
        #expect(TimeOfDay("9:30") == nil)
        #expect(TimeOfDay("09:60") == nil)
        #expect(TimeOfDay("17:30")?.description == "17:30")
    }
}

@Suite("Localized text")
struct LocalizedTextTests {
    @Test("falls back from a regional tag to its language, then to English")
    func fallback() {
        let text = LocalizedText([("en", "Refund"), ("ko", "환불"), ("ja", "返金")])
        #expect(text.text(for: "ko-KR") == "환불")
        #expect(text.text(for: "ja") == "返金")
        #expect(text.text(for: "zh") == "Refund")
        #expect(text.exact("zh") == nil)
    }
}

@Suite("Deadlines")
struct DeadlineTests {
    @Test("months clamp to the month's end, then days and rounded-up hours are added", arguments: [
        ("2026-01-31", 1, 0, 0, "2026-02-28"),
        ("2028-01-31", 1, 0, 0, "2028-02-29"),
        ("2026-11-22", 18, 0, 0, "2028-05-22"),
        ("2026-12-15", 1, 0, 0, "2027-01-15"),
        ("2026-11-22", 0, 0, 48, "2026-11-24"),
        ("2026-11-22", 0, 0, 49, "2026-11-25"),
        ("2026-11-22", 0, 90, 0, "2027-02-20"),
        ("2026-03-31", -1, 0, 0, "2026-02-28"),
    ])
    func date(anchor: String, months: Int, days: Int, hours: Int, expected: String) throws {
        let deadline = Deadline(id: "d", label: "d", from: .delivered, months: months == 0 ? nil : months,
                                days: days == 0 ? nil : days, hours: hours == 0 ? nil : hours, kind: .closes)
        #expect(deadline.date(after: try #require(CalendarDate(anchor))).description == expected)
    }
}
