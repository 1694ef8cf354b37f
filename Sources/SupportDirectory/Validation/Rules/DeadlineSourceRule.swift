/// Every deadline has a source: the page that states its length and what it counts from. A plan prints a
/// deadline as a date the shopper acts on, so it needs the same footing as a contact point (`contact-source`).
/// A deadline written once under `deadlines:` is reported once, where it is written; a route's
/// `{use: ID, ...}` keeps the named deadline's source unless it gives its own.
struct DeadlineSourceRule: ValidationRule {
    static let id = "deadline-source"
    static let description = "Every deadline has a source (the page that states it), as every contact point does."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        // A deadline written in a route.
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
                  - {party: merchant, channels: [help], why: The help center takes returns.}
                deadlines:
                  - id: ↓return-window
                    label: Return window
                    from: delivered
                    kind: closes
                    days: 30
            """),
        // A named deadline, reported where it is written, not at each route naming it.
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
            deadlines:
              - {id: ↓return-window, label: Return window, from: delivered, kind: closes, days: 30}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: The help center takes returns.}
                deadlines: [return-window]
              - issue: not-received
                steps:
                  - {party: merchant, channels: [help], why: The help center takes returns.}
                deadlines: [return-window]
            """),
    ]
    static let nonTriggeringExamples = [
        // A named source by id, and a route changing a named deadline keeps its source.
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com]
            sources:
              - {id: help-page, url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}
            channels:
              - id: help
                kind: help-center
                url: https://shop.example.com/help
                source: help-page
            deadlines:
              - {id: return-window, label: Return window, from: delivered, kind: closes, days: 30, source: help-page}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: The help center takes returns.}
                deadlines:
                  - {use: return-window, days: 14}
                  - id: claim-opens
                    label: Claim possible
                    from: first-contact
                    kind: opens
                    hours: 48
                    source: {url: https://shop.example.com/help/claims, seen: 2026-11-01, quality: official-page}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var findings: [Finding] = []
        var reported = Set<ProfilePath>()
        for (r, route) in profile.routes.enumerated() {
            let origins = r < profile.routeOrigins.count ? profile.routeOrigins[r].deadlines : []
            for (d, deadline) in route.deadlines.enumerated() where deadline.source == nil {
                let written = d < origins.count ? origins[d] : nil
                if let written, !reported.insert(written).inserted { continue }
                let at = written?.codingKeys ?? [PK.routes, Index(r), RK.deadlines, Index(d)]
                findings.append(finding(
                    "the deadline '\(deadline.id)' has no source; add `source:` with the page that states it (`source: {url: https://..., seen: \(context.today), quality: official-page}`, or the id of one under `sources:`), as for a channel",
                    in: file, at: at + [DK.id]))
            }
        }
        return findings
    }
}
