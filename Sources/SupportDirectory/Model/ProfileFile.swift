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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, names, aliases, group, domains, regions, storefronts
        case sellsOn = "sells_on", thirdParty = "third_party"
        case channels, routes, templates, tips, warnings, escalation, notes, resembles
    }

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
        channels = try c.decodeIfPresent([Channel].self, forKey: .channels) ?? []
        routes = try c.decodeIfPresent([IssueRoute].self, forKey: .routes) ?? []
        templates = try c.decodeIfPresent([MessageTemplate].self, forKey: .templates) ?? []
        tips = try c.decodeIfPresent([LocalizedText].self, forKey: .tips) ?? []
        warnings = try c.decodeIfPresent([LocalizedText].self, forKey: .warnings) ?? []
        escalation = try c.decodeIfPresent([EscalationStep].self, forKey: .escalation) ?? []
        notes = try c.decodeIfPresent(LocalizedText.self, forKey: .notes)
        resembles = try c.decodeIfPresent([Resemblance].self, forKey: .resembles)
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
        templates = profile.templates
        tips = profile.tips
        warnings = profile.warnings
        escalation = profile.escalation
    }
}
