import Foundation

/// Builds the contact plan for an understood request: whom first and why, channels ranked
/// for the issue, what to prepare and write, deadlines as dates, the escalation ladder and
/// the sources behind it all.
///
/// ```swift
/// let planner = ContactPlanner(registry: registry)
/// switch planner.resolve(ResolveRequest(text: "amazon third-party seller refund", now: now)) {
/// case let .plan(plan, _): print(PlanTextRenderer().render(plan))
/// case let .unresolved(why): print(why.status)
/// }
/// ```
public struct ContactPlanner: Sendable {
    public let registry: Registry

    public init(registry: Registry) { self.registry = registry }

    /// How many of the vocabulary's general tips a plan shows after the profiles' own.
    public static let generalTipLimit = 5

    public func resolve(_ request: ResolveRequest) -> Resolution {
        resolve(request, understood: QueryUnderstanding(registry: registry).understand(request))
    }

    /// The plan for a request already understood: `u` must be `QueryUnderstanding.understand(request)`, or what
    /// `QueryUnderstanding.understanding(_:issue:)` makes equal to it (the site reads each merchant once for all its issues).
    public func resolve(_ request: ResolveRequest, understood u: Understanding) -> Resolution {
        func unresolved(_ reason: Unresolved.Reason) -> Resolution {
            let hint = reason == .issueUnknown || reason == .issueAmbiguous ? "u.hint.issue" : "u.hint.merchant"
            return .unresolved(Unresolved(status: reason, understanding: u, hints: [PlanStrings.text(hint, u.language)]))
        }
        switch u.merchantStatus {
        case .ambiguous: return unresolved(.merchantAmbiguous)
        case .unknown:
            // No profile: the general plan that works with any shop, when the issue (or the wish to reach someone) is clear.
            if let plan = generalPlan(understanding: u, request: request) { return .plan(plan, u) }
            return unresolved(.merchantUnknown)
        case .found: break
        }
        guard let merchantID = u.merchant, let merchant = registry.profile(id: merchantID) else { return unresolved(.merchantUnknown) }
        if u.intent == .contact, u.issueStatus != .found {
            return .plan(contactPlan(merchant: merchant, understanding: u, request: request), u)
        }
        switch u.issueStatus {
        case .unknown: return unresolved(.issueUnknown)
        case .ambiguous: return unresolved(.issueAmbiguous)
        case .found: break
        }
        guard let issueID = u.issue, let issue = registry.vocabulary.issue(id: issueID) else { return unresolved(.issueUnknown) }
        return .plan(plan(merchant: merchant, issue: issue, understanding: u, request: request), u)
    }

    /// A step as written in a profile, with the profile it came from.
    struct SourcedStep {
        var step: RouteStep
        var owner: any MerchantProfile
    }

    /// Who sold the item, as the profiles know it.
    struct SellerContext {
        /// A specific seller or brand with its own profile (never the merchant itself).
        var profile: (any MerchantProfile)?
        /// The marketplace's general seller profile.
        var general: (any MerchantProfile)?
        var planSeller: PlanSeller?
        /// What the shopper called the seller (for the message).
        var name: String?
    }

    /// The route's steps, in order, and the deadlines they carry.
    struct RouteParts {
        var steps: [SourcedStep] = []
        var deadlines: [(Deadline, any MerchantProfile)] = []
    }

