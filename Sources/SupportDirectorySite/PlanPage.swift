import Foundation
import Mustache
import SupportDirectory

/// The values of a plan page, from the library's `ContactPlan` (the same plan `resolve` prints),
/// worded with the library's `PlanStrings` and `PlanWording`. The browser adds only what depends on
/// the visitor: open now, the dates typed in, the country.
struct PlanPage {
    let catalog: SiteCatalog
    let key: PlanKey
    let plan: ContactPlan
    /// The parts this page shares with others, rendered once.
    let parts: SiteFragments

    var lang: String { key.language }
    func s(_ k: String) -> String { PlanStrings.text(k, lang) }

    func context() -> [String: Any] {
        let title = PlanWording.title(plan)
        let heading = plan.generic ? "\(SiteStrings.text("plan.general", lang)): \(title.subject)" : "\(title.merchant): \(title.subject)"
        let root = SitePaths.root(from: key.pagePath)
        var c = SitePage.layout(lang: lang, path: key.pagePath, title: heading, description: plan.plan.first?.why ?? heading)
        c["heading"] = heading
        c["firstParty"] = plan.plan.first?.party ?? ""
        c["sellerLine"] = plan.generic ? SiteStrings.text("plan.general", lang) : PlanWording.sellerLine(plan)
        if let sw = sellerSwitch(root: root) { c["sellerSwitch"] = sw }
        c["notes"] = notes()
        c["candidates"] = [[String: Any]]()
        c["planHeading"] = s(plan.kind == .contact ? "h.contact" : "h.plan")
        c["steps"] = plan.plan.map(step)
        c["prepare"] = plan.prepare.map(\.label)
        if let m = plan.message { c["message"] = message(m) }
        c.merge(deadlines()) { a, _ in a }
        c.merge(escalation()) { a, _ in a }
        c["warnings"] = plan.warnings
        c["tips"] = plan.tips
        c["sources"] = plan.sources.map { src -> [String: Any] in
            var d: [String: Any] = ["url": src.url, "quality": src.quality, "seen": PlanStrings.format("l.seen", lang, src.seen.description)]
            if let href = SiteLinks.web(src.url) { d["href"] = href }
            return d
        }
        c["hints"] = [String]()
        c["jsonHref"] = root + key.apiPath
        c["cli"] = SiteStrings.format("plan.cli", lang, cliLine)
        return SitePage.withFlags(c)
    }

    /// A step's channels sit under its h3.
    static let channelLevel = "4"

    var cliLine: String {
        var words = ["supportdir", "resolve"]
        if let m = key.merchant { words += ["--merchant", m] } else { words += ["--merchant", "\"…\""] }
        words += ["--issue", key.issue]
        if key.thirdParty { words += ["--seller", "third-party"] }
        words += ["--lang", lang]
        return words.joined(separator: " ")
    }

    /// The plan's notes, less those that tell the terminal's options (the page has links for them instead).
    func notes() -> [String] {
        var out = plan.notes.filter { !$0.contains("--") }
        if let name = plan.merchant?.name, catalog.plan(otherSeller) != nil || key.thirdParty {
            out.insert(SiteStrings.format(key.thirdParty ? "plan.for_third" : "plan.assumed_market", lang, name), at: 0)
        }
        return out
    }

    var otherSeller: PlanKey { PlanKey(merchant: key.merchant, issue: key.issue, thirdParty: !key.thirdParty, language: lang) }

    func sellerSwitch(root: String) -> [String: Any]? {
        guard let name = plan.merchant?.name, catalog.plan(otherSeller) != nil else { return nil }
        let options: [[String: Any]] = [false, true].map { third in
            let k = PlanKey(merchant: key.merchant, issue: key.issue, thirdParty: third, language: lang)
            return ["text": third ? SiteStrings.text("plan.other_seller_third", lang) : SiteStrings.format("plan.other_seller_market", lang, name),
                    "href": root + k.pagePath, "current": third == key.thirdParty]
        }
        return ["label": SiteStrings.text("plan.seller_switch", lang), "options": options]
    }

    func step(_ step: PlanStep) -> [String: Any] {
        var d: [String: Any] = ["title": PlanWording.stepTitle(step, lang), "party": step.party]
        if !step.why.isEmpty { d["why"] = step.why }
        let holder = step.who.flatMap { catalog.registry.profile(id: $0.id) }
        let lang = self.lang
        // A shop's channel reads alike on most of its plans (the same reason given for the same issue class), in every
        // plan of that language: rendered once.
        d["channels"] = step.channels.map { c -> MustacheTemplate in
            let view = PlanChannelView(c, hours: holder?.channel(id: c.id)?.hours)
            return parts.part(.channel(lang: lang, view), template: "channel", lang: lang) {
                SitePage.channel(view, lang: lang).merging(["channelLevel": PlanPage.channelLevel]) { a, _ in a }
            }
        }
        if let wait = PlanWording.wait(step, lang, withDate: false) { d["wait"] = wait }
        if let next = step.ifNoAnswer { d["ifNoAnswer"] = next }
        return SitePage.absent(d, ["why", "wait", "ifNoAnswer"])
    }

    func message(_ m: PlanMessage) -> [String: Any] {
        var d: [String: Any] = ["opening": m.opening]
        if let f = m.followUp { d["followUp"] = f }
        if let c = m.closing { d["closing"] = c }
        d["copyText"] = [m.opening, m.followUp, m.closing].compactMap { $0 }.joined(separator: "\n\n")
        if m.language != lang { d["otherLanguage"] = PlanStrings.format("l.template_language", lang, lang, m.language) }
        if !m.unfilled.isEmpty { d["fill"] = s("l.fill") }
        return d
    }

