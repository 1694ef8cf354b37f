import Dispatch
import Foundation
import SupportDirectory

/// One plan the site publishes: a merchant (nil: the general plan for any shop), an issue, who sold
/// the item, and the language.
struct PlanKey: Hashable, Sendable, Comparable {
    var merchant: String?
    var issue: String
    var thirdParty: Bool
    var language: String

    static func < (a: PlanKey, b: PlanKey) -> Bool {
        (a.merchant ?? "", a.issue, a.thirdParty ? 1 : 0, a.language) < (b.merchant ?? "", b.issue, b.thirdParty ? 1 : 0, b.language)
    }

    /// The page's folder below the site root: `ko/amazon/refund/third-party/`, `en/_general/refund/`.
    var pagePath: String {
        "\(language)/\(merchant ?? SitePaths.generalFolder)/\(issue)/" + (thirdParty ? "third-party/" : "")
    }

    /// The plan's JSON document below the site root: `api/v1/plans/amazon/refund.third-party.ko.json`.
    var apiPath: String {
        "api/v1/plans/\(merchant ?? SitePaths.generalFolder)/\(issue)" + (thirdParty ? ".third-party" : "") + ".\(language).json"
    }
}

/// What the site shows, computed by the library: the profiles, the general plans, and (in ``withPlans(of:)``) the plans
/// of some shops from `ContactPlanner`. The site is made a batch of shops at a time, so only that batch's plans are
/// held (at 10,000 profiles every plan held at once took 6.4 GB).
struct SiteCatalog: Sendable {
    let registry: Registry
    let profiles: [any MerchantProfile]
    let issues: [IssueKind]
    /// The plans at hand, by key: the general plans (of no shop), and those of the shops of ``withPlans(of:)``.
    private(set) var plans: [PlanKey: ContactPlan]
    /// Per language, per country: the ladder outside the shop, as the library words it.
    let countryLadders: [String: [(country: String, steps: [PlanEscalation])]]
    /// The moment plans are made for: noon UTC of `today`.
    let now: Date
    let today: CalendarDate
    /// The repository the "add a shop" page links to.
    let repositoryURL: String
    let planner: ContactPlanner

    static let languages = PlanLanguage.supported

