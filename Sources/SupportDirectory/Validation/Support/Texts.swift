import YAMLDecoding

/// Texts of a file with their coding paths, for rules about languages and placeholders.
extension ValidatedFile {
    /// Calls `body` with every text field (names, notes, steps, templates...) and a function giving its
    /// coding path; the path is built only when a rule asks for it (for a finding), not for every text.
    func forEachLocalizedText(_ body: (LocalizedText, () -> [any CodingKey]) -> Void) {
        typealias Path = () -> [any CodingKey]
        func add(_ text: LocalizedText?, _ path: @autoclosure @escaping Path) { if let text { body(text, path) } }
        func addAll(_ texts: [LocalizedText], _ path: @escaping Path) {
            for (i, t) in texts.enumerated() { body(t, { path() + [Index(i)] }) }
        }
        func addTemplates(_ templates: [MessageTemplate], _ path: @escaping Path) {
            for (i, t) in templates.enumerated() {
                let p = { path() + [Index(i)] }
                add(t.opening, p() + [TK.opening]); add(t.followUp, p() + [TK.followUp]); add(t.closing, p() + [TK.closing])
            }
        }
        func addSteps(_ steps: [EscalationStep], _ path: @escaping Path) {
            for (i, s) in steps.enumerated() {
                let p = { path() + [Index(i)] }
                add(s.name, p() + [EK.name]); add(s.when, p() + [EK.when]); add(s.consequence, p() + [EK.consequence])
                add(s.source?.note, p() + [EK.source, SK.note])
            }
        }
        if let profile {
            add(profile.names, [PK.names]); add(profile.notes, [PK.notes])
            addAll(profile.tips, { [PK.tips] }); addAll(profile.warnings, { [PK.warnings] })
            add(profile.thirdParty?.note, [PK.thirdParty, key("note")])
            for (i, c) in profile.channels.enumerated() {
                let p: Path = { [PK.channels, Index(i)] }
                add(c.title, p() + [CK.title]); add(c.responseTime, p() + [CK.responseTime]); add(c.humanShortcut, p() + [CK.humanShortcut])
                add(c.notes, p() + [CK.notes]); add(c.disagreement, p() + [CK.disagreement]); add(c.source?.note, p() + [CK.source, SK.note])
                addAll(c.path, { p() + [CK.path] }); addAll(c.drawbacks, { p() + [CK.drawbacks] })
                if case let .weekly(_, _, note) = c.hours { add(note, p() + [CK.hours, key("note")]) }
            }
            for (r, route) in profile.routes.enumerated() {
                let p: Path = { [PK.routes, Index(r)] }
                add(route.notes, p() + [RK.notes])
                for (s, step) in route.steps.enumerated() {
                    add(step.why, p() + [RK.steps, Index(s), StepK.why]); add(step.ifNoAnswer, p() + [RK.steps, Index(s), StepK.ifNoAnswer])
                }
                for (d, deadline) in route.deadlines.enumerated() {
                    add(deadline.label, p() + [RK.deadlines, Index(d), DK.label])
                    add(deadline.disagreement, p() + [RK.deadlines, Index(d), DK.disagreement])
                }
            }
            addTemplates(profile.templates, { [PK.templates] })
            addSteps(profile.escalation, { [PK.escalation] })
        }
        if let vocabulary {
            for (i, issue) in vocabulary.issues.enumerated() {
                add(issue.names, [VK.issues, Index(i), IK.names]); add(issue.outcome, [VK.issues, Index(i), IK.outcome])
            }
            for (i, prep) in vocabulary.preparations.enumerated() { add(prep.label, [VK.preparations, Index(i), key("label")]) }
            addTemplates(vocabulary.templates, { [VK.templates] })
            addAll(vocabulary.tips, { [VK.tips] })
            for (c, country) in vocabulary.countries.enumerated() { addSteps(country.steps, { [VK.countries, Index(c), key("steps")] }) }
        }
    }

    /// Where `needle` sits inside the scalar at `keys`: its exact column when the scalar's first line holds it,
    /// else the scalar's start.
    func location(of needle: String, inScalarAt keys: [any CodingKey]) -> SourceLocation {
        guard let node = node(at: keys) else { return SourceLocation(line: 1, column: 1) }
        return location(of: needle, in: node)
    }

    func location(of needle: String, in node: YAMLNode) -> SourceLocation {
        let start = node.location
        guard let line = document?.sourceLine(start.line) else { return start }
        let characters = Array(line)
        let needleChars = Array(needle)
        guard !needleChars.isEmpty, start.column - 1 <= characters.count else { return start }
        var i = max(0, start.column - 1)
        while i + needleChars.count <= characters.count {
            if Array(characters[i..<(i + needleChars.count)]) == needleChars {
                return SourceLocation(line: start.line, column: i + 1)
            }
            i += 1
        }
        return start
    }
}
