import Foundation

/// Opening hours name a real IANA time zone (`America/New_York`, `Asia/Seoul`), not an abbreviation or offset.
struct TimeZoneRule: ValidationRule {
    static let id = "time-zone"
    static let description = "Opening hours use a real IANA time zone such as America/New_York or Asia/Tokyo."
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
                  timezone: ↓PST
                  weekly:
                    - {days: [mon], open: "09:00", close: "17:00"}
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
                  timezone: ↓Asia/Soeul
                  weekly:
                    - {days: [mon], open: "09:00", close: "17:00"}
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
                  timezone: Asia/Seoul
                  weekly:
                    - {days: [mon], open: "09:00", close: "17:00"}
            """),
    ]

    /// Abbreviations Foundation accepts but that are not IANA zone names.
    static func isIANA(_ identifier: String) -> Bool {
        guard TimeZone(identifier: identifier) != nil else { return false }
        return identifier.contains("/") || identifier == "UTC"
    }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var findings: [Finding] = []
        for (i, channel) in profile.channels.enumerated() {
            guard let zone = channel.hours?.timeZoneIdentifier, !Self.isIANA(zone) else { continue }
            let lower = zone.lowercased()
            let close = TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") }
                .min { Spelling.distance(Array(lower), Array($0.lowercased())) < Spelling.distance(Array(lower), Array($1.lowercased())) }
            var hint = "write an IANA zone name such as America/New_York, Asia/Seoul or Asia/Tokyo"
            if let close, Spelling.distance(Array(lower), Array(close.lowercased())) <= 3 { hint = "did you mean '\(close)'?" }
            findings.append(finding("the time zone '\(zone)' of channel '\(channel.id)' is not an IANA time zone; \(hint)",
                                    in: file, at: [PK.channels, Index(i), CK.hours, key("timezone")]))
        }
        return findings
    }
}

/// Edit distance for suggestions.
enum Spelling {
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
