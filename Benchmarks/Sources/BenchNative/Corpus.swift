import Foundation

/// SplitMix64: small, fast, and the same sequence on every platform for a seed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (modulo bias is irrelevant here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `count` distinct elements of `items`, in their original order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        let n = min(count, items.count)
        var indices = Array(items.indices)
        for i in 0..<n { indices.swapAt(i, int(i...(indices.count - 1))) }
        return indices.prefix(n).sorted().map { items[$0] }
    }
}

/// What the generator takes from the shipped vocabulary so that routes name real issues,
/// preparations and templates.
struct VocabularyIDs {
    var issues: [String]
    var preparations: [String]
    var templates: [String]
}

/// Generates N merchant profiles shaped like the shipped ones (see BENCHMARKS.md for the shape):
/// a few large marketplaces (each with a profile for its third-party sellers), and brands, retailers
/// and sellers of small and medium size; localized text in en/ko/ja (sometimes zh); every contact
/// point on an official domain with a source. Deterministic for a seed.
struct CorpusGenerator {
    static let version = 2

    let count: Int
    let seed: UInt64
    let vocabulary: VocabularyIDs

    enum Size { case small, medium, large }

    struct Plan {
        var id: String
        var base: String
        var kind: String
        var size: Size
        /// For a marketplace: the id of its sellers profile. For the sellers profile: its marketplace.
        var partner: String?
        var group: String?
    }

    /// Channel ids every generated marketplace-sellers profile has, so marketplace routes can name them.
    static let sellerChannelIDs = ["contact-seller", "seller-page", "return-request", "request-cancellation"]

    func plans() -> [Plan] {
        var rng = SplitMix64(seed: seed)
        var plans: [Plan] = []
        var i = 0
        while plans.count < count {
            // Distinct brand names: a codeword per profile, at least two edits from every other (version 2;
            // version 1 drew names at random, so thousands of profiles shared one).
            _ = Self.brandName(&rng)
            let base = DistinctNames.latin(i)
            i += 1
            let roll = rng.int(0...99)
            if roll < 8, plans.count + 2 <= count {
                let sellers = base + "-sellers"
                plans.append(Plan(id: base, base: base, kind: "marketplace", size: .large, partner: sellers))
                plans.append(Plan(id: sellers, base: base, kind: "seller", size: .small, partner: base))
                continue
            }
            let kind = roll < 40 ? "retailer" : roll < 72 ? "brand" : "seller"
            let size: Size = rng.chance(0.4) ? .medium : .small
            plans.append(Plan(id: base, base: base, kind: kind, size: size))
        }
        // Families: about one profile in ten shares a group with the one before it.
        for k in 1..<plans.count where plans[k].partner == nil && plans[k - 1].partner == nil && rng.chance(0.1) {
            let group = plans[k - 1].group ?? plans[k - 1].id
            plans[k - 1].group = group
            plans[k].group = group
        }
        return plans
    }

    /// The files: name and text, in id order of generation.
    func generate(_ write: (String, String) throws -> Void) rethrows {
        let plans = plans()
        let marketplaces = plans.filter { $0.kind == "marketplace" }.map(\.id)
        for (index, plan) in plans.enumerated() {
            let rng = SplitMix64(seed: seed ^ (UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15))
            var profile = ProfileBuilder(plan: plan, marketplaces: marketplaces, vocabulary: vocabulary, rng: rng)
            let text = profile.build()
            try write(plan.id + ".yaml", text)
        }
    }

    static let syllables = ["ka", "zen", "mo", "ri", "tas", "lu", "ver", "on", "bel", "dor", "ni", "sa", "ko", "ra", "mi",
                            "to", "vel", "quo", "fin", "gra", "po", "lin", "sto", "ar", "el", "ix", "nor", "um", "ta", "ze"]

    static func brandName(_ rng: inout SplitMix64) -> String {
        (0..<rng.int(2...3)).map { _ in rng.pick(syllables) }.joined()
    }
}

/// Builds one profile's YAML.
struct ProfileBuilder {
    let plan: CorpusGenerator.Plan
    let marketplaces: [String]
    let vocabulary: VocabularyIDs
    var rng: SplitMix64
    var domains: [String] = []
    var channelIDs: [String] = []
    var templateIDs: [String] = []

    init(plan: CorpusGenerator.Plan, marketplaces: [String], vocabulary: VocabularyIDs, rng: SplitMix64) {
        self.plan = plan
        self.marketplaces = marketplaces
        self.vocabulary = vocabulary
        self.rng = rng
    }

