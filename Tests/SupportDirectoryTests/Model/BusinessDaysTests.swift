import Testing
@testable import SupportDirectory

@Suite("CalendarDate.adding(businessDays:): Monday to Friday")
struct BusinessDaysTests {
    @Test(arguments: [
        ("2026-11-27", 2, "2026-12-01"),   // Friday + 2 = Tuesday
        ("2026-11-28", 1, "2026-11-30"),   // Saturday + 1 = Monday
        ("2026-11-29", 1, "2026-11-30"),   // Sunday + 1 = Monday
        ("2026-11-24", 2, "2026-11-26"),   // Tuesday + 2 = Thursday
        ("2026-11-25", 5, "2026-12-02"),   // Wednesday + 5 = the next Wednesday
        ("2026-11-27", 10, "2026-12-11"),  // two whole weeks
        ("2026-12-31", 1, "2027-01-01"),   // across the year (a Friday; holidays are not known)
        ("2026-11-27", 0, "2026-11-27"),
        ("2026-11-28", 5, "2026-12-04"),   // Saturday + 5 = the next Friday (whole weeks from a weekend)
        ("2026-11-29", 10, "2026-12-11"),  // Sunday + 10 = the Friday two weeks on
        ("2026-11-28", 6, "2026-12-07"),   // Saturday + 6 = the Monday after next
    ])
    func counts(_ start: String, _ days: Int, _ end: String) throws {
        let from = try #require(CalendarDate(start))
        #expect(from.adding(businessDays: days) == CalendarDate(end))
        #expect(from.adding(businessDays: days).isoWeekday <= 5 || days == 0)
    }

    @Test func aLargeCountIsCountedByWeeks() throws {
        let from = try #require(CalendarDate("2026-11-27"))
        #expect(from.adding(businessDays: 5_000_000) == from.adding(days: 7_000_000))
    }
}
