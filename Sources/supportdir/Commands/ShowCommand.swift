import ArgumentParser
import Foundation
import SupportDirectory

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one merchant profile: channels, hours, routes and sources.")

    @Argument(help: "A merchant id or any of its names or aliases (amazon, アマゾン, 速卖通).")
    var merchant: String

    @OptionGroup var directory: DirectoryOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    @Option(help: "Language for text: en, ko, ja or zh (default: from the locale).")
    var lang: String?

    func validate() throws { try LanguageOption.check(lang) }

    func run() throws {
        let registry = directory.loadRegistry()
        reportProblems(registry)
        var matches = registry.lookup(merchant)
        // A storefront's domain names that storefront's profile, not every profile listing the domain.
        let storefront = matches.filter { $0.storefronts.contains { SearchKey.fold($0.domain) == SearchKey.fold(merchant) } }
        if matches.count > 1, storefront.count == 1 { matches = storefront }
        guard matches.count == 1, let profile = matches.first else {
            var err = StandardError()
            if matches.isEmpty {
                let close = registry.lookupTable
                    .map { ($0.id, SearchKey.distance(SearchKey.fold(merchant), $0.key, limit: 3)) }
                    .filter { $0.1 <= 3 }.sorted { $0.1 < $1.1 }.map(\.0)
                var unique: [String] = []
                for id in close where !unique.contains(id) { unique.append(id) }
                let hint = unique.isEmpty ? "run `supportdir list` to see every merchant" :
                    "did you mean \(unique.prefix(3).map { "'\($0)'" }.joined(separator: ", "))?"
                print("error: no merchant called \(OutputEscaping.quoted(merchant)); \(hint)", to: &err)
            } else {
                print("error: \(OutputEscaping.quoted(merchant)) names several merchants: \(matches.map(\.id).joined(separator: ", ")); give the id",
                      to: &err)
            }
            throw ExitCode(3)
        }
        switch format {
        case .json: print(try JSONOutput.encode(ProfileFile(profile)))
        case .text:
            print(OutputEscaping.text(ProfileText(profile, language: lang ?? Locale.preferredUILanguage,
                                                    origin: registry.origin(of: profile.id)).render()))
        case .markdown:
            print(ProfileText(profile, language: lang ?? Locale.preferredUILanguage,
                              origin: registry.origin(of: profile.id)).renderMarkdown())
        }
    }
}

/// A profile laid out for reading in a terminal.
struct ProfileText {
    let profile: any MerchantProfile
    let language: String
    let origin: ProfileOrigin?

    init(_ profile: any MerchantProfile, language: String, origin: ProfileOrigin?) {
        self.profile = profile
        self.language = language
        self.origin = origin
    }

    func t(_ text: LocalizedText?) -> String { text?.text(for: language) ?? "" }

    /// A heading or label in the reader's language.
    func l(_ key: String) -> String { PlanStrings.text(key, language) }

