/// Contact URLs and emails sit on one of the profile's official domains or a subdomain of one.
/// This is what keeps look-alike "helpline" sites (`amazon-help-desk.com`, `amazon.com.evil.io`) out.
struct OfficialDomainRule: ValidationRule {
    static let id = "official-domain"
    static let description = "Contact URLs and emails are on one of the profile's official domains (or a subdomain); agency links on their source's domain."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [amazon.com]
            channels:
              - id: help
                kind: help-center
                url: ↓https://amazon-help-desk.com/contact
                source: {url: https://www.amazon.com/help, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [amazon.com]
            channels:
              - id: help
                kind: help-center
                url: ↓https://amazon.com.evil.io/contact
                source: {url: https://www.amazon.com/help, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: mail
                kind: email
                email: ↓help@example-support.net
                source: {url: https://www.example.com/help, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [↓https://www.example.com/]
            """),
        RuleExample("""
            countries:
              - country: US
                steps:
                  - id: ftc
                    name: FTC
                    party: consumer-agency
                    url: ↓https://ftc-refunds.example.net/report
                    source: {url: https://consumer.ftc.gov/articles/scams, seen: 2026-11-01, quality: official-page}
            """, fileName: "escalation.yaml", vocabulary: true),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [amazon.com, amazon.co.jp]
            sells_on: [amazon]
            channels:
              - id: help
                kind: help-center
                url: https://www.amazon.co.jp/gp/help
                source: {url: https://www.amazon.co.jp/gp/help, seen: 2026-11-01, quality: official-page}
              - id: mail
                kind: email
                email: cs-reply@amazon.com
                source: {url: https://www.amazon.com/gp/help, seen: 2026-11-01, quality: official-page}
            """),
        RuleExample("""
            countries:
              - country: US
                steps:
                  - id: ftc
                    name: FTC
                    party: consumer-agency
                    url: https://reportfraud.ftc.gov/
                    source: {url: https://consumer.ftc.gov/articles/scams, seen: 2026-11-01, quality: official-page}
            """, fileName: "escalation.yaml", vocabulary: true),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        if let profile = file.profile {
            for (i, domain) in profile.domains.enumerated() where !Domains.isHostName(domain) || domain != domain.lowercased() {
                findings.append(finding("the domain '\(domain)' is not a bare lowercase domain name; write it like 'example.com' (no scheme, path or 'www.' needed)",
                                        in: file, at: [PK.domains, Index(i)]))
            }
        }
        for point in file.contactPoints where point.field != .phone {
            let host: String?
            switch point.field {
            case .url: host = Domains.host(ofURL: point.value)
            case .email:
                host = Domains.emailDomain(point.value)
                if host == nil {
                    findings.append(finding("the email '\(point.value)' of \(point.owner) is not an address of the form name@domain", in: file, at: point.path))
                    continue
                }
            case .phone: host = nil
            }
            guard let host, !point.allowedDomains.isEmpty else { continue }  // https-url / contact-source report these
            if !Domains.isOn(host, point.allowedDomains) {
                let on = point.allowedDomains.joined(separator: ", ")
                let why = point.isAgency
                    ? "it must be on the domain of its source page (\(on)); an agency's link comes from the agency's own site"
                    : "it must be on one of the profile's official domains (\(on)) or a subdomain; never take contact points from helpline or look-alike sites"
                findings.append(finding("the \(point.field.rawValue) '\(point.value)' of \(point.owner) is on '\(host)': \(why)",
                                        in: file, at: point.path))
            }
        }
        return findings
    }
}
