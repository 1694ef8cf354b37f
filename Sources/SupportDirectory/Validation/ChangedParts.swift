import YAMLDecoding

/// `--changed-since` for parts written once: a changed named source, text, step or deadline (of a profile, or
/// shared in `_vocabulary/`) changes every route that names it, so the notice lists them, for reviewers to
/// check each plan it touches.
enum ChangedParts {
    static let ruleID = "changed-part"

    /// Notices for the named parts of `files` on lines in `changed` (or in a file in `wholeFiles`).
    static func notices(in files: [ValidatedFile], changed: (ValidatedFile) -> (whole: Bool, lines: Set<Int>),
                        since revision: String) -> [Finding] {
        let profiles = files.compactMap(\.profile)
        var notices: [Finding] = []
        for file in files {
            let (whole, lines) = changed(file)
            guard whole || !lines.isEmpty, let document = file.document else { continue }
            let shared = file.role == .vocabulary
            let parts = file.profile?.parts ?? file.vocabulary?.parts ?? ProfileParts()
            let sections: [(String, String, [String])] = [
                ("sources", "source", parts.sources.map(\.id)), ("texts", "text", parts.texts.map(\.id)),
                ("steps", "step", parts.steps.map { $0.id ?? "" }), ("deadlines", "deadline", parts.deadlines.map(\.id)),
            ]
            for (section, what, ids) in sections {
                guard let list = document.node(at: [key(section)]), case .sequence(let items) = list.kind else { continue }
                let nodes = Array(items)
                for (i, id) in ids.enumerated() where i < nodes.count && !id.isEmpty {
                    let start = nodes[i].location.line
                    let end = i + 1 < nodes.count ? nodes[i + 1].location.line - 1 : lastLine(of: nodes[i])
                    guard whole || lines.contains(where: { $0 >= start && $0 <= end }) else { continue }
                    let users = shared
                        ? profiles.flatMap { p in p.routesUsing(section: section, id: id).map { "\(p.id): \($0)" } }
                        : (file.profile?.routesUsing(section: section, id: id) ?? [])
                    let used = users.isEmpty ? "no route uses it" : "it changes the plans of \(users.prefix(30).joined(separator: ", "))"
                        + (users.count > 30 ? " and \(users.count - 30) more" : "")
                    notices.append(file.finding(ruleID: ruleID, severity: .notice,
                        message: "the \(shared ? "shared " : "")\(what) '\(id)' was added or changed since \(revision); \(used)",
                        at: nodes[i].location))
                }
            }
        }
        return notices
    }

    /// The last line a node's descendants start on.
    private static func lastLine(of node: YAMLNode) -> Int {
        var line = node.location.line
        switch node.kind {
        case .scalar: break
        case .sequence(let items): for item in items { line = max(line, lastLine(of: item)) }
        case .mapping(let pairs): for pair in pairs { line = max(line, lastLine(of: pair.value)) }
        }
        return line
    }
}

extension ProfileFile {
    /// The routes (as `issue` or `issue (sold_by)`) whose plan uses the named part `id` of `section`
    /// (`sources`, `texts`, `steps`, `deadlines`), directly, through `use:`, or inherited from `route_defaults`.
    func routesUsing(section: String, id: String) -> [String] {
        var result: [String] = []
        for (r, route) in routes.enumerated() where r < writtenRoutes.count {
            let uses: Bool
            switch section {
            case "steps": uses = route.steps.contains { $0.id == id }
            case "deadlines": uses = route.deadlines.contains { $0.id == id }
            case "sources": uses = route.deadlines.contains { $0.source?.reference == id } || channelsOrEscalationCite(id)
            default:
                let (stepIDs, deadlineIDs) = partsNamingText(id)
                uses = writtenRouteNamesText(writtenRoutes[r], id) || route.steps.contains { $0.id.map(stepIDs.contains) ?? false }
                    || route.deadlines.contains { deadlineIDs.contains($0.id) }
            }
            if uses { result.append(route.soldBy == .any ? route.issue : "\(route.issue) (\(route.soldBy.rawValue))") }
        }
        return result
    }

    /// Channels and escalation steps appear in every plan that uses them; a source they cite touches all routes.
    private func channelsOrEscalationCite(_ id: String) -> Bool {
        channels.contains { $0.source?.reference == id } || escalation.contains { $0.source?.reference == id }
    }

    private func writtenRouteNamesText(_ route: WrittenRoute, _ id: String) -> Bool {
        func names(_ t: LocalizedText?) -> Bool { t.flatMap(PartResolver.textReference) == id }
        if names(route.notes) { return true }
        for entry in route.steps {
            switch entry {
            case .inline(let s): if names(s.why) || names(s.ifNoAnswer) { return true }
            case .patch(let p): if names(p.why) || names(p.ifNoAnswer) { return true }
            case .reference: continue
            }
        }
        return false
    }

    /// The named steps and deadlines that name the text `id`.
    private func partsNamingText(_ id: String) -> (steps: Set<String>, deadlines: Set<String>) {
        func names(_ t: LocalizedText?) -> Bool { t.flatMap(PartResolver.textReference) == id }
        return (Set(parts.steps.filter { names($0.why) || names($0.ifNoAnswer) }.compactMap(\.id)),
                Set(parts.deadlines.filter { names($0.label) || names($0.disagreement) }.map(\.id)))
    }
}
