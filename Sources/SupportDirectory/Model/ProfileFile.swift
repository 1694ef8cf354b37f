/// A merchant profile as written in a YAML file of `Merchants/`.
public struct ProfileFile: MerchantProfile, Codable, Hashable {
    public var id: String
    public var kind: MerchantKind
    public var names: LocalizedText
    public var aliases: [String]
    public var group: String?
    public var domains: [String]
    public var regions: [String]
    public var storefronts: [Storefront]
    public var sellsOn: [String]
    public var thirdParty: ThirdPartyPolicy?
    public var channels: [Channel]
    public var routes: [IssueRoute]
    public var templates: [MessageTemplate]
    public var tips: [LocalizedText]
    public var warnings: [LocalizedText]
    public var escalation: [EscalationStep]
    /// Free notes for maintainers and readers.
    public var notes: LocalizedText?
    /// Profiles this one legitimately resembles (exempt from the impersonation rules, listed for review).
    public var resembles: [Resemblance]?
    /// Sources, texts, steps, deadlines and route defaults written once and named by id (see ``ProfileParts``).
    public var parts: ProfileParts
    /// The routes as written (references unresolved); `routes` holds them resolved.
    public var writtenRoutes: [WrittenRoute]
    /// Per resolved route: where each of its steps and deadlines was written.
    public var routeOrigins: [RouteOrigins]
    /// References that name no part, and similar slips, found when the parts were resolved.
    public var partProblems: [PartProblem]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, names, aliases, group, domains, regions, storefronts
        case sellsOn = "sells_on", thirdParty = "third_party"
        case sources, texts, steps, deadlines, routeDefaults = "route_defaults"
        case channels, routes, templates, tips, warnings, escalation, notes, resembles
    }

    /// The user-info key under which a decoder passes the parts of `_vocabulary/` files (a ``ProfileParts``).
    public static let sharedPartsKey = CodingUserInfoKey(rawValue: "supportdir.sharedParts")!

    public init(id: String, kind: MerchantKind, names: LocalizedText, domains: [String]) {
        self.id = id
        self.kind = kind
        self.names = names
        self.aliases = []
        self.domains = domains
        self.regions = []
        self.storefronts = []
        self.sellsOn = []
        self.channels = []
        self.routes = []
        self.templates = []
        self.tips = []
        self.warnings = []
        self.escalation = []
        self.parts = ProfileParts()
        self.writtenRoutes = []
        self.routeOrigins = []
        self.partProblems = []
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(MerchantKind.self, forKey: .kind)
        names = try c.decode(LocalizedText.self, forKey: .names)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        group = try c.decodeIfPresent(String.self, forKey: .group)
        domains = try c.decode([String].self, forKey: .domains)
        regions = try c.decodeIfPresent([String].self, forKey: .regions) ?? []
        storefronts = try c.decodeIfPresent([Storefront].self, forKey: .storefronts) ?? []
        sellsOn = try c.decodeIfPresent([String].self, forKey: .sellsOn) ?? []
        thirdParty = try c.decodeIfPresent(ThirdPartyPolicy.self, forKey: .thirdParty)
        parts = ProfileParts(sources: try c.decodeIfPresent([NamedSource].self, forKey: .sources) ?? [],
                             texts: try c.decodeIfPresent([NamedText].self, forKey: .texts) ?? [],
                             steps: try c.decodeIfPresent([RouteStep].self, forKey: .steps) ?? [],
                             deadlines: try c.decodeIfPresent([Deadline].self, forKey: .deadlines) ?? [],
                             routeDefaults: try c.decodeIfPresent([RouteDefaults].self, forKey: .routeDefaults) ?? [])
        channels = try c.decodeIfPresent([Channel].self, forKey: .channels) ?? []
        writtenRoutes = try c.decodeIfPresent([WrittenRoute].self, forKey: .routes) ?? []
        templates = try c.decodeIfPresent([MessageTemplate].self, forKey: .templates) ?? []
        tips = try c.decodeIfPresent([LocalizedText].self, forKey: .tips) ?? []
        warnings = try c.decodeIfPresent([LocalizedText].self, forKey: .warnings) ?? []
        escalation = try c.decodeIfPresent([EscalationStep].self, forKey: .escalation) ?? []
        notes = try c.decodeIfPresent(LocalizedText.self, forKey: .notes)
        resembles = try c.decodeIfPresent([Resemblance].self, forKey: .resembles)
        routes = []
        routeOrigins = []
        partProblems = []
        resolveParts(shared: decoder.userInfo[Self.sharedPartsKey] as? ProfileParts ?? ProfileParts())
    }

    /// Resolves the written routes and every `source: ID` and `{text: ID}` against the profile's parts, then
    /// `shared` (the vocabulary's); fills `routes`, `routeOrigins` and `partProblems`.
    public mutating func resolveParts(shared: ProfileParts) {
        var resolver = PartResolver(parts: parts, shared: shared)
        routes = []
        routeOrigins = []
        for (r, written) in writtenRoutes.enumerated() {
            let (route, origins) = resolver.route(written, index: r)
            routes.append(route)
            routeOrigins.append(origins)
        }
        for i in channels.indices {
            let at: ProfilePath = [.key("channels"), .index(i)]
            channels[i].source = resolver.source(channels[i].source, at: at + [.key("source")])
            channels[i].notes = resolver.text(channels[i].notes, at: at + [.key("notes")])
            channels[i].disagreement = resolver.text(channels[i].disagreement, at: at + [.key("disagreement")])
            channels[i].drawbacks = resolver.texts(channels[i].drawbacks, at: at + [.key("drawbacks")])
        }
        for i in escalation.indices {
            let at: ProfilePath = [.key("escalation"), .index(i)]
            escalation[i].source = resolver.source(escalation[i].source, at: at + [.key("source")])
            escalation[i].name = resolver.text(escalation[i].name, at: at + [.key("name")]) ?? escalation[i].name
            escalation[i].when = resolver.text(escalation[i].when, at: at + [.key("when")])
            escalation[i].consequence = resolver.text(escalation[i].consequence, at: at + [.key("consequence")])
        }
        warnings = resolver.texts(warnings, at: [.key("warnings")])
        tips = resolver.texts(tips, at: [.key("tips")])
        if thirdParty != nil { thirdParty!.note = resolver.text(thirdParty!.note, at: [.key("third_party"), .key("note")]) }
        partProblems = resolver.problems
    }

    /// The profile as the planner sees it: parts resolved, so no `sources`, `texts`, `steps`, `deadlines` or
    /// `route_defaults` sections (`show --format json`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(names, forKey: .names)
        try c.encode(aliases, forKey: .aliases)
        try c.encodeIfPresent(group, forKey: .group)
        try c.encode(domains, forKey: .domains)
        try c.encode(regions, forKey: .regions)
        try c.encode(storefronts, forKey: .storefronts)
        try c.encode(sellsOn, forKey: .sellsOn)
        try c.encodeIfPresent(thirdParty, forKey: .thirdParty)
        try c.encode(channels, forKey: .channels)
        try c.encode(routes, forKey: .routes)
        try c.encode(templates, forKey: .templates)
        try c.encode(tips, forKey: .tips)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(escalation, forKey: .escalation)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(resembles, forKey: .resembles)
    }
}

extension ProfileFile {
    /// A copy of any profile as a plain value (for JSON output of profiles registered in code).
    public init(_ profile: any MerchantProfile) {
        if let file = profile as? ProfileFile {
            self = file
            return
        }
        self.init(id: profile.id, kind: profile.kind, names: profile.names, domains: profile.domains)
        aliases = profile.aliases
        group = profile.group
        regions = profile.regions
        storefronts = profile.storefronts
        sellsOn = profile.sellsOn
        thirdParty = profile.thirdParty
        channels = profile.channels
        routes = profile.routes
        writtenRoutes = profile.routes.map(WrittenRoute.init)
        routeOrigins = profile.routes.indices.map { r in
            RouteOrigins(steps: profile.routes[r].steps.indices.map { [.key("routes"), .index(r), .key("steps"), .index($0)] },
                         deadlines: profile.routes[r].deadlines.indices.map { [.key("routes"), .index(r), .key("deadlines"), .index($0)] })
        }
        templates = profile.templates
        tips = profile.tips
        warnings = profile.warnings
        escalation = profile.escalation
    }
}
