/// Shared data every profile draws on: issue kinds and their synonyms, what to
/// prepare, default message templates, general tips, and escalation outside
/// the merchant per country.
///
/// Lives in `Merchants/_vocabulary/*.yaml`; every file may hold any section, and
/// the sections of all files (and of plug-in folders) are merged, so adding a
/// synonym never touches Swift.
public struct Vocabulary: Codable, Sendable, Hashable {
    public var issues: [IssueKind]
    public var preparations: [Preparation]
    /// Words that mean "a third-party seller", per language.
    public var thirdPartyWords: [String: [String]]
    public var templates: [MessageTemplate]
    public var tips: [LocalizedText]
    public var countries: [CountryEscalation]
    /// What the recognisers read text with: concepts, contact phrases, Han variants (``TextReadings``).
    public var understanding: TextReadings = TextReadings()
    /// Parts every profile may name (`source: ID`, `{text: ID}`, step and deadline ids) when it has none with
    /// that id: facts truly shared between merchants, such as an agency's intake or a card-dispute rule.
    public var sources: [NamedSource] = []
    public var texts: [NamedText] = []
    public var steps: [RouteStep] = []
    public var deadlines: [Deadline] = []
    /// Issue id (or `contact`, `none`) -> sentences shoppers wrote about it, in any language: the
    /// examples ``ExampleRecogniser`` learns from (`examples:` in `_vocabulary/examples-*.yaml`).
    public var examples: [String: [String]] = [:]

    /// The shared parts, as the profile decoder takes them.
    public var parts: ProfileParts { ProfileParts(sources: sources, texts: texts, steps: steps, deadlines: deadlines) }

    public init(issues: [IssueKind] = [], preparations: [Preparation] = [], thirdPartyWords: [String: [String]] = [:],
                templates: [MessageTemplate] = [], tips: [LocalizedText] = [], countries: [CountryEscalation] = []) {
        self.issues = issues
        self.preparations = preparations
        self.thirdPartyWords = thirdPartyWords
        self.templates = templates
        self.tips = tips
        self.countries = countries
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case issues, preparations, thirdPartyWords = "third_party_words", templates, tips, countries
        case sources, texts, steps, deadlines, understanding, examples
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        issues = try c.decodeIfPresent([IssueKind].self, forKey: .issues) ?? []
        preparations = try c.decodeIfPresent([Preparation].self, forKey: .preparations) ?? []
        thirdPartyWords = try c.decodeIfPresent([String: [String]].self, forKey: .thirdPartyWords) ?? [:]
        templates = try c.decodeIfPresent([MessageTemplate].self, forKey: .templates) ?? []
        tips = try c.decodeIfPresent([LocalizedText].self, forKey: .tips) ?? []
        countries = try c.decodeIfPresent([CountryEscalation].self, forKey: .countries) ?? []
        sources = try c.decodeIfPresent([NamedSource].self, forKey: .sources) ?? []
        texts = try c.decodeIfPresent([NamedText].self, forKey: .texts) ?? []
        steps = try c.decodeIfPresent([RouteStep].self, forKey: .steps) ?? []
        deadlines = try c.decodeIfPresent([Deadline].self, forKey: .deadlines) ?? []
        understanding = try c.decodeIfPresent(TextReadings.self, forKey: .understanding) ?? TextReadings()
        examples = try c.decodeIfPresent([String: [String]].self, forKey: .examples) ?? [:]
    }