    static let seen = "2026-11-01"
    static let regions = ["US", "JP", "KR", "CN", "GB", "DE", "FR", "CA", "AU", "TW", "SG", "IN"]
    static let tlds = ["com", "co.jp", "co.kr", "de", "co.uk", "fr", "ca", "com.au", "cn"]
    static let zones = ["America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai",
                        "Europe/Berlin", "Europe/London", "Australia/Sydney"]
    static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let placeholders = ["order_number", "merchant", "item", "issue", "ordered_date", "delivered_date", "today", "outcome"]

    mutating func build() -> String {
        var writer = YAMLWriter(indentlessSequences: rng.chance(0.5))
        writer.comment("Generated benchmark profile (supportdir Benchmarks, corpus v\(CorpusGenerator.version)); not a real merchant.")
        if rng.chance(0.7) { writer.comment("Every contact point has a source on an official domain; see docs for the format.") }

        let domainCount = plan.kind == "marketplace" ? rng.int(2...5) : rng.int(1...3)
        domains = [plan.base + ".com"] + rng.sample(Self.tlds.dropFirst().map { plan.base + "." + $0 }, domainCount - 1)

        var root: [(String, Y)] = [
            ("id", .plain(plan.id)),
            ("kind", .plain(plan.kind)),
            ("names", names()),
        ]
        root.append(("aliases", .flow(aliases())))
        if let group = plan.group { root.append(("group", .plain(group))) }
        root.append(("domains", .flow(domains)))
        let regions = rng.sample(Self.regions, rng.int(1...3))
        root.append(("regions", .flow(regions)))
        if plan.kind == "marketplace" || rng.chance(0.4) {
            root.append(("storefronts", .seq(domains.prefix(rng.int(1...domains.count)).enumerated().map { i, domain in
                .map([("domain", .plain(domain)), ("region", .plain(regions[i % regions.count])),
                      ("languages", .flow(rng.sample(["en", "ko", "ja", "zh", "de", "fr"], rng.int(1...2))))])
            })))
        }
        if plan.kind == "seller" || plan.kind == "brand" {
            let on: [String]
            if plan.kind == "seller", let marketplace = plan.partner {
                on = [marketplace]
            } else {
                on = marketplaces.isEmpty ? [] : rng.sample(marketplaces, rng.int(1...3))
            }
            if !on.isEmpty { root.append(("sells_on", .flow(on))) }
        }
        if plan.kind == "marketplace", let sellers = plan.partner {
            let issues = rng.sample(vocabulary.issues, rng.int(8...min(14, vocabulary.issues.count)))
            let split = rng.int(4...(issues.count - 2))
            var policy: [(String, Y)] = [("seller_profile", .plain(sellers))]
            policy.append(("seller_first", rng.chance(0.5) ? .flow(Array(issues[..<split]))
                                                             : .seq(issues[..<split].map { .plain($0) })))
            policy.append(("marketplace_first", .flow(Array(issues[split...]))))
            policy.append(("note", text(sentences: 2...4)))
            root.append(("third_party", .map(policy)))
        }

        let channelCount: ClosedRange<Int>
        let routeCount: ClosedRange<Int>
        switch plan.size {
        case .small: (channelCount, routeCount) = (plan.partner != nil ? 4...4 : 2...5, plan.partner != nil ? 0...0 : 1...5)
        case .medium: (channelCount, routeCount) = (5...9, 6...14)
        case .large: (channelCount, routeCount) = (9...14, 18...30)
        }
        var channels: [Y] = []
        let nChannels = rng.int(channelCount)
        for c in 0..<nChannels { channels.append(channel(c, count: nChannels)) }
        root.append(("channels", .seq(channels)))

        let nTemplates = plan.size == .large ? rng.int(1...3) : rng.int(0...1)
        var templates: [Y] = []
        for t in 0..<nTemplates {
            let id = "t-\(t)-" + rng.pick(vocabulary.issues)
            templateIDs.append(id)
            templates.append(template(id))
        }
        let nRoutes = rng.int(routeCount)
        if nRoutes > 0 {
            var routes: [Y] = []
            var used = Set<String>()
            for _ in 0..<nRoutes {
                var issue = rng.pick(vocabulary.issues)
                var soldBy = plan.kind == "marketplace" ? rng.pick(["any", "third-party", "marketplace"]) : "any"
                var tries = 0
                while used.contains(issue + "/" + soldBy), tries < 50 {
                    issue = rng.pick(vocabulary.issues)
                    soldBy = plan.kind == "marketplace" ? rng.pick(["any", "third-party", "marketplace"]) : "any"
                    tries += 1
                }
                guard used.insert(issue + "/" + soldBy).inserted else { continue }
                routes.append(route(issue: issue, soldBy: soldBy))
            }
            root.append(("routes", .seq(routes)))
        }
        if !templates.isEmpty { root.append(("templates", .seq(templates))) }
        if plan.size != .small || rng.chance(0.3) {
            root.append(("warnings", .seq((0..<rng.int(1...3)).map { _ in text(sentences: 1...3) })))
        }
        if plan.size != .small && rng.chance(0.7) {
            root.append(("escalation", .seq((0..<rng.int(1...2)).map { escalation($0) })))
        }
        if rng.chance(0.8) { root.append(("tips", .seq((0..<rng.int(1...5)).map { _ in text(sentences: 1...2) }))) }
        if rng.chance(0.6) { root.append(("notes", text(sentences: 1...4))) }
        writer.document(root)
        return writer.out
    }

