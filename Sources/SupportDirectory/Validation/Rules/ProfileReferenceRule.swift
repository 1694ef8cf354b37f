/// Sellers and brands name marketplaces that exist; a marketplace's seller profile exists; a `resembles` entry (the
/// escape hatch of the impersonation rules) names another profile that exists and says why.
struct ProfileReferenceRule: ValidationRule {
    static let id = "profile-reference"
    static let description = "sells_on names marketplace profiles that exist; third_party.seller_profile names a seller profile that exists; resembles names another existing profile, with a reason."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        RuleExample("""
            id: gadget-brand
            kind: brand
            names: Gadget
            domains: [example.com]
            sells_on: [market, ↓amazn]
            """),
        RuleExample("""
            id: shop
            kind: marketplace
            names: Shop
            domains: [example.com]
            third_party: {seller_profile: ↓shop-sellers}
            """),
        RuleExample("""
            id: gadget-brand
            kind: brand
            names: Gadget
            domains: [example.com]
            sells_on: [↓market-sellers]
            """),
        // The escape hatch of the impersonation rules is explicit: an empty reason is no reason.
        RuleExample("""
            id: gadget-brand
            kind: brand
            names: Gadget
            domains: [example.com]
            resembles:
              - {profile: market, reason: ↓""}
            """),
        RuleExample("""
            id: gadget-brand
            kind: brand
            names: Gadget
            domains: [example.com]
            resembles:
              - {profile: ↓markett, reason: "Gadget's name is older than the market's (gadget.example/history)."}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: gadget-brand
            kind: brand
            names: Gadget
            domains: [example.com]
            sells_on: [market]
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var findings: [Finding] = []
        // Listed only in a message, so worked out only when there is one (it touches every profile).
        var marketplaces: String {
            let ids = context.profiles.values.filter { $0.kind == .marketplace }.map(\.id).sorted()
            return ids.isEmpty ? "none (no marketplace profile is in the folders read)" : ids.joined(separator: ", ")
        }
        for (i, id) in profile.sellsOn.enumerated() {
            if let other = context.profiles[id] {
                if other.kind != .marketplace {
                    findings.append(finding("sells_on names '\(id)', which is a \(other.kind.rawValue) profile, not a marketplace; marketplaces: \(marketplaces)",
                                            in: file, at: [PK.sellsOn, Index(i)]))
                }
            } else {
                findings.append(finding("sells_on names '\(id)', but no profile has that id; marketplaces: \(marketplaces)",
                                        in: file, at: [PK.sellsOn, Index(i)]))
            }
        }
        for (i, resemblance) in (profile.resembles ?? []).enumerated() {
            let id = resemblance.profile
            if id == profile.id || context.profiles[id] == nil {
                findings.append(finding(
                    id == profile.id ? "resembles names this profile itself; name the other profile this one resembles"
                        : "resembles names '\(id)', but no profile has that id; name the profile this one resembles (its file's id)",
                    in: file, at: [PK.resembles, Index(i), Resemblance.CodingKeys.profile]))
            }
            if resemblance.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                findings.append(finding(
                    "the reason of resembles '\(id)' is empty; say why the resemblance is legitimate and where reviewers can check it (it switches off the impersonation rules for the pair)",
                    in: file, at: [PK.resembles, Index(i), Resemblance.CodingKeys.reason]))
            }
        }
        if let id = profile.thirdParty?.sellerProfile {
            let at: [any CodingKey] = [PK.thirdParty, key("seller_profile")]
            if let other = context.profiles[id] {
                if other.kind != .seller {
                    findings.append(finding("third_party.seller_profile names '\(id)', which is a \(other.kind.rawValue) profile; it must name a profile of kind seller",
                                            in: file, at: at))
                }
            } else {
                findings.append(finding("third_party.seller_profile names '\(id)', but no profile has that id; add Merchants/\(id).yaml (supportdir new \(id) --kind seller) or fix the id",
                                        in: file, at: at))
            }
        }
        return findings
    }
}
