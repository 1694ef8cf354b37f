/// Finds merchants and issue kinds from a few words in any language, forgiving typos.
///
/// Uses only the registry's lookup table and vocabulary, like the resolver.
public struct DirectorySearch: Sendable {
    public struct Hit: Sendable, Codable, Hashable {
        /// `merchant` or `issue`.
        public var type: String
        public var id: String
        public var name: String
        /// What matched (the alias, name or synonym), folded.
        public var matched: String
        /// Typing slips forgiven; `exact` when none.
        public var edits: Int
        /// True when the match was only a similar spelling, not a name in the text.
        public var approximate: Bool
    }

    public let registry: Registry

    public init(registry: Registry) { self.registry = registry }

    /// The characters of the text searched, as many as `resolve` reads (``ResolveRequest/readLimit``): the work of
    /// matching neighbouring words grows much faster than the text, and a name is found in its first lines.
    public static let readLimit = ResolveRequest.readLimit

    /// Merchants first, then issues; within each, exact before forgiving, longer matches first. Only the first
    /// ``readLimit`` characters of `text` are searched.
    public func search(_ text: String, language: String = "en") -> [Hit] {
        let query = QueryText(String(text.prefix(Self.readLimit)))
        var merchants: [String: (TextMatch, Int)] = [:]
        for (key, id) in registry.names(possiblyIn: query) where key.unicodeScalars.count >= 2 {
            for m in query.find(key) {
                let score = m.length * 10 - m.edits * 6
                if merchants[id].map({ score > $0.1 }) ?? true { merchants[id] = (m, score) }
            }
        }
        var hits: [Hit] = merchants.sorted { ($0.value.1, $1.key) > ($1.value.1, $0.key) }.compactMap { id, v in
            registry.profile(id: id).map {
                Hit(type: "merchant", id: id, name: TerminalText.sanitize($0.names.text(for: language)), matched: v.0.phrase,
                    edits: v.0.edits, approximate: false)
            }
        }
        if merchants.isEmpty {
            for c in QueryUnderstanding(registry: registry).closestMerchants(to: query, limit: 3) {
                let name = registry.profile(id: c.id)?.names.text(for: language) ?? c.name
                hits.append(Hit(type: "merchant", id: c.id, name: TerminalText.sanitize(name), matched: c.matched ?? "", edits: 0, approximate: true))
            }
        }
        var issues: [String: (TextMatch, Int)] = [:]
        for kind in registry.vocabulary.issues {
            let phrases = [kind.id] + kind.names.allTexts + kind.synonyms.keys.sorted().flatMap { kind.synonyms[$0] ?? [] }
            for phrase in phrases {
                for m in query.find(phrase) {
                    let score = m.length * 10 - m.edits * 6
                    if issues[kind.id].map({ score > $0.1 }) ?? true { issues[kind.id] = (m, score) }
                }
            }
        }
        hits += issues.sorted { ($0.value.1, $1.key) > ($1.value.1, $0.key) }.compactMap { id, v in
            registry.vocabulary.issue(id: id).map {
                Hit(type: "issue", id: id, name: TerminalText.sanitize($0.names.text(for: language)), matched: v.0.phrase,
                    edits: v.0.edits, approximate: false)
            }
        }
        return hits
    }
}