    func plan(merchant: any MerchantProfile, issue: IssueKind, understanding u: Understanding, request: ResolveRequest) -> ContactPlan {
        let lang = u.language
        var notes = u.notes + request.dateNotes(language: lang)
        let seller = sellerContext(merchant: merchant, understanding: u)
        if u.seller == nil, merchant.thirdParty != nil,
           merchant.route(for: issue.id, soldBy: .marketplace) != merchant.route(for: issue.id, soldBy: .thirdParty) {
            // Only worth saying when the answer would change the plan.
            notes.append(PlanStrings.format("note.assumed_marketplace", lang, name(merchant, lang)))
        }
        var route = routeParts(merchant: merchant, issue: issue, seller: seller, understanding: u, notes: &notes)
        let routeKind: PlanRoute = route.steps.isEmpty ? .general : .specific
        if routeKind == .general {
            notes.append(PlanStrings.format("note.no_route", lang, name(merchant, lang)))
            let owner = seller.profile ?? merchant
            // The ways to reach a person there (no claim forms: they belong to the issues that route to them).
            let ids = reachable(owner).filter { $0.kind != .helpCenter }.map(\.id)
            route.steps.append(SourcedStep(step: RouteStep(party: owner.kind == .brand ? .brand : .merchant, channels: ids,
                                                           why: LocalizedText(""), template: issue.template), owner: owner))
        }
        let built = planSteps(route.steps, merchant: merchant, seller: seller, issue: issue, request: request, lang: lang)
        var prepIDs: [String] = []
        for id in issue.prepare + route.steps.flatMap(\.step.prepare) where !prepIDs.contains(id) { prepIDs.append(id) }
        let templateID = route.steps.first?.step.template ?? issue.template ?? "general"
        let message = planMessage(templateID: templateID, owners: [route.steps.first?.owner, merchant].compactMap { $0 },
                                  values: templateValues(merchant: merchant, issue: issue, seller: seller, understanding: u, request: request),
                                  lang: lang)
        var deadlines = planDeadlines(route.deadlines.map(\.0), request: request, lang: lang)
        if issue.id == Self.orderStatusIssue { deadlines.append(notReceivedFrom(request: request, lang: lang)) }
        let escalation = escalationLadder(steps: built.steps, profiles: [seller.profile, merchant].compactMap { $0 },
                                          country: u.country, lang: lang, notes: &notes)
        var sources = SourceList(today: request.today)
        for (c, owner) in built.channels { sources.add(c.source, backs: "\(owner):\(c.id)") }
        for (d, owner) in route.deadlines { sources.add(d.source, backs: "\(owner.id):\(d.id)") }
        for e in escalation.sourced { sources.add(e.source, backs: e.id) }
        let advice = warningsAndTips([seller.profile, seller.general, merchant].compactMap { $0 }, lang: lang)
        return ContactPlan(
            route: routeKind, generatedAt: PlanTimestamp.string(request.now), today: request.today, language: lang,
            country: u.country, timeZone: request.zoneName, understood: u.facts, notes: notes,
            merchant: party(merchant, lang), seller: seller.planSeller, issue: planIssue(issue, lang),
            orderNumber: u.orderNumber, plan: built.steps, prepare: preparation(prepIDs, understanding: u, request: request, lang: lang),
            message: message, deadlines: deadlines, escalation: escalation.ladder, sources: sources.sources,
            warnings: advice.warnings, tips: advice.tips)
    }

    /// Who sold it: a seller or brand profile, or a third-party seller reached through the marketplace's seller profile.
    func sellerContext(merchant: any MerchantProfile, understanding u: Understanding) -> SellerContext {
        let lang = u.language
        var context = SellerContext()
        switch u.seller {
        case let .profile(id, _)?:
            context.profile = registry.profile(id: id)
            if let p = context.profile {
                context.planSeller = PlanSeller(id: p.id, kind: u.seller!.kindLabel, name: name(p, lang))
                context.name = name(p, lang)
            }
            context.general = merchant.thirdParty.flatMap { registry.profile(id: $0.sellerProfile) }
        case let .thirdParty(profile, sellerName)?:
            context.general = (profile ?? merchant.thirdParty?.sellerProfile).flatMap { registry.profile(id: $0) }
            context.planSeller = PlanSeller(id: context.general?.id, kind: "third-party",
                                            name: clean(sellerName ?? PlanStrings.text("seller.third_party", lang)))
            context.name = sellerName
        case nil: break
        }
        if context.profile?.id == merchant.id { context.profile = nil }
        return context
    }