    /// Each deadline with its rule (anchor, months, days) for the browser to turn into a date.
    func deadlines() -> [String: Any] {
        // Every anchor a deadline counts from, in the order the form asks for them (an anchor added to the library later comes last).
        let known = DeadlineAnchor.allCases.map(\.rawValue)
        var anchors = known.filter { a in plan.deadlines.contains { $0.from == a } }
        for d in plan.deadlines where !anchors.contains(d.from) { anchors.append(d.from) }
        let list: [[String: Any]] = plan.deadlines.map { d in
            let rule = PlanPage.ruleData.value(DeadlineRule(kind: d.kind, from: d.from, days: d.days, months: d.months)) { r in
                var rule: [String: Any] = ["kind": r.kind, "from": r.from, "days": r.days]
                if let m = r.months { rule["months"] = m }
                return SiteJSON.compact(rule)
            }
            var item: [String: Any] = ["id": d.id, "label": d.label, "data": rule, "basis": PlanPage.basis(d, lang),
                                       "anchorInput": "date-\(d.from)"]
            if let dis = d.disagreement { item["disagreement"] = dis }
            return SitePage.absent(item, ["disagreement"])
        }
        return ["deadlines": list,
                "anchors": anchors.map { a in ["id": a, "label": SiteStrings.table["dates.\(a)"] != nil ? SiteStrings.text("dates.\(a)", lang) : PlanStrings.text("anchor.\(a)", lang)] }]
    }

    /// A deadline's rule as the browser reads it (`{"days":90,"from":"expected","kind":"closes"}`), made once per
    /// rule: a few dozen rules stand on tens of thousands of pages.
    struct DeadlineRule: Hashable, Sendable { var kind: String, from: String, days: Int, months: Int? }
    static let ruleData = SiteMemo<DeadlineRule, String>()

    /// `90 days after the latest estimated delivery`, as the terminal words it.
    static func basis(_ d: PlanDeadline, _ lang: String) -> String {
        let anchor = PlanStrings.text("anchor.\(d.from)", lang)
        if let months = d.months {
            return d.days == 0 ? PlanStrings.format("l.months_after", lang, String(months), anchor)
                : PlanStrings.format("l.months_days_after", lang, String(months), String(d.days), anchor)
        }
        return PlanStrings.format(d.days == 1 ? "l.day_after" : "l.days_after", lang, String(d.days), anchor)
    }

    /// The shop's own ladder, then the one outside the shop for the plan's country; the browser swaps in the
    /// visitor's country from `api/v1/escalation/` (every country is also on the countries page).
    func escalation() -> [String: Any] {
        let own = plan.escalation.filter { $0.origin != "country" }
        let outside = plan.escalation.filter { $0.origin == "country" }
        let lang = self.lang
        func ladder(_ steps: [PlanEscalation]) -> MustacheTemplate {
            parts.part(.ladder(lang: lang, steps), template: "ladder", lang: lang) { ["steps": steps.map { SitePage.escalation($0, lang: lang) }] }
        }
        let root = SitePaths.root(from: key.pagePath)
        var c: [String: Any] = ["escalationShown": !own.isEmpty || !outside.isEmpty, "escalation": own.map { SitePage.escalation($0, lang: lang) }]
        if let code = plan.country, !outside.isEmpty {
            c["country"] = ["code": code, "steps": ladder(outside),
                            "heading": SiteStrings.format("escalation.outside", lang, code),
                            "allHref": root + SitePaths.countriesPage(lang) + "#" + code] as [String: Any]
        }
        return c
    }
}

/// A channel as a page shows it, from a plan (`PlanChannel`) or a profile (`Channel`).
struct PlanChannelView: Hashable, Sendable {
    var title: String
    var kind: String
    var reason: String?
    var phone: String?, email: String?, url: String?
    var path: [String]
    var hoursSummary: String?
    var hours: OpeningHours?
    var human: String?
    var facts: [String]
    var notes: String?
    var drawbacks: [String]
    var disagreement: String?
    var source: Source?

    init(_ c: PlanChannel, hours: OpeningHours?) {
        title = c.title; kind = c.kind; reason = c.reason; phone = c.phone; email = c.email; url = c.url; path = c.path
        hoursSummary = c.hours?.summary; self.hours = hours; human = c.humanShortcut; notes = c.notes; drawbacks = c.drawbacks
        disagreement = c.disagreement
        facts = []
        loginRequired = c.loginRequired
        responseTime = c.responseTime
    }

    var loginRequired: Bool?
    var responseTime: String?

    init(_ c: Channel, lang: String, now: Date) {
        func t(_ v: LocalizedText?) -> String? { v.map { OutputEscaping.clean($0.text(for: lang)) } }
        title = t(c.title) ?? c.kind.rawValue; kind = c.kind.rawValue; reason = nil
        phone = c.phone.map(OutputEscaping.clean); email = c.email.map(OutputEscaping.clean); url = c.url.map(OutputEscaping.clean)
        path = c.path.compactMap { t($0) }
        hoursSummary = c.hours?.status(at: now, in: TimeZone(identifier: "UTC")!, language: lang).summary
        hours = c.hours; human = t(c.humanShortcut); notes = t(c.notes); drawbacks = c.drawbacks.compactMap { t($0) }
        disagreement = t(c.disagreement); source = c.source; facts = []
        loginRequired = c.loginRequired; responseTime = t(c.responseTime)
    }
}
