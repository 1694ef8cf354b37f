/// A contact plan a shopper can follow, step by step. Versioned: see docs/contact-plan.md.
///
/// Texts are already in the plan's `language` (the profile's text in that language
/// where it has one, else English).
public struct ContactPlan: Sendable, Codable, Hashable {
    public static let schemaVersion = 1

    public var schemaVersion: Int = ContactPlan.schemaVersion
    public var status: String = "plan"
    /// `problem`: a plan for an understood issue. `contact`: how to reach a person (no issue).
    public var kind: PlanKind = .problem
    /// True for the general plan that works with any shop (no profile for the merchant).
    public var generic: Bool = false
    /// Whether the steps follow a profile's route for this issue (`specific`) or are the shop's general ways in
    /// (`general`): the profile has no route for the issue (with the note `note.no_route`), a contact plan, or the
    /// general plan for any shop. The planner decides it where it writes that note; the site labels its links by it.
    public var route: PlanRoute = .specific
    public var generatedAt: String
    public var today: CalendarDate
    public var language: String
    public var country: String?
    public var timeZone: String
    public var understood: [UnderstoodFact]
    public var notes: [String]
    /// Nil in a general plan (`generic`): the directory has no profile for the shop.
    public var merchant: PlanParty?
    /// `found`, or `unknown` in a general plan (the status an unresolved answer would have had).
    public var merchantStatus: Understanding.Status = .found
    /// In a general plan: the directory's merchants close to what was typed (may be empty).
    public var merchantCandidates: [Candidate] = []
    /// Nil when the shopper did not say who sold the item (the plan assumes the merchant).
    public var seller: PlanSeller?
    /// Nil in a contact plan (`kind: contact`).
    public var issue: PlanIssue?
    public var orderNumber: String?
    /// Ordered: step 1 first.
    public var plan: [PlanStep]
    /// Everything to have ready, in the order the steps ask for it.
    public var prepare: [PlanPreparation]
    public var message: PlanMessage?
    public var deadlines: [PlanDeadline]
    public var escalation: [PlanEscalation]
    public var sources: [PlanSource]
    public var warnings: [String]
    public var tips: [String]
    /// What to type next for a better plan (name the problem; add the shop with `supportdir new`).
    public var hints: [String] = []

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", status, kind, generic, route, merchantStatus = "merchant_status"
        case merchantCandidates = "merchant_candidates", hints, generatedAt = "generated_at", today, language, country
        case timeZone = "time_zone", understood, notes, merchant, seller, issue, orderNumber = "order_number"
        case plan, prepare, message, deadlines, escalation, sources, warnings, tips
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(status, forKey: .status)
        try c.encode(kind, forKey: .kind)
        try c.encode(generic, forKey: .generic)
        try c.encode(route, forKey: .route)
        try c.encode(generatedAt, forKey: .generatedAt)
        try c.encode(today, forKey: .today)
        try c.encode(language, forKey: .language)
        try c.encode(country, forKey: .country)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(understood, forKey: .understood)
        try c.encode(notes, forKey: .notes)
        try c.encode(merchant, forKey: .merchant)   // null in a general plan
        try c.encode(merchantStatus, forKey: .merchantStatus)
        try c.encode(merchantCandidates, forKey: .merchantCandidates)
        try c.encode(seller, forKey: .seller)   // null when unknown
        try c.encode(issue, forKey: .issue)   // null in a contact plan
        try c.encode(orderNumber, forKey: .orderNumber)
        try c.encode(plan, forKey: .plan)
        try c.encode(prepare, forKey: .prepare)
        try c.encode(message, forKey: .message)
        try c.encode(deadlines, forKey: .deadlines)
        try c.encode(escalation, forKey: .escalation)
        try c.encode(sources, forKey: .sources)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(tips, forKey: .tips)
        try c.encode(hints, forKey: .hints)
    }
}

/// What a plan answers: a problem with an order or account, or a request to reach a person.
public enum PlanKind: String, Sendable, Codable, Hashable { case problem, contact }

/// Where a plan's steps come from: a profile's route for the issue, or the shop's general ways in.
public enum PlanRoute: String, Sendable, Codable, Hashable { case specific, general }

/// A business in the plan.
public struct PlanParty: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
}

public struct PlanSeller: Sendable, Codable, Hashable {
    /// The seller's or brand's profile id, or the marketplace's general seller profile; nil when there is none.
    public var id: String?
    /// `third-party`, `seller` or `brand`.
    public var kind: String
    public var name: String

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
    }
}

public struct PlanIssue: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var urgent: Bool
    public var needsRecord: Bool

    enum CodingKeys: String, CodingKey { case id, name, urgent, needsRecord = "needs_record" }
}

/// One step: whom to contact, why, how, and what to do if it fails.
public struct PlanStep: Sendable, Codable, Hashable {
    public var number: Int
    /// `merchant`, `seller`, `brand`, `carrier`, `payment-provider`, `consumer-agency`.
    public var party: String
    /// The business behind the party (the marketplace, the seller profile, the brand).
    public var who: PlanParty?
    public var why: String
    /// Channels ranked for this issue, best first.
    public var channels: [PlanChannel]
    public var prepare: [String]
    public var waitHours: Int?
    /// The wait in business days (Monday to Friday), when the merchant's page counts it so.
    public var waitBusinessDays: Int?
    /// The day the wait ends, counted from the first contact.
    public var waitUntil: CalendarDate?
    public var ifNoAnswer: String?

