import YAMLDecoding

/// Texts of a file with their coding paths, for rules about languages and placeholders.
extension ValidatedFile {
    /// Calls `body` with every text field (names, notes, steps, templates...) and a function giving its
    /// coding path; the path is built only when a rule asks for it (for a finding), not for every text.
    func forEachLocalizedText(_ body: (LocalizedText, () -> [any CodingKey]) -> Void) {
        typealias Path = () -> [any CodingKey]
        func add(_ text: LocalizedText?, _ path: @autoclosure @escaping Path) {
            // `{text: ID}` names a text checked where it is written.
            if let text, PartResolver.textReference(text) == nil { body(text, path) }
        }
        func addAll(_ texts: [LocalizedText], _ path: @escaping Path) {
            for (i, t) in texts.enumerated() where PartResolver.textReference(t) == nil { body(t, { path() + [Index(i)] }) }
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
            forEachWrittenStep(of: profile) { why, ifNoAnswer, p in
                add(why, p() + [StepK.why]); add(ifNoAnswer, p() + [StepK.ifNoAnswer])
            }
            forEachWrittenDeadline(of: profile) { deadline, p in
                add(deadline.label, p() + [DK.label]); add(deadline.disagreement, p() + [DK.disagreement])
                add(deadline.source?.note, p() + [DK.source, SK.note])
            }
            for (r, route) in profile.writtenRoutes.enumerated() { add(route.notes, [PK.routes, Index(r), RK.notes]) }
            for (i, text) in profile.parts.texts.enumerated() {
                add(text.text, [PK.texts, Index(i), key("text")]); add(text.source?.note, [PK.texts, Index(i), key("source"), SK.note])
            }
            for (i, source) in profile.parts.sources.enumerated() { add(source.source.note, [PK.sources, Index(i), SK.note]) }
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

/// The steps and deadlines of a profile where they are written: under `steps:`/`deadlines:`, in routes and in
/// `route_defaults` (whole or as `use:` changes; references are checked where they point).
func forEachWrittenStep(of profile: ProfileFile,
                        _ body: (_ why: LocalizedText?, _ ifNoAnswer: LocalizedText?, _ path: @escaping () -> [any CodingKey]) -> Void) {
    for (i, step) in profile.parts.steps.enumerated() { body(step.why, step.ifNoAnswer, { [PK.steps, Index(i)] }) }
    func entries(_ list: [StepEntry], _ path: @escaping () -> [any CodingKey]) {
        for (i, entry) in list.enumerated() {
            switch entry {
            case .reference: continue
            case .inline(let step): body(step.why, step.ifNoAnswer, { path() + [Index(i)] })
            case .patch(let patch): body(patch.why, patch.ifNoAnswer, { path() + [Index(i)] })
            }
        }
    }
    for (r, route) in profile.writtenRoutes.enumerated() { entries(route.steps, { [PK.routes, Index(r), RK.steps] }) }
    for (d, defaults) in profile.parts.routeDefaults.enumerated() {
        entries(defaults.firstSteps, { [PK.routeDefaults, Index(d), key("first_steps")] })
        entries(defaults.lastSteps, { [PK.routeDefaults, Index(d), key("last_steps")] })
    }
}

/// A deadline's written fields: a whole deadline, or the fields a `use:` entry changes.
struct WrittenDeadline {
    var id: String
    var label: LocalizedText?
    var disagreement: LocalizedText?
    var source: Source?
}

func forEachWrittenDeadline(of profile: ProfileFile, _ body: (WrittenDeadline, @escaping () -> [any CodingKey]) -> Void) {
    func whole(_ d: Deadline) -> WrittenDeadline { WrittenDeadline(id: d.id, label: d.label, disagreement: d.disagreement, source: d.source) }
    for (i, deadline) in profile.parts.deadlines.enumerated() { body(whole(deadline), { [PK.deadlines, Index(i)] }) }
    func entries(_ list: [DeadlineEntry], _ path: @escaping () -> [any CodingKey]) {
        for (i, entry) in list.enumerated() {
            switch entry {
            case .reference: continue
            case .inline(let deadline): body(whole(deadline), { path() + [Index(i)] })
            case .patch(let p):
                body(WrittenDeadline(id: p.id ?? p.use, label: p.label, disagreement: p.disagreement, source: p.source), { path() + [Index(i)] })
            }
        }
    }
    for (r, route) in profile.writtenRoutes.enumerated() { entries(route.deadlines, { [PK.routes, Index(r), RK.deadlines] }) }
    for (d, defaults) in profile.parts.routeDefaults.enumerated() {
        entries(defaults.firstDeadlines, { [PK.routeDefaults, Index(d), key("first_deadlines")] })
        entries(defaults.lastDeadlines, { [PK.routeDefaults, Index(d), key("last_deadlines")] })
    }
}
