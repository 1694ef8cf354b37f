/// The consumer agencies' own domains, and look-alikes known to pose as them.
///
/// An agency step in `_vocabulary/countries.yaml` links to the domain of its source page; this list
/// is what says that domain belongs to an agency at all. Each entry was read on the agency's own
/// pages (docs/sources.md, "Outside the merchant").
enum AgencyDomains {
    /// Registrable domains of agencies (and government bodies) whose pages the directory cites.
    static let known: Set<String> = [
        "ftc.gov", "econsumer.gov", "helpwithmybank.gov", "consumerfinance.gov", "usa.gov",   // US
        "caa.go.jp", "kokusen.go.jp", "gov-online.go.jp",                                       // Japan
        "kca.go.kr", "ccn.go.kr", "1372.go.kr", "ftc.go.kr", "data.go.kr", "ecmc.or.kr",       // Korea
        "eccnet.eu", "europa.eu",                                                                // EU
        "samr.gov.cn", "12315.cn",                                                               // China
    ]

    /// Domains that pose as an agency, with the agency's real site.
    static let lookalikes: [String: String] = [
        "cb-ccj.com": "ccj.kokusen.go.jp (CCJ's old domain, cb-ccj.com, now serves unrelated content)",
        "reportfraud-ftc.com": "reportfraud.ftc.gov",
    ]

    /// Government domains by suffix: `.gov`, `go.jp`, `lg.jp`, `go.kr`, `gov.uk`, `gov.cn`.
    private static let governmentSuffixes = [".gov", ".go.jp", ".lg.jp", ".go.kr", ".gov.uk", ".gov.cn"]

    /// Whether `host` is on an agency's or a government's domain.
    static func isAgency(_ host: String) -> Bool {
        let host = Domains.normalize(host)
        if known.contains(Domains.registrable(host)) { return true }
        return governmentSuffixes.contains { host.hasSuffix($0) || host == String($0.dropFirst()) }
    }

    /// The real site when `host` is a known look-alike of an agency.
    static func impersonated(by host: String) -> String? {
        lookalikes[Domains.registrable(host)]
    }
}
