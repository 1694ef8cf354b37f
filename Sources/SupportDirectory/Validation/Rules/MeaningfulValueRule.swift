/// Values that decode but mean nothing, which the plan would print as nonsense: a negative or missing
/// deadline length ("until ... -8 days after delivery", "0 days after delivery"), a route with no steps, a
/// negative wait, two deadlines of a route with one id, a blank or English-less name or title. (A deadline
/// without a source is `deadline-source`'s.)
struct MeaningfulValueRule: ValidationRule {
    static let id = "meaningful-values"
    static let description = "Deadlines have a positive length, routes have steps, waits are not negative (business days 1 to 30, not with hours), names and titles are not blank and are written in English."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com]
            routes:
              - issue: refund
                steps: ↓[]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com]
            channels:
              - id: help
                kind: help-center
                url: https://shop.example.com/help
                source: {url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: The help center takes returns., wait_hours: 48}
                deadlines:
                  - id: return-window
                    label: Return window
                    from: delivered
                    kind: closes
                    days: ↓-8
                    source: {url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: ↓{ko: 상점}
            domains: [shop.example.com]
            """),
        // A wait in business days is 1 to 30, and a step gives hours or business days, not both.
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com]
            channels:
              - id: help
                kind: help-center
                url: https://shop.example.com/help
                source: {url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: The help center takes returns., wait_business_days: ↓0}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com]
            channels:
              - id: help
                kind: help-center
                url: https://shop.example.com/help
                source: {url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: The claim form., wait_hours: 48, wait_business_days: ↓2}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: Shop, ko: 상점}
            domains: [shop.example.com]
            channels:
              - id: help
                kind: help-center
                title: {en: Help center}
                url: https://shop.example.com/help
                source: {url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: The help center takes returns., wait_hours: 48}
                deadlines:
                  - id: return-window
                    label: Return window
                    from: delivered
                    kind: closes
                    days: 30
                    source: {url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var findings: [Finding] = []
        findings += text(profile.names, "names", at: [PK.names], in: file)
        for (i, channel) in profile.channels.enumerated() {
            if let title = channel.title { findings += text(title, "the title of channel '\(channel.id)'", at: [PK.channels, Index(i), CK.title], in: file) }
        }
        // A step or deadline written once under `steps:`/`deadlines:` is reported once, where it is written.
        var namedChecked = Set<ProfilePath>()
        func origin(_ paths: [ProfilePath]?, _ i: Int) -> ProfilePath? { paths.flatMap { i < $0.count ? $0[i] : nil } }
        for (r, route) in profile.routes.enumerated() {
            let at: [any CodingKey] = [PK.routes, Index(r)]
            let origins = r < profile.routeOrigins.count ? profile.routeOrigins[r] : nil
            if route.steps.isEmpty {
                findings.append(finding("the route for '\(route.issue)' has no steps; give at least one step (whom to contact first), or delete the route",
                                        in: file, at: at + [RK.steps]))
            }
            for (s, step) in route.steps.enumerated() {
                let written = origin(origins?.steps, s)
                if let written, written.first != .key("routes"), !namedChecked.insert(written).inserted { continue }
                let stepPath = written?.codingKeys ?? at + [RK.steps, Index(s)]
                if let wait = step.waitHours, wait < 0 {
                    findings.append(finding("wait_hours is \(wait); it is how many hours to wait for an answer before the next step, so it is 0 or more",
                                            in: file, at: stepPath + [StepK.waitHours]))
                }
                if let days = step.waitBusinessDays, !(1...30).contains(days) {
                    findings.append(finding("wait_business_days is \(days); it is how many business days (Monday to Friday) to wait for an answer, from 1 to 30",
                                            in: file, at: stepPath + [StepK.waitBusinessDays]))
                } else if step.waitBusinessDays != nil, step.waitHours != nil {
                    findings.append(finding("this step gives both wait_hours and wait_business_days; keep the one the merchant's page states (business days when it says business or working days)",
                                            in: file, at: stepPath + [StepK.waitBusinessDays]))
                }
            }
            var seenIDs: [String: Int] = [:]
            for (d, deadline) in route.deadlines.enumerated() {
                let written = origin(origins?.deadlines, d)
                let here = written?.codingKeys ?? at + [RK.deadlines, Index(d)]
                let named = written.map { $0.first != .key("routes") && $0.first != .key("route_defaults") } ?? false
                if named, !namedChecked.insert(written!).inserted {
                    if let first = seenIDs[deadline.id] {
                        findings.append(finding("the deadline id '\(deadline.id)' is used twice in this route (first as deadline \(first + 1)); give each deadline its own id",
                                                in: file, at: at + [RK.deadlines]))
                    } else {
                        seenIDs[deadline.id] = d
                    }
                    continue
                }
                for (name, value, key) in [("months", deadline.months, DK.months), ("days", deadline.days, DK.days), ("hours", deadline.hours, DK.hours)] {
                    if let value, value < 0 {
                        findings.append(finding("\(name) is \(value); a deadline counts forward from '\(deadline.from.rawValue)', so write how long it lasts as a positive number",
                                                in: file, at: here + [key]))
                    }
                }
                if deadline.months == nil && deadline.days == nil && deadline.hours == nil {
                    findings.append(finding("the deadline '\(deadline.id)' has no length; give days, months or hours (e.g. days: 30), as the source states it",
                                            in: file, at: here + [DK.id]))
                } else if (deadline.months ?? 0) == 0 && (deadline.days ?? 0) == 0 && (deadline.hours ?? 0) == 0 {
                    findings.append(finding("the deadline '\(deadline.id)' lasts 0; give its length as the source states it (e.g. days: 30)",
                                            in: file, at: here + [DK.id]))
                }
                if let first = seenIDs[deadline.id] {
                    findings.append(finding("the deadline id '\(deadline.id)' is used twice in this route (first as deadline \(first + 1)); give each deadline its own id",
                                            in: file, at: here + [DK.id]))
                } else {
                    seenIDs[deadline.id] = d
                }
            }
        }
        return findings
    }

    /// A name or title: not empty, no blank entry, and written in English (the other languages fall back to it).
    private func text(_ text: LocalizedText, _ what: String, at path: [any CodingKey], in file: ValidatedFile) -> [Finding] {
        if text.entries.isEmpty || text.entries.allSatisfy({ $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            return [finding("\(what) is empty; write it in English at least (en: ...), then in the other languages you can check", in: file, at: path)]
        }
        var out: [Finding] = []
        for (language, value) in text.entries where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out.append(finding("\(what) in '\(language)' is blank; write it, or delete the entry", in: file, at: path + [key(language)]))
        }
        if text.exact("en") == nil {
            out.append(finding("\(what) has no English ('en') entry; English is always written (the other languages fall back to it)", in: file, at: path))
        }
        return out
    }
}
