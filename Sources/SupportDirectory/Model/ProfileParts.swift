/// Parts a profile writes once under an id and its routes name, so that each fact (a deadline with its
/// source, a step with its advice, a note) lives in one place. See docs/profile-format.md, "Say it once".
///
/// ```yaml
/// sources:
///   - {id: returns-page, url: https://www.example.com/help/returns, seen: 2026-12-02, quality: official-page}
/// texts:
///   - id: fba-note
///     text: {en: If the order shows 'Fulfilled by Amazon', follow the Amazon route instead.}
/// deadlines:
///   - {id: return-window, label: Return window ends, from: delivered, days: 30, kind: closes, source: returns-page}
/// steps:
///   - {id: shop-support, party: merchant, channels: [chat], why: The shop decides.}
/// route_defaults:
///   - {sold_by: third-party, last_steps: [a-to-z], first_deadlines: [seller-wait]}
/// routes:
///   - issue: damaged
///     steps: [{use: shop-support, template: damaged}]
///     deadlines: [return-window]
///     notes: {text: fba-note}
/// ```
public struct ProfileParts: Sendable, Hashable {
    public var sources: [NamedSource] = []
    public var texts: [NamedText] = []
    public var steps: [RouteStep] = []
    public var deadlines: [Deadline] = []
    public var routeDefaults: [RouteDefaults] = []

    public init(sources: [NamedSource] = [], texts: [NamedText] = [], steps: [RouteStep] = [], deadlines: [Deadline] = [],
                routeDefaults: [RouteDefaults] = []) {
        self.sources = sources
        self.texts = texts
        self.steps = steps
        self.deadlines = deadlines
        self.routeDefaults = routeDefaults
    }

    public var isEmpty: Bool {
        sources.isEmpty && texts.isEmpty && steps.isEmpty && deadlines.isEmpty && routeDefaults.isEmpty
    }
}

/// A source written once (`sources:`) and named elsewhere as `source: ID`.
public struct NamedSource: Codable, Sendable, Hashable {
    public var id: String
    public var source: Source

    public init(id: String, source: Source) {
        self.id = id
        self.source = source
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, url, seen, quality, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = Source(url: try c.decode(String.self, forKey: .url), seen: try c.decode(CalendarDate.self, forKey: .seen),
                        quality: try c.decode(SourceQuality.self, forKey: .quality),
                        note: try c.decodeIfPresent(LocalizedText.self, forKey: .note))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source.url, forKey: .url)
        try c.encode(source.seen, forKey: .seen)
        try c.encode(source.quality, forKey: .quality)
        try c.encodeIfPresent(source.note, forKey: .note)
    }
}

/// A text written once (`texts:`) and named elsewhere as `{text: ID}` (a note, a warning, a step's advice).
public struct NamedText: Codable, Sendable, Hashable {
    public var id: String
    public var text: LocalizedText
    /// The page the text rests on, when it states a fact.
    public var source: Source?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, text, source }
}

/// What a profile's routes inherit: its usual first steps, its default escalation (last steps) and the deadlines
/// that go with them. A route drops them all with `inherit: false`, drops some with `drop: [ids]`, and replaces
/// one by listing its own step or deadline with the same id.
public struct RouteDefaults: Codable, Sendable, Hashable {
    /// The routes these defaults are for: those with this `sold_by` (all routes when left out).
    public var soldBy: SoldBy?
    /// Only routes for these issue kinds (all when empty).
    public var issues: [String]
    public var firstSteps: [StepEntry]
    public var lastSteps: [StepEntry]
    public var firstDeadlines: [DeadlineEntry]
    public var lastDeadlines: [DeadlineEntry]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case soldBy = "sold_by", issues, firstSteps = "first_steps", lastSteps = "last_steps"
        case firstDeadlines = "first_deadlines", lastDeadlines = "last_deadlines"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        soldBy = try c.decodeIfPresent(SoldBy.self, forKey: .soldBy)
        issues = try c.decodeIfPresent([String].self, forKey: .issues) ?? []
        firstSteps = try c.decodeIfPresent([StepEntry].self, forKey: .firstSteps) ?? []
        lastSteps = try c.decodeIfPresent([StepEntry].self, forKey: .lastSteps) ?? []
        firstDeadlines = try c.decodeIfPresent([DeadlineEntry].self, forKey: .firstDeadlines) ?? []
        lastDeadlines = try c.decodeIfPresent([DeadlineEntry].self, forKey: .lastDeadlines) ?? []
    }

    /// Whether a route for `issue` sold by `soldBy` inherits these defaults.
    public func applies(to issue: String, soldBy routeSoldBy: SoldBy) -> Bool {
        (soldBy == nil || soldBy == routeSoldBy) && (issues.isEmpty || issues.contains(issue))
    }
}

/// A step in a route as written: the id of a named step, a named step with some fields changed
/// (`{use: ID, template: ...}`), or a whole step.
public enum StepEntry: Codable, Sendable, Hashable {
    case reference(String)
    case patch(StepPatch)
    case inline(RouteStep)

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
            self = .reference(id)
            return
        }
        let c = try decoder.container(keyedBy: StepPatch.CodingKeys.self)
        self = c.contains(.use) ? .patch(try StepPatch(from: decoder)) : .inline(try RouteStep(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .reference(let id): var c = encoder.singleValueContainer(); try c.encode(id)
        case .patch(let patch): try patch.encode(to: encoder)
        case .inline(let step): try step.encode(to: encoder)
        }
    }
}