    /// The route: the brand's own for issues it defines, then the marketplace's, ordered by its third-party policy.
    func routeParts(merchant: any MerchantProfile, issue: IssueKind, seller: SellerContext, understanding u: Understanding,
                    notes: inout [String]) -> RouteParts {
        let lang = u.language
        var parts = RouteParts()
        if let p = seller.profile, let route = p.route(for: issue.id, soldBy: .any) {
            parts.steps += route.steps.map { SourcedStep(step: $0, owner: p) }
            parts.deadlines += route.deadlines.map { ($0, p) }
            notes.append(PlanStrings.format("note.brand_first", lang, name(p, lang)))
        }
        var marketSteps: [SourcedStep] = []
        if let route = merchant.route(for: issue.id, soldBy: u.seller == nil ? .marketplace : .thirdParty) {
            marketSteps = route.steps.map { SourcedStep(step: $0, owner: merchant) }
            parts.deadlines += route.deadlines.map { ($0, merchant) }
        }
        if u.seller != nil, let policy = merchant.thirdParty {
            marketSteps = applyThirdPartyPolicy(policy, to: marketSteps, issue: issue, seller: seller, lang: lang)
        }
        if seller.profile != nil {
            // The brand's steps already cover its own party.
            let covered = Set(parts.steps.map(\.step.party))
            marketSteps.removeAll { $0.step.party == .brand && covered.contains(.brand) }
        }
        parts.steps += marketSteps
        return parts
    }

    /// The marketplace's third-party policy decides who goes first.
    func applyThirdPartyPolicy(_ policy: ThirdPartyPolicy, to steps: [SourcedStep], issue: IssueKind, seller: SellerContext,
                               lang: String) -> [SourcedStep] {
        var steps = steps
        if policy.sellerFirst.contains(issue.id), steps.first?.step.party != .seller {
            guard let sellers = seller.profile ?? seller.general else { return steps }
            if let first = sellers.route(for: issue.id, soldBy: .any)?.steps.first {
                steps.insert(SourcedStep(step: first, owner: sellers), at: 0)
            } else {
                let ids = sellers.channels.filter { [.orderMessages, .contactForm, .email, .chat].contains($0.kind) }.map(\.id)
                let why = policy.note ?? LocalizedText([("en", PlanStrings.text("note.seller_first", "en")),
                                                       (lang, PlanStrings.text("note.seller_first", lang))])
                steps.insert(SourcedStep(step: RouteStep(party: .seller, channels: ids, why: why, waitHours: nil), owner: sellers), at: 0)
            }
        } else if policy.marketplaceFirst.contains(issue.id), steps.first?.step.party == .seller {
            steps = steps.filter { $0.step.party != .seller } + steps.filter { $0.step.party == .seller }
        }
        return steps
    }

    /// The plan's steps with their channels ranked, and every channel used (with its profile id) for the sources.
    func planSteps(_ steps: [SourcedStep], merchant: any MerchantProfile, seller: SellerContext, issue: IssueKind,
                   request: ResolveRequest, lang: String) -> (steps: [PlanStep], channels: [(Channel, String)]) {
        let firstContact = request.contacted ?? request.today
        var planSteps: [PlanStep] = []
        var used: [(Channel, String)] = []
        for (i, sourced) in steps.enumerated() {
            let step = sourced.step
            let holders = channelHolders(for: step.party, owner: sourced.owner, merchant: merchant,
                                         seller: seller.profile, general: seller.general)
            let channels: [(Channel, any MerchantProfile)] = step.channels.compactMap { id in
                for h in holders { if let c = h.channel(id: id) { return (c, h) } }
                return nil
            }
            let ranked = rank(channels.map(\.0), issue: issue, now: request.now)
            let whoProfile = channels.first?.1 ?? holders.first ?? sourced.owner
            used += ranked.map { ($0.0, whoProfile.id) }
            let waitUntil = i != 0 ? nil
                : step.waitHours.map { firstContact.adding(days: ($0 + 23) / 24) }
                ?? step.waitBusinessDays.map { firstContact.adding(businessDays: $0) }
            // Outside parties (card issuer, carrier, agency) are nobody's profile unless their channels are.
            let inside: Set<Party> = [.merchant, .seller, .brand]
            planSteps.append(PlanStep(
                number: i + 1, party: step.party.rawValue,
                who: inside.contains(step.party) || !channels.isEmpty ? party(whoProfile, lang) : nil,
                why: text(step.why, lang) ?? "",
                channels: ranked.map { planChannel($0.0, reasons: $0.1, request: request, lang: lang) },
                prepare: step.prepare, waitHours: step.waitHours, waitBusinessDays: step.waitBusinessDays, waitUntil: waitUntil, ifNoAnswer: text(step.ifNoAnswer, lang)))
        }
        return (planSteps, used)
    }

