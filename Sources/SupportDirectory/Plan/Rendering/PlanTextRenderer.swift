/// The plan as plain text for a terminal, readable at a glance: steps first, then what to
/// have ready, the message, deadlines, the escalation ladder and sources.
///
/// Colour (ANSI) only when `color` is true: the CLI sets it for a terminal without `NO_COLOR`.
public struct PlanTextRenderer: PlanRenderer {
    public static let identifier = "text"
    public var color: Bool
    /// False when a numbered question about the candidates follows (``CandidateChoice``): the list and the
    /// hint on naming them are then left out, so the shopper reads the candidates once.
    public var listsCandidates: Bool

    public init(color: Bool = false, listsCandidates: Bool = true) {
        self.color = color
        self.listsCandidates = listsCandidates
    }

    // Style marks, made ANSI codes (or removed) by `OutputEscaping.text`, which every document
    // goes through so no value can bring its own control characters.
    func bold(_ s: String) -> String { OutputEscaping.Style.bold.wrap(s) }
    func heading(_ s: String) -> String { OutputEscaping.Style.heading.wrap(s) }
    func warn(_ s: String) -> String { OutputEscaping.Style.warn.wrap(s) }
    func dim(_ s: String) -> String { OutputEscaping.Style.dim.wrap(s) }
    func good(_ s: String) -> String { OutputEscaping.Style.good.wrap(s) }

    public func render(_ plan: ContactPlan) -> String {
        let lang = plan.language
        var out: [String] = []
        let s = { (key: String) in PlanStrings.text(key, lang) }

        let title = PlanWording.title(plan)
        out.append(bold("\(title.merchant) - \(title.subject)"))
        out.append("\(s("f.seller")): \(PlanWording.sellerLine(plan))"
            + (plan.orderNumber.map { " | \(s("f.order_number")): \($0)" } ?? ""))
        out.append("")
        out.append(heading(s("h.understood")))
        for fact in plan.understood {
            let f = PlanWording.factLine(fact, lang)
            out.append("  \(f.label): \(f.value) " + dim("(\(f.source))"))
        }
        for note in plan.notes { out.append("  " + warn("! ") + note) }
        out.append("")
        if plan.generic, !plan.merchantCandidates.isEmpty {
            out.append(heading(s("h.candidates")))
            for c in plan.merchantCandidates { out.append("  - " + PlanWording.candidateLine(c)) }
            out.append("")
        }

        out.append(heading(s(plan.kind == .contact ? "h.contact" : "h.plan")))
        for step in plan.plan {
            out.append(bold(PlanWording.stepTitle(step, lang)))
            if !step.why.isEmpty { out.append("  \(s("l.why")): \(step.why)") }
            for (i, c) in step.channels.enumerated() {
                out.append("  \(i + 1). \(bold(c.title)) [\(c.kind)]")
                out.append("     " + dim(c.reason))
                for point in PlanWording.contactPoints(c, lang) { out.append("     \(point)") }
                if !c.path.isEmpty { out.append("     \(s("l.path")): \(c.path.joined(separator: " > "))") }
                if let h = c.hours {
                    let line = PlanWording.hoursLine(h, lang)
                    out.append("     \(s("l.hours")): " + (h.openNow ? good(line) : warn(line)))
                }
                var facts: [String] = []
                if c.loginRequired == true { facts.append(s("l.login")) }
                if let r = c.responseTime { facts.append("\(s("l.response")): \(r)") }
                if !facts.isEmpty { out.append("     " + facts.joined(separator: " | ")) }
                if let h = c.humanShortcut { out.append("     \(s("l.human")): \(h)") }
                if let n = c.notes { out.append("     " + dim(n)) }
                for d in c.drawbacks { out.append("     " + dim("\(s("l.drawbacks")): \(d)")) }
                if let d = c.disagreement { out.append("     " + warn("\(s("l.disagreement")): \(d)")) }
            }
            if let wait = PlanWording.wait(step, lang) { out.append("  " + wait) }
            if let next = step.ifNoAnswer { out.append("  \(s("l.if_no_answer")): \(next)") }
            out.append("")
        }

        if !plan.prepare.isEmpty {
            out.append(heading(s("h.prepare")))
            for p in plan.prepare {
                out.append("  - \(p.label)" + (p.given.map { " " + good("(\(PlanStrings.format("l.given", lang, $0)))") } ?? ""))
            }
            out.append("")
        }

        if let m = plan.message {
            out.append(heading(s("h.message")) + dim(" (\(m.template))"))
            if m.language != lang {
                out.append("  " + dim(PlanStrings.format("l.template_language", lang, lang, m.language)))
            }
            out.append(indent(m.opening))
            if let f = m.followUp { out.append("  " + dim("\(s("l.follow_up")):")); out.append(indent(f)) }
            if let c = m.closing { out.append("  " + dim("\(s("l.closing")):")); out.append(indent(c)) }
            if !m.unfilled.isEmpty { out.append("  " + warn(s("l.fill"))) }
            out.append("")
        }

        if !plan.deadlines.isEmpty {
            out.append(heading(s("h.deadlines")))
            for d in plan.deadlines {
                out.append("  - " + (d.date == nil ? warn(PlanWording.deadlineLine(d, lang)) : PlanWording.deadlineLine(d, lang)))
                if let dis = d.disagreement { out.append("    " + warn("\(s("l.disagreement")): \(dis)")) }
            }
            out.append("")
        }

        if !plan.escalation.isEmpty {
            out.append(heading(s("h.escalation")))
            for e in plan.escalation {
                out.append("  \(e.level). \(e.name)")
                if let w = e.when { out.append("     \(s("l.when")): \(w)") }
                for point in PlanWording.escalationContact(e, lang) { out.append("     \(point)") }
                if let c = e.consequence { out.append("     " + warn("\(s("l.consequence")): \(c)")) }
            }
            out.append("")
        }

        if !plan.warnings.isEmpty {
            out.append(heading(s("h.warnings")))
            for w in plan.warnings { out.append("  " + warn("! \(w)")) }
            out.append("")
        }
        if !plan.tips.isEmpty {
            out.append(heading(s("h.tips")))
            for tip in plan.tips { out.append("  - \(tip)") }
            out.append("")
        }
        if !plan.sources.isEmpty {
            out.append(heading(s("h.sources")))
            for src in plan.sources {
                let line = PlanWording.sourceLine(src, lang)
                out.append("  - " + (src.stale ? warn(line) : line))
            }
            out.append("")
        }
        for hint in plan.hints { out.append(hint) }
        return OutputEscaping.text(out.joined(separator: "\n").trimmingTrailingBlankLines() + "\n", color: color)
    }

