import YAMLDecoding
/// Routes name issue kinds of the vocabulary and channels, templates and preparations that exist.
struct RouteReferenceRule: ValidationRule {
    static let id = "route-reference"
    static let description = "Routes and third_party lists use issue kinds from the vocabulary; steps name channels, templates and preparations that exist; channel ids are unique."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - {id: chat, kind: chat}
            routes:
              - issue: ↓refnud
                steps:
                  - {party: merchant, channels: [chat], why: Refunds are decided by the shop.}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - {id: chat, kind: chat}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [chat, ↓phone], why: Refunds are decided by the shop.}
            """),
        RuleExample("""
            id: shop
            kind: marketplace
            names: Shop
            domains: [example.com]
            third_party: {seller_profile: market-sellers}
            channels:
              - {id: chat, kind: chat}
            routes:
              - issue: refund
                steps:
                  - {party: seller, channels: [↓chat], why: The seller decides first.}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - {id: chat, kind: chat}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [chat], why: Refunds are decided by the shop., template: ↓refund-letter}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - {id: chat, kind: chat}
              - {id: ↓chat, kind: email}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: marketplace
            names: Shop
            domains: [example.com]
            third_party: {seller_profile: market-sellers, seller_first: [refund], marketplace_first: [not-received]}
            channels:
              - {id: chat, kind: chat}
            templates:
              - {id: thanks, opening: Thank you.}
            routes:
              - issue: refund
                sold_by: third-party
                steps:
                  - {party: seller, channels: [contact-seller], why: The seller decides first., prepare: [order-number], template: refund}
                  - {party: merchant, channels: [chat], why: The shop steps in., template: thanks}
                  - {party: consumer-agency, channels: [], why: Outside help.}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var findings: [Finding] = []
        let vocabulary = context.vocabulary
        let knownIssues = vocabulary.issues.map(\.id)
        func issueProblem(_ issue: String) -> String? {
            guard vocabulary.issue(id: issue) == nil else { return nil }
            if let close = EditDistance.closest(to: issue, among: knownIssues, threshold: 2) { return "did you mean '\(close)'?" }
            if knownIssues.isEmpty { return "no vocabulary was loaded; issue kinds come from Merchants/_vocabulary/" }
            return "known issues: \(knownIssues.joined(separator: ", ")) (add new ones to Merchants/_vocabulary/)"
        }
        var channelIDs = Set<String>()
        for (i, channel) in profile.channels.enumerated() where !channelIDs.insert(channel.id).inserted {
            findings.append(finding("the channel id '\(channel.id)' is used twice in this profile; give each channel its own id",
                                    in: file, at: [PK.channels, Index(i), CK.id]))
        }
        if let policy = profile.thirdParty {
            for (list, ids) in [("seller_first", policy.sellerFirst), ("marketplace_first", policy.marketplaceFirst)] {
                for (i, issue) in ids.enumerated() {
                    if let hint = issueProblem(issue) {
                        findings.append(finding("third_party.\(list) names the unknown issue '\(issue)'; \(hint)",
                                                in: file, at: [PK.thirdParty, key(list), Index(i)]))
                    }
                }
            }
        }
        let templateIDs = Set(profile.templates.map(\.id) + vocabulary.templates.map(\.id))
        let preparationIDs = Set(vocabulary.preparations.map(\.id))
        var checkedNamedSteps = Set<ProfilePath>()
        for (r, route) in profile.routes.enumerated() {
            let routePath: [any CodingKey] = [PK.routes, Index(r)]
            if let hint = issueProblem(route.issue) {
                findings.append(finding("the route names the unknown issue '\(route.issue)'; \(hint)", in: file, at: routePath + [RK.issue]))
            }
            for (s, step) in route.steps.enumerated() {
                // Where the step was written: the route's own entry, or a named step it refers to (reported once).
                let origin = r < profile.routeOrigins.count && s < profile.routeOrigins[r].steps.count ? profile.routeOrigins[r].steps[s] : nil
                let stepPath = origin?.codingKeys ?? routePath + [RK.steps, Index(s)]
                if let origin, origin.first != .key("routes"), !checkedNamedSteps.insert(origin).inserted { continue }
                let (owner, ownerName) = channelOwner(of: step.party, in: profile, context: context)
                if let owner {
                    for (c, channelID) in step.channels.enumerated() where owner.channel(id: channelID) == nil {
                        let known = owner.channels.map(\.id)
                        let list = known.isEmpty ? "it has no channels" : "its channels are \(known.joined(separator: ", "))"
                        findings.append(finding("a \(step.party.rawValue) step of the '\(route.issue)' route names the channel '\(channelID)', which \(ownerName) does not have; \(list)",
                                                in: file, at: stepPath + [StepK.channels, Index(c)]))
                    }
                }
                if let template = step.template, !templateIDs.contains(template) {
                    findings.append(finding("the template '\(template)' is neither in this profile's templates nor in the vocabulary; \(templateIDs.isEmpty ? "no vocabulary was loaded (shared templates come from Merchants/_vocabulary/templates.yaml)" : "known templates: \(templateIDs.sorted().joined(separator: ", "))")",
                                            in: file, at: stepPath + [StepK.template]))
                }
                for (p, prep) in step.prepare.enumerated() where !preparationIDs.contains(prep) {
                    findings.append(finding("the preparation '\(prep)' is not in the vocabulary; \(preparationIDs.isEmpty ? "no vocabulary was loaded (preparations come from Merchants/_vocabulary/)" : "known: \(preparationIDs.sorted().joined(separator: ", "))")",
                                            in: file, at: stepPath + [StepK.prepare, Index(p)]))
                }
            }
        }
        return findings
    }

    /// The profile whose channels a step of `party` names, and how to call it in a message; nil when not checkable.
    private func channelOwner(of party: Party, in profile: ProfileFile, context: ValidationContext) -> (ProfileFile?, String) {
        switch party {
        case .merchant:
            return (profile, "this profile")
        case .seller:
            if profile.kind == .seller { return (profile, "this profile") }
            if let id = profile.thirdParty?.sellerProfile, let sellers = context.profiles[id] {
                return (sellers, "the seller profile '\(id)' (third_party.seller_profile)")
            }
            return (nil, "")
        case .brand:
            return profile.kind == .brand ? (profile, "this profile") : (nil, "")
        case .carrier, .paymentProvider, .consumerAgency:
            return (nil, "")
        }
    }
}
