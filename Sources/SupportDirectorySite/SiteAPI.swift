import SupportDirectory

/// The JSON API under `api/v1/`: the merchant list, one document per merchant, one per plan (the
/// library's plan JSON, as `resolve --format json` prints it). Each has a `schema_version`; the
/// schemas are in docs/ (site-merchants.schema.json, site-merchant.schema.json, contact-plan.schema.json).
struct SiteAPI {
    let catalog: SiteCatalog
    static let schemaVersion = 1

    /// The documents that list no plan: the merchant list and the ladders outside the shops.
    func fixedJobs() -> [SiteJob] {
        let api = self
        var out = [SiteJob("api/v1/merchants.json") { SiteJSON.document(api.list()) }]
        for lang in SiteCatalog.languages {
            for entry in catalog.countryLadders[lang] ?? [] {
                out.append(SiteJob(SitePaths.escalationAPI(entry.country, lang)) {
                    SiteJSON.document(["schema_version": Self.schemaVersion, "country": entry.country, "language": lang,
                                       "steps": entry.steps.map { SiteJSON.object($0) }])
                })
            }
        }
        return out
    }

    /// A merchant's document (its plans must be in the catalog).
    func merchantJob(_ p: any MerchantProfile) -> SiteJob {
        let api = self
        return SiteJob(SitePaths.merchantAPI(p.id)) { SiteJSON.document(api.merchant(p)) }
    }

    /// The plan documents of `keys`, in their order.
    func planJobs(keys: [PlanKey]) -> [SiteJob] {
        let plans = catalog.plans
        return keys.map { key in SiteJob(key.apiPath) { PlanJSONRenderer().render(plans[key]!) } }
    }

    func names(_ text: LocalizedText) -> [String: String] {
        var out: [String: String] = [:]
        for e in text.entries { out[e.language] = OutputEscaping.clean(e.text) }
        return out
    }

    func list() -> [String: Any] {
        ["schema_version": Self.schemaVersion, "generated_from": catalog.today.description,
         "merchants": catalog.profiles.map { p -> [String: Any] in
             ["id": p.id, "names": names(p.names), "aliases": p.aliases.map(OutputEscaping.clean), "kind": p.kind.rawValue,
              "regions": p.regions, "url": SitePaths.merchantAPI(p.id),
              "pages": Dictionary(uniqueKeysWithValues: SiteCatalog.languages.map { ($0, SitePaths.merchantPage(p.id, $0)) })]
         }]
    }

    func merchant(_ p: any MerchantProfile) -> [String: Any] {
        var plans: [[String: Any]] = []
        for issue in catalog.issues {
            for third in [false, true] {
                let en = PlanKey(merchant: p.id, issue: issue.id, thirdParty: third, language: "en")
                guard catalog.plan(en) != nil else { continue }
                plans.append(["issue": issue.id, "sold_by": third ? "third-party" : "marketplace",
                              "documents": Dictionary(uniqueKeysWithValues: SiteCatalog.languages.map {
                                  ($0, PlanKey(merchant: p.id, issue: issue.id, thirdParty: third, language: $0).apiPath)
                              })])
            }
        }
        var doc: [String: Any] = [
            "schema_version": Self.schemaVersion, "id": p.id, "kind": p.kind.rawValue, "names": names(p.names),
            "aliases": p.aliases.map(OutputEscaping.clean), "domains": p.domains, "regions": p.regions, "sells_on": p.sellsOn,
            "channels": p.channels.map { SiteJSON.object($0) }, "warnings": p.warnings.map(names), "tips": p.tips.map(names),
            "plans": plans,
        ]
        if let g = p.group { doc["group"] = g }
        return doc
    }
}
