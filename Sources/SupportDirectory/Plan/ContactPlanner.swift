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
        let understanding = QueryUnderstanding(registry: registry).understand(request)
        let lang = understanding.language
        switch understanding.merchantStatus {
        case .unknown:
            return .unresolved(Unresolved(status: .merchantUnknown, understanding: understanding, hints: [PlanStrings.text("u.hint.merchant", lang)]))
        case .ambiguous:
            return .unresolved(Unresolved(status: .merchantAmbiguous, understanding: understanding, hints: [PlanStrings.text("u.hint.merchant", lang)]))
        case .found: break
        }
        switch understanding.issueStatus {
        case .unknown:
            return .unresolved(Unresolved(status: .issueUnknown, understanding: understanding, hints: [PlanStrings.text("u.hint.issue", lang)]))
        case .ambiguous:
            return .unresolved(Unresolved(status: .issueAmbiguous, understanding: understanding, hints: [PlanStrings.text("u.hint.issue", lang)]))
        case .found: break
        }
        guard let merchantID = understanding.merchant, let merchant = registry.profile(id: merchantID),
              let issueID = understanding.issue, let issue = registry.vocabulary.issue(id: issueID) else {
            return .unresolved(Unresolved(status: .merchantUnknown, understanding: understanding, hints: [PlanStrings.text("u.hint.merchant", lang)]))
        }
        return .plan(plan(merchant: merchant, issue: issue, understanding: understanding, request: request), understanding)
    }

    /// A step as written in a profile, with the profile it came from.
    struct SourcedStep {
        var step: RouteStep
        var owner: any MerchantProfile
    }

    func plan(merchant: any MerchantProfile, issue: IssueKind, understanding u: Understanding, request: ResolveRequest) -> ContactPlan {
        let lang = u.language
        let today = request.today
        var notes = u.notes
        func t(_ text: LocalizedText?) -> String? { text.map { clean($0.text(for: lang)) } }

        // Who sold it.
        var sellerProfile: (any MerchantProfile)?   // a specific seller or brand
        var generalSellers: (any MerchantProfile)?  // the marketplace's general seller profile
        var planSeller: PlanSeller?
        switch u.seller {
        case let .profile(id, _)?:
            sellerProfile = registry.profile(id: id)
            if let p = sellerProfile {
                planSeller = PlanSeller(id: p.id, kind: u.seller!.kindLabel, name: clean(p.names.text(for: lang)))
            }
            generalSellers = merchant.thirdParty.flatMap { registry.profile(id: $0.sellerProfile) }
        case let .thirdParty(profile, name)?:
            generalSellers = (profile ?? merchant.thirdParty?.sellerProfile).flatMap { registry.profile(id: $0) }
            planSeller = PlanSeller(id: generalSellers?.id, kind: "third-party",
                                    name: clean(name ?? PlanStrings.text("seller.third_party", lang)))
        case nil:
            // Only worth saying when the answer would change the plan.
            if merchant.thirdParty != nil,
               merchant.route(for: issue.id, soldBy: .marketplace) != merchant.route(for: issue.id, soldBy: .thirdParty) {
                notes.append(PlanStrings.format("note.assumed_marketplace", lang, clean(merchant.names.text(for: lang))))
            }
        }
        if sellerProfile?.id == merchant.id { sellerProfile = nil }

        // The route: the brand's own for issues it defines, then the marketplace's.
        var steps: [SourcedStep] = []
        var deadlines: [(Deadline, any MerchantProfile)] = []
        if let p = sellerProfile, let route = p.route(for: issue.id, soldBy: .any) {
            steps += route.steps.map { SourcedStep(step: $0, owner: p) }
            deadlines += route.deadlines.map { ($0, p) }
            notes.append(PlanStrings.format("note.brand_first", lang, clean(p.names.text(for: lang))))
        }
        let soldBy: SoldBy = u.seller == nil ? .marketplace : .thirdParty
        var marketSteps: [SourcedStep] = []
        if let route = merchant.route(for: issue.id, soldBy: soldBy) {
            marketSteps = route.steps.map { SourcedStep(step: $0, owner: merchant) }
            deadlines += route.deadlines.map { ($0, merchant) }
        }
        // The marketplace's third-party policy decides who goes first.
        if u.seller != nil, let policy = merchant.thirdParty {
            if policy.sellerFirst.contains(issue.id), marketSteps.first?.step.party != .seller {
                let sellers = sellerProfile ?? generalSellers
                if let sellerRoute = sellers?.route(for: issue.id, soldBy: .any), let first = sellerRoute.steps.first, let sellers {
                    marketSteps.insert(SourcedStep(step: first, owner: sellers), at: 0)
                } else if let sellers {
                    let ids = sellers.channels.filter { [.orderMessages, .contactForm, .email, .chat].contains($0.kind) }.map(\.id)
                    let why = policy.note ?? LocalizedText([("en", PlanStrings.text("note.seller_first", "en")),
                                                           (lang, PlanStrings.text("note.seller_first", lang))])
                    marketSteps.insert(SourcedStep(step: RouteStep(party: .seller, channels: ids, why: why, waitHours: nil), owner: sellers), at: 0)
                }
            } else if policy.marketplaceFirst.contains(issue.id), marketSteps.first?.step.party == .seller {
                let mine = marketSteps.filter { $0.step.party != .seller }
                let theirs = marketSteps.filter { $0.step.party == .seller }
                marketSteps = mine + theirs
            }
        }
        if sellerProfile != nil {
            // The brand's steps already cover its own party.
            let covered = Set(steps.map(\.step.party))
            marketSteps.removeAll { $0.step.party == .brand && covered.contains(.brand) }
        }
        steps += marketSteps
        if steps.isEmpty {
            notes.append(PlanStrings.format("note.no_route", lang, clean(merchant.names.text(for: lang))))
            let owner = sellerProfile ?? merchant
            let ids = owner.channels.filter { $0.kind != .helpCenter && $0.kind != .community }.map(\.id)
            steps.append(SourcedStep(step: RouteStep(party: owner.kind == .brand ? .brand : .merchant, channels: ids,
                                                     why: LocalizedText(""), template: issue.template), owner: owner))
        }

        // Build the steps.
        let firstContact = request.contacted ?? today
        var planSteps: [PlanStep] = []
        var usedChannels: [(Channel, String)] = []
        for (i, sourced) in steps.enumerated() {
            let step = sourced.step
            let holders = channelHolders(for: step.party, owner: sourced.owner, merchant: merchant,
                                         seller: sellerProfile, general: generalSellers)
            let channels: [(Channel, any MerchantProfile)] = step.channels.compactMap { id in
                for h in holders { if let c = h.channel(id: id) { return (c, h) } }
                return nil
            }
            let ranked = rank(channels.map(\.0), issue: issue, now: request.now)
            let whoProfile = channels.first?.1 ?? holders.first ?? sourced.owner
            usedChannels += ranked.map { ($0.0, whoProfile.id) }
            let planChannels = ranked.map { channel, reasons in
                planChannel(channel, reasons: reasons, request: request, lang: lang)
            }
            let waitUntil = (i == 0 ? step.waitHours : nil).map { firstContact.adding(days: ($0 + 23) / 24) }
            // Outside parties (card issuer, carrier, agency) are nobody's profile unless their channels are.
            let inside: Set<Party> = [.merchant, .seller, .brand]
            let who = inside.contains(step.party) || !channels.isEmpty
                ? PlanParty(id: whoProfile.id, name: clean(whoProfile.names.text(for: lang)), kind: whoProfile.kind.rawValue) : nil
            planSteps.append(PlanStep(
                number: i + 1, party: step.party.rawValue, who: who,
                why: t(step.why) ?? "", channels: planChannels, prepare: step.prepare, waitHours: step.waitHours,
                waitUntil: waitUntil, ifNoAnswer: t(step.ifNoAnswer)))
        }

        // What to prepare.
        var prepIDs: [String] = []
        for id in issue.prepare + steps.flatMap(\.step.prepare) where !prepIDs.contains(id) { prepIDs.append(id) }
        let given: [String: String] = [
            "order-number": u.orderNumber, "order-date": request.ordered?.description,
            "delivered-date": request.delivered?.description, "expected-date": request.expected?.description,
        ].compactMapValues { $0 }
        let prepare = prepIDs.map { id in
            PlanPreparation(id: id, label: t(registry.vocabulary.preparation(id: id)?.label) ?? id, given: given[id])
        }

        // The message.
        let templateID = steps.first?.step.template ?? issue.template ?? "general"
        let template = (steps.first?.owner.template(id: templateID)) ?? merchant.template(id: templateID)
            ?? registry.vocabulary.template(id: templateID) ?? registry.vocabulary.template(id: "general")
        var message: PlanMessage?
        if let template {
            let sellerName: String? = {
                switch u.seller {
                case let .thirdParty(_, name)?: return name
                case .profile?: return planSeller?.name
                case nil: return nil
                }
            }()
            let values: [String: String] = [
                "order_number": u.orderNumber, "merchant": clean(merchant.names.text(for: lang)), "seller": sellerName,
                "issue": clean(issue.names.text(for: lang)), "ordered_date": request.ordered?.description,
                "delivered_date": request.delivered?.description, "expected_date": request.expected?.description,
                "today": today.description, "outcome": t(issue.outcome),
            ].compactMapValues { $0 }
            let language = template.opening.exact(lang) != nil ? lang : "en"
            var unfilled: [String] = []
            func fill(_ text: LocalizedText?) -> String? {
                guard let text else { return nil }
                let (filled, missing) = PlanTemplate.fill(clean(text.text(for: language)), values: values, language: lang)
                for m in missing where !unfilled.contains(m) { unfilled.append(m) }
                return filled
            }
            message = PlanMessage(template: template.id, language: language, opening: fill(template.opening) ?? "",
                                  followUp: fill(template.followUp), closing: fill(template.closing), unfilled: unfilled)
        }

        // Deadlines.
        var seenDeadlines = Set<String>()
        var planDeadlines: [PlanDeadline] = []
        for (d, _) in deadlines where seenDeadlines.insert(d.id).inserted {
            let anchor: CalendarDate?
            var assumed = false
            switch d.from {
            case .ordered: anchor = request.ordered
            case .delivered: anchor = request.delivered
            case .expected: anchor = request.expected
            case .firstContact:
                anchor = firstContact
                assumed = request.contacted == nil
            }
            let date = anchor.map { d.date(after: $0) }
            let option = ["ordered": "--ordered DATE", "delivered": "--delivered DATE", "expected": "--expected DATE",
                          "first-contact": "--contacted DATE"][d.from.rawValue]
            planDeadlines.append(PlanDeadline(
                id: d.id, label: t(d.label) ?? d.id, kind: d.kind.rawValue, from: d.from.rawValue, months: d.months, days: d.offsetDays,
                date: date, needs: date == nil ? option : nil, assumed: assumed,
                daysFromToday: date.map { today.days(until: $0) }, disagreement: t(d.disagreement)))
        }

        // Escalation ladder: each step's fallback, the shop's own appeals, then outside the shop.
        var ladder: [PlanEscalation] = []
        for s in planSteps {
            if let text = s.ifNoAnswer {
                ladder.append(PlanEscalation(level: 0, origin: "route", id: nil, party: s.party, name: text))
            }
        }
        var escalationSteps: [(EscalationStep, String)] = []
        for p in [sellerProfile, merchant].compactMap({ $0 }) {
            escalationSteps += p.escalation.map { ($0, "merchant") }
        }
        if let country = u.country {
            if let steps = registry.vocabulary.escalation(country: country)?.steps {
                escalationSteps += steps.map { ($0, "country") }
            } else {
                notes.append(PlanStrings.format("note.no_country", lang, country))
            }
        } else {
            notes.append(PlanStrings.text("note.no_country_given", lang))
        }
        // A shop escalation that is already a step of the plan (the same claim page) is not repeated.
        let planURLs = Set(planSteps.flatMap(\.channels).compactMap(\.url))
        var seenEscalation = Set<String>()
        for (e, origin) in escalationSteps where seenEscalation.insert(e.id).inserted {
            if origin == "merchant", let url = e.url, planURLs.contains(clean(url)) { continue }
            ladder.append(PlanEscalation(
                level: 0, origin: origin, id: e.id, party: e.party.rawValue, name: t(e.name) ?? e.id, when: t(e.when),
                consequence: t(e.consequence), phone: e.phone.map(clean), url: e.url.map(clean), email: e.email.map(clean)))
        }
        for i in ladder.indices { ladder[i].level = i + 1 }

        // Sources.
        var sources: [PlanSource] = []
        func addSource(_ s: Source?, backs: String) {
            guard let s else { return }
            if let i = sources.firstIndex(where: { $0.url == s.url }) {
                if !sources[i].backs.contains(backs) { sources[i].backs.append(backs) }
                if s.seen < sources[i].seen {
                    sources[i].seen = s.seen
                    sources[i].ageDays = s.seen.days(until: today)
                    sources[i].stale = sources[i].ageDays > 365
                }
                return
            }
            let age = s.seen.days(until: today)
            sources.append(PlanSource(url: clean(s.url), seen: s.seen, quality: s.quality.rawValue, ageDays: age, stale: age > 365, backs: [backs]))
        }
        for (c, owner) in usedChannels { addSource(c.source, backs: "\(owner):\(c.id)") }
        for (d, owner) in deadlines { addSource(d.source, backs: "\(owner.id):\(d.id)") }
        for (e, _) in escalationSteps { addSource(e.source, backs: e.id) }

        // Warnings and tips.
        var warnings: [String] = []
        var tips: [String] = []
        for p in [sellerProfile, generalSellers, merchant].compactMap({ $0 }) {
            for w in p.warnings.map({ clean($0.text(for: lang)) }) where !warnings.contains(w) { warnings.append(w) }
            for tip in p.tips.map({ clean($0.text(for: lang)) }) where !tips.contains(tip) { tips.append(tip) }
        }
        // General advice after the merchant's own, kept short: the first few of the vocabulary.
        let general = registry.vocabulary.tips.map { clean($0.text(for: lang)) }.filter { !tips.contains($0) }
        tips += general.prefix(Self.generalTipLimit)

        return ContactPlan(
            generatedAt: ISO8601DateFormatter().string(from: request.now), today: today, language: lang,
            country: u.country, timeZone: request.timeZone.identifier, understood: u.facts, notes: notes,
            merchant: PlanParty(id: merchant.id, name: clean(merchant.names.text(for: lang)), kind: merchant.kind.rawValue),
            seller: planSeller,
            issue: PlanIssue(id: issue.id, name: clean(issue.names.text(for: lang)), urgent: issue.urgent, needsRecord: issue.needsRecord),
            orderNumber: u.orderNumber, plan: planSteps, prepare: prepare, message: message, deadlines: planDeadlines,
            escalation: ladder, sources: sources, warnings: warnings, tips: tips)
    }

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
        func t(_ text: LocalizedText?) -> String? { text.map { clean($0.text(for: lang)) } }
        let reasonText = reasons.isEmpty ? PlanStrings.text("reason.order", lang)
            : reasons.map { PlanStrings.text("reason.\($0)", lang) }.joined(separator: "; ")
        return PlanChannel(
            id: c.id, kind: c.kind.rawValue, title: t(c.title) ?? c.kind.rawValue, reason: reasonText,
            phone: c.phone.map(clean), email: c.email.map(clean), url: c.url.map(clean),
            path: c.path.map { clean($0.text(for: lang)) }, humanShortcut: t(c.humanShortcut),
            hours: c.hours?.status(at: request.now, in: request.timeZone, language: lang),
            languages: c.languages, loginRequired: c.loginRequired, responseTime: t(c.responseTime),
            drawbacks: c.drawbacks.map { clean($0.text(for: lang)) }, notes: t(c.notes), disagreement: t(c.disagreement))
    }

    func clean(_ text: String) -> String { TerminalText.sanitize(text) }
}

/// Filling `{placeholders}` in message templates.
public enum PlanTemplate {
    /// Replaces each `{name}` with its value; a missing one becomes `[label]` in the shopper's
    /// language and is reported. Unknown braces are left as written.
    public static func fill(_ text: String, values: [String: String], language: String) -> (String, [String]) {
        var out = ""
        var missing: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                out += value
            } else if MessageTemplate.placeholders.contains(name) {
                out += "[" + PlanStrings.text("placeholder.\(name)", language) + "]"
                if !missing.contains(name) { missing.append(name) }
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return (out, missing)
    }
}
