import Foundation

/// The contact plan for "reach a person": the merchant's channels ranked by how fast a person
/// answers now in the shopper's time zone, with click paths, human shortcuts, sign-in needs,
/// what to have ready, the general message, the merchant's scam warnings, and how to get a
/// sharper plan. A brand or seller with its own profile comes first, and the plan says when the
/// marketplace where it was bought is the right door instead.
extension ContactPlanner {
    /// What to have ready for any contact.
    public static let contactPreparation = ["order-number", "account-email", "order-date", "delivered-date", "previous-contact"]

    /// Issues about the order itself, which the marketplace where it was bought handles.
    static let orderIssues: Set<String> = ["not-received", "late-delivery", "return", "refund", "cancel-order", "billing-dispute",
                                           "order-status", "change-order", "invoice", "payment-failed", "wrong-item", "damaged"]

    /// Channel kinds a person answers while you wait.
    static let liveKinds: Set<ChannelKind> = [.phone, .callback, .chat, .screenSharing, .inPerson]
    /// Channel kinds a person answers later, in writing.
    static let writtenKinds: Set<ChannelKind> = [.email, .contactForm, .orderMessages, .social]

    func contactPlan(merchant: any MerchantProfile, understanding u: Understanding, request: ResolveRequest) -> ContactPlan {
        let lang = u.language
        var notes = u.notes + request.dateNotes(language: lang)
        let seller = sellerContext(merchant: merchant, understanding: u)
        var parties: [any MerchantProfile] = []
        if let p = seller.profile ?? seller.general { parties.append(p) }
        parties.append(merchant)
        if let door = marketplaceDoor(merchant: merchant, seller: seller, lang: lang) { notes.append(door) }
        if u.seller == nil, merchant.thirdParty != nil {
            notes.append(PlanStrings.format("contact.third_party", lang, name(merchant, lang)))
        }

        var used: [(Channel, String)] = []
        var steps: [PlanStep] = []
        for (i, p) in parties.enumerated() {
            let ranked = rankForReach(reachable(p), now: request.now)
            used += ranked.map { ($0.0, p.id) }
            let partyName = p.id == merchant.id ? Party.merchant : (p.kind == .brand ? .brand : .seller)
            steps.append(PlanStep(
                number: i + 1, party: partyName.rawValue, who: party(p, lang),
                why: PlanStrings.format(i == 0 ? "contact.why" : "contact.why_then", lang, name(p, lang)),
                channels: ranked.map { planChannel($0.0, reasons: $0.1, request: request, lang: lang) },
                prepare: [], waitHours: nil, waitUntil: nil, ifNoAnswer: nil))
        }
        var sources = SourceList(today: request.today)
        for (c, owner) in used { sources.add(c.source, backs: "\(owner):\(c.id)") }
        let advice = warningsAndTips(parties + [seller.general].compactMap { $0 }, lang: lang)
        let message = planMessage(templateID: "general", owners: parties,
                                  values: templateValues(merchant: merchant, issue: nil, seller: seller, understanding: u, request: request),
                                  lang: lang)
        return ContactPlan(
            kind: .contact, route: .general, generatedAt: PlanTimestamp.string(request.now), today: request.today, language: lang,
            country: u.country, timeZone: request.zoneName, understood: u.facts, notes: notes,
            merchant: party(merchant, lang), seller: seller.planSeller, issue: nil, orderNumber: u.orderNumber, plan: steps,
            prepare: preparation(Self.contactPreparation, understanding: u, request: request, lang: lang), message: message,
            deadlines: [], escalation: [], sources: sources.sources, warnings: advice.warnings, tips: advice.tips,
            hints: [PlanStrings.format("hint.sharper", lang, merchant.id, PlanStrings.text("hint.example_issue", lang))])
    }

    /// The channels through which a person can be reached; help pages only when the profile has nothing else.
    func reachable(_ p: any MerchantProfile) -> [Channel] {
        let direct = p.channels.filter { Self.liveKinds.contains($0.kind) || Self.writtenKinds.contains($0.kind) }
        return direct.isEmpty ? p.channels.filter { $0.kind != .community } : direct
    }

    /// Live channels open now first, then live ones whose hours the profile does not give, then
    /// live ones closed now by their next opening, then written ones; the profile's order breaks ties.
    public func rankForReach(_ channels: [Channel], now: Date) -> [(Channel, [String])] {
        let keyed = channels.enumerated().map { index, c -> (Channel, Int, Date, Int, [String]) in
            guard Self.liveKinds.contains(c.kind) else {
                let written = Self.writtenKinds.contains(c.kind)
                return (c, written ? 3 : 4, .distantFuture, index, [written ? "reach.written" : "reach.self_service"])
            }
            guard let hours = c.hours else { return (c, 1, .distantFuture, index, ["reach.live_no_hours"]) }
            if hours.isOpen(at: now) { return (c, 0, now, index, ["reach.live_open"]) }
            let next = hours.currentOrNextInterval(after: now)?.start ?? .distantFuture
            return (c, 2, next, index, ["reach.live_closed"])
        }
        return keyed.sorted { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }.map { ($0.0, $0.4) }
    }

    /// When the shopper is asking a brand or seller about something bought on a marketplace: which door is right for what.
    func marketplaceDoor(merchant: any MerchantProfile, seller: SellerContext, lang: String) -> String? {
        let maker = seller.profile ?? (merchant.kind == .brand || merchant.kind == .seller ? merchant : nil)
        guard let maker else {
            if seller.general != nil, let note = merchant.thirdParty?.note { return text(note, lang) }
            return nil
        }
        let marketplace: (any MerchantProfile)? = seller.profile != nil ? merchant : maker.sellsOn.first.flatMap { registry.profile(id: $0) }
        guard let marketplace else { return nil }
        let handled = maker.routes.map(\.issue).filter { !Self.orderIssues.contains($0) }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .compactMap { registry.vocabulary.issue(id: $0).map { clean($0.names.text(for: lang)) } }
        if handled.isEmpty {
            return PlanStrings.format("contact.door_plain", lang, name(maker, lang), name(marketplace, lang))
        }
        return PlanStrings.format("contact.door", lang, name(maker, lang), handled.joined(separator: ", "), name(marketplace, lang))
    }
}