    /// What to have ready, with what the shopper already gave.
    func preparation(_ ids: [String], understanding u: Understanding, request: ResolveRequest, lang: String) -> [PlanPreparation] {
        let given: [String: String] = [
            "order-number": u.orderNumber, "order-date": request.ordered?.description,
            "delivered-date": request.delivered?.description, "expected-date": request.expected?.description,
        ].compactMapValues { $0 }
        return ids.map { id in
            PlanPreparation(id: id, label: text(registry.vocabulary.preparation(id: id)?.label, lang) ?? id, given: given[id])
        }
    }

    /// The values a message template's placeholders are filled with.
    func templateValues(merchant: (any MerchantProfile)?, issue: IssueKind?, seller: SellerContext, understanding u: Understanding,
                        request: ResolveRequest) -> [String: String] {
        let lang = u.language
        return [
            "order_number": u.orderNumber, "merchant": merchant.map { name($0, lang) }, "seller": seller.name,
            "issue": issue.map { clean($0.names.text(for: lang)) }, "ordered_date": request.ordered?.description,
            "delivered_date": request.delivered?.description, "expected_date": request.expected?.description,
            "today": request.today.description, "outcome": issue.flatMap { text($0.outcome, lang) },
        ].compactMapValues { $0 }
    }

    /// The message: the first owner's template of that id, else the vocabulary's, else the general one; filled.
    func planMessage(templateID: String, owners: [any MerchantProfile], values: [String: String], lang: String) -> PlanMessage? {
        let template = owners.lazy.compactMap { $0.template(id: templateID) }.first
            ?? registry.vocabulary.template(id: templateID) ?? registry.vocabulary.template(id: "general")
        guard let template else { return nil }
        let language = template.opening.exact(lang) != nil ? lang : "en"
        var unfilled: [String] = []
        func fill(_ text: LocalizedText?) -> String? {
            guard let text else { return nil }
            let (filled, missing) = PlanTemplate.fill(clean(text.text(for: language)), values: values, language: lang)
            for m in missing where !unfilled.contains(m) { unfilled.append(m) }
            return filled
        }
        return PlanMessage(template: template.id, language: language, opening: fill(template.opening) ?? "",
                           followUp: fill(template.followUp), closing: fill(template.closing), unfilled: unfilled)
    }

    /// Deadlines as dates where the anchor is known; otherwise the option that would compute them.
    func planDeadlines(_ deadlines: [Deadline], request: ResolveRequest, lang: String) -> [PlanDeadline] {
        let today = request.today
        var seen = Set<String>()
        var out: [PlanDeadline] = []
        for d in deadlines where seen.insert(d.id).inserted {
            let anchor: CalendarDate?
            var assumed = false
            switch d.from {
            case .ordered: anchor = request.ordered
            case .delivered: anchor = request.delivered
            case .expected: anchor = request.expected
            case .firstContact:
                anchor = request.contacted ?? today
                assumed = request.contacted == nil
            case .disputed: anchor = request.disputed
            }
            let date = anchor.map { d.date(after: $0) }
            let option = ["ordered": "--ordered DATE", "delivered": "--delivered DATE", "expected": "--expected DATE",
                          "first-contact": "--contacted DATE", "disputed": "--disputed DATE"][d.from.rawValue]
            out.append(PlanDeadline(
                id: d.id, label: text(d.label, lang) ?? d.id, kind: d.kind.rawValue, from: d.from.rawValue, months: d.months,
                days: d.offsetDays, date: date, needs: date == nil ? option : nil, assumed: assumed,
                daysFromToday: date.map { today.days(until: $0) }, disagreement: text(d.disagreement, lang)))
        }
        return out
    }

    /// The issue asked before the expected date; from the day after it, the order counts as `not-received`.
    static let orderStatusIssue = "order-status"

    /// The day an order still on its way becomes "not received": the day after the latest estimated delivery date.
    func notReceivedFrom(request: ResolveRequest, lang: String) -> PlanDeadline {
        let date = request.expected?.adding(days: 1)
        return PlanDeadline(id: "becomes-not-received", label: PlanStrings.text("deadline.not_received_from", lang), kind: "opens",
                            from: "expected", months: nil, days: 1, date: date, needs: date == nil ? "--expected DATE" : nil,
                            assumed: false, daysFromToday: date.map { request.today.days(until: $0) }, disagreement: nil)
    }

