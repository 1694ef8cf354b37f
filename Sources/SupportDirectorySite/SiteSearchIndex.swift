import Foundation
import SupportDirectory

/// The index the start page loads on the first search: `api/v1/search/meta.json` (issues, the words
/// for a third-party seller, how many merchant files) and `merchants-N.json`, at most
/// `merchantsPerFile` merchants each, so no single file grows past 1 MB however large the directory.
struct SiteSearchIndex {
    let catalog: SiteCatalog
    /// Each shop's third-party plans (``thirdPartyPlans(_:in:)``), by id, recorded as its batch was made; none: no plan page.
    let published: [String: [Int]]
    static let merchantsPerFile = 1_000
    static let schemaVersion = 1

    /// The paths of ``files()``, known before any plan is made.
    static func paths(catalog: SiteCatalog) -> [String] {
        let chunks = (max(catalog.profiles.count, 1) + merchantsPerFile - 1) / merchantsPerFile
        return ["api/v1/search/meta.json"] + (0..<chunks).map { "api/v1/search/merchants-\($0).json" }
            + SiteCatalog.languages.map { "api/v1/search/examples-\($0).json" }
    }

    /// `path -> contents` of every index file.
    func files() -> [(path: String, text: String)] {
        let chunks = stride(from: 0, to: max(catalog.profiles.count, 1), by: Self.merchantsPerFile).map {
            Array(catalog.profiles[$0..<min($0 + Self.merchantsPerFile, catalog.profiles.count)])
        }
        var out = [(path: "api/v1/search/meta.json", text: SiteJSON.compact(meta(chunks: chunks.count)) + "\n")]
        for (i, chunk) in chunks.enumerated() {
            out.append((path: "api/v1/search/merchants-\(i).json",
                        text: SiteJSON.compact(["schema_version": Self.schemaVersion, "merchants": chunk.map(entry)]) + "\n"))
        }
        for (lang, examples) in examplesByLanguage() {
            out.append((path: "api/v1/search/examples-\(lang).json", text: SiteJSON.compact(examples) + "\n"))
        }
        return out
    }

    /// The example sentences the library's issue recogniser learns from (`examples-*.yaml`), by the script they are
    /// written in, so the page loads only its language's (`[kind index, sentence]`, kinds being the issue ids, `contact`
    /// and `none`). Han-only sentences are Chinese, as the page reads Han-only text on all but its Japanese pages.
    func examplesByLanguage() -> [(String, [String: Any])] {
        let examples = catalog.registry.vocabulary.examples
        let kinds = examples.keys.sorted()
        var byLanguage: [String: [[Any]]] = [:]
        for (k, kind) in kinds.enumerated() {
            for sentence in examples[kind] ?? [] {
                let text = OutputEscaping.line(sentence, limit: 400)
                guard !text.isEmpty else { continue }
                byLanguage[PlanLanguage.detect(in: text) ?? "en", default: []].append([k, text])
            }
        }
        return SiteCatalog.languages.map { lang in
            (lang, ["schema_version": Self.schemaVersion, "kinds": kinds, "examples": byLanguage[lang] ?? []] as [String: Any])
        }
    }


    func meta(chunks: Int) -> [String: Any] {
        let vocabulary = catalog.registry.vocabulary
        let issues: [[Any]] = catalog.issues.map { issue in
            var words = issue.names.allTexts
            for lang in issue.synonyms.keys.sorted() { words += issue.synonyms[lang] ?? [] }
            return [issue.id, SiteCatalog.languages.map { OutputEscaping.clean(issue.names.text(for: $0)) }, unique(words), issue.wish,
                    issue.outranks]
        }
        let third = vocabulary.thirdPartyWords.keys.sorted().flatMap { vocabulary.thirdPartyWords[$0] ?? [] }
        let readings = vocabulary.understanding
        var concepts: [String: [String]] = [:]
        for (name, words) in readings.concepts { concepts[name] = unique(words) }
        let contact = readings.contact.keys.sorted().flatMap { readings.contact[$0] ?? [] }
        var han: [String: String] = [:]
        for (variant, form) in readings.hanVariants { han[String(variant)] = String(form) }
        // Han letters written in one language and not the other (楽 is Japanese, 乐 Chinese): Han-only text is read by them.
        var hanOnly: [String: String] = [:]
        for (lang, letters) in readings.hanOnly { hanOnly[lang] = String(String.UnicodeScalarView(letters.sorted())) }
        return ["schema_version": Self.schemaVersion, "languages": SiteCatalog.languages, "issues": issues,
                "third_party": unique(third), "contact": unique(contact), "concepts": concepts, "han_variants": han, "han_only": hanOnly,
                "merchant_files": chunks, "countries": ["en": "US", "ko": "KR", "ja": "JP", "zh": "CN"],
                "contact_plan": catalog.plan(PlanKey(merchant: nil, issue: SiteCatalog.contactIssue, thirdParty: false, language: "en")) != nil]
    }

    /// `[id, kind, group, regions, [name en, ko, ja, zh], search words, third-party plans, sells_on, seller profile, storefronts]`;
    /// the third-party plans are the indexes of the issues with a page for an item a third-party seller sold, or null when the
    /// shop has no plan page (a seller profile, read as its marketplace's; every other shop has a page for every issue);
    /// the seller profile is a marketplace's general profile of its third-party sellers (naming it means "a third-party
    /// seller on it", as resolve reads it); storefronts are `[domain, region]` (amazon.co.jp names the Japanese storefront).
    func entry(_ p: any MerchantProfile) -> [Any] {
        let names = SiteCatalog.languages.map { OutputEscaping.clean(p.names.text(for: $0)) }
        let words = unique([p.id] + p.names.allTexts + p.aliases + p.domains)
        let third: Any = published[p.id].map { $0 as Any } ?? NSNull()
        let storefronts: [[String]] = p.storefronts.map { [OutputEscaping.line($0.domain, limit: 200), $0.region] }
        return [p.id, p.kind.rawValue, p.group ?? "", p.regions, names, words, third, p.sellsOn, p.thirdParty?.sellerProfile ?? "", storefronts]
    }

    /// The third-party plans of `p` in `catalog` (which holds its batch's), as ``entry(_:)`` lists them; nil when it has no
    /// plan page. A shop has its own page for every issue or for none (the planner reads which merchant a request is
    /// about before the issue), so the index need not list them.
    static func thirdPartyPlans(_ p: any MerchantProfile, in catalog: SiteCatalog) -> [Int]? {
        let own = catalog.issues.filter { catalog.plan(PlanKey(merchant: p.id, issue: $0.id, thirdParty: false, language: "en")) != nil }
        guard !own.isEmpty else { return nil }
        return catalog.issues.indices.filter {
            catalog.plan(PlanKey(merchant: p.id, issue: catalog.issues[$0].id, thirdParty: true, language: "en")) != nil
        }
    }

    func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.map { OutputEscaping.line($0, limit: 200) }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