    enum CodingKeys: String, CodingKey {
        case number, party, who, why, channels, prepare, waitHours = "wait_hours", waitBusinessDays = "wait_business_days"
        case waitUntil = "wait_until"
        case ifNoAnswer = "if_no_answer"
    }
}

public struct PlanChannel: Sendable, Codable, Hashable {
    public var id: String
    /// A channel kind from the profile format (`chat`, `phone`, `order-messages`...).
    public var kind: String
    public var title: String
    /// Why it ranks here for this issue.
    public var reason: String
    public var phone: String?
    public var email: String?
    public var url: String?
    /// Click path inside the site or app.
    public var path: [String]
    public var humanShortcut: String?
    public var hours: PlanHours?
    public var languages: [String]
    public var loginRequired: Bool?
    public var responseTime: String?
    public var drawbacks: [String]
    public var notes: String?
    public var disagreement: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, title, reason, phone, email, url, path, humanShortcut = "human_shortcut", hours, languages
        case loginRequired = "login_required", responseTime = "response_time", drawbacks, notes, disagreement
    }
}

/// Opening hours as they matter now, in the shopper's time zone.
public struct PlanHours: Sendable, Codable, Hashable {
    /// The schedule in words (`Mon-Fri 06:00-22:00 (America/Los_Angeles)`, `24/7`).
    public var summary: String
    public var always: Bool
    public var openNow: Bool
    /// When open now: the end of the current stretch, in the shopper's zone (`2026-11-22 22:00`).
    public var openUntil: String?
    /// When closed: the next opening, in the shopper's zone.
    public var nextOpen: String?

    enum CodingKeys: String, CodingKey {
        case summary, always, openNow = "open_now", openUntil = "open_until", nextOpen = "next_open"
    }
}

public struct PlanPreparation: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    /// What the shopper already gave for it (the order number...).
    public var given: String?
}

/// The message to send, filled with what the shopper gave.
public struct PlanMessage: Sendable, Codable, Hashable {
    public var template: String
    /// The language the template was written in (may differ from the plan's when no translation exists).
    public var language: String
    public var opening: String
    public var followUp: String?
    public var closing: String?
    /// Placeholders left for the shopper to fill (`order_number`...), shown as `[order number]`.
    public var unfilled: [String]

    enum CodingKeys: String, CodingKey { case template, language, opening, followUp = "follow_up", closing, unfilled }
}

public struct PlanDeadline: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    /// `opens` (possible from that day) or `closes` (the last day).
    public var kind: String
    /// `ordered`, `delivered`, `expected`, `first-contact`.
    public var from: String
    /// Calendar months before `days` (warranties); nil when the deadline counts days only.
    public var months: Int?
    public var days: Int
    /// Nil when the anchor date is missing; then `needs` names the option that would compute it.
    public var date: CalendarDate?
    /// `--expected DATE`, when the date is missing.
    public var needs: String?
    /// True when the anchor was assumed (first contact = today).
    public var assumed: Bool
    /// Days from today (negative: already past).
    public var daysFromToday: Int?
    public var disagreement: String?

    enum CodingKeys: String, CodingKey {
        case id, label, kind, from, months, days, date, needs, assumed, daysFromToday = "days_from_today", disagreement
    }
}

public struct PlanEscalation: Sendable, Codable, Hashable {
    public var level: Int
    /// `route` (a step's if_no_answer), `merchant` (the profile's escalation), `country` (outside the merchant).
    public var origin: String
    public var id: String?
    public var party: String?
    public var name: String
    public var when: String?
    public var consequence: String?
    public var phone: String?
    public var url: String?
    public var email: String?
}

public struct PlanSource: Sendable, Codable, Hashable {
    public var url: String
    public var seen: CalendarDate
    public var quality: String
    public var ageDays: Int
    /// Seen more than a year before today.
    public var stale: Bool
    /// What the source backs (channel or deadline ids).
    public var backs: [String]

    enum CodingKeys: String, CodingKey { case url, seen, quality, ageDays = "age_days", stale, backs }
}

/// What resolving a request gave: a plan, or what was understood and the candidates.
public enum Resolution: Sendable {
    case plan(ContactPlan, Understanding)
    case unresolved(Unresolved)

    public var understanding: Understanding {
        switch self {
        case let .plan(_, u): return u
        case let .unresolved(u): return u.understanding
        }
    }
}

/// The merchant or the issue could not be determined.
public struct Unresolved: Sendable, Codable, Hashable {
    public enum Reason: String, Sendable, Codable, Hashable {
        case merchantUnknown = "merchant-unknown", merchantAmbiguous = "merchant-ambiguous"
        case issueUnknown = "issue-unknown", issueAmbiguous = "issue-ambiguous"
    }

    public var schemaVersion: Int = ContactPlan.schemaVersion
    public var status: Reason
    public var understanding: Understanding
    /// What to type next, in the plan's language.
    public var hints: [String]

    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", status, understanding, hints }

    /// The process exit status for this outcome: 3 merchant, 4 issue.
    public var exitStatus: Int32 {
        switch status {
        case .merchantUnknown, .merchantAmbiguous: return 3
        case .issueUnknown, .issueAmbiguous: return 4
        }
    }
}