    // MARK: Parts

    mutating func names() -> Y {
        let en = plan.base.prefix(1).uppercased() + plan.base.dropFirst()
        let sellers = plan.kind == "seller" && plan.partner != nil
        let code = DistinctNames.ordinal(of: plan.base)
        var pairs: [(String, Y)] = [("en", .plain(sellers ? "Third-party sellers on \(en)" : en))]
        _ = Words.hangulName(&rng)
        _ = Words.katakanaName(&rng)
        pairs.append(("ko", .plain(sellers ? DistinctNames.hangul(code) + " 판매자" : DistinctNames.hangul(code))))
        pairs.append(("ja", .plain(sellers ? DistinctNames.katakana(code) + "の出品者" : DistinctNames.katakana(code))))
        if rng.chance(0.4) { pairs.append(("zh", .plain(sellers ? DistinctNames.hanzi(code) + "卖家" : DistinctNames.hanzi(code)))) }
        return .map(pairs)
    }

    mutating func aliases() -> [String] {
        // The profile's own names in other forms: aliases of two profiles never collide (the impersonation rules).
        let code = DistinctNames.ordinal(of: plan.base)
        let own = plan.kind == "seller" && plan.partner != nil ? plan.base + " seller" : plan.base
        var out = [own]
        var used = Set(out)
        for _ in 0..<rng.int(1...6) {
            let alias: String
            switch rng.int(0...3) {
            case 0: alias = DistinctNames.hangul(code) + (own == plan.base ? "" : " 셀러")
            case 1: alias = DistinctNames.katakana(code) + (own == plan.base ? "" : " ストア")
            case 2: alias = DistinctNames.hanzi(code) + (own == plan.base ? "" : "店铺")
            default: alias = own + " " + rng.pick(["shop", "store", "official", "support"])
            }
            if used.insert(alias).inserted { out.append(alias) }
        }
        return out
    }

    /// Localized text: usually en/ko/ja (sometimes zh); sometimes a plain English string.
    mutating func text(sentences: ClosedRange<Int>) -> Y {
        let n = rng.int(sentences)
        if rng.chance(0.08) { return scalar(Words.english(&rng, sentences: n)) }
        var pairs: [(String, Y)] = [("en", scalar(Words.english(&rng, sentences: n)))]
        if rng.chance(0.9) { pairs.append(("ko", scalar(Words.korean(&rng, sentences: n)))) }
        if rng.chance(0.9) { pairs.append(("ja", scalar(Words.japanese(&rng, sentences: n)))) }
        if rng.chance(0.15) { pairs.append(("zh", scalar(Words.chinese(&rng, sentences: n)))) }
        return .map(pairs)
    }

    /// A scalar in a style chosen as the shipped files mix them.
    mutating func scalar(_ s: String) -> Y {
        let roll = rng.int(0...99)
        if roll < 12 || s.hasPrefix("'") || s.contains(": ") || s.contains(" #") { return .scalar(s, .single) }
        if roll < 18 { return .scalar(s, .double) }
        return .plain(s)
    }

