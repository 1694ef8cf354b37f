import YAMLDecoding

/// Resolves a profile's written routes against its named parts (and shared ones): references become the
/// parts they name, inherited defaults are added, dropped or replaced. What the planner sees is the same
/// ``IssueRoute`` as for a route written out in full. References that name nothing become ``PartProblem``s
/// (the `part-reference` rule reports them); resolution itself never fails.
struct PartResolver {
    let parts: ProfileParts
    /// Parts of `_vocabulary/` files, used when the profile has no part with the id.
    let shared: ProfileParts
    private(set) var problems: [PartProblem] = []

    init(parts: ProfileParts, shared: ProfileParts) {
        self.parts = parts
        self.shared = shared
        checkUnique(parts.sources.map(\.id), "sources", "source")
        checkUnique(parts.texts.map(\.id), "texts", "text")
        checkUnique(parts.deadlines.map(\.id), "deadlines", "deadline")
        for (i, step) in parts.steps.enumerated() where step.id == nil {
            problems.append(PartProblem(path: [.key("steps"), .index(i)],
                                        message: "a step under `steps:` needs an `id` so routes can name it"))
        }
        checkUnique(parts.steps.map { $0.id ?? "" }, "steps", "step")
    }

    private mutating func checkUnique(_ ids: [String], _ section: String, _ what: String) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !id.isEmpty && !seen.insert(id).inserted {
            problems.append(PartProblem(path: [.key(section), .index(i), .key("id")],
                                        message: "the \(what) id '\(id)' is defined twice under `\(section):`; give each its own id"))
        }
    }

    // MARK: - Lookups

    private mutating func missing(_ what: String, _ id: String, section: String, known: [String], at path: ProfilePath) {
        var message = "no \(what) '\(id)' under `\(section):` of this profile or of _vocabulary/"
        if let close = closest(to: id, among: known) {
            message += "; did you mean '\(close)'?"
        } else if known.isEmpty {
            message += "; define it there (id and fields), or write the \(what) out in full here"
        } else {
            message += "; known: \(known.prefix(20).joined(separator: ", "))"
        }
        problems.append(PartProblem(path: path, message: message))
    }

    mutating func source(_ source: Source?, at path: ProfilePath) -> Source? {
        guard let source, let id = source.reference, source.url.isEmpty else { return source }
        if var found = (parts.sources.first { $0.id == id } ?? shared.sources.first { $0.id == id })?.source {
            found.reference = id
            return found
        }
        missing("source", id, section: "sources", known: (parts.sources + shared.sources).map(\.id), at: path)
        return source
    }

    /// The id a text written as `{text: ID}` names, if it is one.
    static func textReference(_ text: LocalizedText) -> String? {
        text.entries.count == 1 && text.entries[0].language == "text" ? text.entries[0].text : nil
    }

    mutating func text(_ text: LocalizedText?, at path: ProfilePath) -> LocalizedText? {
        guard let text, let id = Self.textReference(text) else { return text }
        if let found = parts.texts.first(where: { $0.id == id }) ?? shared.texts.first(where: { $0.id == id }) {
            return found.text
        }
        missing("text", id, section: "texts", known: (parts.texts + shared.texts).map(\.id), at: path)
        return nil
    }

    mutating func texts(_ texts: [LocalizedText], at path: ProfilePath) -> [LocalizedText] {
        texts.enumerated().compactMap { i, t in text(t, at: path + [.index(i)]) }
    }

    // MARK: - Steps and deadlines

    private func namedStep(_ id: String) -> (RouteStep, ProfilePath)? {
        if let i = parts.steps.firstIndex(where: { $0.id == id }) { return (parts.steps[i], [.key("steps"), .index(i)]) }
        if let i = shared.steps.firstIndex(where: { $0.id == id }) { return (shared.steps[i], [.key("steps"), .index(i)]) }
        return nil
    }

    private func namedDeadline(_ id: String) -> (Deadline, ProfilePath)? {
        if let i = parts.deadlines.firstIndex(where: { $0.id == id }) { return (parts.deadlines[i], [.key("deadlines"), .index(i)]) }
        if let i = shared.deadlines.firstIndex(where: { $0.id == id }) { return (shared.deadlines[i], [.key("deadlines"), .index(i)]) }
        return nil
    }

    /// A step entry as a step, and where it was written; nil when it names no step.
    mutating func step(_ entry: StepEntry, at path: ProfilePath) -> (RouteStep, ProfilePath)? {
        let known = (parts.steps + shared.steps).compactMap(\.id)
        var resolved: (RouteStep, ProfilePath)
        switch entry {
        case .inline(let step):
            resolved = (step, path)
        case .reference(let id):
            guard let found = namedStep(id) else { missing("step", id, section: "steps", known: known, at: path); return nil }
            resolved = found
        case .patch(let patch):
            guard let (base, _) = namedStep(patch.use) else {
                missing("step", patch.use, section: "steps", known: known, at: path + [.key("use")])
                return nil
            }
            resolved = (patch.applied(to: base), path)
        }
        resolved.0.why = text(resolved.0.why, at: resolved.1 + [.key("why")]) ?? resolved.0.why
        resolved.0.ifNoAnswer = text(resolved.0.ifNoAnswer, at: resolved.1 + [.key("if_no_answer")])
        return resolved
    }

    mutating func deadline(_ entry: DeadlineEntry, at path: ProfilePath) -> (Deadline, ProfilePath)? {
        let known = (parts.deadlines + shared.deadlines).map(\.id)
        var resolved: (Deadline, ProfilePath)
        switch entry {
        case .inline(let deadline):
            resolved = (deadline, path)
        case .reference(let id):
            guard let found = namedDeadline(id) else { missing("deadline", id, section: "deadlines", known: known, at: path); return nil }
            resolved = found
        case .patch(let patch):
            guard let (base, _) = namedDeadline(patch.use) else {
                missing("deadline", patch.use, section: "deadlines", known: known, at: path + [.key("use")])
                return nil
            }
            resolved = (patch.applied(to: base), path)
        }
        resolved.0.label = text(resolved.0.label, at: resolved.1 + [.key("label")]) ?? resolved.0.label
        resolved.0.disagreement = text(resolved.0.disagreement, at: resolved.1 + [.key("disagreement")])
        resolved.0.source = source(resolved.0.source, at: resolved.1 + [.key("source")])
        return resolved
    }

    // MARK: - Routes

    /// One item of a route's list: the part, where it was written, its id (to drop or replace it).
    private struct Item<Part> {
        var part: Part
        var origin: ProfilePath
        var id: String?
    }

    /// Inherited first items, then the route's own, then inherited last ones; an own item with an inherited
    /// item's id takes its place; `drop` removes inherited items.
    private mutating func merge<Part>(first: [Item<Part>], own: [Item<Part>], last: [Item<Part>], drop: Set<String>,
                                      dropped: inout Set<String>) -> [Item<Part>] {
        var own = own
        func inherited(_ items: [Item<Part>]) -> [Item<Part>] {
            items.compactMap { item in
                if let id = item.id, drop.contains(id) { dropped.insert(id); return nil }
                if let id = item.id, let i = own.firstIndex(where: { $0.id == id }) { return own.remove(at: i) }
                return item
            }
        }
        let head = inherited(first), tail = inherited(last)
        return head + own + tail
    }

    mutating func route(_ written: WrittenRoute, index r: Int) -> (IssueRoute, RouteOrigins) {
        let path: ProfilePath = [.key("routes"), .index(r)]
        let defaults = written.inherit
            ? parts.routeDefaults.enumerated().filter { $0.element.applies(to: written.issue, soldBy: written.soldBy) } : []
        func steps(_ entries: [StepEntry], _ at: ProfilePath, _ me: inout PartResolver) -> [Item<RouteStep>] {
            entries.enumerated().compactMap { i, e in me.step(e, at: at + [.index(i)]).map { Item(part: $0.0, origin: $0.1, id: $0.0.id) } }
        }
        func deadlines(_ entries: [DeadlineEntry], _ at: ProfilePath, _ me: inout PartResolver) -> [Item<Deadline>] {
            entries.enumerated().compactMap { i, e in me.deadline(e, at: at + [.index(i)]).map { Item(part: $0.0, origin: $0.1, id: $0.0.id) } }
        }
        var firstSteps: [Item<RouteStep>] = [], lastSteps: [Item<RouteStep>] = []
        var firstDeadlines: [Item<Deadline>] = [], lastDeadlines: [Item<Deadline>] = []
        for (d, entry) in defaults {
            let at: ProfilePath = [.key("route_defaults"), .index(d)]
            firstSteps += steps(entry.firstSteps, at + [.key("first_steps")], &self)
            lastSteps += steps(entry.lastSteps, at + [.key("last_steps")], &self)
            firstDeadlines += deadlines(entry.firstDeadlines, at + [.key("first_deadlines")], &self)
            lastDeadlines += deadlines(entry.lastDeadlines, at + [.key("last_deadlines")], &self)
        }
        let drop = Set(written.drop)
        var dropped = Set<String>()
        let mergedSteps = merge(first: firstSteps, own: steps(written.steps, path + [.key("steps")], &self), last: lastSteps,
                                drop: drop, dropped: &dropped)
        let mergedDeadlines = merge(first: firstDeadlines, own: deadlines(written.deadlines, path + [.key("deadlines")], &self),
                                    last: lastDeadlines, drop: drop, dropped: &dropped)
        for (i, id) in written.drop.enumerated() where !dropped.contains(id) {
            let inherited = (firstSteps + lastSteps).compactMap(\.id) + (firstDeadlines + lastDeadlines).map(\.part.id)
            let hint = inherited.isEmpty ? "it inherits nothing from route_defaults" : "it inherits: \(inherited.joined(separator: ", "))"
            problems.append(PartProblem(path: path + [.key("drop"), .index(i)],
                                        message: "the route drops '\(id)', which it does not inherit; \(hint)"))
        }
        if mergedSteps.isEmpty && written.steps.isEmpty {
            problems.append(PartProblem(path: path, message: "the '\(written.issue)' route has no steps: list them under `steps:` or inherit them from route_defaults"))
        }
        let route = IssueRoute(issue: written.issue, soldBy: written.soldBy, steps: mergedSteps.map(\.part),
                               deadlines: mergedDeadlines.map(\.part), notes: text(written.notes, at: path + [.key("notes")]))
        return (route, RouteOrigins(steps: mergedSteps.map(\.origin), deadlines: mergedDeadlines.map(\.origin)))
    }

    private func closest(to id: String, among known: [String]) -> String? {
        EditDistance.closest(to: id, among: known, threshold: 2)
    }
}
