import Foundation

/// The plan as JSON: the versioned schema of docs/contact-plan.md, keys sorted.
public struct PlanJSONRenderer: PlanRenderer {
    public static let identifier = "json"

    public init() {}

    /// Keys as the types' `CodingKeys` spell them, already snake_case (`schema_version`, `wait_business_days`): no key
    /// strategy, which would convert every key of every document again to the same text (the site encodes tens of
    /// thousands of plans).
    var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public func render(_ plan: ContactPlan) -> String { encode(plan) }
    public func render(_ u: Unresolved) -> String { encode(u) }

    func encode(_ value: some Encodable) -> String {
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return OutputEscaping.json(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
