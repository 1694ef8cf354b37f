/// Vocabulary files: issue, preparation and template ids unique within a file; references resolve.
struct VocabularyRule: ValidationRule {
    static let id = "vocabulary"
    static let description = "In vocabulary files, issue, preparation and template ids are unique; issues name preparations and templates that exist; examples are filed under a kind that exists."
    static let defaultSeverity = Severity.error
    static let readsDirectory = true

    static let triggeringExamples = [
        RuleExample("""
            issues:
              - {id: lost, names: Lost}
              - {id: ↓lost, names: Lost again}
            """, fileName: "extra.yaml", vocabulary: true),
        RuleExample("""
            issues:
              - {id: lost, names: Lost, prepare: [order-number, ↓selfie]}
            """, fileName: "extra.yaml", vocabulary: true),
        RuleExample("""
            issues:
              - {id: lost, names: Lost, template: ↓lost-letter}
            """, fileName: "extra.yaml", vocabulary: true),
        RuleExample("""
            issues:
              - {id: lost, names: Lost}
            examples:
              ↓lsot: [my parcel never came]
            """, fileName: "extra.yaml", vocabulary: true),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            issues:
              - {id: lost, names: Lost, prepare: [order-number], template: refund}
            preparations:
              - {id: receipt, label: Receipt}
            examples:
              lost: [my parcel never came]
              contact: [how do I reach a person]
              none: [hello]
            """, fileName: "extra.yaml", vocabulary: true),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard let vocabulary = file.vocabulary else { return [] }
        var findings: [Finding] = []
        func unique(_ ids: [String], _ section: VK, _ what: String) {
            var seen = Set<String>()
            for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
                findings.append(finding("the \(what) id '\(id)' appears twice in this file; merge the two entries (another vocabulary file may add synonyms to it)",
                                        in: file, at: [section, Index(i), key("id")]))
            }
        }
        unique(vocabulary.issues.map(\.id), .issues, "issue")
        unique(vocabulary.preparations.map(\.id), .preparations, "preparation")
        unique(vocabulary.templates.map(\.id), .templates, "template")
        let preparations = Set(context.vocabulary.preparations.map(\.id))
        let templates = Set(context.vocabulary.templates.map(\.id))
        for (i, issue) in vocabulary.issues.enumerated() {
            for (p, prep) in issue.prepare.enumerated() where !preparations.contains(prep) {
                findings.append(finding("issue '\(issue.id)' asks to prepare '\(prep)', which is not a preparation; add it under `preparations:` or use one of \(preparations.sorted().joined(separator: ", "))",
                                        in: file, at: [VK.issues, Index(i), IK.prepare, Index(p)]))
            }
            if let template = issue.template, !templates.contains(template) {
                findings.append(finding("issue '\(issue.id)' names the template '\(template)', which no vocabulary file defines; add it under `templates:` or remove the line",
                                        in: file, at: [VK.issues, Index(i), IK.template]))
            }
        }
        let kinds = Set(context.vocabulary.issues.map(\.id)).union([ExampleRecogniser.contact, ExampleRecogniser.nothing])
        for kind in vocabulary.examples.keys.sorted() where !kinds.contains(kind) {
            let near = kinds.sorted().min { SearchKey.distance(kind, $0) < SearchKey.distance(kind, $1) }
                .flatMap { SearchKey.distance(kind, $0) <= 3 ? $0 : nil }
            let keyNode = file.node(at: [VK.examples])?.keyNode(kind)
            findings.append(finding("examples are filed under '\(kind)', which is not an issue kind; use an issue id\(near.map { " (did you mean '\($0)'?)" } ?? ""), `contact` (only wants to reach a person) or `none` (nothing to read)",
                                    in: file, at: keyNode?.location ?? file.location(of: [VK.examples, key(kind)])))
        }
        return findings
    }
}
