/// Weekly opening hours are well formed: every period names days, no day twice, and open differs from close.
struct OpeningHoursRule: ValidationRule {
    static let id = "opening-hours"
    static let description = "Opening hours are well formed: periods name at least one day, no day twice, open and close differ (a close before open crosses midnight)."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: chat
                kind: chat
                hours:
                  timezone: America/New_York
                  weekly:
                    - {days: ↓[], open: "09:00", close: "17:00"}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: chat
                kind: chat
                hours:
                  timezone: America/New_York
                  weekly:
                    - {days: [mon, tue], open: ↓"09:00", close: "09:00"}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: chat
                kind: chat
                hours:
                  timezone: America/New_York
                  weekly:
                    - {days: [mon, tue, ↓mon], open: "09:00", close: "17:00"}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: chat
                kind: chat
                hours:
                  timezone: America/New_York
                  ↓weekly: []
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: chat
                kind: chat
                hours:
                  timezone: America/New_York
                  weekly:
                    - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "17:00"}
                    - {days: [sat], open: "22:00", close: "02:00"}
                    - {days: [sun], open: "00:00", close: "24:00"}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var findings: [Finding] = []
        for (c, channel) in profile.channels.enumerated() {
            guard case let .weekly(_, periods, _) = channel.hours else { continue }
            let hours: [any CodingKey] = [PK.channels, Index(c), CK.hours]
            if periods.isEmpty {
                findings.append(finding("channel '\(channel.id)' has an empty weekly schedule; list its opening periods, or write `hours: always` for 24/7",
                                        in: file, at: hours + [key("weekly")]).atKey(of: hours + [key("weekly")], in: file))
            }
            for (p, period) in periods.enumerated() {
                let at: [any CodingKey] = hours + [key("weekly"), Index(p)]
                if period.days.isEmpty {
                    findings.append(finding("an opening period of channel '\(channel.id)' lists no days; name them, e.g. [mon, tue, wed, thu, fri]",
                                            in: file, at: at + [OpeningPeriod.CodingKeys.days]))
                }
                var seen = Set<Weekday>()
                for (d, day) in period.days.enumerated() where !seen.insert(day).inserted {
                    findings.append(finding("the day '\(day.rawValue)' appears twice in an opening period of channel '\(channel.id)'; list each day once",
                                            in: file, at: at + [OpeningPeriod.CodingKeys.days, Index(d)]))
                }
                if period.open == period.close {
                    findings.append(finding("an opening period of channel '\(channel.id)' opens and closes at \(period.open); for a full day write open \"00:00\" and close \"24:00\", for a period past midnight a close earlier than the open",
                                            in: file, at: at + [OpeningPeriod.CodingKeys.open]))
                }
            }
        }
        return findings
    }
}
