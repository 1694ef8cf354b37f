import Foundation
import YAMLDecoding

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
                .min { EditDistance.between(lower, $0.lowercased()) < EditDistance.between(lower, $1.lowercased()) }
            var hint = "write an IANA zone name such as America/New_York, Asia/Seoul or Asia/Tokyo"
            if let close, EditDistance.between(lower, close.lowercased()) <= 3 { hint = "did you mean '\(close)'?" }
            findings.append(finding("the time zone '\(zone)' of channel '\(channel.id)' is not an IANA time zone; \(hint)",
                                    in: file, at: [PK.channels, Index(i), CK.hours, key("timezone")]))
        }
        return findings
    }
}
