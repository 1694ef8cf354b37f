import Foundation

extension OpeningHours {
    /// Whether the channel is open at `now`, and until when or from when, written in the
    /// shopper's time zone (DST-correct: instants come from the schedule's own zone). When the
    /// schedule's zone is another one, the shopper's times carry their zone's name (`zoneName`,
    /// else the identifier), so a plan showing two zones never leaves a time unlabelled.
    public func status(at now: Date, in zone: TimeZone, language: String, zoneName: String? = nil) -> PlanHours {
        switch self {
        case .always:
            return PlanHours(summary: PlanStrings.text("hours.always", language), always: true, openNow: true,
                             openUntil: nil, nextOpen: nil)
        case let .weekly(zoneID, periods, note):
            var summary = OpeningHours.describe(periods, language: language) + " (\(zoneID))"
            if let note { summary += " - " + note.text(for: language) }
            let interval = currentOrNextInterval(after: now)
            let open = isOpen(at: now)
            let label = zoneID == zone.identifier || zoneID == zoneName ? "" : " (\(zoneName ?? zone.identifier))"
            return PlanHours(
                summary: summary, always: false, openNow: open,
                openUntil: open ? interval.map { HoursClock.format($0.end, in: zone, language: language) + label } : nil,
                nextOpen: open ? nil : interval.map { HoursClock.format($0.start, in: zone, language: language) + label })
        }
    }

    /// `Mon-Fri 06:00-22:00; Sat, Sun 08:00-20:00`.
    static func describe(_ periods: [OpeningPeriod], language: String) -> String {
        periods.map { period in
            "\(describe(days: period.days, language: language)) \(period.open)-\(period.close)"
        }.joined(separator: "; ")
    }

    static func describe(days: [Weekday], language: String) -> String {
        let sorted = Array(Set(days)).sorted()
        guard !sorted.isEmpty else { return "" }
        if sorted.count == 7 { return PlanStrings.text("hours.daily", language) }
        var runs: [[Weekday]] = []
        for day in sorted {
            if let last = runs.last?.last, last.isoNumber + 1 == day.isoNumber { runs[runs.count - 1].append(day) } else { runs.append([day]) }
        }
        return runs.map { run in
            run.count >= 3 ? "\(HoursClock.dayName(run.first!, language))-\(HoursClock.dayName(run.last!, language))"
                : run.map { HoursClock.dayName($0, language) }.joined(separator: ", ")
        }.joined(separator: ", ")
    }
}

/// Dates and times written for the shopper.
public enum HoursClock {
    static let dayNames: [String: [String]] = [
        "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "ko": ["월", "화", "수", "목", "금", "토", "일"],
        "ja": ["月", "火", "水", "木", "金", "土", "日"],
        "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    ]

    public static func dayName(_ day: Weekday, _ language: String) -> String {
        (dayNames[language] ?? dayNames["en"]!)[day.isoNumber - 1]
    }

    /// `Mon 2026-11-23 06:00` in `zone`.
    public static func format(_ instant: Date, in zone: TimeZone, language: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        let day = CalendarDate(instant, in: zone)
        let time = TimeOfDay(minutes: (c.hour ?? 0) * 60 + (c.minute ?? 0))
        return "\(dayName(Weekday(isoNumber: day.isoWeekday), language)) \(day) \(time)"
    }
}
