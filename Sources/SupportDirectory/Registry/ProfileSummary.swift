/// One line of `supportdir list`: what a merchant is and how it can be reached.
public struct ProfileSummary: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: MerchantKind
    public var regions: [String]
    public var channelKinds: [ChannelKind]
    public var sellsOn: [String]
    public var origin: String

    enum CodingKeys: String, CodingKey {
        case id, name, kind, regions, channelKinds = "channel_kinds", sellsOn = "sells_on", origin
    }

    public init(_ profile: any MerchantProfile, language: String, origin: ProfileOrigin?) {
        id = profile.id
        name = profile.names.text(for: language)
        kind = profile.kind
        regions = profile.regions
        var kinds: [ChannelKind] = []
        for channel in profile.channels where !kinds.contains(channel.kind) { kinds.append(channel.kind) }
        channelKinds = kinds
        sellsOn = profile.sellsOn
        self.origin = origin?.description ?? ""
    }
}

extension Registry {
    /// Summaries of every profile, sorted by id.
    public func summaries(language: String) -> [ProfileSummary] {
        profiles.map { ProfileSummary($0, language: language, origin: origin(of: $0.id)) }
    }
}