    func render() -> String {
        var out: [String] = []
        let p = profile
        out.append("\(p.names.text(for: language)) (\(p.id)), \(p.kind.rawValue)")
        if !p.aliases.isEmpty { out.append("  \(l("show.aliases")): \(p.aliases.joined(separator: ", "))") }
        out.append("  \(l("show.domains")): \(p.domains.joined(separator: ", "))")
        if !p.regions.isEmpty { out.append("  \(l("show.regions")): \(p.regions.joined(separator: ", "))") }
        for s in p.storefronts { out.append("  \(l("show.storefront")): \(s.domain) (\(s.region))") }
        if !p.sellsOn.isEmpty { out.append("  \(l("show.sells_on")): \(p.sellsOn.joined(separator: ", "))") }
        if let origin { out.append("  \(l("show.profile")): \(origin)") }
        if let tp = p.thirdParty {
            out.append("")
            out.append("\(l("show.third_party")) (\(tp.sellerProfile))")
            if !tp.sellerFirst.isEmpty { out.append("  \(l("show.seller_first")): \(tp.sellerFirst.joined(separator: ", "))") }
            if !tp.marketplaceFirst.isEmpty { out.append("  \(l("show.marketplace_first")): \(tp.marketplaceFirst.joined(separator: ", "))") }
            if let note = tp.note { out.append("  \(t(note))") }
        }
        if !p.channels.isEmpty {
            out.append("")
            out.append(l("show.channels"))
            for c in p.channels {
                let title = c.title.map { " \(t($0))" } ?? ""
                out.append("  [\(c.id)] \(c.kind.rawValue)\(title)")
                if let phone = c.phone { out.append("    phone: \(phone)") }
                if let email = c.email { out.append("    email: \(email)") }
                if let url = c.url { out.append("    url: \(url)") }
                if !c.path.isEmpty { out.append("    path: \(c.path.map(t).joined(separator: " > "))") }
                if let hours = c.hours { out.append("    hours: \(describe(hours))") }
                if !c.languages.isEmpty { out.append("    languages: \(c.languages.joined(separator: ", "))") }
                if let login = c.loginRequired { out.append("    login required: \(login ? "yes" : "no")") }
                if let r = c.responseTime { out.append("    response: \(t(r))") }
                if !c.goodFor.isEmpty { out.append("    good for: \(c.goodFor.map(\.rawValue).joined(separator: ", "))") }
                for d in c.drawbacks { out.append("    drawback: \(t(d))") }
                if let h = c.humanShortcut { out.append("    to reach a person: \(t(h))") }
                if let d = c.disagreement { out.append("    sources disagree: \(t(d))") }
                if let s = c.source { out.append("    source: \(s.url) (seen \(s.seen), \(s.quality.rawValue))") }
            }
        }
        if !p.routes.isEmpty {
            out.append("")
            out.append(l("show.routes"))
            for r in p.routes {
                let scope = r.soldBy == .any ? "" : " (sold by \(r.soldBy.rawValue))"
                out.append("  \(r.issue)\(scope)")
                for (n, step) in r.steps.enumerated() {
                    let via = step.channels.isEmpty ? "" : " via \(step.channels.joined(separator: ", "))"
                    out.append("    \(n + 1). \(step.party.rawValue)\(via): \(t(step.why))")
                }
                for d in r.deadlines {
                    let amount = [d.months.map { "\($0) months" }, d.days.map { "\($0) days" }, d.hours.map { "\($0) hours" }]
                        .compactMap { $0 }
                        .joined(separator: " ")
                    out.append("    deadline: \(t(d.label)): \(d.kind.rawValue) \(amount) after \(d.from.rawValue)")
                }
            }
        }
        if !p.escalation.isEmpty {
            out.append("")
            out.append(l("show.escalation"))
            for e in p.escalation { out.append("  \(t(e.name))\(e.when.map { ": \(t($0))" } ?? "")") }
        }
        if !p.warnings.isEmpty {
            out.append("")
            out.append(l("show.warnings"))
            for w in p.warnings { out.append("  ! \(t(w))") }
        }
        return out.joined(separator: "\n")
    }

    /// The same outline as Markdown: the first line a heading, each unindented line a section,
    /// each indented line a bullet nested by its indent; every line escaped as one value.
    func renderMarkdown() -> String {
        var out: [String] = []
        for (n, line) in render().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let content = OutputEscaping.markdown(String(line.dropFirst(indent)))
            if content.isEmpty { out.append(""); continue }
            if n == 0 { out.append("# " + content); out.append(""); continue }
            if indent == 0 { out.append("## " + content); out.append(""); continue }
            out.append(String(repeating: "  ", count: max(0, indent / 2 - 1)) + "- " + content)
        }
        return out.joined(separator: "\n")
    }

    func describe(_ hours: OpeningHours) -> String {
        switch hours {
        case .always: return "24/7"
        case let .weekly(zone, periods, note):
            let spans = periods.map { p in "\(p.days.map(\.rawValue).joined(separator: ",")) \(p.open)-\(p.close)" }
            return spans.joined(separator: "; ") + " (\(zone))" + (note.map { ", \(t($0))" } ?? "")
        }
    }
}
