import Foundation

/// Host names and the "on an official domain" test.
enum Domains {
    /// The lowercased host of an absolute URL, without a trailing dot; nil when there is none.
    static func host(ofURL text: String) -> String? {
        if let host = plainHTTPSHost(text) { return normalize(String(host)) }
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else { return nil }
        return normalize(host)
    }

    /// The host of a URL written the plain way, `https://` + letters, digits, dots and hyphens + an
    /// optional path, query and fragment of URL characters (percent escapes included), read byte by byte;
    /// nil for anything else (a port, a user, an upper-case scheme, a character to be escaped...), which
    /// callers hand to `URLComponents`. For what it accepts, the host is the one `URLComponents` reads
    /// (the tests compare the two on every URL of the shipped profiles and on hand-picked edge cases).
    /// Foundation's parser costs more than the rest of a URL check together.
    static func plainHTTPSHost(_ url: String) -> Substring? {
        var url = url
        let host: Range<Int>? = url.withUTF8 { b in
            let prefix: StaticString = "https://"
            guard b.count > prefix.utf8CodeUnitCount else { return nil }
            for i in 0..<prefix.utf8CodeUnitCount where b[i] != prefix.utf8Start[i] { return nil }
            var i = prefix.utf8CodeUnitCount
            let hostStart = i
            while i < b.count, isHostByte(b[i]) { i += 1 }
            let hostEnd = i
            guard hostEnd > hostStart else { return nil }
            var fragment = false
            if i < b.count {
                guard b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: "?") || b[i] == UInt8(ascii: "#") else { return nil }
            }
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "%") {
                    guard i + 2 < b.count, isHexDigit(b[i + 1]), isHexDigit(b[i + 2]) else { return nil }
                    i += 3
                    continue
                }
                if c == UInt8(ascii: "#") {
                    if fragment { return nil }
                    fragment = true
                } else if !isPathByte(c) {
                    return nil
                }
                i += 1
            }
            return hostStart..<hostEnd
        }
        guard let host else { return nil }
        let utf8 = url.utf8
        return Substring(url[utf8.index(utf8.startIndex, offsetBy: host.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: host.upperBound)])
    }

    @inline(__always) private static func isHostByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D
    }

    @inline(__always) private static func isHexDigit(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    /// RFC 3986 unreserved and sub-delimiter characters, ':', '@', '/' and '?' (what a path, query and
    /// fragment may hold unescaped).
    @inline(__always) private static func isPathByte(_ c: UInt8) -> Bool {
        if isHostByte(c) { return true }
        switch c {
        case UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"):
            return true
        default:
            return false
        }
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
        // Read byte by byte: `split` and `hasPrefix` on substrings cost thousands of instructions a call here.
        var labels = 0, labelLength = 0, total = 0
        var previous: UInt8 = 0
        for c in text.utf8 {
            total += 1
            if c == UInt8(ascii: ".") {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labels += 1
                labelLength = 0
            } else {
                let isAlphanumeric = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                guard isAlphanumeric || (c == UInt8(ascii: "-") && labelLength > 0) else { return false }
                labelLength += 1
                guard labelLength <= 63 else { return false }
            }
            previous = c
        }
        guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
        return labels + 1 >= 2 && total <= 253
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