    public func render(_ u: Unresolved) -> String {
        let lang = u.understanding.language
        var out: [String] = []
        out.append(bold(PlanStrings.text("u.\(u.status.rawValue)", lang)))
        out.append("")
        out.append(heading(PlanStrings.text("h.understood", lang)))
        for fact in u.understanding.facts {
            let f = PlanWording.factLine(fact, lang)
            out.append("  \(f.label): \(f.value) " + dim("(\(f.source))"))
        }
        let merchantState = u.understanding.merchantStatus
        let issueState = u.understanding.issueStatus
        if merchantState != .found {
            out.append("  \(PlanStrings.text("f.merchant", lang)): " + warn(PlanStrings.text(merchantState == .unknown ? "u.not_found" : "u.ambiguous", lang)))
        }
        if issueState != .found {
            out.append("  \(PlanStrings.text("f.issue", lang)): " + warn(PlanStrings.text(issueState == .unknown ? "u.not_found" : "u.ambiguous", lang)))
        }
        for note in u.understanding.notes { out.append("  " + warn("! ") + note) }
        guard listsCandidates else { return OutputEscaping.text(out.joined(separator: "\n") + "\n", color: color) }
        let candidates = u.exitStatus == 3 ? u.understanding.merchantCandidates : u.understanding.issueCandidates
        out.append("")
        out.append(heading(PlanStrings.text("h.candidates", lang)))
        if candidates.isEmpty { out.append("  " + PlanStrings.text("u.none", lang)) }
        for c in candidates { out.append("  - " + PlanWording.candidateLine(c)) }
        out.append("")
        for hint in u.hints { out.append(hint) }
        return OutputEscaping.text(out.joined(separator: "\n") + "\n", color: color)
    }

    func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingBlankLines() -> String {
        var s = Substring(self)
        while s.hasSuffix("\n") { s = s.dropLast() }
        return String(s)
    }
}