    mutating func url(_ path: String) -> String {
        let domain = rng.chance(0.8) ? domains[0] : rng.pick(domains)
        let host = rng.pick(["www.", "help.", "support.", ""]) + domain
        return "https://\(host)/\(path)" + (rng.chance(0.4) ? "?nodeId=\(String(rng.next() % 1_000_000_000, radix: 36).uppercased())" : "")
    }

    mutating func source(for url: String?, phone: Bool) -> Y {
        var pairs: [(String, Y)] = [
            ("url", .plain(url ?? self.url("help/contact"))),
            ("seen", rng.chance(0.8) ? .scalar(Self.seen, .single) : .plain(Self.seen)),
            ("quality", .plain(phone ? "official-page" : rng.pick(["official-page", "official-page", "in-app", "secondary"]))),
        ]
        if rng.chance(0.5) { pairs.append(("note", scalar(Words.english(&rng, sentences: 1)))) }
        return .map(pairs)
    }

    mutating func phoneNumber() -> String {
        switch rng.int(0...2) {
        case 0: return "+1" + rng.pick(["800", "888", "877", "866"]) + String(rng.int(2_000_000...9_999_999))
        case 1: return "+81" + rng.pick(["120", "570"]) + String(rng.int(100_000...999_999))
        default: return "+82" + rng.pick(["15", "16"]) + String(rng.int(100_000...999_999))
        }
    }

    mutating func channel(_ index: Int, count: Int) -> Y {
        let kinds = ["phone", "callback", "chat", "email", "contact-form", "order-messages", "help-center", "community",
                     "social", "claim", "in-person", "screen-sharing"]
        let sellerProfile = plan.kind == "seller" && plan.partner != nil
        let kind: String
        let id: String
        if sellerProfile {
            kind = ["order-messages", "contact-form", "contact-form", "contact-form"][index]
            id = CorpusGenerator.sellerChannelIDs[index]
        } else {
            kind = index < 3 ? ["chat", "phone", "help-center"][index] : rng.pick(kinds)
            id = "\(kind)-\(index)"
        }
        channelIDs.append(id)
        var pairs: [(String, Y)] = [("id", .plain(id)), ("kind", .plain(kind))]
        if rng.chance(0.85) { pairs.append(("title", text(sentences: 0...0))) }
        var contact: String?
        var hasPhone = false
        if kind == "phone" || (kind == "callback" && rng.chance(0.3)) {
            pairs.append(("phone", rng.chance(0.5) ? .scalar(phoneNumber(), .single) : .plain(phoneNumber())))
            hasPhone = true
        }
        if kind == "email" {
            contact = "mailto"
            pairs.append(("email", .plain(rng.pick(["support", "help", "cs", "care"]) + "@" + rng.pick(domains))))
        }
        if !sellerProfile, kind != "order-messages", rng.chance(0.75) {
            let u = url(rng.pick(["help/contact", "gp/help/customer/display.html", "support", "contact-us", "faq/returns", "cs/chat"]))
            contact = u
            pairs.append(("url", .plain(u)))
        }
        if kind != "phone" && kind != "email" && rng.chance(0.6) {
            pairs.append(("path", .seq((0..<rng.int(2...6)).map { _ in text(sentences: 0...0) })))
        }
        if ["phone", "chat", "callback", "in-person"].contains(kind), rng.chance(0.7) {
            pairs.append(("hours", hours()))
        }
        if rng.chance(0.7) { pairs.append(("languages", .flow(rng.sample(["en", "ko", "ja", "zh", "es", "de"], rng.int(1...3))))) }
        if rng.chance(0.7) { pairs.append(("login_required", .plain(rng.chance(0.6) ? "true" : "false"))) }
        if rng.chance(0.6) { pairs.append(("response_time", text(sentences: 0...0))) }
        pairs.append(("good_for", .flow(rng.sample(["urgent", "complex", "written-record", "evidence", "self-service", "formal-claim"], rng.int(1...3)))))
        if rng.chance(0.7) { pairs.append(("drawbacks", .seq((0..<rng.int(1...3)).map { _ in text(sentences: 1...2) }))) }
        if rng.chance(0.3) { pairs.append(("human_shortcut", text(sentences: 1...2))) }
        if rng.chance(0.5) { pairs.append(("notes", text(sentences: 1...3))) }
        if hasPhone || contact != nil || rng.chance(0.3) {
            let sourceURL = (contact?.hasPrefix("https://") ?? false) && rng.chance(0.7) ? contact : nil
            pairs.append(("source", source(for: sourceURL, phone: hasPhone)))
        }
        if rng.chance(0.1) { pairs.append(("disagreement", text(sentences: 2...4))) }
        return .map(pairs)
    }

