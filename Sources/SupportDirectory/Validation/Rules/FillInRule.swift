import YAMLDecoding

/// Values left from the `supportdir new` template (`FILL-IN: ...`) must be replaced before a profile is accepted.
struct FillInRule: ValidationRule {
    static let id = "fill-in"
    static let description = "No value is left from the `supportdir new` template: every FILL-IN must be replaced with real data."
    static let defaultSeverity = Severity.error

    /// The text every template value to replace contains.
    static let marker = ProfileTemplate.marker

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: ↓"FILL-IN: the name shoppers know"}
            domains: [example.com]
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: Shop}
            domains: [example.com]
            notes: Fill in the form on the help page.
            """),
    ]

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        guard file.contains(Self.marker), let root = file.document?.root else { return [] }
        var findings: [Finding] = []
        func walk(_ node: YAMLNode, path: [String]) {
            switch node.kind {
            case let .scalar(text, _):
                guard ByteSearch.contains(text, Self.marker) else { return }
                var hint = text
                if let range = text.range(of: Self.marker) { hint = String(text[range.upperBound...]) }
                hint = hint.trimmingCharacters(in: [":", " ", "-"])
                let field = path.isEmpty ? "a value" : "'\(path.joined(separator: "."))'"
                let what = hint.isEmpty ? "real data" : hint
                findings.append(finding("fill in \(field): replace the template text with \(what)", in: file, at: node.location))
            case let .sequence(items):
                for (i, item) in items.enumerated() {
                    var indexed = path
                    if indexed.isEmpty { indexed = ["[\(i)]"] } else { indexed[indexed.count - 1] += "[\(i)]" }
                    walk(item, path: indexed)
                }
            case let .mapping(pairs):
                for pair in pairs {
                    let name = pair.key.scalar ?? "?"
                    walk(pair.key, path: path)
                    walk(pair.value, path: path + [name])
                }
            }
        }
        walk(root, path: [])
        return findings
    }

    /// Lines holding a template value: other rules' findings there are dropped, so an untouched
    /// template reports only what to fill in.
    static func fillInLines(in file: ValidatedFile) -> Set<Int> {
        guard file.contains(marker), let root = file.document?.root else { return [] }
        var lines = Set<Int>()
        var stack = [root]
        while let node = stack.popLast() {
            switch node.kind {
            case let .scalar(text, _): if ByteSearch.contains(text, marker) { lines.insert(node.location.line) }
            case let .sequence(items): stack += items
            case let .mapping(pairs): for pair in pairs { stack.append(pair.key); stack.append(pair.value) }
            }
        }
        return lines
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
