import Foundation
import Testing
@testable import SupportDirectory

@Suite("Open intervals worked out once per schedule and day")
struct OpeningIntervalCacheTests {
    static let seoul = OpeningHours.weekly(timeZone: "Asia/Seoul", periods: [
        OpeningPeriod(days: [.mon, .tue, .wed, .thu, .fri], open: TimeOfDay(minutes: 540), close: TimeOfDay(minutes: 1080)),
        OpeningPeriod(days: [.sat], open: TimeOfDay(minutes: 1320), close: TimeOfDay(minutes: 120)),
    ], note: nil)
    static let newYork = OpeningHours.weekly(timeZone: "America/New_York", periods: [
        OpeningPeriod(days: Weekday.allCases, open: TimeOfDay(minutes: 90), close: TimeOfDay(minutes: 24 * 60)),
    ], note: nil)

    @Test("the same intervals as working them out, for every hour of a year across DST changes; the cache stays bounded")
    func sameAsComputed() throws {
        for hours in [Self.seoul, Self.newYork] {
            guard case let .weekly(id, _, _) = hours else { continue }
            let zone = try #require(TimeZone(identifier: id))
            for hour in stride(from: 0, to: 24 * 370, by: 7) {
                let instant = Date(timeIntervalSince1970: 1_767_225_600 + Double(hour) * 3_600)
                let direct = hours.intervals(zone: zone, today: CalendarDate(instant, in: zone))
                #expect(hours.intervals(around: instant) == direct)
                #expect(hours.intervals(around: instant) == direct, "a second (cached) answer differs")
            }
        }
        #expect(OpeningIntervalCache.shared.count <= OpeningIntervalCache.limit)
    }
}