    mutating func hours() -> Y {
        if rng.chance(0.3) { return .plain("always") }
        var periods: [Y] = []
        var free = Self.days
        for _ in 0..<rng.int(1...3) where !free.isEmpty {
            let take = rng.int(1...free.count)
            let days = Array(free.prefix(take))
            free.removeFirst(take)
            let open = String(format: "%02d:%02d", rng.int(6...10), rng.pick([0, 30]))
            let close = String(format: "%02d:00", rng.int(17...23))
            if rng.chance(0.5) {
                periods.append(.flowMap([("days", .flow(days)), ("open", .scalar(open, .double)), ("close", .scalar(close, .double))]))
            } else {
                periods.append(.map([("days", .flow(days)), ("open", .scalar(open, .double)), ("close", .scalar(close, .double))]))
            }
        }
        var pairs: [(String, Y)] = [("timezone", .plain(rng.pick(Self.zones))), ("weekly", .seq(periods))]
        if rng.chance(0.2) { pairs.append(("note", text(sentences: 1...1))) }
        return .map(pairs)
    }

    mutating func route(issue: String, soldBy: String) -> Y {
        var pairs: [(String, Y)] = [("issue", .plain(issue))]
        if soldBy != "any" || rng.chance(0.2) { pairs.append(("sold_by", .plain(soldBy))) }
        var steps: [Y] = []
        var parties: [String] = []
        switch plan.kind {
        case "marketplace": parties = soldBy == "third-party" ? ["seller", "merchant"] : ["merchant"]
        case "seller": parties = ["merchant"]
        case "brand": parties = [rng.chance(0.5) ? "brand" : "merchant"]
        default: parties = ["merchant"]
        }
        if rng.chance(0.5) { parties.append(rng.pick(["payment-provider", "consumer-agency", "carrier"])) }
        for party in parties {
            var step: [(String, Y)] = [("party", .plain(party))]
            let ids: [String]
            switch party {
            case "seller": ids = rng.sample(CorpusGenerator.sellerChannelIDs, rng.int(1...2))
            case "merchant", "brand": ids = rng.sample(channelIDs, rng.int(1...min(3, channelIDs.count)))
            default: ids = []
            }
            step.append(("channels", .flow(ids)))
            step.append(("why", text(sentences: 1...2)))
            step.append(("prepare", .flow(rng.sample(vocabulary.preparations, rng.int(1...3)))))
            if rng.chance(0.7) {
                step.append(("template", .plain(!templateIDs.isEmpty && rng.chance(0.3) ? rng.pick(templateIDs) : rng.pick(vocabulary.templates))))
            }
            if party == "seller" || rng.chance(0.1) { step.append(("wait_hours", .plain(String(rng.pick([24, 48, 72]))))) }
            if rng.chance(0.6) { step.append(("if_no_answer", text(sentences: 1...2))) }
            steps.append(.map(step))
        }
        pairs.append(("steps", .seq(steps)))
        if rng.chance(0.4) {
            pairs.append(("deadlines", .seq((0..<rng.int(1...2)).map { d in
                var deadline: [(String, Y)] = [
                    ("id", .plain("\(issue)-\(d)")),
                    ("label", text(sentences: 1...1)),
                    ("from", .plain(rng.pick(["ordered", "delivered", "expected", "first-contact"]))),
                ]
                if rng.chance(0.7) { deadline.append(("days", .plain(String(rng.pick([3, 7, 14, 30, 60, 90]))))) }
                else { deadline.append(("hours", .plain(String(rng.pick([24, 48, 72]))))) }
                deadline.append(("kind", .plain(rng.pick(["opens", "closes"]))))
                // Every deadline has a source (version 2: validate asks for one, as for a channel).
                _ = rng.chance(0.5)
                deadline.append(("source", source(for: nil, phone: false)))
                if rng.chance(0.1) { deadline.append(("disagreement", text(sentences: 2...3))) }
                return .map(deadline)
            })))
        }
        if rng.chance(0.3) { pairs.append(("notes", text(sentences: 1...2))) }
        return .map(pairs)
    }

