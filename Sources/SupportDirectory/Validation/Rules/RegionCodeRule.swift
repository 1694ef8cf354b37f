/// Regions and countries are ISO 3166-1 alpha-2 codes (`US`, `KR`, `JP`; the United Kingdom is `GB`).
struct RegionCodeRule: ValidationRule {
    static let id = "region-code"
    static let description = "Regions, storefront regions and escalation countries are ISO 3166-1 alpha-2 codes in upper case."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            regions: [US, ↓UK]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            storefronts:
              - {domain: example.co.jp, region: ↓jp}
            """),
        RuleExample("""
            countries:
              - country: ↓KO
                steps: []
            """, fileName: "escalation.yaml", vocabulary: true),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            regions: [US, GB, KR, JP, CN]
            storefronts:
              - {domain: example.co.jp, region: JP}
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        if let profile = file.profile {
            for (i, region) in profile.regions.enumerated() {
                if let problem = RegionCodes.problem(with: region) {
                    findings.append(finding("the region '\(region)' \(problem)", in: file, at: [PK.regions, Index(i)]))
                }
            }
            for (i, storefront) in profile.storefronts.enumerated() {
                if let problem = RegionCodes.problem(with: storefront.region) {
                    findings.append(finding("the region '\(storefront.region)' of storefront '\(storefront.domain)' \(problem)",
                                            in: file, at: [PK.storefronts, Index(i), key("region")]))
                }
            }
        }
        if let vocabulary = file.vocabulary {
            for (i, country) in vocabulary.countries.enumerated() {
                if let problem = RegionCodes.problem(with: country.country) {
                    findings.append(finding("the country '\(country.country)' \(problem)", in: file, at: [VK.countries, Index(i), key("country")]))
                }
            }
        }
        return findings
    }
}