    /// Each step's fallback, the profiles' own appeals, then outside the shop (the country's card dispute and agencies).
    func escalationLadder(steps: [PlanStep], profiles: [any MerchantProfile], country: String?, lang: String,
                          notes: inout [String]) -> (ladder: [PlanEscalation], sourced: [EscalationStep]) {
        var ladder: [PlanEscalation] = steps.compactMap { s in
            s.ifNoAnswer.map { PlanEscalation(level: 0, origin: "route", id: nil, party: s.party, name: $0) }
        }
        var candidates: [(EscalationStep, String)] = profiles.flatMap { p in p.escalation.map { ($0, "merchant") } }
        if let country {
            if let outside = registry.vocabulary.escalation(country: country)?.steps {
                candidates += outside.map { ($0, "country") }
            } else {
                notes.append(PlanStrings.format("note.no_country", lang, country))
            }
        } else {
            notes.append(PlanStrings.text("note.no_country_given", lang))
        }
        // A shop escalation that is already a step of the plan (the same claim page) is not repeated.
        let planURLs = Set(steps.flatMap(\.channels).compactMap(\.url))
        var seen = Set<String>()
        for (e, origin) in candidates where seen.insert(e.id).inserted {
            if origin == "merchant", let url = e.url, planURLs.contains(clean(url)) { continue }
            ladder.append(PlanEscalation(
                level: 0, origin: origin, id: e.id, party: e.party.rawValue, name: text(e.name, lang) ?? e.id,
                when: text(e.when, lang), consequence: text(e.consequence, lang), phone: e.phone.map(clean),
                url: e.url.map(clean), email: e.email.map(clean)))
        }
        for i in ladder.indices { ladder[i].level = i + 1 }
        return (ladder, candidates.map(\.0))
    }

    /// The profiles' warnings and tips, then the first few general tips.
    func warningsAndTips(_ profiles: [any MerchantProfile], lang: String) -> (warnings: [String], tips: [String]) {
        var warnings: [String] = []
        var tips: [String] = []
        for p in profiles {
            for w in p.warnings.map({ clean($0.text(for: lang)) }) where !warnings.contains(w) { warnings.append(w) }
            for tip in p.tips.map({ clean($0.text(for: lang)) }) where !tips.contains(tip) { tips.append(tip) }
        }
        let general = registry.vocabulary.tips.map { clean($0.text(for: lang)) }.filter { !tips.contains($0) }
        return (warnings, tips + general.prefix(Self.generalTipLimit))
    }

    func party(_ p: any MerchantProfile, _ lang: String) -> PlanParty {
        PlanParty(id: p.id, name: name(p, lang), kind: p.kind.rawValue)
    }

    func planIssue(_ issue: IssueKind, _ lang: String) -> PlanIssue {
        PlanIssue(id: issue.id, name: clean(issue.names.text(for: lang)), urgent: issue.urgent, needsRecord: issue.needsRecord)
    }

    func name(_ p: any MerchantProfile, _ lang: String) -> String { clean(p.names.text(for: lang)) }

    func text(_ text: LocalizedText?, _ lang: String) -> String? { text.map { clean($0.text(for: lang)) } }

    /// Profiles whose channels a step of `party` may name, in the order to look.
    func channelHolders(for party: Party, owner: any MerchantProfile, merchant: any MerchantProfile,
                        seller: (any MerchantProfile)?, general: (any MerchantProfile)?) -> [any MerchantProfile] {
        let generalFromOwner = owner.thirdParty.flatMap { registry.profile(id: $0.sellerProfile) }
        switch party {
        case .seller: return [seller, general, generalFromOwner, owner, merchant].compactMap { $0 }
        case .brand: return [seller, owner, merchant].compactMap { $0 }
        default: return [owner, merchant, general].compactMap { $0 }
        }
    }

