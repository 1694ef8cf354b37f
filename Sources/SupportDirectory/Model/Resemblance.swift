/// A profile's explicit statement that it legitimately resembles another one (a brand that carries a
/// marketplace's name, a subsidiary with a near-identical name): `resembles: [{profile: amazon, reason: ...}]`.
/// It exempts the pair from the impersonation rules (name collisions, lookalike domains, claims about another
/// merchant); `validate --changed-since` lists every entry for review, so it is never silent.
public struct Resemblance: Sendable, Hashable, Codable {
    /// The id of the profile this one resembles.
    public var profile: String
    /// Why the resemblance is legitimate, for reviewers (one sentence, with where it can be checked).
    public var reason: String

    public init(profile: String, reason: String) {
        self.profile = profile
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case profile, reason
    }
}
