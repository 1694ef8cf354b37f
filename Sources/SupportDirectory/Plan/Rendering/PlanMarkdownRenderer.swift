/// The plan as Markdown, for pasting into a ticket, a note or a chat.
public struct PlanMarkdownRenderer: PlanRenderer {
    public static let identifier = "markdown"

    /// False when a numbered question about the candidates follows (``CandidateChoice``), as for
    /// ``PlanTextRenderer/listsCandidates``.
    public var listsCandidates: Bool

    public init(listsCandidates: Bool = true) { self.listsCandidates = listsCandidates }

    public func render(_ plan: ContactPlan) -> String {
        let lang = plan.language
        let s = { (key: String) in PlanStrings.text(key, lang) }
        var out: [String] = []
        let title = PlanWording.title(plan)
        out.append("# \(md(title.merchant)): \(md(title.subject))")
        out.append("")
        out.append("- **\(s("f.seller"))**: \(md(PlanWording.sellerLine(plan)))")
        if let n = plan.orderNumber { out.append("- **\(s("f.order_number"))**: \(OutputEscaping.markdownCode(n))") }
        for fact in plan.understood where !["seller", "order_number"].contains(fact.field) {
            let f = PlanWording.factLine(fact, lang)
            out.append("- **\(f.label)**: \(md(f.value)) (\(md(f.source)))")
        }
        for note in plan.notes { out.append("- > \(md(note))") }
        out.append("")
        if plan.generic, !plan.merchantCandidates.isEmpty {
            out.append("## \(s("h.candidates"))")
            out.append("")
            for c in plan.merchantCandidates { out.append("- \(md(PlanWording.candidateLine(c)))") }
            out.append("")
        }
        out.append("## \(s(plan.kind == .contact ? "h.contact" : "h.plan"))")
        out.append("")
        for step in plan.plan {
            out.append("### \(md(PlanWording.stepTitle(step, lang)))")
            out.append("")
            if !step.why.isEmpty { out.append("\(md(step.why))"); out.append("") }
            for (i, c) in step.channels.enumerated() {
                out.append("\(i + 1). **\(md(c.title))** (`\(c.kind)`): \(md(c.reason))")
                for point in PlanWording.contactPoints(c, lang) { out.append("   - \(md(point))") }
                if !c.path.isEmpty { out.append("   - \(s("l.path")): \(c.path.map(md).joined(separator: " → "))") }
                if let h = c.hours { out.append("   - \(s("l.hours")): \(md(PlanWording.hoursLine(h, lang)))") }
                if let h = c.humanShortcut { out.append("   - \(s("l.human")): \(md(h))") }
                if c.loginRequired == true { out.append("   - \(s("l.login"))") }
                if let r = c.responseTime { out.append("   - \(s("l.response")): \(md(r))") }
                if let d = c.disagreement { out.append("   - \(s("l.disagreement")): \(md(d))") }
            }
            if let wait = PlanWording.wait(step, lang) {
                out.append("")
                out.append(md(wait))
            }
            if let next = step.ifNoAnswer { out.append(""); out.append("**\(s("l.if_no_answer"))**: \(md(next))") }
            out.append("")
        }
        if !plan.prepare.isEmpty {
            out.append("## \(s("h.prepare"))")
            out.append("")
            for p in plan.prepare { out.append("- [\(p.given == nil ? " " : "x")] \(md(p.label))" + (p.given.map { ": \(OutputEscaping.markdownCode($0))" } ?? "")) }
            out.append("")
        }
        if let m = plan.message {
            out.append("## \(s("h.message"))")
            out.append("")
            out.append(quote(m.opening))
            if let f = m.followUp { out.append(""); out.append("*\(s("l.follow_up"))*"); out.append(""); out.append(quote(f)) }
            if let c = m.closing { out.append(""); out.append("*\(s("l.closing"))*"); out.append(""); out.append(quote(c)) }
            out.append("")
        }
        if !plan.deadlines.isEmpty {
            out.append("## \(s("h.deadlines"))")
            out.append("")
            for d in plan.deadlines { out.append("- \(md(PlanWording.deadlineLine(d, lang)))") }
            out.append("")
        }
        if !plan.escalation.isEmpty {
            out.append("## \(s("h.escalation"))")
            out.append("")
            for e in plan.escalation {
                var line = "\(e.level). **\(md(e.name))**"
                if let w = e.when { line += ": \(md(w))" }
                out.append(line)
                for point in PlanWording.escalationContact(e, lang) { out.append("   - \(md(point))") }
                if let c = e.consequence { out.append("   - \(s("l.consequence")): \(md(c))") }
            }
            out.append("")
        }
        if !plan.warnings.isEmpty {
            out.append("## \(s("h.warnings"))")
            out.append("")
            for w in plan.warnings { out.append("- ⚠️ \(md(w))") }
            out.append("")
        }
        if !plan.sources.isEmpty {
            out.append("## \(s("h.sources"))")
            out.append("")
            for src in plan.sources { out.append("- \(md(PlanWording.sourceLine(src, lang)))") }
            out.append("")
        }
        for hint in plan.hints { out.append(md(hint)); out.append("") }
        return out.joined(separator: "\n").trimmingTrailingBlankLines() + "\n"
    }

    public func render(_ u: Unresolved) -> String {
        let lang = u.understanding.language
        var out = ["# \(PlanStrings.text("u.\(u.status.rawValue)", lang))", ""]
        for fact in u.understanding.facts {
            let f = PlanWording.factLine(fact, lang)
            out.append("- **\(f.label)**: \(md(f.value)) (\(md(f.source)))")
        }
        for note in u.understanding.notes { out.append("- > \(md(note))") }
        out.append("")
        guard listsCandidates else { return out.joined(separator: "\n") + "\n" }
        out.append("## \(PlanStrings.text("h.candidates", lang))")
        out.append("")
        let candidates = u.exitStatus == 3 ? u.understanding.merchantCandidates : u.understanding.issueCandidates
        if candidates.isEmpty { out.append("- \(PlanStrings.text("u.none", lang))") }
        for c in candidates { out.append("- \(md(PlanWording.candidateLine(c)))") }
        out.append("")
        for hint in u.hints { out.append(md(hint)) }
        return out.joined(separator: "\n") + "\n"
    }

    /// Any value, escaped for inline Markdown (`OutputEscaping.markdown`).
    func md(_ text: String) -> String { OutputEscaping.markdown(text) }

    func quote(_ text: String) -> String { OutputEscaping.markdownQuote(text) }
}
