import SupportDirectory

/// Where things live in the site. Every link is relative, so the site works from any folder of any
/// static host (a GitHub Pages project site is served below `/NAME/`). Folders of the site's own
/// pages start with `_`, which a profile id (`a-z0-9-`) never does, so they cannot collide.
enum SitePaths {
    static let generalFolder = "_general"
    static let addFolder = "_add"
    static let merchantsFolder = "_shops"
    static let countriesFolder = "_countries"
    /// Merchants per page of the list of all shops.
    static let merchantsPerPage = 500
    /// Merchants listed on the start page.
    static let homeMerchants = 60

    static func merchantPage(_ id: String, _ lang: String) -> String { "\(lang)/\(id)/" }
    static func countriesPage(_ lang: String) -> String { "\(lang)/\(countriesFolder)/" }
    static func escalationAPI(_ country: String, _ lang: String) -> String { "api/v1/escalation/\(country).\(lang).json" }
    static func merchantAPI(_ id: String) -> String { "api/v1/merchants/\(id).json" }
    static func merchantsPage(_ lang: String, page: Int) -> String {
        page == 1 ? "\(lang)/\(merchantsFolder)/" : "\(lang)/\(merchantsFolder)/\(page)/"
    }

    /// `../../` from a page in folder `path` (`ko/amazon/refund/`) back to the root.
    static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count)
    }
}

/// Links made from profile values. Only `https://` URLs, E.164-like phone numbers and plain e-mail
/// addresses become links; anything else (a `javascript:` or `data:` URL, a number with letters)
/// is shown as inert text. Validation refuses such values already; this holds even without it.
enum SiteLinks {
    static func web(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://"), url.count > 8,
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" })
        else { return nil }
        return url
    }

    static func phone(_ number: String) -> String? {
        let digits = number.filter { !" -().".contains($0) }
        guard digits.count >= 3, digits.count <= 20, digits.enumerated().allSatisfy({ i, c in c.isASCII && (c.isNumber || (i == 0 && c == "+")) })
        else { return nil }
        return "tel:" + digits
    }

    static func email(_ address: String) -> String? {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+")
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              address.allSatisfy({ allowed.contains($0) || $0 == "@" }) else { return nil }
        return "mailto:" + address
    }

    /// Label, text and (when safe) link of one contact point.
    static func points(phone: String?, email: String?, url: String?, lang: String) -> [[String: Any]] {
        var out: [[String: Any]] = []
        func add(_ key: String, _ value: String?, _ link: (String) -> String?) {
            guard let value else { return }
            var point: [String: Any] = ["label": PlanStrings.text(key, lang), "text": value]
            // The link holds its own text, so the template's `{{text}}` inside `{{#link}}` is found there (looked up in the
            // href's string it would go through Mustache's reflection first); false, not missing: the page's own values
            // are never looked up instead.
            point["link"] = link(value).map { ["href": $0, "text": value] as [String: Any] } ?? false
            out.append(point)
        }
        add("l.phone", phone, Self.phone)
        add("l.email", email, Self.email)
        add("l.web", url, Self.web)
        return out
    }
}