    mutating func template(_ id: String) -> Y {
        func body(_ rng: inout SplitMix64, _ text: String) -> String {
            text + " {" + rng.pick(ProfileBuilder.placeholders) + "}"
        }
        var pairs: [(String, Y)] = [("id", .plain(id))]
        for field in ["opening", "follow_up", "closing"] where field == "opening" || rng.chance(0.6) {
            let n = rng.int(1...3)
            var langs: [(String, Y)] = [("en", .scalar(body(&rng, Words.english(&rng, sentences: n)), .single))]
            langs.append(("ko", .scalar(body(&rng, Words.korean(&rng, sentences: n)), .single)))
            langs.append(("ja", .scalar(body(&rng, Words.japanese(&rng, sentences: n)), .single)))
            if rng.chance(0.3) { langs.append(("zh", .plain(body(&rng, Words.chinese(&rng, sentences: n))))) }
            pairs.append((field, .map(langs)))
        }
        return .map(pairs)
    }

    mutating func escalation(_ index: Int) -> Y {
        let u = url("help/guarantee")
        var pairs: [(String, Y)] = [
            ("id", .plain("escalation-\(index)")),
            ("name", text(sentences: 0...0)),
            ("party", .plain("merchant")),
            ("url", .plain(u)),
        ]
        if rng.chance(0.7) { pairs.append(("when", text(sentences: 1...3))) }
        if rng.chance(0.6) { pairs.append(("consequence", text(sentences: 1...2))) }
        pairs.append(("source", source(for: u, phone: false)))
        return .map(pairs)
    }
}

/// Word pools for text that looks like the shipped profiles' (mixed ASCII and multi-byte UTF-8).
enum Words {
    static let en = ["order", "refund", "seller", "support", "team", "answers", "within", "business", "days", "request",
                     "return", "label", "photos", "receipt", "account", "sign", "in", "first", "then", "chat", "phone",
                     "message", "the", "a", "your", "for", "with", "after", "before", "delivery", "package", "tracking",
                     "number", "warranty", "repair", "replacement", "agent", "supervisor", "case", "ticket", "email",
                     "reply", "usually", "hours", "weekends", "holidays", "included", "app", "website", "help", "page",
                     "form", "claim", "decision", "store", "credit", "card", "charge", "dispute", "item", "shipped",
                     "by", "and", "or", "not", "only", "can", "may", "must", "is", "are", "you", "it", "they", "we",
                     "keep", "record", "of", "to", "on", "from", "seller's", "Amazon-style", "A-to-z", "guarantee"]
    static let ko = ["주문", "환불", "판매자", "고객센터", "상담원", "배송", "반품", "교환", "영수증", "사진", "계정", "로그인", "채팅",
                     "전화", "메시지", "이메일", "보통", "영업일", "이내", "답변", "요청", "하세요", "합니다", "있습니다", "먼저",
                     "다음", "확인", "신청", "보증", "수리", "기록", "남기세요", "앱에서", "웹사이트", "도움말", "주문번호를",
                     "준비하세요", "판매자에게", "연락하면", "처리합니다", "경우", "마켓플레이스", "결제", "카드사"]
    static let ja = ["注文", "返金", "出品者", "カスタマーサービス", "担当者", "配送", "返品", "交換", "領収書", "写真", "アカウント",
                     "ログイン", "チャット", "電話", "メッセージ", "メール", "通常", "営業日", "以内に", "返信", "依頼",
                     "してください", "します", "できます", "まず", "次に", "確認", "申請", "保証", "修理", "記録", "アプリ",
                     "ウェブサイト", "ヘルプ", "の", "を", "に", "は", "が", "で", "、"]
    static let zh = ["订单", "退款", "卖家", "客服", "配送", "退货", "换货", "账户", "聊天", "电话", "消息", "邮件", "通常",
                     "工作日", "内", "回复", "申请", "保修", "维修", "记录", "应用", "网站", "帮助", "的", "请", "先", "，"]

    /// `sentences` 0 means a short label of 2 to 5 words.
    static func english(_ rng: inout SplitMix64, sentences: Int) -> String {
        if sentences == 0 {
            let words = (0..<rng.int(2...5)).map { _ in rng.pick(en) }
            return words[0].prefix(1).uppercased() + words[0].dropFirst() + " " + words.dropFirst().joined(separator: " ")
        }
        return (0..<sentences).map { _ in
            var words = (0..<rng.int(6...22)).map { _ in rng.pick(en) }
            words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
            if words.count > 8, rng.chance(0.4) { words[rng.int(3...(words.count - 3))] += "," }
            return words.joined(separator: " ") + "."
        }.joined(separator: " ")
    }

