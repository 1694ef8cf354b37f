import ArgumentParser
import Foundation
import SupportDirectory

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "From what happened to a contact plan: whom to contact first, how, with what, and what next.",
        discussion: """
            Describe the problem in your own words (English, Korean, Japanese or Chinese), with options, or both:
              supportdir resolve "Amazon third-party seller refund"
              supportdir resolve "速卖通 没收到货"
                supportdir resolve --order 114-1234567-1234567 --issue not-received --expected 2026-11-20

            To reach a person, ask for one or name the shop alone: the plan ranks its channels by how \
            fast a person answers now in your time zone (--tz), with the click path and the shortcut to a human:
              supportdir resolve "amazon customer service phone number"
              supportdir resolve "알리익스프레스 상담원 연결"

            A shop the directory does not know still gets the general plan that works with any shop \
            (write to the seller, buyer protection, card dispute, consumer agency):
              supportdir resolve "zalando refund" --country US

            Exit status: 0 a plan was printed (a problem plan, a contact plan or the general plan); \
            3 the merchant is ambiguous, or unknown with no clear issue; \
            4 the issue is unknown or ambiguous (the closest candidates are listed); 64 bad usage. \
            The JSON schema is in docs/contact-plan.md.
            """)

    @Argument(help: "What happened, in your own words.")
    var words: [String] = []

    @Option(help: ArgumentHelp("The merchant: an id, name or alias (amazon, 아마존, amazon.co.jp).", valueName: "name"))
    var merchant: String?

    @Option(help: ArgumentHelp("Who sold the item: 'third-party', or a seller or brand name.", valueName: "name"))
    var seller: String?

    @Option(help: ArgumentHelp("The issue kind (see `supportdir issues`), or words for it.", valueName: "issue"))
    var issue: String?

    @Option(help: ArgumentHelp("The order number; Amazon (3-7-7 digits) and AliExpress (16 digits) are recognised.", valueName: "number"))
    var order: String?

    @Option(help: ArgumentHelp("The order date.", valueName: "YYYY-MM-DD"))
    var ordered: String?

    @Option(help: ArgumentHelp("The delivery date.", valueName: "YYYY-MM-DD"))
    var delivered: String?

    @Option(help: ArgumentHelp("The latest estimated delivery date shown on the order.", valueName: "YYYY-MM-DD"))
    var expected: String?

    @Option(help: ArgumentHelp("When you first contacted the seller or merchant (default: today).", valueName: "YYYY-MM-DD"))
    var contacted: String?

    @Option(help: ArgumentHelp("When you opened a dispute with the marketplace (AliExpress's dispute timers count from it).", valueName: "YYYY-MM-DD"))
    var disputed: String?

    @Option(help: ArgumentHelp("Your country: ISO 3166 code or name (US, JP, KR, CN, 한국, 日本); default: from the locale.", valueName: "country"))
    var country: String?

    @Option(name: .customLong("tz"), help: ArgumentHelp("Your IANA time zone, e.g. Asia/Seoul or UTC (default: TZ, else the system's).", valueName: "zone"))
    var timeZone: String?

    @Option(help: ArgumentHelp("Language of the plan: en, ko, ja or zh (default: the language you typed in, else the locale).", valueName: "code"))
    var lang: String?

    @Option(help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    @Option(help: .hidden)
    var now: String?

    @Flag(help: "Never ask: when the merchant or the problem is unclear, list the candidates and stop (as in a pipe or with --format json).")
    var noInput = false

    @OptionGroup var directory: DirectoryOptions

    /// The longest value a one-line option (--seller, --order, --merchant, --issue) may hold.
    static let optionLimit = 1_000

    func validate() throws {
        for (name, value) in [("merchant", merchant), ("seller", seller), ("issue", issue), ("order", order)] {
            guard let value else { continue }
            if ResolveRequest.singleLine(value) == nil {
                throw ValidationError("--\(name) is empty; give a value or leave the option out")
            }
            if value.count > Self.optionLimit {
                throw ValidationError("--\(name) is \(value.count) characters long; at most \(Self.optionLimit) are read")
            }
        }
        for (name, value) in [("ordered", ordered), ("delivered", delivered), ("expected", expected), ("contacted", contacted),
                              ("disputed", disputed)] {
            if let value, (CalendarDate(value)?.year ?? 0) < 1 {
                throw ValidationError("--\(name) \(OutputEscaping.quoted(value)) is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22")
            }
        }
        if case let .failure(problem) = shopperZone.zone { throw ValidationError(problem.message) }
        if let lang, PlanLanguage.supportedCode(lang) == nil {
            throw ValidationError("--lang \(OutputEscaping.quoted(lang)) is not supported; use en, ko, ja or zh")
        }
        if let country, CountryNames.code(for: country) == nil { throw ValidationError(CountryNames.refusal(country)) }
        let said = words.contains { ResolveRequest.singleLine($0) != nil }
        if !said, merchant == nil, order == nil, issue == nil, seller == nil {
            throw ValidationError(words.isEmpty
                ? "say what happened, e.g. supportdir resolve \"amazon refund\", or give --merchant and --issue"
                : "the request is empty; say what happened, e.g. supportdir resolve \"amazon refund\", or give --merchant and --issue")
        }
        if try clock() == nil { throw ValidationError("--now \(OutputEscaping.quoted(now ?? "")) is not an ISO 8601 time like 2026-11-22T10:00:00Z") }
    }

    /// `--tz`, else `TZ` read as POSIX does, else the system's zone.
    var shopperZone: (zone: Result<ShopperTimeZone, ShopperTimeZone.Problem>, warning: String?) {
        ShopperTimeZone.resolve(option: timeZone, environment: ProcessInfo.processInfo.environment)
    }

    /// The moment to plan for: hidden `--now`, else `SUPPORTDIR_NOW`, else the clock.
    func clock() throws -> Date? {
        guard let text = now ?? ProcessInfo.processInfo.environment["SUPPORTDIR_NOW"] else { return Date() }
        return ISO8601DateFormatter().date(from: text)
    }

    func run() throws {
        let registry = directory.loadRegistry()
        reportProblems(registry)
        let env = ProcessInfo.processInfo.environment
        warnIfStale()
        let (found, warning) = shopperZone
        if let warning { var err = StandardError(); print(warning, to: &err) }
        let zone = (try? found.get()) ?? ShopperTimeZone(zone: .current)
        var request = ResolveRequest(
            text: words.joined(separator: " "), merchant: merchant, seller: seller, issue: issue, orderNumber: order,
            ordered: ordered.flatMap { CalendarDate($0) }, delivered: delivered.flatMap { CalendarDate($0) },
            expected: expected.flatMap { CalendarDate($0) }, contacted: contacted.flatMap { CalendarDate($0) },
            disputed: disputed.flatMap { CalendarDate($0) },
            country: country.flatMap(CountryNames.code(for:)), language: lang,
            timeZone: zone.zone, timeZoneName: zone.name,
            now: (try? clock()) ?? Date(), environment: env)
        let planner = ContactPlanner(registry: registry)
        var resolution = planner.resolve(request)
        let color = format == .text && isatty(STDOUT_FILENO) == 1 && (env["NO_COLOR"] ?? "").isEmpty
        // On a terminal, an unclear merchant or problem becomes a numbered question (twice at most:
        // the merchant, then the problem); pipes, scripts and JSON never wait for an answer.
        if interactive {
            for _ in 0..<2 {
                guard case let .unresolved(u) = resolution, let choice = CandidateChoice(u) else { break }
                write(resolution, color: color, listsCandidates: false)
                guard let answer = ask(choice) else { throw ExitCode(u.exitStatus) }
                request = choice.applying(answer, to: request)
                resolution = planner.resolve(request)
                FileHandle.standardOutput.write(Data("\n".utf8))
            }
        }
        write(resolution, color: color)
        if case let .unresolved(u) = resolution { throw ExitCode(u.exitStatus) }
    }

    /// Asking is for a person at a terminal: standard input and output both a TTY, not JSON, not --no-input.
    private var interactive: Bool {
        !noInput && format != .json && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// `listsCandidates: false` when the question that follows lists them.
    private func write(_ resolution: Resolution, color: Bool, listsCandidates: Bool = true) {
        let output: String
        switch format {
        case .text: output = PlanTextRenderer(color: color, listsCandidates: listsCandidates).render(resolution)
        case .markdown: output = PlanMarkdownRenderer(listsCandidates: listsCandidates).render(resolution)
        case .json: output = PlanJSONRenderer().render(resolution)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// Prints the question and reads one line; nil when the shopper stops (Enter, end of input, not a number).
    private func ask(_ choice: CandidateChoice) -> Candidate? {
        FileHandle.standardOutput.write(Data(("\n" + choice.question).utf8))
        switch choice.answer(readLine(strippingNewline: true)) {
        case let .chosen(candidate): return candidate
        case .stop: return nil
        case let .invalid(message):
            FileHandle.standardOutput.write(Data((message + "\n").utf8))
            return nil
        }
    }

    /// One line on standard error when the directory in use is over 90 days old.
    private func warnIfStale() {
        let today = CalendarDate((try? clock()) ?? Date(), in: TimeZone(identifier: "UTC")!)
        guard let line = DirectoryFreshness.warning(for: directory.selection.directory, today: today) else { return }
        var err = StandardError()
        print(line, to: &err)
    }
}