    /// Channels ranked for the issue: urgent issues put fast channels first (and open ones
    /// before closed ones); issues that need a record put written channels first. Otherwise
    /// the profile's order stands.
    public func rank(_ channels: [Channel], issue: IssueKind, now: Date) -> [(Channel, [String])] {
        let scored = channels.enumerated().map { index, c -> (Channel, Int, Int, [String]) in
            var score = 0
            var reasons: [String] = []
            if issue.urgent, c.goodFor.contains(.urgent) { score += 4; reasons.append("urgent") }
            if issue.needsRecord, c.goodFor.contains(.writtenRecord) { score += 2; reasons.append("record") }
            if c.goodFor.contains(.evidence), issue.needsRecord { reasons.append("evidence") }
            if c.goodFor.contains(.formalClaim) { reasons.append("claim") }
            if let hours = c.hours, !hours.isOpen(at: now) {
                if issue.urgent { score -= 1 }
                reasons.append("closed")
            }
            if index == 0 && reasons.filter({ $0 != "closed" }).isEmpty { reasons.insert("order", at: 0) }
            return (c, score, index, reasons)
        }
        return scored.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map { ($0.0, $0.3) }
    }

    func planChannel(_ c: Channel, reasons: [String], request: ResolveRequest, lang: String) -> PlanChannel {
        func t(_ value: LocalizedText?) -> String? { text(value, lang) }
        let reasonText = reasons.isEmpty ? PlanStrings.text("reason.order", lang)
            : reasons.map { PlanStrings.text($0.contains(".") ? $0 : "reason.\($0)", lang) }.joined(separator: "; ")
        return PlanChannel(
            id: c.id, kind: c.kind.rawValue, title: t(c.title) ?? c.kind.rawValue, reason: reasonText,
            phone: c.phone.map(clean), email: c.email.map(clean), url: c.url.map(clean),
            path: c.path.map { clean($0.text(for: lang)) }, humanShortcut: t(c.humanShortcut),
            hours: c.hours?.status(at: request.now, in: request.timeZone, language: lang, zoneName: request.zoneName),
            languages: c.languages, loginRequired: c.loginRequired, responseTime: t(c.responseTime),
            drawbacks: c.drawbacks.map { clean($0.text(for: lang)) }, notes: t(c.notes), disagreement: t(c.disagreement))
    }

    func clean(_ text: String) -> String { TerminalText.sanitize(text) }
}

/// The sources behind a plan, one per URL, with everything each backs.
struct SourceList {
    let today: CalendarDate
    private(set) var sources: [PlanSource] = []

    init(today: CalendarDate) { self.today = today }

    mutating func add(_ s: Source?, backs: String) {
        guard let s else { return }
        let url = TerminalText.sanitize(s.url)
        if let i = sources.firstIndex(where: { $0.url == url }) {
            if !sources[i].backs.contains(backs) { sources[i].backs.append(backs) }
            if s.seen < sources[i].seen {
                sources[i].seen = s.seen
                sources[i].ageDays = s.seen.days(until: today)
                sources[i].stale = sources[i].ageDays > 365
            }
            return
        }
        let age = s.seen.days(until: today)
        sources.append(PlanSource(url: url, seen: s.seen, quality: s.quality.rawValue, ageDays: age, stale: age > 365, backs: [backs]))
    }
}

/// Filling `{placeholders}` in message templates.
public enum PlanTemplate {
    /// Replaces each `{name}` with its value; a missing one becomes `[label]` in the shopper's
    /// language and is reported. Unknown braces are left as written.
    public static func fill(_ text: String, values: [String: String], language: String) -> (String, [String]) {
        var missing: [String] = []
        // The braces are ASCII, so the text is scanned as UTF-8 bytes; what lies between them is copied as it is.
        let bytes = Array(text.utf8)
        let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var at = 0
        while let open = bytes[at...].firstIndex(of: openBrace), let close = bytes[open...].firstIndex(of: closeBrace) {
            out += bytes[at..<open]
            let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            if let value = values[name] {
                out += value.utf8
            } else if MessageTemplate.placeholders.contains(name) {
                out += ("[" + PlanStrings.text("placeholder.\(name)", language) + "]").utf8
                if !missing.contains(name) { missing.append(name) }
            } else {
                out += bytes[open...close]
            }
            at = close + 1
        }
        out += bytes[at...]
        var filled = String(decoding: out, as: UTF8.self)
        // `{outcome}을(를)` becomes `환불을` once the value is known.
        if PlanStrings.index(language) == 1 { filled = KoreanParticles.settle(filled) }
        return (filled, missing)
    }
}