    /// The catalog with the general plans only.
    init(registry: Registry, today: CalendarDate, repositoryURL: String) {
        self.registry = registry
        self.repositoryURL = repositoryURL
        self.today = today
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        now = utc.date(from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 12))!
        profiles = registry.ids.compactMap { registry.profile(id: $0) }
        issues = registry.vocabulary.issues
        planner = ContactPlanner(registry: registry)
        plans = SiteCatalog.makePlans(SiteCatalog.generalKeys(issues: issues), planner: planner, now: now)
        countryLadders = SiteCatalog.ladders(planner: planner, vocabulary: registry.vocabulary, now: now)
    }

    /// This catalog with the plans of `shops` too: every one their pages link to (the general plans stay).
    func withPlans(of shops: some Collection<any MerchantProfile>) -> SiteCatalog {
        var catalog = self
        let made = SiteCatalog.makePlans(SiteCatalog.candidateKeys(profiles: Array(shops), issues: issues), planner: planner, now: now)
        catalog.plans.merge(made) { general, _ in general }
        return catalog
    }

    /// The plans of `candidates` worth a page: the library's, less a third-party plan whose steps are the marketplace's.
    static func makePlans(_ candidates: [PlanKey], planner: ContactPlanner, now: Date) -> [PlanKey: ContactPlan] {
        // The merchant, seller and language are read once for all the issues of a merchant (the reading before the
        // issue does not depend on it), then each issue completes it: the same understanding `resolve` makes.
        var keysOfReading: [PlanKey: [Int]] = [:]
        var readings: [PlanKey] = []
        for (i, key) in candidates.enumerated() {
            var reading = key
            reading.issue = ""
            if keysOfReading[reading] == nil { readings.append(reading) }
            keysOfReading[reading, default: []].append(i)
        }
        let groups = readings.map { keysOfReading[$0]!.map { candidates[$0] } }
        let madeByReading = SiteCatalog.parallelMap(groups) { keys -> [ContactPlan?] in
            let before = QueryUnderstanding(registry: planner.registry).understandBeforeIssue(SiteCatalog.request(keys[0], planner: planner, now: now))
            return keys.map { SiteCatalog.makePlan($0, planner: planner, now: now, before: before) }
        }
        var made = [ContactPlan?](repeating: nil, count: candidates.count)
        for (reading, plans) in zip(readings, madeByReading) {
            for (i, plan) in zip(keysOfReading[reading]!, plans) { made[i] = plan }
        }
        var plans: [PlanKey: ContactPlan] = [:]
        for (key, plan) in zip(candidates, made) {
            guard let plan else { continue }
            if key.thirdParty, let marketplace = plans[PlanKey(merchant: key.merchant, issue: key.issue, thirdParty: false, language: key.language)],
               marketplace.plan == plan.plan {
                continue   // the same steps whoever sold it: one page
            }
            plans[key] = plan
        }
        return plans
    }

    /// Plans of shops worth a page: every issue of every profile sold by it, as `resolve --merchant ID --issue ISSUE`
    /// answers (an issue the profile has no route for gets the shop's general ways in, with the issue's own preparation,
    /// message and deadlines); where the profile is a marketplace with sellers, also sold by a third-party seller (kept
    /// only where its steps differ from the marketplace's: the planner, not the site, decides what the route is).
    static func candidateKeys(profiles: [any MerchantProfile], issues: [IssueKind]) -> [PlanKey] {
        var keys: [PlanKey] = []
        for p in profiles {
            let third = p.thirdParty != nil
            for issue in issues {
                for lang in languages {
                    keys.append(PlanKey(merchant: p.id, issue: issue.id, thirdParty: false, language: lang))
                    if third { keys.append(PlanKey(merchant: p.id, issue: issue.id, thirdParty: true, language: lang)) }
                }
            }
        }
        return keys
    }

    /// The general plan of every issue, for a shop the directory does not know.
    static func generalKeys(issues: [IssueKind]) -> [PlanKey] {
        var keys: [PlanKey] = []
        for issue in issues {
            for lang in languages { keys.append(PlanKey(merchant: nil, issue: issue.id, thirdParty: false, language: lang)) }
        }
        // How to reach a person at any shop (`resolve --issue contact`): where the search sends "I need to talk to
        // someone at <a shop the directory does not know>".
        for lang in languages { keys.append(PlanKey(merchant: nil, issue: contactIssue, thirdParty: false, language: lang)) }
        return keys
    }

    /// The issue word of the plan for only reaching a person (no problem named), as `resolve --issue` takes it.
    static let contactIssue = "contact"

    /// The library's plan for a key, or nil when the planner does not answer with a plan for exactly that merchant.
    static func makePlan(_ key: PlanKey, planner: ContactPlanner, now: Date, before: QueryUnderstanding.BeforeIssue) -> ContactPlan? {
        let request = request(key, planner: planner, now: now)
        let resolution = QueryUnderstanding(registry: planner.registry).understanding(before, issue: key.issue)
            .map { planner.resolve(request, understood: $0) } ?? planner.resolve(request)
        guard case let .plan(plan, _) = resolution else { return nil }
        if let id = key.merchant { return plan.merchant?.id == id ? plan : nil }
        return plan.generic ? plan : nil
    }

    /// What `resolve --merchant ID [--seller third-party] --issue ISSUE --country CC --lang LANG` asks, at noon UTC of the site's day.
    static func request(_ key: PlanKey, planner: ContactPlanner, now: Date) -> ResolveRequest {
        let profile = key.merchant.flatMap { planner.registry.profile(id: $0) }
        return ResolveRequest(
            merchant: key.merchant, seller: key.thirdParty ? "third-party" : nil, issue: key.issue,
            country: country(for: profile, language: key.language), language: key.language,
            timeZone: TimeZone(identifier: "UTC")!, timeZoneName: "UTC", now: now)
    }

    /// The country a page's plan is made for: the profile's first region, else the language's usual one.
    static func country(for profile: (any MerchantProfile)?, language: String) -> String {
        if let region = profile?.regions.first { return region }
        return ["en": "US", "ko": "KR", "ja": "JP", "zh": "CN"][language] ?? "US"
    }

    /// The escalation outside the shop for each country the vocabulary knows, from the general plan.
    static func ladders(planner: ContactPlanner, vocabulary: Vocabulary,
                        now: Date) -> [String: [(country: String, steps: [PlanEscalation])]] {
        guard let issue = vocabulary.issues.first?.id else { return [:] }
        let countries = vocabulary.countries.map(\.country).sorted()
        let asks = languages.flatMap { lang in countries.map { (lang: lang, country: $0) } }
        let ladders = parallelMap(asks) { ask -> [PlanEscalation] in
            let request = ResolveRequest(issue: issue, country: ask.country, language: ask.lang,
                                         timeZone: TimeZone(identifier: "UTC")!, timeZoneName: "UTC", now: now)
            guard case let .plan(plan, _) = planner.resolve(request) else { return [] }
            return plan.escalation.filter { $0.origin == "country" }
        }
        var out: [String: [(country: String, steps: [PlanEscalation])]] = [:]
        for (ask, steps) in zip(asks, ladders) { out[ask.lang, default: []].append((ask.country, steps)) }
        return out
    }

    /// `transform` over `items` on every core, results in the items' order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in results.set(i, transform(items[i])) }
        return results.values
    }

    // MARK: Lookups for pages

    func plan(_ key: PlanKey) -> ContactPlan? { plans[key] }

    /// The plan pages of a merchant in a language, by issue, in the vocabulary's order.
    func planKeys(merchant: String, language: String) -> [PlanKey] {
        issues.flatMap { issue in
            [false, true].compactMap { third in
                let key = PlanKey(merchant: merchant, issue: issue.id, thirdParty: third, language: language)
                return plans[key] == nil ? nil : key
            }
        }
    }
}

/// Fixed slots written once each from concurrent iterations.
final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [R] { slots.map { $0! } }
}

/// Values worked out once per key, from any thread.
final class SiteMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()
    /// At most this many values are kept: past it the memo starts again empty (a value is only ever made again, the
    /// same, so the site's bytes do not depend on it).
    private let limit: Int

    init(limit: Int = .max) { self.limit = limit }

    func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        lock.lock()
        if let value = values[key] { lock.unlock(); return value }
        lock.unlock()
        let value = make(key)
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }
}