/// A named step with the fields a route changes.
public struct StepPatch: Codable, Sendable, Hashable {
    /// The named step this one starts from.
    public var use: String
    /// The id of the result (default: `use`); an inherited step with this id is replaced.
    public var id: String?
    public var party: Party?
    public var channels: [String]?
    public var why: LocalizedText?
    public var prepare: [String]?
    public var template: String?
    public var waitHours: Int?
    public var waitBusinessDays: Int?
    public var ifNoAnswer: LocalizedText?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case use, id, party, channels, why, prepare, template, waitHours = "wait_hours", waitBusinessDays = "wait_business_days"
        case ifNoAnswer = "if_no_answer"
    }

    func applied(to base: RouteStep) -> RouteStep {
        var step = base
        step.id = id ?? use
        if let party { step.party = party }
        if let channels { step.channels = channels }
        if let why { step.why = why }
        if let prepare { step.prepare = prepare }
        if let template { step.template = template }
        // A wait given in one unit replaces the inherited wait in either.
        if let waitHours { step.waitHours = waitHours; step.waitBusinessDays = nil }
        if let waitBusinessDays { step.waitBusinessDays = waitBusinessDays; step.waitHours = nil }
        if let ifNoAnswer { step.ifNoAnswer = ifNoAnswer }
        return step
    }
}

/// A deadline in a route as written: the id of a named deadline, a named deadline with some fields changed, or
/// a whole deadline.
public enum DeadlineEntry: Codable, Sendable, Hashable {
    case reference(String)
    case patch(DeadlinePatch)
    case inline(Deadline)

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
            self = .reference(id)
            return
        }
        let c = try decoder.container(keyedBy: DeadlinePatch.CodingKeys.self)
        self = c.contains(.use) ? .patch(try DeadlinePatch(from: decoder)) : .inline(try Deadline(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .reference(let id): var c = encoder.singleValueContainer(); try c.encode(id)
        case .patch(let patch): try patch.encode(to: encoder)
        case .inline(let deadline): try deadline.encode(to: encoder)
        }
    }
}

/// A named deadline with the fields a route changes.
public struct DeadlinePatch: Codable, Sendable, Hashable {
    public var use: String
    public var id: String?
    public var label: LocalizedText?
    public var from: DeadlineAnchor?
    public var months: Int?
    public var days: Int?
    public var hours: Int?
    public var kind: DeadlineKind?
    public var source: Source?
    public var disagreement: LocalizedText?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case use, id, label, from, months, days, hours, kind, source, disagreement
    }

    func applied(to base: Deadline) -> Deadline {
        var deadline = base
        deadline.id = id ?? use
        if let label { deadline.label = label }
        if let from { deadline.from = from }
        if let months { deadline.months = months }
        if let days { deadline.days = days }
        if let hours { deadline.hours = hours }
        if let kind { deadline.kind = kind }
        if let source { deadline.source = source }
        if let disagreement { deadline.disagreement = disagreement }
        return deadline
    }
}

/// A route as written, before its references and inherited parts are resolved into an ``IssueRoute``.
public struct WrittenRoute: Codable, Sendable, Hashable {
    public var issue: String
    public var soldBy: SoldBy
    public var steps: [StepEntry]
    public var deadlines: [DeadlineEntry]
    public var notes: LocalizedText?
    /// `false`: none of the profile's `route_defaults` apply to this route.
    public var inherit: Bool
    /// Ids of inherited steps or deadlines this route leaves out.
    public var drop: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case issue, soldBy = "sold_by", steps, deadlines, notes, inherit, drop }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        issue = try c.decode(String.self, forKey: .issue)
        soldBy = try c.decodeIfPresent(SoldBy.self, forKey: .soldBy) ?? .any
        steps = try c.decodeIfPresent([StepEntry].self, forKey: .steps) ?? []
        deadlines = try c.decodeIfPresent([DeadlineEntry].self, forKey: .deadlines) ?? []
        notes = try c.decodeIfPresent(LocalizedText.self, forKey: .notes)
        inherit = try c.decodeIfPresent(Bool.self, forKey: .inherit) ?? true
        drop = try c.decodeIfPresent([String].self, forKey: .drop) ?? []
    }

    /// A route written out in full (profiles made in code).
    public init(_ route: IssueRoute) {
        issue = route.issue
        soldBy = route.soldBy
        steps = route.steps.map { .inline($0) }
        deadlines = route.deadlines.map { .inline($0) }
        notes = route.notes
        inherit = true
        drop = []
    }
}

/// One step of a coding path into a profile file (a key or a list position), kept with resolved parts so that
/// findings point at what was written.
public enum PathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

public typealias ProfilePath = [PathComponent]

/// A reference that names no part, or a part written wrongly, found while resolving a profile's parts.
public struct PartProblem: Sendable, Hashable {
    public var path: ProfilePath
    public var message: String
}

/// Where each resolved step and deadline of a route was written (the named part, or the route's own entry).
public struct RouteOrigins: Sendable, Hashable {
    public var steps: [ProfilePath] = []
    public var deadlines: [ProfilePath] = []
}
