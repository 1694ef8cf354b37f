/// The issue kinds of the vocabulary as a list a shopper can read (`supportdir issues`).
public struct IssueCatalog: Sendable {
    public struct Entry: Sendable, Codable, Hashable {
        public var id: String
        public var name: String
        public var urgent: Bool
        public var needsRecord: Bool
        /// Language -> synonyms, as written in the vocabulary.
        public var synonyms: [String: [String]]

        enum CodingKeys: String, CodingKey { case id, name, urgent, needsRecord = "needs_record", synonyms }
    }

    public var entries: [Entry]

    public init(vocabulary: Vocabulary, language: String) {
        entries = vocabulary.issues.map { kind in
            Entry(id: kind.id, name: TerminalText.sanitize(kind.names.text(for: language)), urgent: kind.urgent,
                  needsRecord: kind.needsRecord,
                  synonyms: kind.synonyms.mapValues { words in
                      // Phrase patterns (`届 {neg}`, `deliver .. nothing`) are for the recogniser; people read the plain words.
                      words.filter { !$0.contains("{") && !$0.contains(" .. ") }.map(TerminalText.sanitize)
                  })
        }
    }

    /// One block per issue: id and name, then a line of synonyms per language (en, ko, ja, zh first).
    public func renderText(maxSynonyms: Int = 6) -> String {
        var lines: [String] = []
        for e in entries {
            var flags: [String] = []
            if e.urgent { flags.append("urgent") }
            if e.needsRecord { flags.append("needs a written record") }
            lines.append("\(e.id)  \(e.name)" + (flags.isEmpty ? "" : "  [\(flags.joined(separator: ", "))]"))
            let langs = PlanLanguage.supported.filter { e.synonyms[$0] != nil } + e.synonyms.keys.sorted().filter { !PlanLanguage.supported.contains($0) }
            for lang in langs {
                let words = e.synonyms[lang] ?? []
                let shown = words.prefix(maxSynonyms).joined(separator: ", ")
                lines.append("    \(lang): \(shown)" + (words.count > maxSynonyms ? ", ... (+\(words.count - maxSynonyms))" : ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown section per issue: the id as code, the name, then a bullet of synonyms per language.
    public func renderMarkdown(maxSynonyms: Int = 6) -> String {
        var lines: [String] = []
        for e in entries {
            var flags: [String] = []
            if e.urgent { flags.append("urgent") }
            if e.needsRecord { flags.append("needs a written record") }
            lines.append("## \(OutputEscaping.markdownCode(e.id)) \(OutputEscaping.markdown(e.name))"
                + (flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))"))
            lines.append("")
            let langs = PlanLanguage.supported.filter { e.synonyms[$0] != nil } + e.synonyms.keys.sorted().filter { !PlanLanguage.supported.contains($0) }
            for lang in langs {
                let words = e.synonyms[lang] ?? []
                let shown = words.prefix(maxSynonyms).map { OutputEscaping.markdown($0) }.joined(separator: ", ")
                lines.append("- **\(OutputEscaping.markdown(lang))**: \(shown)" + (words.count > maxSynonyms ? ", ... (+\(words.count - maxSynonyms))" : ""))
            }
            lines.append("")
        }
        return "# Issue kinds\n\n" + lines.joined(separator: "\n")
    }
}
