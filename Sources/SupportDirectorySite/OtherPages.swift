import Foundation
import SupportDirectory

/// The start page, the list of all shops, a merchant's page, the page on adding a shop, and the root.
struct OtherPages {
    let catalog: SiteCatalog

    func name(_ p: any MerchantProfile, _ lang: String) -> String { OutputEscaping.clean(p.names.text(for: lang)) }

    /// The kind of shop in the page's language (the API keeps the id: `marketplace`).
    func kindName(_ kind: MerchantKind, _ lang: String) -> String { SiteStrings.text("kind.\(kind.rawValue)", lang) }

    func card(_ p: any MerchantProfile, lang: String, root: String) -> [String: Any] {
        ["href": root + SitePaths.merchantPage(p.id, lang), "name": name(p, lang), "kind": kindName(p.kind, lang),
         "regions": p.regions.joined(separator: ", ")]
    }

    /// Shops first on the start page: marketplaces and retailers, then brands, then seller profiles.
    var listed: [any MerchantProfile] {
        let rank: [MerchantKind: Int] = [.marketplace: 0, .retailer: 1, .brand: 2, .seller: 3]
        return catalog.profiles.enumerated().sorted { (rank[$0.element.kind]!, $0.offset) < (rank[$1.element.kind]!, $1.offset) }.map(\.element)
    }

    func home(lang: String) -> [String: Any] {
        let path = "\(lang)/"
        var c = SitePage.layout(lang: lang, path: path, title: SiteStrings.text("nav.home", lang),
                                description: SiteStrings.text("site.tagline", lang))
        let root = SitePaths.root(from: path)
        let t = { (k: String) in SiteStrings.text(k, lang) }
        c["heading"] = "supportdir"
        c["tagline"] = t("site.tagline")
        for k in ["searchLabel": "search.label", "searchPlaceholder": "search.placeholder", "searchButton": "search.button",
                  "searchHelp": "search.help", "noscript": "noscript.search", "merchantsHeading": "home.merchants",
                  "unknownHeading": "home.unknown", "unknownText": "home.unknown_text"] { c[k.key] = t(k.value) }
        c["merchants"] = listed.prefix(SitePaths.homeMerchants).map { card($0, lang: lang, root: root) }
        if catalog.profiles.count > SitePaths.homeMerchants {
            c["more"] = ["href": root + SitePaths.merchantsPage(lang, page: 1),
                         "text": SiteStrings.format("home.more", lang, String(catalog.profiles.count))]
        }
        let contact = PlanKey(merchant: nil, issue: SiteCatalog.contactIssue, thirdParty: false, language: lang)
        c["generalPlans"] = (catalog.plan(contact).map { [["href": root + contact.pagePath, "name": PlanWording.title($0).subject]] } ?? [])
            + catalog.issues.map { issue -> [String: Any] in
                ["href": root + PlanKey(merchant: nil, issue: issue.id, thirdParty: false, language: lang).pagePath,
                 "name": OutputEscaping.clean(issue.names.text(for: lang))]
            }
        c["addHref"] = root + "\(lang)/\(SitePaths.addFolder)/"
        c["addText"] = t("nav.add")
        return c
    }

    var pageCount: Int { max(1, (catalog.profiles.count + SitePaths.merchantsPerPage - 1) / SitePaths.merchantsPerPage) }

    func merchants(lang: String, page: Int) -> [String: Any] {
        let path = SitePaths.merchantsPage(lang, page: page)
        var c = SitePage.layout(lang: lang, path: path, title: SiteStrings.text("merchants.title", lang),
                                description: SiteStrings.text("merchants.title", lang))
        let root = SitePaths.root(from: path)
        c["heading"] = SiteStrings.text("merchants.title", lang)
        c["pageLabel"] = SiteStrings.format("merchants.page", lang, String(page), String(pageCount))
        let slice = listed.dropFirst((page - 1) * SitePaths.merchantsPerPage).prefix(SitePaths.merchantsPerPage)
        c["merchants"] = slice.map { card($0, lang: lang, root: root) }
        c["pages"] = (1...pageCount).map { n -> [String: Any] in
            ["number": n, "href": root + SitePaths.merchantsPage(lang, page: n), "current": n == page]
        }
        return c
    }

