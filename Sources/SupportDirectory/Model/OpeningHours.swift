import Foundation

/// When a channel answers: around the clock, or a weekly schedule in an IANA time zone.
///
/// ```yaml
/// hours: always
/// hours:
///   timezone: America/Los_Angeles
///   weekly:
///     - days: [mon, tue, wed, thu, fri]
///       open: "06:00"
///       close: "22:00"     # a close earlier than open runs past midnight
/// ```
public enum OpeningHours: Codable, Sendable, Hashable {
    case always
    case weekly(timeZone: String, periods: [OpeningPeriod], note: LocalizedText?)

    enum CodingKeys: String, CodingKey, CaseIterable { case timezone, weekly, note }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let word = try? single.decode(String.self) {
            guard word == "always" else {
                throw DecodingError.dataCorruptedError(
                    in: single,
                    debugDescription: "expected 'always' (24/7) or a mapping with 'timezone' and 'weekly', found '\(word)'")
            }
            self = .always
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self = .weekly(
            timeZone: try c.decode(String.self, forKey: .timezone),
            periods: try c.decode([OpeningPeriod].self, forKey: .weekly),
            note: try c.decodeIfPresent(LocalizedText.self, forKey: .note))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .always:
            var c = encoder.singleValueContainer()
            try c.encode("always")
        case let .weekly(zone, periods, note):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(zone, forKey: .timezone)
            try c.encode(periods, forKey: .weekly)
            try c.encodeIfPresent(note, forKey: .note)
        }
    }

    /// One stretch of open time as absolute instants.
    public struct Interval: Sendable, Hashable {
        public var start: Date
        public var end: Date
    }

    /// Whether the channel answers at `instant`.
    public func isOpen(at instant: Date) -> Bool {
        switch self {
        case .always: return true
        case .weekly: return intervals(around: instant).contains { $0.start <= instant && instant < $0.end }
        }
    }

    /// The open stretch containing `instant`, or the next one to start after it (within two weeks).
    public func currentOrNextInterval(after instant: Date) -> Interval? {
        switch self {
        case .always: return nil
        case .weekly:
            return intervals(around: instant)
                .filter { $0.end > instant }
                .min { $0.start < $1.start }
        }
    }

    /// Concrete open intervals from a day before `instant` to two weeks after, in the schedule's zone. They depend
    /// only on the schedule and the day `instant` falls on there, so they are worked out once per schedule and day
    /// (calendar arithmetic is most of the cost of a plan, and the site asks the same for every plan of a shop).
    func intervals(around instant: Date) -> [Interval] {
        guard case let .weekly(zoneID, _, _) = self, let zone = TimeZone(identifier: zoneID) else { return [] }
        let today = CalendarDate(instant, in: zone)
        return OpeningIntervalCache.shared.intervals(self, on: today) { intervals(zone: zone, today: today) }
    }

    func intervals(zone: TimeZone, today: CalendarDate) -> [Interval] {
        guard case let .weekly(_, periods, _) = self else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var result: [Interval] = []
        for offset in -1...14 {
            let day = today.adding(days: offset)
            for period in periods where period.days.contains(Weekday(isoNumber: day.isoWeekday)) {
                let closeDay = period.close <= period.open ? day.adding(days: 1) : day
                guard let start = period.open.instant(on: day, calendar: calendar),
                      let end = period.close.instant(on: closeDay, calendar: calendar), end > start else { continue }
                result.append(Interval(start: start, end: end))
            }
        }
        return result
    }

    public var timeZoneIdentifier: String? {
        if case let .weekly(zone, _, _) = self { return zone }
        return nil
    }
}

/// Open intervals by schedule and day, shared by every thread; at most `limit` entries (then started afresh), so
/// memory stays bounded however many schedules and days are asked about.
final class OpeningIntervalCache: @unchecked Sendable {
    static let shared = OpeningIntervalCache()
    static let limit = 4_096

    struct Key: Hashable {
        var hours: OpeningHours
        var day: CalendarDate
    }

    private let lock = NSLock()
    private var entries: [Key: [OpeningHours.Interval]] = [:]

    var count: Int { lock.withLock { entries.count } }

    func intervals(_ hours: OpeningHours, on day: CalendarDate, make: () -> [OpeningHours.Interval]) -> [OpeningHours.Interval] {
        let key = Key(hours: hours, day: day)
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = made
        lock.unlock()
        return made
    }
}

/// Opening times on some days of the week.
public struct OpeningPeriod: Codable, Sendable, Hashable {
    public var days: [Weekday]
    public var open: TimeOfDay
    /// Earlier than or equal to `open` means the period ends the next day; `24:00` is midnight.
    public var close: TimeOfDay

    public init(days: [Weekday], open: TimeOfDay, close: TimeOfDay) {
        self.days = days
        self.open = open
        self.close = close
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case days, open, close }
}

public enum Weekday: String, Codable, Sendable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// 1 = Monday ... 7 = Sunday.
    public init(isoNumber: Int) { self = Weekday.allCases[(isoNumber - 1) % 7] }
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }
    public static func < (a: Weekday, b: Weekday) -> Bool { a.isoNumber < b.isoNumber }
}

/// A wall-clock time `HH:MM`, from `00:00` to `24:00`.
public struct TimeOfDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...59).contains(m),
              (0...23).contains(h) || (h == 24 && m == 0) else { return nil }
        minutes = h * 60 + m
    }

    public init(minutes: Int) { self.minutes = minutes }

    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

    /// This time on `day` in the calendar's zone; in a DST gap, the first valid moment after it.
    func instant(on day: CalendarDate, calendar: Calendar) -> Date? {
        let base = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
        guard let midnight = base else { return nil }
        if minutes == 24 * 60 { return calendar.date(byAdding: .day, value: 1, to: midnight) }
        return calendar.date(bySettingHour: minutes / 60, minute: minutes % 60, second: 0, of: midnight)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "expected a time written as HH:MM between 00:00 and 24:00 (e.g. \"09:30\"), found '\(text)'")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
