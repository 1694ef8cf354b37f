import Foundation

/// Every URL (of a channel, an escalation step or a source) is an absolute https URL.
struct HTTPSURLRule: ValidationRule {
    static let id = "https-url"
    static let description = "URLs of channels, escalation steps and sources are absolute https:// URLs with a host and no user name or spaces."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: help
                kind: help-center
                url: ↓http://www.example.com/help
                source: {url: https://www.example.com/help, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: help
                kind: help-center
                url: https://www.example.com/help
                source: {url: ↓"https://www.example.com@evil.example.net/help", seen: 2026-11-01, quality: official-page}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: help
                kind: help-center
                url: https://www.example.com/help?topic=returns
                source: {url: https://www.example.com/help, seen: 2026-11-01, quality: official-page}
            """),
    ]

    static func problem(with url: String) -> String? {
        if let host = Domains.plainHTTPSHost(url) {
            // The common case, read without Foundation: https, a host, no user, nothing to escape.
            return Domains.isHostName(String(host)) ? nil : "has the host '\(host)', which is not a domain name"
        }
        if url.contains(where: { $0 == " " || $0 == "\t" }) { return "contains spaces; percent-encode them (%20) or remove them" }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return "is not an absolute URL; write it as https://host/path"
        }
        guard scheme == "https" else {
            return scheme == "http" ? "uses http; write https:// (an http link can be rewritten on the way)"
                : "uses the scheme '\(scheme)'; only https:// links are allowed"
        }
        guard let host = components.host, !host.isEmpty else { return "has no host; write it as https://host/path" }
        if components.user != nil || components.password != nil {
            return "holds a user name before '@' (https://user@host), which hides the real host '\(host)'; remove it"
        }
        guard Domains.isHostName(host) else { return "has the host '\(host)', which is not a domain name" }
        return nil
    }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for point in file.contactPoints where point.field == .url {
            if let problem = Self.problem(with: point.value) {
                findings.append(finding("the url '\(point.value)' of \(point.owner) \(problem)", in: file, at: point.path))
            }
        }
        for ref in file.sourceReferences {
            if let problem = Self.problem(with: ref.source.url) {
                findings.append(finding("the source url '\(ref.source.url)' of \(ref.owner) \(problem)", in: file, at: ref.path + [SK.url]))
            }
        }
        return findings
    }
}
