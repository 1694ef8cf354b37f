import Foundation

/// Host names and the "on an official domain" test.
enum Domains {
    /// The lowercased host of an absolute URL, without a trailing dot; nil when there is none.
    static func host(ofURL text: String) -> String? {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else { return nil }
        return normalize(host)
    }

    static func normalize(_ domain: String) -> String {
        var d = domain.lowercased()
        while d.hasSuffix(".") { d.removeLast() }
        return d
    }

    /// The domains as a comparison should read them: a URL written by mistake (`https://www.example.com/`)
    /// counts as its host without `www.`, so one wrong entry gives one finding, not one per contact point.
    static func usable(_ domains: [String]) -> [String] {
        domains.map { domain in
            guard domain.contains("/"), var host = Domains.host(ofURL: domain.contains("://") ? domain : "https://" + domain) else {
                return normalize(domain)
            }
            if host.hasPrefix("www.") { host.removeFirst(4) }
            return host
        }
    }

    /// Whether `host` is one of `domains` or a subdomain of one (`smile.amazon.com` is on `amazon.com`;
    /// `amazon.com.evil.io` and `evilamazon.com` are not).
    static func isOn(_ host: String, _ domains: [String]) -> Bool {
        let h = normalize(host)
        return domains.map(normalize).contains { d in !d.isEmpty && (h == d || h.hasSuffix("." + d)) }
    }

    /// The domain of an email address, lowercased; nil when it is not `local@domain`.
    static func emailDomain(_ email: String) -> String? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, isHostName(String(parts[1])) else { return nil }
        return normalize(String(parts[1]))
    }

    /// A plausible DNS host name: labels of letters, digits and hyphens, at least two labels.
    static func isHostName(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, text.count <= 253 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
        }
    }

    /// Second-level labels under country codes that work like top-level domains (`co.jp`, `go.kr`, `gov.cn`).
    private static let publicSecondLevels: Set<String> = ["co", "com", "go", "or", "ne", "ac", "gov", "org", "net", "edu", "gv", "gob", "gouv"]

    /// The domain a site's owner registered: `reportfraud.ftc.gov` -> `ftc.gov`, `www.1372.go.kr` -> `1372.go.kr`.
    /// A heuristic (no public suffix list): good enough to tie an agency's link to its source page.
    static func registrable(_ host: String) -> String {
        let labels = normalize(host).split(separator: ".").map(String.init)
        guard labels.count > 2 else { return labels.joined(separator: ".") }
        let n = labels.count
        if labels[n - 1].count == 2, publicSecondLevels.contains(labels[n - 2]) {
            return labels.suffix(3).joined(separator: ".")
        }
        return labels.suffix(2).joined(separator: ".")
    }
}
