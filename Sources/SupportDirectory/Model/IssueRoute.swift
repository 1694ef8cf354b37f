/// The ordered plan a profile gives for one kind of issue.
public struct IssueRoute: Codable, Sendable, Hashable {
    /// An issue kind id from the vocabulary (`refund`, `not-received`...).
    public var issue: String
    /// Which orders the route is for: sold by the marketplace itself, by a third-party seller, or any.
    public var soldBy: SoldBy
    public var steps: [RouteStep]
    public var deadlines: [Deadline]
    public var notes: LocalizedText?

    public init(issue: String, soldBy: SoldBy = .any, steps: [RouteStep], deadlines: [Deadline] = [], notes: LocalizedText? = nil) {
        self.issue = issue
        self.soldBy = soldBy
        self.steps = steps
        self.deadlines = deadlines
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case issue, soldBy = "sold_by", steps, deadlines, notes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        issue = try c.decode(String.self, forKey: .issue)
        soldBy = try c.decodeIfPresent(SoldBy.self, forKey: .soldBy) ?? .any
        steps = try c.decode([RouteStep].self, forKey: .steps)
        deadlines = try c.decodeIfPresent([Deadline].self, forKey: .deadlines) ?? []
        notes = try c.decodeIfPresent(LocalizedText.self, forKey: .notes)
    }
}

/// Who acts in a step of a plan.
public enum Party: String, Codable, Sendable, CaseIterable {
    /// The profile's own business (the marketplace or shop).
    case merchant
    /// The third-party seller who sold the item.
    case seller
    /// The maker, for warranty and technical faults.
    case brand
    case carrier
    case paymentProvider = "payment-provider"
    case consumerAgency = "consumer-agency"
}

/// One step of a route: whom to contact, through which channels, and why.
public struct RouteStep: Codable, Sendable, Hashable {
    /// Set on a step written once under `steps:` (and on the steps made from it), so routes can name it.
    public var id: String?
    public var party: Party
    /// Channel ids, best first (none for a step outside any profile, like a card dispute). They name channels of the party's profile: this
    /// profile for `merchant`; the seller's (or the marketplace's seller profile) for `seller`;
    /// the brand's for `brand`.
    public var channels: [String]
    public var why: LocalizedText
    /// Preparation ids from the vocabulary (`order-number`, `photos`...).
    public var prepare: [String]
    /// A template id (the profile's own, else the vocabulary's).
    public var template: String?
    /// How long to give this party before the next step, in hours or (as the merchant's page says) in
    /// business days, Monday to Friday; a step gives one or the other.
    public var waitHours: Int?
    public var waitBusinessDays: Int?
    /// What to do when this step fails, in words.
    public var ifNoAnswer: LocalizedText?

    public init(party: Party, channels: [String], why: LocalizedText, prepare: [String] = [], template: String? = nil,
                waitHours: Int? = nil, waitBusinessDays: Int? = nil, ifNoAnswer: LocalizedText? = nil) {
        self.party = party
        self.channels = channels
        self.why = why
        self.prepare = prepare
        self.template = template
        self.waitHours = waitHours
        self.waitBusinessDays = waitBusinessDays
        self.ifNoAnswer = ifNoAnswer
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, party, channels, why, prepare, template, waitHours = "wait_hours", waitBusinessDays = "wait_business_days"
        case ifNoAnswer = "if_no_answer"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        party = try c.decode(Party.self, forKey: .party)
        channels = try c.decodeIfPresent([String].self, forKey: .channels) ?? []
        why = try c.decode(LocalizedText.self, forKey: .why)
        prepare = try c.decodeIfPresent([String].self, forKey: .prepare) ?? []
        template = try c.decodeIfPresent(String.self, forKey: .template)
        waitHours = try c.decodeIfPresent(Int.self, forKey: .waitHours)
        waitBusinessDays = try c.decodeIfPresent(Int.self, forKey: .waitBusinessDays)
        ifNoAnswer = try c.decodeIfPresent(LocalizedText.self, forKey: .ifNoAnswer)
    }
}

