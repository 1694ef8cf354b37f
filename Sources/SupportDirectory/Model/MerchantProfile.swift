/// What supportdir needs to know about a merchant to plan a contact.
///
/// Profiles shipped in `Merchants/` are YAML files decoded into ``ProfileFile``;
/// an app embedding the library can register its own conforming types with
/// ``Registry/register(_:)``. Only `id`, `kind`, `names` and `domains` are
/// required; everything else has an empty default.
public protocol MerchantProfile: Sendable {
    /// Stable id: lowercase `a-z0-9-`, equal to the YAML file name.
    var id: String { get }
    var kind: MerchantKind { get }
    /// Display names per language (`en` required).
    var names: LocalizedText { get }
    /// Other names people type, in any script (아마존, アマゾン, 亚马逊...).
    var aliases: [String] { get }
    /// Profiles of the same family (amazon, amazon-jp) share a group; the
    /// resolver picks the member whose regions match the shopper's country.
    var group: String? { get }
    /// Official domains. Every contact point must sit on one of them or a subdomain.
    var domains: [String] { get }
    /// ISO 3166-1 alpha-2 codes of the countries served.
    var regions: [String] { get }
    var storefronts: [Storefront] { get }
    /// For sellers and brands: ids of the marketplaces they sell on.
    var sellsOn: [String] { get }
    /// For marketplaces: how third-party sellers are reached and who goes first.
    var thirdParty: ThirdPartyPolicy? { get }
    var channels: [Channel] { get }
    var routes: [IssueRoute] { get }
    var templates: [MessageTemplate] { get }
    var tips: [LocalizedText] { get }
    /// Scam warnings and similar cautions shown with every plan.
    var warnings: [LocalizedText] { get }
    /// Merchant-specific escalation (appeals, guarantees) before going outside.
    var escalation: [EscalationStep] { get }
}

extension MerchantProfile {
    public var aliases: [String] { [] }
    public var group: String? { nil }
    public var regions: [String] { [] }
    public var storefronts: [Storefront] { [] }
    public var sellsOn: [String] { [] }
    public var thirdParty: ThirdPartyPolicy? { nil }
    public var channels: [Channel] { [] }
    public var routes: [IssueRoute] { [] }
    public var templates: [MessageTemplate] { [] }
    public var tips: [LocalizedText] { [] }
    public var warnings: [LocalizedText] { [] }
    public var escalation: [EscalationStep] { [] }

    public func channel(id: String) -> Channel? { channels.first { $0.id == id } }
    public func template(id: String) -> MessageTemplate? { templates.first { $0.id == id } }

    /// The route for an issue, preferring one written for `soldBy` over one for `any`.
    public func route(for issue: String, soldBy: SoldBy) -> IssueRoute? {
        routes.first { $0.issue == issue && $0.soldBy == soldBy }
            ?? routes.first { $0.issue == issue && $0.soldBy == .any }
    }
}

/// What sort of business a profile describes.
public enum MerchantKind: String, Codable, Sendable, CaseIterable {
    /// Runs a storefront where it and third-party sellers sell (Amazon, AliExpress).
    case marketplace
    /// Sells on marketplaces (a generic "third-party sellers on X" profile or a named shop).
    case seller
    /// Makes products and runs its own support and warranty (sells on marketplaces too).
    case brand
    /// Sells its own stock from its own shop.
    case retailer
}

/// A regional storefront of a merchant (amazon.com, amazon.co.jp...).
public struct Storefront: Codable, Sendable, Hashable {
    public var domain: String
    public var region: String
    public var languages: [String]

    public init(domain: String, region: String, languages: [String] = []) {
        self.domain = domain
        self.region = region
        self.languages = languages
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case domain, region, languages }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        domain = try c.decode(String.self, forKey: .domain)
        region = try c.decode(String.self, forKey: .region)
        languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? []
    }
}

/// Who sold the item: the marketplace itself or a third-party seller on it.
public enum SoldBy: String, Codable, Sendable, CaseIterable {
    case marketplace
    case thirdParty = "third-party"
    case any
}

/// A marketplace's rules for orders from third-party sellers.
public struct ThirdPartyPolicy: Codable, Sendable, Hashable {
    /// The profile describing this marketplace's sellers in general (channels to reach them).
    public var sellerProfile: String
    /// Issues a shopper raises with the seller first.
    public var sellerFirst: [String]
    /// Issues that go straight to the marketplace even for third-party orders.
    public var marketplaceFirst: [String]
    /// Why, in a sentence the plan can show.
    public var note: LocalizedText?

    public init(sellerProfile: String, sellerFirst: [String], marketplaceFirst: [String], note: LocalizedText? = nil) {
        self.sellerProfile = sellerProfile
        self.sellerFirst = sellerFirst
        self.marketplaceFirst = marketplaceFirst
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sellerProfile = "seller_profile", sellerFirst = "seller_first"
        case marketplaceFirst = "marketplace_first", note
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sellerProfile = try c.decode(String.self, forKey: .sellerProfile)
        sellerFirst = try c.decodeIfPresent([String].self, forKey: .sellerFirst) ?? []
        marketplaceFirst = try c.decodeIfPresent([String].self, forKey: .marketplaceFirst) ?? []
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }
}
