/// What the shopper wants: help with a problem, or just a way to reach a person.
public enum Intent: String, Sendable, Codable, Hashable { case problem, contact }

/// What the resolver made of the shopper's words and options, and from where.
public struct Understanding: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable, Hashable {
        case found, unknown, ambiguous
    }

    public var merchant: String?
    public var merchantStatus: Status
    /// The closest merchants when none or several were found.
    public var merchantCandidates: [Candidate]
    public var seller: SellerChoice?
    public var issue: String?
    public var issueStatus: Status
    public var issueCandidates: [Candidate]
    /// `.contact` when the words ask to reach a person (or name a merchant and nothing else).
    public var intent: Intent = .problem
    public var orderNumber: String?
    public var language: String
    public var country: String?
    public var timeZone: String
    /// Each thing understood, with the words or option it came from.
    public var facts: [UnderstoodFact]
    /// Assumptions and conflicts the shopper should know about.
    public var notes: [String]

    public init(language: String, timeZone: String) {
        self.language = language
        self.timeZone = timeZone
        merchantStatus = .unknown
        merchantCandidates = []
        issueStatus = .unknown
        issueCandidates = []
        facts = []
        notes = []
    }
}

/// One understood fact: `merchant = amazon`, from the words `amzn` (1 typing slip forgiven).
public struct UnderstoodFact: Sendable, Codable, Hashable {
    /// `merchant`, `seller`, `issue`, `order_number`, `country`, `language`, `storefront`.
    public var field: String
    public var value: String
    /// `text`, `option`, `order-number`, `storefront`, `locale`, `script`, `default`.
    public var source: String
    /// What the shopper typed that led here (folded), or the option's value.
    public var words: [String]
    /// Typing slips forgiven across those words.
    public var edits: Int
    /// The value's display name in the plan's language (merchant, seller and issue).
    public var name: String?
    /// How strongly the words support it (issue and intent readings): the weight of the letters matched,
    /// less the slips and skipped words; ``IssueRecogniser`` explains the scale.
    public var score: Int?

    public init(field: String, value: String, source: String, words: [String] = [], edits: Int = 0, name: String? = nil,
                score: Int? = nil) {
        self.field = field
        self.value = value
        self.name = name
        self.score = score
        self.source = source
        self.words = words
        self.edits = edits
    }
}

/// A merchant or issue the shopper may have meant.
public struct Candidate: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    /// What it was matched on (`amzon`, a shared group, a similar spelling).
    public var matched: String?
    /// How strongly the words support it, on the scale of ``UnderstoodFact/score``.
    public var score: Int?

    public init(id: String, name: String, matched: String? = nil, score: Int? = nil) {
        self.id = id
        self.name = name
        self.matched = matched
        self.score = score
    }
}

/// Who sold the item, as far as the shopper said.
public enum SellerChoice: Sendable, Hashable, Codable {
    private enum CodingKeys: String, CodingKey { case kind, id, name }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kindLabel, forKey: .kind)
        try c.encode(profileID, forKey: .id)
        if case let .thirdParty(_, name) = self { try c.encodeIfPresent(name, forKey: .name) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        let id = try c.decodeIfPresent(String.self, forKey: .id)
        switch kind {
        case "third-party": self = .thirdParty(profile: id, name: try c.decodeIfPresent(String.self, forKey: .name))
        default: self = .profile(id: id ?? "", kind: kind == "brand" ? .brand : .seller)
        }
    }

    /// A third-party seller on the marketplace, not described by its own profile.
    /// `profile` is the marketplace's general seller profile; `name` what the shopper called it.
    case thirdParty(profile: String?, name: String?)
    /// A seller or brand with its own profile.
    case profile(id: String, kind: MerchantKind)

    public var profileID: String? {
        switch self {
        case let .thirdParty(profile, _): return profile
        case let .profile(id, _): return id
        }
    }

    /// `third-party`, `seller` or `brand`.
    public var kindLabel: String {
        switch self {
        case .thirdParty: return "third-party"
        case let .profile(_, kind): return kind == .brand ? "brand" : "seller"
        }
    }
}
