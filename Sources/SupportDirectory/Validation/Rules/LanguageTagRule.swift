import YAMLDecoding

/// Languages (of channels, storefronts and every text) are well-formed BCP 47 tags with a known primary language.
struct LanguageTagRule: ValidationRule {
    static let id = "language-tag"
    static let description = "Language tags (channel and storefront languages, keys of texts) are BCP 47 tags with a known ISO 639-1 language, in canonical case."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            channels:
              - id: chat
                kind: chat
                languages: [en, ↓kr]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: Shop, ↓zh_CN: 商店}
            domains: [example.com]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]
            storefronts:
              - {domain: example.com, region: US, languages: [↓EN-us]}
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: Shop, ko: 상점, ja: ショップ, zh-Hans: 商店, zh-Hant: 商店}
            domains: [example.com]
            storefronts:
              - {domain: example.com, region: US, languages: [en-US, es-419]}
            channels:
              - id: chat
                kind: chat
                languages: [en, ko, ja, zh, yue]
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        // A file repeats a handful of tags hundreds of times: judge each once. Where a tag sits is
        // worked out only for a finding (a look-up in the node tree is the costly part).
        var verdicts: [String: String?] = [:]
        func check(_ tag: String, _ what: @autoclosure () -> String, at location: () -> SourceLocation) {
            let problem: String?
            if let known = verdicts[tag] {
                problem = known
            } else {
                problem = LanguageTags.problem(with: tag)
                verdicts[tag] = problem
            }
            if let problem {
                findings.append(finding("the language '\(tag)' of \(what()) \(problem)", in: file, at: location()))
            }
        }
        if let profile = file.profile {
            for (i, channel) in profile.channels.enumerated() {
                for (l, tag) in channel.languages.enumerated() {
                    check(tag, "channel '\(channel.id)'") { file.location(of: [PK.channels, Index(i), CK.languages, Index(l)]) }
                }
            }
            for (i, storefront) in profile.storefronts.enumerated() {
                for (l, tag) in storefront.languages.enumerated() {
                    check(tag, "storefront '\(storefront.domain)'") { file.location(of: [PK.storefronts, Index(i), key("languages"), Index(l)]) }
                }
            }
        }
        if let vocabulary = file.vocabulary {
            for (i, issue) in vocabulary.issues.enumerated() {
                for language in issue.synonyms.keys.sorted() {
                    check(language, "the synonyms of issue '\(issue.id)'") {
                        file.node(at: [VK.issues, Index(i), IK.synonyms])?.keyNode(language)?.location
                            ?? file.location(of: [VK.issues, Index(i), IK.synonyms])
                    }
                }
            }
            for language in vocabulary.thirdPartyWords.keys.sorted() {
                check(language, "third_party_words") {
                    file.node(at: [VK.thirdPartyWords])?.keyNode(language)?.location ?? file.location(of: [VK.thirdPartyWords])
                }
            }
        }
        file.forEachLocalizedText { text, path in
            // A plain string reads as 'en', which passes.
            for (language, value) in text.entries {
                // `[Note: a bot answers first.]` is a mapping in YAML: say so when the "language" reads like a word.
                let slip = language.count > 3 || language.contains(" ") || language.first?.isUppercase == true
                check(language, slip ? "a text (if '\(language): \(value)' is meant as text, put it in quotes: \"\(language): \(value)\"; in YAML 'word: ' starts a key)" : "a text") {
                    guard let node = file.node(at: path()), case .mapping = node.kind else { return file.location(of: path()) }
                    return node.keyNode(language)?.location ?? node.location
                }
            }
        }
        return findings
    }
}
