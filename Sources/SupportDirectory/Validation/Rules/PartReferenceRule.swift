/// Every `source: ID`, `{text: ID}`, step and deadline id a profile names exists (in the profile's `sources`,
/// `texts`, `steps` and `deadlines`, or in `_vocabulary/`), part ids are unique, and `drop:` names parts the
/// route inherits.
struct PartReferenceRule: ValidationRule {
    static let id = "part-reference"
    static let description = "Named parts (sources, texts, steps, deadlines) that routes and channels refer to exist, have unique ids, and `drop:` names an inherited part."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            steps:
              - {id: shop-support, party: merchant, why: The shop decides.}
            routes:
              - issue: refund
                steps: [↓shop-suport]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            routes:
              - issue: damaged
                steps:
                  - {party: merchant, why: The shop decides.}
                deadlines: [↓return-window]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - {id: web, kind: help-center, url: https://www.example.com/help, source: ↓help-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            routes:
              - issue: refund
                steps:
                  - {party: merchant, why: ↓{text: shop-decides}}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            steps:
              - {id: shop-support, party: merchant, why: The shop decides.}
            routes:
              - issue: refund
                steps:
                  - {use: ↓support, template: refund}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            steps:
              - {id: shop-support, party: merchant, why: The shop decides.}
            routes:
              - issue: refund
                steps: [shop-support]
                drop: [↓card-dispute]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            deadlines:
              - {id: return-window, label: Returns close, from: delivered, days: 30, kind: closes}
              - {id: ↓return-window, label: Returns close, from: delivered, days: 14, kind: closes}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: marketplace
            names: Shop
            domains: [example.com]
            sources:
              - {id: returns-page, url: https://www.example.com/help/returns, seen: 2026-11-20, quality: official-page}
            texts:
              - {id: keep-messages, text: Keep every message with the seller.}
            deadlines:
              - {id: return-window, label: Returns close, from: delivered, days: 30, kind: closes, source: returns-page}
            steps:
              - {id: shop-support, party: merchant, why: The shop decides., if_no_answer: {text: keep-messages}}
              - {id: card-dispute, party: payment-provider, why: Your card issuer can dispute the charge.}
            route_defaults:
              - {last_steps: [card-dispute], first_deadlines: [return-window]}
            routes:
              - issue: refund
                steps: [{use: shop-support, template: refund}]
                drop: [return-window]
              - issue: not-received
                steps: [shop-support]
                notes: {text: keep-messages}
              - issue: warranty
                inherit: false
                steps: [shop-support]
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        return profile.partProblems.map { finding($0.message, in: file, at: $0.path.codingKeys) }
    }
}

extension Array where Element == PathComponent {
    /// The path as coding keys, for a finding's position.
    var codingKeys: [any CodingKey] {
        map { component -> any CodingKey in
            switch component {
            case .key(let name): return key(name)
            case .index(let i): return SupportDirectory.Index(i)
            }
        }
    }
}
