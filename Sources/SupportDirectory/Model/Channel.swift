/// One way to reach a party: a phone line, a chat, a form, in-order messages...
public struct Channel: Codable, Sendable, Hashable {
    /// Unique within the profile; routes refer to channels by id.
    public var id: String
    public var kind: ChannelKind
    /// A short label, when the kind alone is not enough ("Chat with Customer Service").
    public var title: LocalizedText?
    /// E.164 phone number (`+18882804331`).
    public var phone: String?
    public var email: String?
    /// The https page where the channel starts.
    public var url: String?
    /// Click path inside the site or app: ["Your Orders", "the order", "Get help"].
    public var path: [LocalizedText]
    public var hours: OpeningHours?
    /// BCP 47 tags of the languages served.
    public var languages: [String]
    public var loginRequired: Bool?
    /// Typical time to a first answer ("a few minutes", "24 hours").
    public var responseTime: LocalizedText?
    public var goodFor: [ChannelStrength]
    public var drawbacks: [LocalizedText]
    /// A known way to get a person rather than a bot or a menu.
    public var humanShortcut: LocalizedText?
    public var notes: LocalizedText?
    /// Where the contact point was seen. Required for phone, email and url.
    public var source: Source?
    /// When sources disagree about this channel, what each says.
    public var disagreement: LocalizedText?

    public init(
        id: String, kind: ChannelKind, title: LocalizedText? = nil, phone: String? = nil, email: String? = nil,
        url: String? = nil, path: [LocalizedText] = [], hours: OpeningHours? = nil, languages: [String] = [],
        loginRequired: Bool? = nil, responseTime: LocalizedText? = nil, goodFor: [ChannelStrength] = [],
        drawbacks: [LocalizedText] = [], humanShortcut: LocalizedText? = nil, notes: LocalizedText? = nil,
        source: Source? = nil, disagreement: LocalizedText? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.phone = phone
        self.email = email
        self.url = url
        self.path = path
        self.hours = hours
        self.languages = languages
        self.loginRequired = loginRequired
        self.responseTime = responseTime
        self.goodFor = goodFor
        self.drawbacks = drawbacks
        self.humanShortcut = humanShortcut
        self.notes = notes
        self.source = source
        self.disagreement = disagreement
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, title, phone, email, url, path, hours, languages
        case loginRequired = "login_required", responseTime = "response_time", goodFor = "good_for"
        case drawbacks, humanShortcut = "human_shortcut", notes, source, disagreement
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(ChannelKind.self, forKey: .kind)
        title = try c.decodeIfPresent(LocalizedText.self, forKey: .title)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        path = try c.decodeIfPresent([LocalizedText].self, forKey: .path) ?? []
        hours = try c.decodeIfPresent(OpeningHours.self, forKey: .hours)
        languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? []
        loginRequired = try c.decodeIfPresent(Bool.self, forKey: .loginRequired)
        responseTime = try c.decodeIfPresent(LocalizedText.self, forKey: .responseTime)
        goodFor = try c.decodeIfPresent([ChannelStrength].self, forKey: .goodFor) ?? []
        drawbacks = try c.decodeIfPresent([LocalizedText].self, forKey: .drawbacks) ?? []
        humanShortcut = try c.decodeIfPresent(LocalizedText.self, forKey: .humanShortcut)
        notes = try c.decodeIfPresent(LocalizedText.self, forKey: .notes)
        source = try c.decodeIfPresent(Source.self, forKey: .source)
        disagreement = try c.decodeIfPresent(LocalizedText.self, forKey: .disagreement)
    }

    /// The phone, email and url of this channel, each with its field name.
    public var contactPoints: [(field: String, value: String)] {
        var points: [(String, String)] = []
        if let phone { points.append(("phone", phone)) }
        if let email { points.append(("email", email)) }
        if let url { points.append(("url", url)) }
        return points
    }
}

public enum ChannelKind: String, Codable, Sendable, CaseIterable {
    case phone
    case callback
    case chat
    case email
    case contactForm = "contact-form"
    case orderMessages = "order-messages"
    case claim
    case helpCenter = "help-center"
    case community
    case social
    case inPerson = "in-person"
    case screenSharing = "screen-sharing"
}

/// What a channel is good for; the resolver ranks channels with these.
public enum ChannelStrength: String, Codable, Sendable, CaseIterable {
    /// Answers within minutes.
    case urgent
    /// A person can follow a long or unusual story.
    case complex
    /// Leaves a written trail you can quote later.
    case writtenRecord = "written-record"
    /// Photos and files can be attached.
    case evidence
    /// Self-service answers to common questions.
    case selfService = "self-service"
    /// The formal step that triggers a guarantee or refund decision.
    case formalClaim = "formal-claim"
}

/// Where a contact point or rule was seen, and how much to trust it.
public struct Source: Codable, Sendable, Hashable {
    /// A page on the merchant's official domain (or the agency's, for escalation).
    public var url: String
    /// The day someone saw it there.
    public var seen: CalendarDate
    public var quality: SourceQuality
    public var note: LocalizedText?
    /// The id of the profile's named source (`sources:`) this one was written as (`source: ID`), if any.
    /// Until the reference is resolved the other fields are placeholders.
    public var reference: String?

    public init(url: String, seen: CalendarDate, quality: SourceQuality, note: LocalizedText? = nil) {
        self.url = url
        self.seen = seen
        self.quality = quality
        self.note = note
    }

    /// Equal when they say the same (how they were written, `reference`, aside).
    public static func == (lhs: Source, rhs: Source) -> Bool {
        lhs.url == rhs.url && lhs.seen == rhs.seen && lhs.quality == rhs.quality && lhs.note == rhs.note
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(url); hasher.combine(seen); hasher.combine(quality); hasher.combine(note)
    }

    /// A source written as the id of a named source, to be resolved.
    public init(reference: String) {
        self.init(url: "", seen: CalendarDate(year: 1970, month: 1, day: 1)!, quality: .secondary)
        self.reference = reference
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case url, seen, quality, note }

    /// A mapping (`{url, seen, quality, note}`), or the id of a source in the profile's `sources:`.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
            self.init(reference: id)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(url: try c.decode(String.self, forKey: .url), seen: try c.decode(CalendarDate.self, forKey: .seen),
                  quality: try c.decode(SourceQuality.self, forKey: .quality),
                  note: try c.decodeIfPresent(LocalizedText.self, forKey: .note))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(seen, forKey: .seen)
        try c.encode(quality, forKey: .quality)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

public enum SourceQuality: String, Codable, Sendable, CaseIterable {
    /// Read on the merchant's own web page.
    case officialPage = "official-page"
    /// Seen inside the merchant's signed-in site or app.
    case inApp = "in-app"
    /// Reported by someone else and consistent with official pages; never enough for a phone number.
    case secondary
}
