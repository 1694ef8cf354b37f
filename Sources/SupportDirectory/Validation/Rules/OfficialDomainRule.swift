/// Contact URLs and emails sit on one of the profile's official domains or a subdomain of one.
/// This is what keeps look-alike "helpline" sites (`amazon-help-desk.com`, `amazon.com.evil.io`) out.
/// Consumer-agency steps of the vocabulary link to their source page's domain, and that domain must be
/// an agency's own (`AgencyDomains`): a known look-alike (`cb-ccj.com`) is an error, an unknown one a warning.
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
        // `domains: []` does not switch the check off.
        RuleExample("""
            id: shop
            kind: marketplace
            names: Shop
            domains: ↓[]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: mail
                kind: email
                email: ↓mailto:help@example.com
                source: {url: https://www.example.com/help, seen: 2026-11-01, quality: official-page}
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
        RuleExample("""
            countries:
              - country: JP
                steps:
                  - id: ccj
                    name: CCJ
                    party: consumer-agency
                    url: ↓https://cb-ccj.com/faq/
                    source: {url: https://cb-ccj.com/faq/, seen: 2026-11-01, quality: official-page}
            """, fileName: "escalation.yaml", vocabulary: true),
        RuleExample("""
            countries:
              - country: KR
                steps:
                  - id: helpdesk
                    name: Consumer help desk
                    party: consumer-agency
                    url: ↓https://consumer-help-korea.example.com/report
                    source: {url: https://consumer-help-korea.example.com/about, seen: 2026-11-01, quality: official-page}
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
                  - id: card
                    name: Card issuer
                    party: payment-provider
                    source: {url: https://www3.vpass.ne.jp/mem/service/sec/kaigai03.jsp, seen: 2026-11-01, quality: official-page}
              - country: JP
                steps:
                  - id: ccj
                    name: CCJ
                    party: consumer-agency
                    url: https://www.ccj.kokusen.go.jp/sdn_doi
                    source: {url: https://www.ccj.kokusen.go.jp/sdn_doi, seen: 2026-11-01, quality: official-page}
                  - id: city
                    name: City consumer centre
                    party: consumer-agency
                    source: {url: https://www.city.hino.lg.jp/kurashi/sumai/shohi/1003263.html, seen: 2026-11-01, quality: official-page}
            """, fileName: "escalation.yaml", vocabulary: true),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        if let profile = file.profile {
            if profile.domains.isEmpty {
                let required = [MerchantKind.marketplace, .retailer, .brand].contains(profile.kind)
                findings.append(finding(required
                    ? "a \(profile.kind.rawValue) profile names at least one official domain (the merchant's own site, like 'example.com'); every contact point is checked against them"
                    : "the profile lists no official domains, so none of its contact points can be checked; add the domains its links and emails are on",
                    in: file, at: [PK.domains], severity: required ? .error : .warning))
            }
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
                if point.value.lowercased().hasPrefix("mailto:") {
                    let bare = String(point.value.dropFirst("mailto:".count))
                    findings.append(finding("the email '\(point.value)' of \(point.owner) is written as a link; write the bare address ('\(bare)'), the tool adds 'mailto:' where a link needs it",
                                            in: file, at: point.path))
                    continue
                }
                host = Domains.emailDomain(point.value)
                if host == nil {
                    findings.append(finding("the email '\(point.value)' of \(point.owner) is not an address of the form name@domain", in: file, at: point.path))
                    continue
                }
            case .phone: host = nil
            }
            guard let host else { continue }  // https-url / contact-source report these
            if point.allowedDomains.isEmpty {
                // `domains: []` must not switch the check off: nothing is official then.
                if !point.isAgency {
                    findings.append(finding("the \(point.field.rawValue) '\(point.value)' of \(point.owner) cannot be checked: the profile lists no official domains; add the merchant's own domains under `domains`",
                                            in: file, at: point.path))
                }
                continue
            }
            if !Domains.isOn(host, point.allowedDomains) {
                let on = point.allowedDomains.joined(separator: ", ")
                let why = point.isAgency
                    ? "it must be on the domain of its source page (\(on)); an agency's link comes from the agency's own site"
                    : "it must be on one of the profile's official domains (\(on)) or a subdomain; never take contact points from helpline or look-alike sites"
                findings.append(finding("the \(point.field.rawValue) '\(point.value)' of \(point.owner) is on '\(host)': \(why)",
                                        in: file, at: point.path))
            }
        }
        findings += agencyFindings(file)
        return findings
    }

    /// Links and sources of consumer-agency steps: on a known look-alike (error) or on a domain no
    /// agency is known to use (warning).
    private func agencyFindings(_ file: ValidatedFile) -> [Finding] {
        guard let vocabulary = file.vocabulary else { return [] }
        var findings: [Finding] = []
        for (c, country) in vocabulary.countries.enumerated() {
            for (i, step) in country.steps.enumerated() {
                let owner: [any CodingKey] = [VK.countries, Index(c), key("steps"), Index(i)]
                var checked: [(String, [any CodingKey], String)] = []
                if let url = step.url { checked.append((url, owner + [EK.url], "link")) }
                if let source = step.source { checked.append((source.url, owner + [EK.source], "source")) }
                for (url, path, what) in checked {
                    guard let host = Domains.host(ofURL: url) else { continue }
                    if let real = AgencyDomains.impersonated(by: host) {
                        findings.append(finding("the \(what) '\(url)' of escalation step '\(step.id)' (\(country.country)) is on '\(host)', a look-alike of an agency; use the agency's own site: \(real)",
                                                in: file, at: path))
                    } else if step.party == .consumerAgency, !AgencyDomains.isAgency(host) {
                        findings.append(finding("the \(what) '\(url)' of consumer-agency step '\(step.id)' (\(country.country)) is on '\(host)', which is not a known agency or government domain; check it is the agency's own site and add the domain to AgencyDomains.known",
                                                in: file, at: path, severity: .warning))
                    }
                }
            }
        }
        return findings
    }
}
