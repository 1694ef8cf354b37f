import Foundation

/// Turns the shopper's words and options into a merchant, a seller and an issue kind,
/// remembering what each came from. It never guesses silently: when the merchant or the
/// issue is missing or ambiguous, the result says so and lists the closest candidates.
///
/// Only the registry's cheap lookups are used (`lookup`, `names(possiblyIn:)`, `profile(id:)`, `members(ofGroup:)`,
/// `vocabulary`), so understanding stays fast however many profiles are installed.
public struct QueryUnderstanding: Sendable {
    public let registry: Registry

    public init(registry: Registry) { self.registry = registry }

    /// Names shorter than this (in folded letters) are ignored in free text: `jp`, `com`. A single Hangul
    /// syllable is a word of its own (SSG is 쓱); a single Han letter or kana is not.
    static let minimumLatinKey = 3
    static let minimumOtherKey = 2
    /// An issue read from one word worth this much or more ("refund") is the request even beside words for
    /// reaching someone ("amazon customer service refund"); a weaker one ("どこにある") yields to them.
    static let strongIssueScore = 12
    static func isHangulSyllable(_ key: String) -> Bool {
        key.unicodeScalars.count == 1 && key.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) }
    }
    /// Merchants offered when the words name several, and storefronts listed in a note: a few, then a count.
    static let candidateLimit = 8
    /// Sellers or brands named in the text whose marketplaces are decoded to tell a marketplace's general seller
    /// profile from a seller of its own; past it, the index alone decides.
    static let sellerDecodeLimit = 16

    /// `a, b, c` or, past ``candidateLimit``, the first ones and how many more (the count in digits, any language).
    static func listed(_ ids: [String]) -> String {
        ids.count <= candidateLimit ? ids.joined(separator: ", ")
            : ids.prefix(candidateLimit).joined(separator: ", ") + " (+\(ids.count - candidateLimit))"
    }

    struct MerchantHit {
        var id: String
        var match: TextMatch
    }

    public func understand(_ request: ResolveRequest) -> Understanding {
        readIssue(request, readBeforeIssue(request))
    }

    /// What `understand` reads before the issue: language, country, order number, seller and merchant. It does not
    /// depend on the request's issue, so one reading serves every issue of the same request.
    ///
    /// ```swift
    /// let before = understanding.understandBeforeIssue(request)          // request.issue unused
    /// let u = understanding.understanding(before, issue: "refund")      // == understand(request with issue "refund")
    /// ```
    public func understandBeforeIssue(_ request: ResolveRequest) -> BeforeIssue { readBeforeIssue(request) }

    /// `understand(request)` for the same request with `issue` given as a vocabulary id, from the reading before the
    /// issue; nil when `issue` is not an id of the vocabulary (then only `understand` reads it, as a synonym or words).
    public func understanding(_ before: BeforeIssue, issue: String) -> Understanding? {
        guard let kind = registry.vocabulary.issue(id: issue.lowercased()) else { return nil }
        var result = before.result
        result.issue = kind.id
        result.issueStatus = .found
        result.facts.append(UnderstoodFact(field: "issue", value: kind.id, source: "option", words: [issue]))
        return named(result)
    }

    /// The reading up to the issue, and what reading the issue from the text needs of it.
    public struct BeforeIssue: Sendable {
        var result: Understanding
        var query: QueryText
        var merchantHits: [MerchantHit]
        var thirdParty: [TextMatch]
    }

    func readBeforeIssue(_ request: ResolveRequest) -> BeforeIssue {
        let localeVar = LocaleEnvironment.locale(in: request.environment)
        let readings = registry.vocabulary.understanding
        // Traditional Han letters read as the simplified forms names are written in (亞馬遜 is 亚马逊).
        // A name run together with other words in a hashtag or handle is set apart (#amazonfail).
        let text = TaggedNames(registry: registry).separated(request.text)
        let query = QueryText(readings.hanVariants.isEmpty ? text
            : String(String.UnicodeScalarView(text.unicodeScalars.map { readings.hanVariants[$0] ?? $0 })))

        // Language: option, then the letters of the text, then the locale, then English.
        let stemmer = EnglishStemmer()
        var language = "en"
        var languageFact = UnderstoodFact(field: "language", value: "en", source: "default")
        let written = LanguageRecogniser(readings: readings).reading(of: request.text)
        var hanUndecided = false
        if let option = request.language, let code = PlanLanguage.supportedCode(option) {
            language = code
            languageFact = UnderstoodFact(field: "language", value: code, source: "option", words: [option])
        } else if let written {
            language = written.language
            hanUndecided = written.undecided
            if hanUndecided, let told = languageOfIssueWords(in: query.original, stemmer: stemmer) {
                // Han letters shared by both languages, but the problem is told in words one of them uses (返品).
                language = told
                hanUndecided = false
            }
            languageFact = UnderstoodFact(field: "language", value: language, source: "script")
        } else if let localeVar, let code = PlanLanguage.supportedCode(localeVar.value) {
            language = code
            languageFact = UnderstoodFact(field: "language", value: code, source: "locale", words: ["\(localeVar.variable)=\(localeVar.value)"])
        }
        var result = Understanding(language: language, timeZone: request.zoneName)
        if request.ignoredCharacters > 0 {
            result.notes.append(PlanStrings.format("note.text_cut", language, String(ResolveRequest.readLimit), String(request.ignoredCharacters)))
        }
        result.facts.append(languageFact)
        if hanUndecided { result.notes.append(PlanStrings.text("note.han_undecided", language)) }

        // Country: option, then the locale's region, then the language's usual country.
        if let option = request.country, !option.isEmpty {
            result.country = option.uppercased()
            result.facts.append(UnderstoodFact(field: "country", value: option.uppercased(), source: "option", words: [option]))
        } else if let localeVar, let region = LocaleEnvironment.region(of: localeVar.value) {
            result.country = region
            result.facts.append(UnderstoodFact(field: "country", value: region, source: "locale", words: ["\(localeVar.variable)=\(localeVar.value)"]))
        } else if let guess = LocaleEnvironment.country(forLanguage: language) {
            result.country = guess
            result.facts.append(UnderstoodFact(field: "country", value: guess, source: "script"))
        }

        // Order number: the option, or one written in the text.
        var orderHint: (merchant: String, number: String)?
        if let number = request.orderNumber {
            result.orderNumber = OrderNumberFormat.normalized(number)
            if let format = OrderNumberFormat.format(of: number) { orderHint = (format.merchant, result.orderNumber!) }
        } else if let found = OrderNumberFormat.find(in: request.text).first {
            result.orderNumber = found.number
            orderHint = (found.format.merchant, found.number)
        }
        if let number = result.orderNumber {
            result.facts.append(UnderstoodFact(
                field: "order_number", value: number, source: request.orderNumber == nil ? "text" : "option", words: [number]))
        }

        // Words for a third-party seller.
        let thirdPartyHits = registry.vocabulary.thirdPartyWords.values.flatMap { $0 }.flatMap { query.find($0) }
        var thirdParty = QueryText.dropContained(thirdPartyHits) { $0 }
        // "the store manager", ショップによって: a seller's word in a phrase that is not about who sold the item.
        let notSeller = (registry.vocabulary.understanding.concepts["not_seller"] ?? []).flatMap { query.find($0) }
        thirdParty.removeAll { hit in notSeller.contains { $0.start < hit.end && hit.start < $0.end } }

        // Merchant names in the text.
        var merchantHits: [MerchantHit] = []
        if request.merchant == nil {
            for (key, id) in registry.names(possiblyIn: query) {
                let isLatin = key.unicodeScalars.allSatisfy(QueryText.isLatin)
                guard key.unicodeScalars.count >= (isLatin ? Self.minimumLatinKey : Self.minimumOtherKey) || Self.isHangulSyllable(key)
                else { continue }
                for m in query.find(folded: key) where !query.startsInsideKatakanaWord(m) { merchantHits.append(MerchantHit(id: id, match: m)) }
            }
            // A longer name swallows a shorter one only when it is spelled at least as exactly: "amazon not" read
            // as a slip of "amazon.com" never hides the exact "amazon".
            // Over the distinct places, not the hits: thousands of profiles may share a name (one place each).
            var places: [TextMatch] = []
            for hit in merchantHits where !places.contains(hit.match) { places.append(hit.match) }
            let swallowed = places.filter { m in places.contains { $0.contains(m) && $0.edits <= m.edits } }
            merchantHits = merchantHits.filter { !swallowed.contains($0.match) }
            merchantHits = withoutSellerDomains(merchantHits)
            // "price" one letter from "prime", "kindly" from "kindle": a word the vocabulary or its example sentences use is
            // meant, not a slip of a name.
            if merchantHits.contains(where: { $0.match.edits > 0 }) {
                let compiled = RecogniserCache.recognisers(for: registry.vocabulary)
                merchantHits.removeAll { $0.match.edits > 0 && (compiled.ordinaryWords.contains($0.match.typed) || compiled.exampleWords.contains($0.match.typed)) }
            }
            // Keep the best hit per place: when two profiles share a name, both stay.
            let bestEdits = merchantHits.map(\.match.edits).min() ?? 0
            merchantHits = merchantHits.filter { $0.match.edits == bestEdits || $0.match.edits == 0 }
        }

        // Seller.
        var sellerFact: UnderstoodFact?
        var sellerProfile: (any MerchantProfile)?
        var sellerName: String?
        var wantsThirdParty = false
        if let option = request.seller, !option.isEmpty {
            let folded = SearchKey.fold(option)
            let isThirdPartyWord = ["thirdparty", "3p", "marketplace", "marketplaceseller"].contains(folded)
                || registry.vocabulary.thirdPartyWords.values.flatMap { $0 }.contains { SearchKey.fold($0) == folded }
            if isThirdPartyWord {
                wantsThirdParty = true
                sellerFact = UnderstoodFact(field: "seller", value: "third-party", source: "option", words: [option])
            } else if let p = registry.lookup(option).first(where: { $0.kind == .seller || $0.kind == .brand }) {
                sellerProfile = p
                sellerFact = UnderstoodFact(field: "seller", value: p.id, source: "option", words: [option])
            } else {
                wantsThirdParty = true
                sellerName = option
                sellerFact = UnderstoodFact(field: "seller", value: "third-party", source: "option", words: [option])
                result.notes.append(PlanStrings.format("note.seller_unknown", language, option))
            }
        }
        // "sold by Amazon", "not a marketplace seller": words for a seller that name the marketplace itself.
        let sellerWords = thirdParty
        thirdParty = thirdParty.filter { !namesMarketplaceItself($0, merchantHits: merchantHits, query: query) }
        // Once the shopper has said the marketplace itself sold it, another word for a seller ("so don't send me to
        // a seller") does not make the order third-party.
        if thirdParty.count < sellerWords.count { thirdParty = [] }
        if sellerFact == nil, let hit = thirdParty.first {
            wantsThirdParty = true
            sellerFact = UnderstoodFact(field: "seller", value: "third-party", source: "text", words: thirdParty.map(\.written),
                                        edits: thirdParty.map(\.edits).reduce(0, +))
            _ = hit
        }

        // Merchant: option, then names in the text, then the order number's shape.
        struct MerchantSource { var id: String; var fact: UnderstoodFact; var storefrontRegion: String? }
        var sources: [MerchantSource] = []
        if let option = request.merchant, !option.isEmpty {
            let found = registry.lookup(option)
            if found.isEmpty {
                result.merchantStatus = .unknown
                result.merchantCandidates = closestMerchants(to: QueryText(option))
                result.facts.append(UnderstoodFact(field: "merchant", value: "?", source: "option", words: [option]))
            }
            for p in found {
                sources.append(MerchantSource(id: p.id, fact: UnderstoodFact(field: "merchant", value: p.id, source: "option", words: [option]),
                                              storefrontRegion: storefrontRegion(of: p, key: SearchKey.fold(option))))
            }
        } else {
            for hit in merchantHits {
                // From the index: thousands of profiles may share a name, and deciding needs none of them decoded.
                guard registry.entry(id: hit.id) != nil else { continue }
                // A storefront domain is written with separators (amazon.co.jp, amazon co jp): only then is the
                // profile decoded to find the storefront's region.
                let region = hit.match.written.contains { !$0.isLetter && !$0.isNumber }
                    ? registry.profile(id: hit.id).flatMap { storefrontRegion(of: $0, key: SearchKey.fold(hit.match.phrase)) } : nil
                sources.append(MerchantSource(
                    id: hit.id,
                    fact: UnderstoodFact(field: "merchant", value: hit.id, source: "text", words: [hit.match.written], edits: hit.match.edits),
                    storefrontRegion: region))
            }
        }

        // Sellers and brands found as merchants name their marketplace.
        var marketplaceIDs: [(id: String, fact: UnderstoodFact, region: String?)] = []
        var sellersDecoded = 0
        for source in sources {
            guard let e = registry.entry(id: source.id) else { continue }
            switch e.kind {
            case .marketplace, .retailer:
                marketplaceIDs.append((e.id, source.fact, source.storefrontRegion))
            case .seller, .brand:
                // Whether it is a marketplace's general seller profile needs the marketplaces decoded; once a seller
                // of its own is found nothing here changes the outcome, so later ones are read from the index only.
                let marketEntries = e.sellsOn.compactMap { registry.entry(id: $0) }
                if sellerProfile == nil, sellersDecoded < Self.sellerDecodeLimit, let p = registry.profile(id: e.id) {
                    sellersDecoded += 1
                    let markets = marketEntries.compactMap(\.profile)
                    if markets.contains(where: { $0.thirdParty?.sellerProfile == p.id }) {
                        // A marketplace's general seller profile: "a third-party seller on X".
                        wantsThirdParty = true
                        if sellerFact == nil {
                            sellerFact = UnderstoodFact(field: "seller", value: "third-party", source: source.fact.source,
                                                        words: source.fact.words, edits: source.fact.edits)
                        }
                    } else if sellerProfile == nil {
                        sellerProfile = p
                        sellerFact = UnderstoodFact(field: "seller", value: p.id, source: source.fact.source,
                                                    words: source.fact.words, edits: source.fact.edits)
                    }
                }
                // A seller trades only on its marketplaces, so naming it names the marketplace; a brand also sells
                // on its own, so naming it says nothing about where it was bought.
                let groups = Set(marketEntries.map { $0.group ?? $0.id })
                if e.kind == .seller, groups.count == 1, let first = marketEntries.first {
                    var fact = source.fact
                    fact.value = first.id
                    fact.source = "sells-on"
                    fact.words = [e.id]
                    fact.edits = 0
                    marketplaceIDs.append((first.id, fact, source.storefrontRegion))
                }
            }
        }
        if marketplaceIDs.isEmpty, request.merchant == nil, let orderHint {
            for p in registry.lookup(orderHint.merchant) where p.kind == .marketplace || p.kind == .retailer {
                marketplaceIDs.append((p.id, UnderstoodFact(field: "merchant", value: p.id, source: "order-number", words: [orderHint.number]), nil))
            }
        } else if let orderHint, let first = marketplaceIDs.first,
                  let p = registry.profile(id: first.id), (p.group ?? p.id) != orderHint.merchant, p.id != orderHint.merchant {
            result.notes.append(PlanStrings.format("note.order_conflict", language, orderHint.number, orderHint.merchant, p.id))
        }

        // One group of profiles -> one merchant; pick the member by storefront or country.
        var byGroup: [String: [(id: String, fact: UnderstoodFact, region: String?)]] = [:]
        var groupOrder: [String] = []
        for m in marketplaceIDs {
            let g = registry.entry(id: m.id)?.group ?? m.id
            if byGroup[g] == nil { groupOrder.append(g) }
            byGroup[g, default: []].append(m)
        }
        if groupOrder.count == 1, let g = groupOrder.first, let members = byGroup[g] {
            let chosen = chooseGroupMember(group: g, found: members, country: result.country)
            result.merchant = chosen.id
            result.merchantStatus = .found
            var fact = chosen.fact
            fact.value = chosen.id
            result.facts.append(fact)
            if let why = chosen.why { result.notes.append(why(language)) }
        } else if groupOrder.count > 1 {
            result.merchantStatus = .ambiguous
            // A few candidates, decoded for their names; the rest counted (thousands of profiles may share a name).
            result.merchantCandidates = groupOrder.prefix(Self.candidateLimit).compactMap { g in
                byGroup[g]?.first.flatMap { m in registry.profile(id: m.id).map { Candidate(id: $0.id, name: $0.names.text(for: language), matched: m.fact.words.first) } }
            }
            if groupOrder.count > Self.candidateLimit {
                result.notes.append(PlanStrings.format("note.more_candidates", language, String(groupOrder.count - Self.candidateLimit)))
            }
        } else if let brand = sellerProfile {
            // A brand or seller on several marketplaces, none named: plan with its own support.
            result.merchant = brand.id
            result.merchantStatus = .found
            result.facts.append(UnderstoodFact(field: "merchant", value: brand.id, source: sellerFact?.source ?? "text", words: sellerFact?.words ?? []))
            result.notes.append(PlanStrings.format("note.marketplace_missing", language, brand.names.text(for: language)))
        } else if result.merchantCandidates.isEmpty {
            result.merchantStatus = .unknown
            // A word for a seller (판매자, 卖家) is no slip of a merchant's name: "did you mean" looks at the rest, so
            // "지마켓 판매자" is not offered Amazon's or eBay's sellers for sharing 판매.
            result.merchantCandidates = closestMerchants(to: sellerWords.isEmpty ? query : QueryText(Self.masking(sellerWords, in: query.original)))
        }

        // The seller, now that the marketplace is known.
        if let p = sellerProfile {
            result.seller = .profile(id: p.id, kind: p.kind)
            if let sellerFact { result.facts.append(sellerFact) }
            if let m = result.merchant, m != p.id, !p.sellsOn.contains(m) {
                result.notes.append(PlanStrings.format("note.seller_not_on", language, p.names.text(for: language), m))
            }
        } else if wantsThirdParty {
            let general = result.merchant.flatMap { registry.profile(id: $0)?.thirdParty?.sellerProfile }
            result.seller = .thirdParty(profile: general, name: sellerName)
            if var sellerFact { sellerFact.value = "third-party"; result.facts.append(sellerFact) }
        }

        return BeforeIssue(result: result, query: query, merchantHits: merchantHits, thirdParty: thirdParty)
    }

    func readIssue(_ request: ResolveRequest, _ before: BeforeIssue) -> Understanding {
        var result = before.result
        let query = before.query, merchantHits = before.merchantHits, thirdParty = before.thirdParty
        let language = result.language
        let readings = registry.vocabulary.understanding
        let stemmer = EnglishStemmer()
        // Issue: option (an id or any synonym), else the text.
        let issueQuery: QueryText
        var issueSource = "text"
        if let option = request.issue, !option.isEmpty {
            if let read = understanding(before, issue: option) { return read }
            issueQuery = QueryText(option)
            issueSource = "option"
        } else {
            issueQuery = query
        }
        let taken = merchantHits.map(\.match) + thirdParty
        let compiled = RecogniserCache.recognisers(for: registry.vocabulary)
        let issueText = ShopperText(issueSource == "option" ? issueQuery.original : Self.issueWords(of: request, before, compiled: compiled),
                                    readings: readings, stemmer: stemmer, exactWords: compiled.ordinaryWords)
        let recogniser = compiled.issues
        // Read once: it decides between a weak issue and a wish to reach someone, and stands alone when no issue is read.
        var contact = compiled.contact.reading(in: issueText)
        // A fault of a way in ("the chat isn't working", 窓口に繋がらない) is not the order's problem: the wish is
        // to reach a person another way.
        var issueReadings = recogniser.readings(in: issueText)
        let channelFaults = issueReadings.filter { ContactRecogniser.faultKinds.contains($0.issue) }
            .compactMap { r in compiled.contact.channel(before: r.match, in: issueText).map { (r, $0) } }
        if let (_, way) = channelFaults.first {
            issueReadings.removeAll { r in channelFaults.contains { $0.0.issue == r.issue } }
            if contact == nil { contact = way }
        }
        // A reply that has not come, what the shopper has not done, a wish told as one: see IssueAsides.
        let revision = compiled.asides.revise(issueReadings, in: issueText, recogniser: recogniser)
        issueReadings = revision.readings
        if contact == nil { contact = revision.awaitedReply }
        func noteContact(_ m: PhraseMatch) {
            result.intent = .contact
            result.facts.append(UnderstoodFact(field: "intent", value: "contact", source: issueSource, words: [m.written],
                                               edits: m.edits, score: m.score))
        }
        func candidate(_ id: String, _ matched: String?, _ score: Int? = nil) -> Candidate {
            Candidate(id: id, name: registry.vocabulary.issue(id: id)?.names.text(for: language) ?? id, matched: matched, score: score)
        }
        let decision = recogniser.decide(issueReadings, toldAsWish: revision.wishes)
        // The examples doubt or fill in only where the phrases read an issue or nothing at all (no wish to reach someone).
        let namesMerchantAlone = result.merchantStatus == .found && request.issue == nil && compiled.contact.saysNothingElse(issueText)
        let contactOutweighs: Bool
        if case let .found(top, _) = decision {
            contactOutweighs = top.match.parts == 1 && top.score < Self.strongIssueScore
                && (contact.map { !$0.overlaps(top.match) && ($0.score > top.score || compiled.examples.allButSureOfContact(issueText)) } ?? false)
        } else {
            contactOutweighs = false
        }
        // An answer that has not come is a wish to reach someone only where nothing else is read, the examples included.
        let unanswered = contact == nil ? compiled.contact.unansweredReading(in: issueText) : nil
        let review = issueSource == "text" && !contactOutweighs
            ? compiled.examples.review(decision, text: issueText, readsSilence: contact == nil && !namesMerchantAlone && revision.notDone.isEmpty)
            : .phrase(decision)
        func found(_ top: IssueRecogniser.Reading, others: [IssueRecogniser.Reading]) {
            result.issue = top.issue
            result.issueStatus = .found
            result.facts.append(UnderstoodFact(field: "issue", value: top.issue, source: issueSource, words: [top.match.written],
                                               edits: top.match.edits, score: top.score))
            if !others.isEmpty {
                let names = others.map { registry.vocabulary.issue(id: $0.issue)?.names.text(for: language) ?? $0.issue }
                result.notes.append(PlanStrings.format("note.other_issues", language, names.joined(separator: ", "), top.issue))
            }
        }
        func likened(_ guess: ExampleRecogniser.Guess) {
            let like = compiled.examples.nearestExample(of: guess.kind, to: issueText)
            let fact = UnderstoodFact(field: guess.kind == ExampleRecogniser.contact ? "intent" : "issue", value: guess.kind,
                                      source: "examples", words: like.map { [$0] } ?? [], score: Int((guess.confidence * 100).rounded()))
            result.facts.append(fact)
            if guess.kind == ExampleRecogniser.contact {
                result.intent = .contact
                result.issueStatus = .unknown
            } else {
                result.issue = guess.kind
                result.issueStatus = .found
            }
        }
        switch review {
        case .phrase(.found) where contactOutweighs:
            // "楽天の問い合わせ窓口ってどこにあるの": asking where to reach someone outweighs a stray word of an issue.
            result.issueStatus = .unknown
            noteContact(contact!)
        case let .phrase(.found(top, others)):
            found(top, others: others)
        case let .settled(top, others, _):
            found(top, others: others)
        case let .doubted(top, likelier):
            // The words name one kind, the sentence reads like another: ask.
            result.issueStatus = .ambiguous
            result.issueCandidates = [candidate(top.issue, top.match.written, top.score), candidate(likelier.kind, nil)]
        case let .phrase(.ambiguous(close)):
            result.issueStatus = .ambiguous
            result.issueCandidates = close.map { candidate($0.issue, $0.match.written, $0.score) }
        case let .outweighed(top, guess):
            // The words name one kind, the whole sentence is all but certainly another: read that, mention the first.
            likened(guess)
            let name = registry.vocabulary.issue(id: top.issue)?.names.text(for: language) ?? top.issue
            result.notes.append(PlanStrings.format("note.other_issues", language, name, guess.kind))
        case let .likened(guess):
            likened(guess)
        case .phrase(.none):
            result.issueStatus = .unknown
            if let contact = contact ?? unanswered {
                noteContact(contact)
                break
            }
            if namesMerchantAlone {
                // A merchant named with nothing else ("amazon", "아마존 좀"): the wish is to reach it.
                result.intent = .contact
                result.facts.append(UnderstoodFact(field: "intent", value: "contact", source: "default"))
                break
            }
            let used = Set(taken.map(\.typed))
            let likeliest = issueSource == "text" ? compiled.examples.likeliestIssues(for: issueText).map { candidate($0.kind, nil) } : []
            let closest = closestIssues(to: issueQuery, ignoring: used).map { candidate($0.id, $0.matched) }
            result.issueCandidates = Array((likeliest + closest.filter { c in !likeliest.contains { $0.id == c.id } }).prefix(5))
            if result.issueCandidates.isEmpty {
                // Nothing close: every kind is a candidate, so the shopper can pick one.
                result.issueCandidates = registry.vocabulary.issues.map { candidate($0.id, nil) }
            }
        }
        return named(result)
    }

    /// The shopper's text with the merchants and sellers found in it blanked out: what the issue is read from.
    /// A merchant's name that is also a word for an issue stays readable for the issue: "prime" names Amazon and a
    /// subscription (only names that are not a merchant's id: a synonym folding to "walmart" must not keep every
    /// Walmart readable).
    static func issueWords(of request: ResolveRequest, _ before: BeforeIssue, compiled: RecogniserCache.Compiled) -> String {
        let taken = before.merchantHits.map(\.match) + before.thirdParty
        let issueNames = compiled.issueWords.subtracting(before.merchantHits.map { SearchKey.fold($0.id) })
        return masking(taken, in: before.query.original, shown: request.text, keeping: issueNames)
    }

    /// Adds display names to the merchant, seller and issue facts.
    func named(_ understanding: Understanding) -> Understanding {
        var result = understanding
        let language = result.language
        for i in result.facts.indices {
            let f = result.facts[i]
            switch f.field {
            case "merchant", "seller": result.facts[i].name = registry.profile(id: f.value)?.names.text(for: language)
            case "issue": result.facts[i].name = registry.vocabulary.issue(id: f.value)?.names.text(for: language)
            case "intent": result.facts[i].name = PlanStrings.text("f.contact", language)
            default: break
            }
        }
        return result
    }

    /// The text with the names of merchants and sellers found in it blanked out, so that the issue is read
    /// from the other words (a shop called "Fast Refund" says nothing about a refund).
    /// `read` is the text as matched (Han variants mapped, scalar for scalar); the blanks are made in `shown`,
    /// the text as written, so that quotes keep the shopper's letters (担当者と話, not 担当者と话).
    static func masking(_ matches: [TextMatch], in read: String, shown: String? = nil, keeping issueWords: Set<String> = []) -> String {
        var mapped = Array(SearchKey.normalize(read).unicodeScalars)
        var written = Array(SearchKey.normalize(shown ?? read).unicodeScalars)
        if written.count != mapped.count { written = mapped }
        for m in matches.sorted(by: { $0.written.count > $1.written.count }) where !m.written.isEmpty && !issueWords.contains(m.typed) {
            let needle = Array(SearchKey.normalize(m.written).unicodeScalars)
            guard !needle.isEmpty, needle.count <= mapped.count else { continue }
            for start in 0...(mapped.count - needle.count) where Array(mapped[start..<(start + needle.count)]) == needle {
                mapped.replaceSubrange(start..<(start + needle.count), with: [" "])
                written.replaceSubrange(start..<(start + needle.count), with: [" "])
                break
            }
        }
        return String(String.UnicodeScalarView(written))
    }

    /// A seller word that speaks of the marketplace itself: right before a marketplace's name (`sold by Amazon`,
    /// `shipped by walmart`), or negated (`not a marketplace seller`).
    func namesMarketplaceItself(_ word: TextMatch, merchantHits: [MerchantHit], query: QueryText) -> Bool {
        let before = query.folded.unicodeScalars.prefix(word.start)
        // "not a marketplace seller", "not some random seller": a "not" or "no" within the few letters before.
        let tail = String(String.UnicodeScalarView(before.suffix(14)))
        if tail.contains("not") || tail.hasSuffix("no") { return true }
        return merchantHits.contains { hit in
            (0...1).contains(hit.match.start - word.end)
                && registry.entry(id: hit.id).map { $0.kind == .marketplace || $0.kind == .retailer } ?? false
        }
    }

    /// The language whose vocabulary words the text's best issue reading uses, when it is Japanese or Chinese.
    func languageOfIssueWords(in text: String, stemmer: EnglishStemmer) -> String? {
        let compiled = RecogniserCache.recognisers(for: registry.vocabulary)
        let recogniser = compiled.issues
        let readings = recogniser.readings(in: ShopperText(text, readings: registry.vocabulary.understanding, stemmer: stemmer,
                                                           exactWords: compiled.ordinaryWords))
        guard let top = readings.first, let lang = recogniser.languages[top.match.phrase], lang == "ja" || lang == "zh" else { return nil }
        return lang
    }

    /// Drops a name found only as a domain of a marketplace's seller profile (amazon.com is a storefront, and
    /// says nothing about who sold the item), when a storefront was found in the same place.
    func withoutSellerDomains(_ hits: [MerchantHit]) -> [MerchantHit] {
        hits.filter { hit in
            // Kinds from the index; a domain is written with separators, so only then is the profile decoded
            // (thousands of profiles may share a plain name).
            guard let e = registry.entry(id: hit.id), e.kind == .seller || e.kind == .brand,
                  hit.match.written.contains(where: { !$0.isLetter && !$0.isNumber }),
                  let p = registry.profile(id: hit.id) else { return true }
            let key = SearchKey.fold(hit.match.phrase)
            guard p.domains.contains(where: { SearchKey.fold($0) == key }) else { return true }
            return !hits.contains { other in
                other.id != hit.id && other.match.start == hit.match.start
                    && registry.entry(id: other.id).map { $0.kind == .marketplace || $0.kind == .retailer } ?? false
            }
        }
    }

    /// When the text named a storefront domain (`amazon.co.jp`), its region.
    func storefrontRegion(of profile: any MerchantProfile, key: String) -> String? {
        profile.storefronts.first { SearchKey.fold($0.domain) == key }?.region
    }

    /// The member of a group for this shopper: a typed storefront, else the country, else the
    /// member whose id is the group's name.
    func chooseGroupMember(group: String, found: [(id: String, fact: UnderstoodFact, region: String?)], country: String?)
        -> (id: String, fact: UnderstoodFact, why: (@Sendable (String) -> String)?)
    {
        let members = groupMembers(group, including: found.map(\.id))
        let fact = found[0].fact
        if let region = found.compactMap(\.region).first,
           let m = members.first(where: { $0.regions.contains(region) || $0.storefronts.contains { $0.region == region } }) {
            return (m.id, fact, nil)
        }
        if members.count > 1 {
            let others = members.map(\.id)
            // A storefront named by a name of its own ("영국 아마존", "德国亚马逊", "イギリスのAmazon"): what the
            // shopper wrote beats the country's storefront and the group's default. The group's own name beside it
            // ("일본 아마존에서 아마존이 직접 판매하는") takes nothing away from it.
            let named = Set(found.map(\.id)).subtracting([group])
            if named.count == 1, let id = named.first, members.contains(where: { $0.id == id }) {
                return (id, found.first { $0.id == id }?.fact ?? fact, nil)
            }
            if let country, let m = members.first(where: { $0.regions.contains(country) }) {
                let rest = Self.listed(others.filter { $0 != m.id })
                return (m.id, fact, { PlanStrings.format("note.group_country", $0, m.id, country, rest) })
            }
            let m = members.first { $0.id == group } ?? members[0]
            let rest = Self.listed(others.filter { $0 != m.id })
            if let country {
                return (m.id, fact, { PlanStrings.format("note.group_default", $0, m.id, country, rest) })
            }
            return (m.id, fact, { PlanStrings.format("note.group_no_country", $0, m.id, rest) })
        }
        if found.count == 1 || Set(found.map(\.id)).count == 1 { return (found[0].id, fact, nil) }
        return (members.first?.id ?? found[0].id, fact, nil)
    }

    /// The storefront profiles of `group` (marketplaces and retailers): the registry's members of the
    /// group, plus any found in the text that belong to it.
    func groupMembers(_ group: String, including ids: [String]) -> [any MerchantProfile] {
        var seen = Set<String>()
        var result: [any MerchantProfile] = []
        let found = ids.compactMap { registry.profile(id: $0) }
        for p in found + registry.members(ofGroup: group) where seen.insert(p.id).inserted {
            if (p.group ?? p.id) == group, p.kind == .marketplace || p.kind == .retailer {
                result.append(p)
            }
        }
        return result.sorted { ($0.id == group ? 0 : 1, $0.id) < ($1.id == group ? 0 : 1, $1.id) }
    }

    /// Merchants spelled most like the words of `query` (up to five).
    public func closestMerchants(to query: QueryText, limit: Int = 5) -> [Candidate] {
        var best: [String: (distance: Int, word: String)] = [:]
        let words = query.words.filter { $0.count >= 3 }
        // Nothing typed (`--issue refund` alone, the site's general plans): no name to compare, and no need to go
        // through every name of the directory to find that out.
        guard !words.isEmpty || query.folded.unicodeScalars.count >= 2 else { return [] }
        for (key, id) in registry.lookupTable {
            // A slip is one edit in a name of up to four letters, two up to seven, three beyond, and never more than
            // half the word typed ("and" is not a slip of "ali", nor "way" of "ebay").
            let slips = key.count <= 4 ? 1 : key.count <= 7 ? 2 : 3
            for word in words {
                let allowed = min(slips, max(1, word.count / 2))
                let d = SearchKey.distance(word, key, limit: max(allowed, 1))
                let prefix = key.hasPrefix(word) || word.hasPrefix(key)
                let score = prefix ? min(d, 1) : d
                guard score <= allowed else { continue }
                if best[id].map({ score < $0.distance }) ?? true { best[id] = (score, word) }
            }
            // Non-Latin text: any shared run of two letters is worth showing.
            if !key.unicodeScalars.allSatisfy(QueryText.isLatin), key.count >= 2 {
                let k = Array(key)
                for i in 0..<(k.count - 1) where !k[i].isASCII && !k[i + 1].isASCII && query.folded.contains(String(k[i...(i + 1)])) {
                    if best[id] == nil { best[id] = (3, String(k[i...(i + 1)])) }
                }
            }
        }
        return best.sorted { ($0.value.distance, $0.key) < ($1.value.distance, $1.key) }
            .prefix(limit)
            .compactMap { id, v in registry.profile(id: id).map { Candidate(id: id, name: $0.names.text(for: "en"), matched: v.word) } }
    }

    /// Issue kinds whose words look most like the text (up to five).
    func closestIssues(to query: QueryText, ignoring used: Set<String> = [], limit: Int = 5) -> [(id: String, matched: String?)] {
        var best: [String: (Int, String)] = [:]
        let words = query.words.filter { $0.count >= 3 && !used.contains($0) }
        for kind in registry.vocabulary.issues {
            let phrases = [kind.id] + kind.synonyms.values.flatMap { $0 }
            for phrase in phrases {
                for piece in SearchKey.words(phrase) where piece.count >= 3 {
                    for word in words {
                        let allowed = max(1, QueryText.allowedEdits(forLength: min(word.count, piece.count)))
                        let d = SearchKey.distance(word, piece, limit: allowed)
                        if d <= allowed, best[kind.id].map({ d < $0.0 }) ?? true { best[kind.id] = (d, word) }
                    }
                }
            }
        }
        return best.sorted { ($0.value.0, $0.key) < ($1.value.0, $1.key) }.prefix(limit).map { ($0.key, $0.value.1) }
    }
}
