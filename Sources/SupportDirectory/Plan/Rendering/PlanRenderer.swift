/// Writes a contact plan (or why there is none) in one output format.
/// One renderer per file: text, markdown, json.
public protocol PlanRenderer {
    /// The `--format` value that selects this renderer.
    static var identifier: String { get }
    func render(_ plan: ContactPlan) -> String
    func render(_ unresolved: Unresolved) -> String
}

extension PlanRenderer {
    public func render(_ resolution: Resolution) -> String {
        switch resolution {
        case let .plan(plan, _): return render(plan)
        case let .unresolved(u): return render(u)
        }
    }
}

/// Pieces every renderer words the same way (the site's pages too).
public enum PlanWording {
    /// How long to give the party of `step`, in hours or business days, with the day it ends when known and
    /// `withDate` (the site's pages leave the date to the visitor's own dates).
    public static func wait(_ step: PlanStep, _ lang: String, withDate: Bool = true) -> String? {
        let until = withDate ? step.waitUntil?.description : nil
        if let hours = step.waitHours {
            return until.map { PlanStrings.format("l.wait", lang, String(hours), $0) } ?? PlanStrings.format("l.wait_plain", lang, String(hours))
        }
        if let days = step.waitBusinessDays {
            return until.map { PlanStrings.format("l.wait_business", lang, String(days), $0) }
                ?? PlanStrings.format("l.wait_business_plain", lang, String(days))
        }
        return nil
    }

    public static func factLine(_ fact: UnderstoodFact, _ lang: String) -> (label: String, value: String, source: String) {
        let label = PlanStrings.text("f.\(fact.field)", lang)
        var source = PlanStrings.text("src.\(fact.source)", lang)
        let words = fact.words.map { "\u{201C}\(TerminalText.sanitize($0))\u{201D}" }.joined(separator: ", ")
        if !words.isEmpty { source += " " + words }
        if fact.edits > 0 { source += "; " + PlanStrings.format("src.slips", lang, String(fact.edits)) }
        var value = TerminalText.sanitize(fact.value)
        if let name = fact.name, name != fact.value { value = TerminalText.sanitize(name) + " [\(value)]" }
        if fact.field == "seller", fact.value == "third-party" { value = PlanStrings.text("seller.third_party", lang) }
        return (label, value, source)
    }

    public static func stepTitle(_ step: PlanStep, _ lang: String) -> String {
        let party = PlanStrings.text("party.\(step.party)", lang)
        var title = PlanStrings.format("l.step", lang, String(step.number)) + ": " + PlanStrings.format("l.contact", lang, party)
        if let who = step.who { title += " (\(who.name))" }
        return title
    }

    public static func hoursLine(_ hours: PlanHours, _ lang: String) -> String {
        let state: String
        if hours.always {
            state = PlanStrings.text("l.open_always", lang)
        } else if hours.openNow {
            state = PlanStrings.format("l.open_until", lang, hours.openUntil ?? "?")
        } else {
            state = PlanStrings.format("l.closed_opens", lang, hours.nextOpen ?? "?")
        }
        return hours.always ? state : "\(hours.summary); \(state)"
    }

    public static func contactPoints(_ c: PlanChannel, _ lang: String) -> [String] {
        var lines: [String] = []
        if let phone = c.phone { lines.append("\(PlanStrings.text("l.phone", lang)): \(phone)") }
        if let email = c.email { lines.append("\(PlanStrings.text("l.email", lang)): \(email)") }
        if let url = c.url { lines.append("\(PlanStrings.text("l.web", lang)): \(url)") }
        return lines
    }

    public static func deadlineLine(_ d: PlanDeadline, _ lang: String) -> String {
        let anchor = PlanStrings.text("anchor.\(d.from)", lang)
        var basis = PlanStrings.format(d.days == 1 ? "l.day_after" : "l.days_after", lang, String(d.days), anchor)
        if let months = d.months {
            basis = d.days == 0 ? PlanStrings.format("l.months_after", lang, String(months), anchor)
                : PlanStrings.format("l.months_days_after", lang, String(months), String(d.days), anchor)
        }
        guard let date = d.date else {
            return "\(d.label): \(PlanStrings.format("l.needs", lang, d.needs ?? "?")) (\(basis))"
        }
        let when = PlanStrings.format(d.kind == "opens" ? "l.opens_on" : "l.closes_on", lang, date.description)
        var relative = ""
        if let n = d.daysFromToday {
            relative = n == 0 ? PlanStrings.text("l.today", lang)
                : n == 1 ? PlanStrings.text("l.tomorrow", lang) : n == -1 ? PlanStrings.text("l.yesterday", lang)
                : n > 0 ? PlanStrings.format("l.in_days", lang, String(n)) : PlanStrings.format("l.days_ago", lang, String(-n))
        }
        var line = "\(d.label): \(when) (\(basis); \(relative))"
        if d.assumed { line += " - " + PlanStrings.text("l.assumed_today", lang) }
        return line
    }

    public static func escalationContact(_ e: PlanEscalation, _ lang: String) -> [String] {
        var lines: [String] = []
        if let phone = e.phone { lines.append("\(PlanStrings.text("l.phone", lang)): \(phone)") }
        if let email = e.email { lines.append("\(PlanStrings.text("l.email", lang)): \(email)") }
        if let url = e.url { lines.append("\(PlanStrings.text("l.web", lang)): \(url)") }
        return lines
    }

    public static func sourceLine(_ s: PlanSource, _ lang: String) -> String {
        var line = "\(s.url) (\(s.quality), \(PlanStrings.format("l.seen", lang, s.seen.description)))"
        if s.stale { line += " - " + PlanStrings.text("l.stale", lang) }
        return line
    }

    public static func candidateLine(_ c: Candidate) -> String {
        var line = "\(c.id) - \(TerminalText.sanitize(c.name))"
        if let m = c.matched { line += " (\u{201C}\(TerminalText.sanitize(m))\u{201D})" }
        return line
    }

    /// `Amazon - Refund`; `Amazon - Reach a person` for a contact plan; `General plan - Refund` without a profile.
    public static func title(_ plan: ContactPlan) -> (merchant: String, subject: String) {
        let lang = plan.language
        let merchant = plan.merchant?.name ?? PlanStrings.text("f.generic", lang)
        return (merchant, plan.issue?.name ?? PlanStrings.text("f.contact", lang))
    }

    public static func sellerLine(_ plan: ContactPlan) -> String {
        guard let seller = plan.seller else { return PlanStrings.text("seller.unknown", plan.language) }
        return seller.name
    }
}
