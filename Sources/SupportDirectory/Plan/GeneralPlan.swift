import Foundation

/// The general plan for a shop the directory does not know: it says so plainly, then gives
/// what works with any shop for the understood issue (write to the seller with the template and
/// what to prepare; the buyer protection of a marketplace or payment provider the shopper
/// names; the card issuer's dispute with the shopper's country's deadline rule; the consumer
/// agency), or, for a request to reach a person, how to find the shop's own contact page.
extension ContactPlanner {
    /// Payment services whose buyer protection a shopper may name, as typed (folded) -> display name.
    /// Only names: their rules and deadlines are for their own pages to state.
    static let paymentProviders: [(words: [String], name: String)] = [
        (["paypal", "페이팔", "ペイパル"], "PayPal"), (["klarna"], "Klarna"), (["afterpay"], "Afterpay"),
        (["apple pay"], "Apple Pay"), (["google pay"], "Google Pay"), (["alipay", "支付宝"], "Alipay"),
        (["wechat pay", "微信支付"], "WeChat Pay"), (["paypay"], "PayPay"), (["楽天ペイ"], "楽天ペイ"),
        (["naver pay", "네이버페이"], "네이버페이 (Naver Pay)"), (["kakao pay", "카카오페이"], "카카오페이 (Kakao Pay)"),
        (["toss", "토스"], "토스 (Toss)"),
    ]

    /// Words that are never a shop's name when left over from the shopper's words.
    static let notShopWords: Set<String> = ["my", "the", "a", "an", "i", "from", "on", "at", "with", "order", "item", "i'm", "is", "was", "to", "of", "in", "and", "it",
                                                    "돼요", "안돼요", "해요", "있어요", "없어요", "주세요", "です", "ます", "吗"]

    /// Nil when neither the issue nor a wish to reach someone is clear, or several merchants matched.
    func generalPlan(understanding u: Understanding, request: ResolveRequest) -> ContactPlan? {
        guard u.merchantStatus == .unknown else { return nil }
        let issue = u.issueStatus == .found ? u.issue.flatMap { registry.vocabulary.issue(id: $0) } : nil
        guard issue != nil || u.intent == .contact else { return nil }
        let lang = u.language
        let shop = shopName(request: request, understanding: u)
        var notes = [PlanStrings.format("generic.no_profile", lang, shop.map { "\u{201C}\($0)\u{201D}" } ?? PlanStrings.text("generic.this_shop", lang))]
        notes += u.notes + request.dateNotes(language: lang)
        let steps = issue.map { genericProblemSteps($0, request: request, lang: lang) } ?? [genericContactStep(lang: lang)]
        var ladder: (ladder: [PlanEscalation], sourced: [EscalationStep]) = ([], [])
        if issue != nil {
            ladder = escalationLadder(steps: steps, profiles: [], country: u.country, lang: lang, notes: &notes)
            if let country = u.country, !ladder.sourced.contains(where: { $0.party == .paymentProvider }) {
                ladder.ladder.append(PlanEscalation(level: ladder.ladder.count + 1, origin: "general", id: "card-dispute",
                                                    party: Party.paymentProvider.rawValue,
                                                    name: PlanStrings.text("generic.card", lang),
                                                    when: PlanStrings.format("generic.card_when", lang, country)))
            }
        }
        var sources = SourceList(today: request.today)
        for e in ladder.sourced { sources.add(e.source, backs: e.id) }
        let prepIDs = issue.map { $0.prepare } ?? Self.contactPreparation
        let message = planMessage(templateID: issue?.template ?? "general", owners: [],
                                  values: templateValues(merchant: nil, issue: issue, seller: SellerContext(name: nil), understanding: u, request: request)
                                      .merging(shop.map { ["merchant": $0] } ?? [:]) { a, _ in a },
                                  lang: lang)
        var hints = [PlanStrings.text("generic.add", lang)]
        if shop == nil { hints.insert(PlanStrings.text("u.hint.merchant", lang), at: 0) }
        return ContactPlan(
            kind: issue == nil ? .contact : .problem, generic: true, route: .general,
            generatedAt: PlanTimestamp.string(request.now), today: request.today, language: lang,
            country: u.country, timeZone: request.zoneName, understood: u.facts, notes: notes,
            merchant: nil, merchantStatus: .unknown, merchantCandidates: u.merchantCandidates,
            seller: nil, issue: issue.map { planIssue($0, lang) }, orderNumber: u.orderNumber, plan: steps,
            prepare: preparation(prepIDs, understanding: u, request: request, lang: lang), message: message,
            deadlines: [], escalation: ladder.ladder, sources: sources.sources,
            warnings: [PlanStrings.text("generic.warning", lang)],
            tips: Array(registry.vocabulary.tips.map { clean($0.text(for: lang)) }.prefix(Self.generalTipLimit)), hints: hints)
    }

    /// Write to the shop, then the buyer protection of whoever stood between (named, or in general).
    func genericProblemSteps(_ issue: IssueKind, request: ResolveRequest, lang: String) -> [PlanStep] {
        let folded = request.text.lowercased()
        let provider = Self.paymentProviders.first { $0.words.contains { folded.contains($0) } }?.name
        let protection = provider.map { PlanStrings.format("generic.protection_named", lang, clean($0)) }
            ?? PlanStrings.text("generic.protection", lang)
        return [
            PlanStep(number: 1, party: Party.merchant.rawValue, who: nil, why: PlanStrings.text("generic.write", lang), channels: [],
                     prepare: issue.prepare, waitHours: nil, waitUntil: nil, ifNoAnswer: PlanStrings.text("generic.write_next", lang)),
            PlanStep(number: 2, party: Party.paymentProvider.rawValue, who: nil, why: protection, channels: [],
                     prepare: ["order-number", "previous-contact"], waitHours: nil, waitUntil: nil, ifNoAnswer: nil),
        ]
    }

    func genericContactStep(lang: String) -> PlanStep {
        PlanStep(number: 1, party: Party.merchant.rawValue, who: nil, why: PlanStrings.text("generic.find", lang), channels: [],
                 prepare: Self.contactPreparation, waitHours: nil, waitUntil: nil, ifNoAnswer: nil)
    }

    /// The shop's name as the shopper gave it: `--merchant`, else the few words nothing else explained.
    func shopName(request: ResolveRequest, understanding u: Understanding) -> String? {
        if let m = request.merchant?.trimmingCharacters(in: .whitespaces), !m.isEmpty { return String(clean(m).prefix(60)) }
        let used = u.facts.flatMap(\.words).map { $0.lowercased() }
        let left = request.text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init).filter { word in
            !Self.notShopWords.contains(word) && !used.contains { $0.contains(word) || word.contains($0) }
                && !word.allSatisfy(\.isNumber)
        }
        guard (1...2).contains(left.count) else { return nil }
        return String(clean(left.joined(separator: " ")).prefix(60))
    }
}
