import Foundation
import SupportDirectory

/// Values every page shares (the layout) and pieces several pages show (a channel, an escalation step).
enum SitePage {
    /// The layout's values of a page at `path` (`ko/amazon/refund/`): its title and description, and the path below the
    /// language's folder (`amazon/refund/`), which is the same page in every language. The rest of the layout is
    /// the language's words (``words(lang:root:today:countries:)``), written into the templates once.
    static func layout(lang: String, path: String, title: String, description: String) -> [String: Any] {
        precondition(path.hasPrefix(lang + "/"), "a page's path starts with its language")
        return ["title": "\(title) · supportdir", "description": OutputEscaping.line(description, limit: 160),
                "rest": String(path.dropFirst(lang.count + 1))]
    }

    /// The words every page of a language shows, and the way up to the site's root from a page at `root`'s depth:
    /// the `[[name]]` tags of the templates (``SiteTemplates/library(words:)``). `countries` are the codes of the
    /// ladders outside the shop, the choice every plan page offers.
    static func words(lang: String, root: String, today: CalendarDate, countries: [String]) -> [String: Any] {
        let t = { (k: String) in SiteStrings.text(k, lang) }
        let p = { (k: String) in PlanStrings.text(k, lang) }
        return [
            // The layout
            "lang": lang, "root": root,
            "alternates": SiteCatalog.languages.map { code -> [String: Any] in
                ["code": code, "name": SiteStrings.text("lang.name", code), "current": code == lang]
            },
            "navLabel": t("site.name"), "navHome": t("nav.home"), "navMerchants": t("nav.merchants"), "navAdd": t("nav.add"),
            "navLanguage": t("nav.language"),
            "footerData": SiteStrings.format("footer.data", lang, ""), "footerAsOf": SiteStrings.format("footer.asof", lang, today.description),
            // A plan page
            "sellerLabel": p("f.seller"), "candidatesHeading": p("h.candidates"), "prepareHeading": p("h.prepare"),
            "deadlinesHeading": p("h.deadlines"), "warningsHeading": p("h.warnings"), "tipsHeading": p("h.tips"),
            "sourcesHeading": p("h.sources"), "escalationHeading": p("h.escalation"), "datesTitle": t("dates.title"), "datesButton": t("dates.button"),
            "datesHelp": t("dates.help"), "ifNoAnswerLabel": p("l.if_no_answer"), "messageHeading": p("h.message"),
            "copyLabel": t("plan.copy"), "copiedLabel": t("plan.copied"), "followUpLabel": p("l.follow_up"), "closingLabel": p("l.closing"),
            "pending": t("dates.pending"), "disagreementLabel": p("l.disagreement"), "countryLabel": t("escalation.country"),
            "allText": t("escalation.all"), "planJSONLabel": t("plan.json"), "countries": countries,
            // A channel, an escalation step
            "pathLabel": p("l.path"), "hoursLabel": p("l.hours"), "nowUnknown": t("hours.now_unknown"), "humanLabel": p("l.human"),
            "drawbackLabel": p("l.drawbacks"), "sourceLabel": t("merchant.source"), "whenLabel": p("l.when"), "consequenceLabel": p("l.consequence"),
            // A merchant's page
            "kindLabel": t("merchant.kind"), "regionsLabel": t("merchant.regions"), "domainsLabel": t("merchant.domains"),
            "issuesHeading": t("merchant.issues"), "noPlans": t("merchant.no_plans"), "channelsHeading": t("merchant.channels"),
            "merchantJSONLabel": t("merchant.json"),
        ]
    }