    static func korean(_ rng: inout SplitMix64, sentences: Int) -> String {
        if sentences == 0 { return (0..<rng.int(1...3)).map { _ in rng.pick(ko) }.joined(separator: " ") }
        return (0..<sentences).map { _ in (0..<rng.int(5...14)).map { _ in rng.pick(ko) }.joined(separator: " ") + "." }
            .joined(separator: " ")
    }

    static func japanese(_ rng: inout SplitMix64, sentences: Int) -> String {
        if sentences == 0 { return (0..<rng.int(1...3)).map { _ in rng.pick(Array(ja.dropLast(7))) }.joined() }
        return (0..<sentences).map { _ in
            rng.pick(Array(ja.dropLast(7))) + (0..<rng.int(6...18)).map { _ in rng.pick(ja) }.joined() + "。"
        }.joined()
    }

    static func chinese(_ rng: inout SplitMix64, sentences: Int) -> String {
        if sentences == 0 { return (0..<rng.int(1...3)).map { _ in rng.pick(Array(zh.dropLast(4))) }.joined() }
        return (0..<sentences).map { _ in
            rng.pick(Array(zh.dropLast(4))) + (0..<rng.int(6...16)).map { _ in rng.pick(zh) }.joined() + "。"
        }.joined()
    }

    static let hangul = ["아", "마", "존", "라", "쿠", "텐", "샵", "몰", "스", "토", "어", "코", "리", "아", "테", "크", "전", "자"]
    static let katakana = ["ア", "マ", "ゾ", "ン", "ラ", "ク", "テ", "ス", "ト", "ア", "コ", "リ", "ショ", "ップ", "モ", "ル", "デ", "ン"]
    static let hanzi = ["亚", "马", "逊", "乐", "天", "商", "城", "电", "子", "科", "技", "家", "居", "网", "店", "品", "牌"]

    static func hangulName(_ rng: inout SplitMix64) -> String { (0..<rng.int(2...4)).map { _ in rng.pick(hangul) }.joined() }
    static func katakanaName(_ rng: inout SplitMix64) -> String { (0..<rng.int(2...5)).map { _ in rng.pick(katakana) }.joined() }
    static func hanziName(_ rng: inout SplitMix64) -> String { (0..<rng.int(2...4)).map { _ in rng.pick(hanzi) }.joined() }
}

/// Brand names that differ from one another by at least two edits, in four scripts: the code of a profile's
/// ordinal in base 12, four syllables. In Latin each syllable is consonant-vowel-consonant with its own first
/// and its own last consonant, so two names differ in at least two letters and never by one swap of neighbours
/// (no `m`, `r` or `n`: `rn` looks like `m`).
enum DistinctNames {
    static let first: [Character] = ["b", "d", "f", "g", "k", "l", "p", "s", "t", "v", "z", "h"]
    static let last: [Character] = ["d", "f", "g", "k", "l", "p", "s", "t", "v", "z", "h", "b"]
    static let vowels: [Character] = ["a", "e", "i", "o", "u"]
    static let hangulSyllables = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타"]
    static let katakanaSyllables = ["ア", "イ", "ウ", "オ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス", "セ"]
    static let hanziSyllables = ["安", "北", "成", "德", "海", "金", "隆", "明", "宁", "平", "庆", "瑞"]

    static func digits(_ n: Int) -> [Int] { (0..<4).map { (n / Int(pow(12.0, Double(3 - $0)))) % 12 } }

    static func latin(_ n: Int) -> String {
        String(digits(n).enumerated().flatMap { i, d in [first[d], vowels[(d + i) % vowels.count], last[d]] })
    }

    /// The ordinal a Latin name was made from.
    static func ordinal(of name: String) -> Int {
        let letters = Array(name.prefix(12))
        var n = 0
        for i in 0..<4 where i * 3 < letters.count { n = n * 12 + (first.firstIndex(of: letters[i * 3]) ?? 0) }
        return n
    }

    static func hangul(_ n: Int) -> String { digits(n).map { hangulSyllables[$0] }.joined() }
    static func katakana(_ n: Int) -> String { digits(n).map { katakanaSyllables[$0] }.joined() }
    static func hanzi(_ n: Int) -> String { digits(n).map { hanziSyllables[$0] }.joined() }
}