    func merchant(_ p: any MerchantProfile, lang: String) -> [String: Any] {
        let path = SitePaths.merchantPage(p.id, lang)
        var c = SitePage.layout(lang: lang, path: path, title: name(p, lang), description: name(p, lang))
        let root = SitePaths.root(from: path)
        c["heading"] = name(p, lang)
        c["kind"] = kindName(p.kind, lang)
        if !p.regions.isEmpty { c["regions"] = p.regions.joined(separator: ", ") }
        if !p.domains.isEmpty { c["domains"] = p.domains.map(OutputEscaping.clean).joined(separator: ", ") }
        c["warnings"] = p.warnings.map { OutputEscaping.clean($0.text(for: lang)) }
        c["issues"] = issueLinks(p, lang: lang, root: root)
        c["channels"] = p.channels.map { SitePage.channel(PlanChannelView($0, lang: lang, now: catalog.now), lang: lang) }
        c["channelLevel"] = "3"  // under the h2 of the channels (a plan page has them under a step's h3: 4)
        c["tips"] = p.tips.map { OutputEscaping.clean($0.text(for: lang)) }
        c["jsonHref"] = root + SitePaths.merchantAPI(p.id)
        return SitePage.withFlags(c)
    }

    /// The merchant's plan links by issue. Each link's words follow its plan: where the planner found no route for
    /// the issue (and who sold it) the plan gives the shop's general ways in (`ContactPlan.route`), and the link says so.
    func issueLinks(_ p: any MerchantProfile, lang: String, root: String) -> [[String: Any]] {
        let keys = catalog.planKeys(merchant: p.id, language: lang)
        return catalog.issues.compactMap { issue -> [String: Any]? in
            let mine = keys.filter { $0.issue == issue.id }
            guard !mine.isEmpty else { return nil }
            let links: [[String: Any]] = mine.map { k in
                ["href": root + k.pagePath, "text": linkText(k, alone: mine.count == 1, profile: p, lang: lang)]
            }
            return ["name": OutputEscaping.clean(issue.names.text(for: lang)), "links": links]
        }
    }

    /// The words of a plan link on a merchant page: whether the plan is specific to the issue, and (where the issue has
    /// a page for each seller) who sold the item.
    func linkText(_ k: PlanKey, alone: Bool, profile p: any MerchantProfile, lang: String) -> String {
        let general = catalog.plan(k)?.route == .general
        if alone { return general ? SiteStrings.text("merchant.general_route", lang) : PlanStrings.text("h.plan", lang) }
        if k.thirdParty { return SiteStrings.text(general ? "merchant.sold_by_third_general" : "merchant.sold_by_third", lang) }
        return SiteStrings.format(general ? "merchant.sold_by_market_general" : "merchant.sold_by_market", lang, name(p, lang))
    }

    func add(lang: String) -> [String: Any] {
        let path = "\(lang)/\(SitePaths.addFolder)/"
        var c = SitePage.layout(lang: lang, path: path, title: SiteStrings.text("add.title", lang),
                                description: SiteStrings.text("add.text", lang))
        for k in ["heading": "add.title", "text": "add.text", "steps": "add.steps", "guide": "add.guide", "format": "add.format"] {
            c[k.key] = SiteStrings.text(k.value, lang)
        }
        c["guideHref"] = catalog.repositoryURL + "/blob/main/CONTRIBUTING.md"
        c["formatHref"] = catalog.repositoryURL + "/blob/main/docs/profile-format.md"
        return c
    }

    func countries(lang: String) -> [String: Any] {
        let path = SitePaths.countriesPage(lang)
        var c = SitePage.layout(lang: lang, path: path, title: SiteStrings.text("countries.title", lang),
                                description: SiteStrings.text("countries.text", lang))
        c["heading"] = SiteStrings.text("countries.title", lang)
        c["text"] = SiteStrings.text("countries.text", lang)
        c["countries"] = (catalog.countryLadders[lang] ?? []).map { entry -> [String: Any] in
            ["code": entry.country, "heading": SiteStrings.format("escalation.outside", lang, entry.country),
             "steps": entry.steps.map { SitePage.escalation($0, lang: lang) }]
        }
        return c
    }

    func root() -> [String: Any] {
        ["codes": SiteCatalog.languages.joined(separator: ","),
         "languages": SiteCatalog.languages.map { ["code": $0, "name": SiteStrings.text("lang.name", $0), "choose": SiteStrings.text("root.choose", $0)] }]
    }
}
