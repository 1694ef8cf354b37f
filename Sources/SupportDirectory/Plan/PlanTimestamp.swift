import Foundation

/// The moment a plan was made for, as `generated_at` shows it: `2026-12-03T12:00:00Z`, exactly what
/// `ISO8601DateFormatter` writes (UTC, whole seconds). Whole seconds in the years 1-9999 are written
/// from the UTC calendar without a formatter (making one costs more than a small plan; the site makes
/// thousands); any other moment goes to the formatter itself.
enum PlanTimestamp {
    static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func string(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        guard seconds.rounded(.down) == seconds else { return ISO8601DateFormatter().string(from: date) }
        let d = utc.dateComponents([.era, .year, .month, .day, .hour, .minute, .second], from: date)
        guard d.era == 1, let year = d.year, (1...9999).contains(year), let month = d.month, let day = d.day,
              let hour = d.hour, let minute = d.minute, let second = d.second
        else { return ISO8601DateFormatter().string(from: date) }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(year)
        return String(repeating: "0", count: 4 - y.count) + y + "-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }
}