    /// The words the browser needs, in a language (the library's for hours and deadlines), as JSON: the asset
    /// `assets/strings.LANG.js` (``SiteAssets/strings(_:)``) that every page of the language loads before the script.
    static func browserStrings(_ lang: String) -> String {
        let p = { (k: String) in PlanStrings.text(k, lang) }
        let sx = { (k: String) in SiteStrings.text(k, lang) }
        let days = Weekday.allCases.map { HoursClock.dayName($0, lang) }
        return SiteJSON.serialized([
            "openUntil": p("l.open_until"), "closedOpens": p("l.closed_opens"), "always": p("l.open_always"),
            "opensOn": p("l.opens_on"), "closesOn": p("l.closes_on"), "days": days, "pending": sx("dates.pending"),
            "loading": sx("search.loading"), "open": sx("search.open"), "none": sx("search.none"), "noRoute": sx("search.no_route"),
            "merchants": sx("search.merchants"), "issues": sx("search.issues"), "failed": sx("search.failed"),
            "general": sx("plan.general"), "when": p("l.when"), "consequence": p("l.consequence"), "phone": p("l.phone"),
            "email": p("l.email"), "web": p("l.web"), "outside": sx("escalation.outside"),
        ])
    }

    static func channel(_ c: PlanChannelView, lang: String) -> [String: Any] {
        let p = { (k: String) in PlanStrings.text(k, lang) }
        var d: [String: Any] = ["title": c.title, "kind": c.kind, "points": SiteLinks.points(phone: c.phone, email: c.email, url: c.url, lang: lang)]
        if let r = c.reason { d["reason"] = r }
        if !c.path.isEmpty { d["path"] = c.path.joined(separator: " › ") }
        if let summary = c.hoursSummary {
            var h: [String: Any] = ["summary": summary]
            if let hours = c.hours, let data = hoursDataMade.value(hours, hoursData) { h["data"] = data }
            d["hours"] = h
        }
        if let human = c.human { d["human"] = human }
        var facts: [String] = []
        if c.loginRequired == true { facts.append(p("l.login")) }
        if let r = c.responseTime { facts.append("\(p("l.response")): \(r)") }
        if !facts.isEmpty { d["facts"] = facts.joined(separator: " · ") }
        if let n = c.notes { d["notes"] = n }
        d["drawbacks"] = c.drawbacks.map { ["text": $0] }
        if let dis = c.disagreement { d["disagreement"] = dis }
        if let s = c.source {
            let url = OutputEscaping.clean(s.url)
            var src: [String: Any] = ["url": url, "quality": s.quality.rawValue, "seen": PlanStrings.format("l.seen", lang, s.seen.description)]
            if let href = SiteLinks.web(url) { src["href"] = href }
            d["source"] = src
        }
        return absent(d, ["reason", "path", "hours", "human", "facts", "notes", "disagreement", "source"])
    }

    /// `values` with each of `sections` the template opens set to false when it has none: Mustache looks a name up in
    /// the enclosing values when the innermost lack it, so without this a channel with no notes showed the plan's notes
    /// (`["This plan is for …"]`), and every such lookup climbed the whole page.
    static func absent(_ values: [String: Any], _ sections: [String]) -> [String: Any] {
        var out = values
        for key in sections where out[key] == nil { out[key] = false }
        return out
    }

    /// ``hoursData(_:)`` of each schedule, made once (a channel's hours are on every plan and language that names it).
    static let hoursDataMade = SiteMemo<OpeningHours, String?>()

    /// A weekly schedule as the browser reads it: `{"tz":"Asia/Seoul","p":[[[1,2,3,4,5],540,1080]]}` (ISO weekdays, minutes).
    static func hoursData(_ hours: OpeningHours) -> String? {
        guard case let .weekly(zone, periods, _) = hours else { return nil }
        let p: [[Any]] = periods.map { [$0.days.map(\.isoNumber), $0.open.minutes, $0.close.minutes] }
        return SiteJSON.compact(["tz": zone, "p": p])
    }

    static func escalation(_ e: PlanEscalation, lang: String) -> [String: Any] {
        var d: [String: Any] = ["name": e.name, "points": SiteLinks.points(phone: e.phone, email: e.email, url: e.url, lang: lang)]
        if let w = e.when { d["when"] = w }
        if let c = e.consequence { d["consequence"] = c }
        return absent(d, ["when", "consequence"])
    }

    /// Adds `any_KEY` (true when non-empty) for every list, so a template can show a heading only with items.
    static func withFlags(_ c: [String: Any]) -> [String: Any] {
        var out = c
        for (k, v) in c { if let list = v as? [Any] { out["any_\(k)"] = !list.isEmpty } }
        return out
    }
}