/// A date that opens or closes an option, relative to a date of the order.
public struct Deadline: Codable, Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var from: DeadlineAnchor
    /// Calendar months (a warranty of 18 months); added before days, clamped to the month's end.
    public var months: Int?
    public var days: Int?
    public var hours: Int?
    /// `opens`: possible from that date on; `closes`: the last day.
    public var kind: DeadlineKind
    public var source: Source?
    public var disagreement: LocalizedText?

    public init(id: String, label: LocalizedText, from: DeadlineAnchor, months: Int? = nil, days: Int? = nil,
                hours: Int? = nil, kind: DeadlineKind, source: Source? = nil, disagreement: LocalizedText? = nil) {
        self.id = id
        self.label = label
        self.from = from
        self.months = months
        self.days = days
        self.hours = hours
        self.kind = kind
        self.source = source
        self.disagreement = disagreement
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, from, months, days, hours, kind, source, disagreement }

    /// The day offset, hours rounded up to whole days (48 hours -> 2 days); months not included.
    public var offsetDays: Int { (days ?? 0) + ((hours ?? 0) + 23) / 24 }

    /// The calendar date this deadline falls on when its anchor is `anchor`.
    public func date(after anchor: CalendarDate) -> CalendarDate {
        anchor.adding(months: months ?? 0).adding(days: offsetDays)
    }
}

public enum DeadlineAnchor: String, Codable, Sendable, CaseIterable {
    case ordered, delivered
    /// The latest estimated delivery date.
    case expected
    /// The day the shopper first contacts the seller or merchant (today, unless told otherwise).
    case firstContact = "first-contact"
    /// The day the shopper opened a dispute (a refund request) with the marketplace: AliExpress's 3-day and
    /// 15-day dispute timers count from it. Nothing is assumed: without `--disputed` the plan asks for it.
    case disputed
}

public enum DeadlineKind: String, Codable, Sendable, CaseIterable { case opens, closes }

/// A step after the merchant's own support: an appeal, a card dispute, a consumer agency.
public struct EscalationStep: Codable, Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var party: Party
    public var phone: String?
    public var url: String?
    public var email: String?
    /// When to take this step.
    public var when: LocalizedText?
    /// What it costs or changes (a chargeback ends an A-to-z claim...).
    public var consequence: LocalizedText?
    public var source: Source?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, party, phone, url, email, when, consequence, source }

    public init(id: String, name: LocalizedText, party: Party, phone: String? = nil, url: String? = nil, email: String? = nil,
                when: LocalizedText? = nil, consequence: LocalizedText? = nil, source: Source? = nil) {
        self.id = id
        self.name = name
        self.party = party
        self.phone = phone
        self.url = url
        self.email = email
        self.when = when
        self.consequence = consequence
        self.source = source
    }

    public var contactPoints: [(field: String, value: String)] {
        [("phone", phone), ("email", email), ("url", url)].compactMap { f, v in v.map { (f, $0) } }
    }
}

/// What to write: an opening message, a follow-up and a closing, with `{placeholders}`.
public struct MessageTemplate: Codable, Sendable, Hashable {
    public var id: String
    public var opening: LocalizedText
    public var followUp: LocalizedText?
    public var closing: LocalizedText?

    public init(id: String, opening: LocalizedText, followUp: LocalizedText? = nil, closing: LocalizedText? = nil) {
        self.id = id
        self.opening = opening
        self.followUp = followUp
        self.closing = closing
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, opening, followUp = "follow_up", closing }

    /// Placeholders a template may use; the plan fills those the shopper gave.
    public static let placeholders: Set<String> = [
        "order_number", "merchant", "seller", "item", "issue", "ordered_date", "delivered_date",
        "expected_date", "today", "outcome",
    ]
}
