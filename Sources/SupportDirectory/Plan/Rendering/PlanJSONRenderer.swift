import Foundation

/// The plan as JSON: the versioned schema of docs/contact-plan.md, keys sorted.
public struct PlanJSONRenderer: PlanRenderer {
    public static let identifier = "json"

    public init() {}

    public func render(_ plan: ContactPlan) -> String { encode(plan) }
    public func render(_ u: Unresolved) -> String { encode(u) }

    /// Keys as the types' `CodingKeys` spell them, already snake_case (`schema_version`, `wait_business_days`): no key
    /// strategy. Written as `JSONEncoder` writes them pretty, sorted, slashes as they are, by ``SortedJSONEncoder``
    /// (the same bytes, about twice as fast: the site encodes tens of thousands of plans).
    func encode(_ value: some Encodable) -> String {
        guard let text = try? SortedJSONEncoder.encodeOrFallBack(value) else { return "{}\n" }
        return OutputEscaping.json(text) + "\n"
    }
}