    /// Adds another file's sections; later entries with an existing id extend (synonyms) or are ignored.
    public mutating func merge(_ other: Vocabulary) {
        for issue in other.issues {
            if let i = issues.firstIndex(where: { $0.id == issue.id }) {
                for (lang, words) in issue.synonyms { issues[i].synonyms[lang, default: []].append(contentsOf: words) }
            } else {
                issues.append(issue)
            }
        }
        for prep in other.preparations where !preparations.contains(where: { $0.id == prep.id }) { preparations.append(prep) }
        for (lang, words) in other.thirdPartyWords { thirdPartyWords[lang, default: []].append(contentsOf: words) }
        for t in other.templates where !templates.contains(where: { $0.id == t.id }) { templates.append(t) }
        tips.append(contentsOf: other.tips)
        for part in other.sources where !sources.contains(where: { $0.id == part.id }) { sources.append(part) }
        for part in other.texts where !texts.contains(where: { $0.id == part.id }) { texts.append(part) }
        for part in other.steps where !steps.contains(where: { $0.id == part.id }) { steps.append(part) }
        for part in other.deadlines where !deadlines.contains(where: { $0.id == part.id }) { deadlines.append(part) }
        understanding.merge(other.understanding)
        for (kind, sentences) in other.examples { examples[kind, default: []].append(contentsOf: sentences) }
        for country in other.countries {
            if let i = countries.firstIndex(where: { $0.country == country.country }) {
                countries[i].steps.append(contentsOf: country.steps)
            } else {
                countries.append(country)
            }
        }
    }

    public func issue(id: String) -> IssueKind? { issues.first { $0.id == id } }
    public func preparation(id: String) -> Preparation? { preparations.first { $0.id == id } }
    public func template(id: String) -> MessageTemplate? { templates.first { $0.id == id } }
    public func escalation(country: String) -> CountryEscalation? {
        countries.first { $0.country.caseInsensitiveCompare(country) == .orderedSame }
    }
}

/// One kind of problem with an order, and the words people use for it.
public struct IssueKind: Codable, Sendable, Hashable {
    public var id: String
    public var names: LocalizedText
    /// Language -> words and phrases that mean this issue.
    public var synonyms: [String: [String]]
    /// Needs an answer fast (phone or chat first).
    public var urgent: Bool
    /// Needs a written trail (chat, email or in-order messages first).
    public var needsRecord: Bool
    /// Says what the shopper wants (a refund, a return) rather than what went wrong: when a problem
    /// kind is found in the same words, the problem's plan is given (`wish: true`).
    public var wish: Bool = false
    /// Kinds this one wins over when both are read in the same words, whatever their scores: a text
    /// *claiming* an account is locked is a suspicious message, not account access (`outranks: [account-access]`).
    public var outranks: [String] = []
    /// Preparation ids every plan for this issue asks for.
    public var prepare: [String]
    /// The outcome to ask for, used for the `{outcome}` placeholder.
    public var outcome: LocalizedText?
    /// The default template id for this issue.
    public var template: String?

    public init(id: String, names: LocalizedText, synonyms: [String: [String]] = [:], urgent: Bool = false,
                needsRecord: Bool = false, prepare: [String] = [], outcome: LocalizedText? = nil, template: String? = nil) {
        self.id = id
        self.names = names
        self.synonyms = synonyms
        self.urgent = urgent
        self.needsRecord = needsRecord
        self.prepare = prepare
        self.outcome = outcome
        self.template = template
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, names, synonyms, urgent, needsRecord = "needs_record", prepare, outcome, template, wish, outranks
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        names = try c.decode(LocalizedText.self, forKey: .names)
        synonyms = try c.decodeIfPresent([String: [String]].self, forKey: .synonyms) ?? [:]
        urgent = try c.decodeIfPresent(Bool.self, forKey: .urgent) ?? false
        needsRecord = try c.decodeIfPresent(Bool.self, forKey: .needsRecord) ?? false
        wish = try c.decodeIfPresent(Bool.self, forKey: .wish) ?? false
        outranks = try c.decodeIfPresent([String].self, forKey: .outranks) ?? []
        prepare = try c.decodeIfPresent([String].self, forKey: .prepare) ?? []
        outcome = try c.decodeIfPresent(LocalizedText.self, forKey: .outcome)
        template = try c.decodeIfPresent(String.self, forKey: .template)
    }
}

/// Something to have ready before contacting support.
public struct Preparation: Codable, Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
}

/// The ladder outside the merchant in one country.
public struct CountryEscalation: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var steps: [EscalationStep]
}
