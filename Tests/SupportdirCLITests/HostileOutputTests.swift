import Foundation
import SupportDirectory
import Testing

/// Issue 18, "raw control characters reach the terminal": hostile strings typed by the user or
/// carried by a file name go through every option and every output format; nothing that a
/// terminal acts on comes out, a newline cannot start a Markdown block, JSON still parses, and
/// each run ends with its documented status.
@Suite("Hostile input never reaches the terminal raw")
struct HostileOutputTests {
    static let now = "2026-11-22T18:00:00Z"

    /// Hostile values: what each one would do to a terminal or a Markdown reader.
    static let hostile: [(name: String, value: String)] = [
        ("ESC clear screen", "Bob\u{1B}[2J\u{1B}[H"),
        ("BEL", "Bob\u{07}\u{07}"),
        ("C1 CSI", "Bob\u{9B}31mred"),
        ("OSC title", "Bob\u{1B}]0;pwned\u{07}"),
        ("U+202E override", "Bob\u{202E}gnp.exe"),
        ("U+2066 isolate", "Bob\u{2066}hidden\u{2069}"),
        ("newline heading", "Bob\n# Injected\n\n- item"),
        ("CR and tab", "Bob\r\tOverwritten"),
        ("backticks", "Bob`code` ``x``"),
        ("NEL and line separator", "Bob\u{85}x\u{2028}y"),
    ]

    /// A code point a terminal would act on: C0/C1 control (other than newline and tab) or a
    /// bidirectional control. Tab and newline are allowed in text output.
    static func unsafe(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { TerminalText.isUnsafe($0) }
    }

    static func run(_ args: [String], env: [String: String] = [:]) throws -> CLIRun {
        try CLI.run(args + (args.first == "resolve" ? ["--now", now] : []), environment: env)
    }

    func expectClean(_ run: CLIRun, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.unsafe(run.stdout).isEmpty, "stdout of \(what) holds \(Self.unsafe(run.stdout).map { String($0.value, radix: 16) })",
                sourceLocation: sourceLocation)
        #expect(Self.unsafe(run.stderr).isEmpty, "stderr of \(what) holds \(Self.unsafe(run.stderr).map { String($0.value, radix: 16) })",
                sourceLocation: sourceLocation)
    }

    /// A Markdown document where no line that a value could have started begins a block of
    /// its own: the injected heading and list item stay inside their line, escaped.
    func expectNoInjectedBlock(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix("# Injected") && !line.hasPrefix("\\# Injected") && !line.hasPrefix("- item"),
                    "a value started a Markdown block: \(line)", sourceLocation: sourceLocation)
        }
        #expect(!markdown.contains("`code`") || markdown.contains("\\`code\\`") || markdown.contains("`` Bob`code`"),
                "a value's backticks opened a code span", sourceLocation: sourceLocation)
    }

    @Test("--seller, --order, --merchant, --issue and the words, in text, markdown and json", arguments: ["text", "markdown", "json"])
    func resolveOptions(format: String) throws {
        for (name, value) in Self.hostile {
            let cases: [(String, [String], Int32)] = [
                ("--seller", ["resolve", "amazon refund", "--seller", value], 0),
                ("--order", ["resolve", "amazon refund", "--order", value], 0),
                // No profile for the shop: the general plan (exit 0) names it, escaped.
                ("--merchant", ["resolve", "refund", "--merchant", value], 0),
                ("--issue", ["resolve", "amazon", "--issue", value], 4),
                ("words", ["resolve", "amazon refund " + value], 0),
            ]
            for (option, args, status) in cases {
                let run = try Self.run(args + ["--format", format])
                let what = "\(option) with \(name) as \(format)"
                #expect(run.status == status, "\(what): status \(run.status), stderr \(run.stderr)")
                expectClean(run, what)
                switch format {
                case "json":
                    #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil, "\(what): JSON does not parse")
                case "markdown":
                    expectNoInjectedBlock(run.stdout)
                default:
                    for line in run.stdout.split(separator: "\n") {
                        #expect(!line.hasPrefix("# Injected") && !line.hasPrefix("- item"), "\(what): a value made its own line")
                    }
                }
            }
        }
    }

    @Test("the seller's newline stays on the seller's line in markdown")
    func sellerNewlineInMarkdown() throws {
        let run = try Self.run(["resolve", "amazon refund", "--seller", "Bob\n# Injected", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("- **Seller**: ") || run.stdout.contains("Bob \\# Injected"))
        #expect(run.stdout.contains("Bob \\# Injected"))
        expectNoInjectedBlock(run.stdout)
    }

    @Test("a 100 KB value through every option is refused with 64 and a short message, or bounded")
    func hundredKilobytes() throws {
        let big = String(repeating: "A\u{1B}[2J", count: 100_000 / 5)
        for option in ["--seller", "--order", "--merchant", "--issue"] {
            for format in ["text", "markdown", "json"] {
                let run = try Self.run(["resolve", "amazon refund", option, big, "--format", format])
                #expect(run.status == 64, "\(option) \(format): \(run.status)")
                #expect(run.stderr.utf8.count < 2_000, "\(option): the error message echoes the value (\(run.stderr.utf8.count) bytes)")
                #expect(run.stderr.contains("characters long"))
                expectClean(run, "\(option) 100 KB")
            }
        }
        for option in ["--tz", "--ordered", "--lang", "--country"] {
            let run = try Self.run(["resolve", "amazon refund", option, big])
            #expect(run.status == 64, "\(option): \(run.status)")
            #expect(run.stderr.utf8.count < 2_000, "\(option): the error message echoes the value (\(run.stderr.utf8.count) bytes)")
            expectClean(run, "\(option) 100 KB")
        }
        let show = try Self.run(["show", big])
        #expect(show.status == 3)
        #expect(show.stderr.utf8.count < 2_000)
        expectClean(show, "show 100 KB")
    }

    /// Search reads as many characters as resolve: 100 KB of words once took minutes and tens of gigabytes (every
    /// run of neighbouring words was kept), and "nothing found" echoed them all.
    @Test("search reads the first characters of 100 KB of words, says so, and echoes a short quote", arguments: ["text", "json"])
    func searchOfAHundredKilobytes(format: String) throws {
        let words = String(repeating: "zq xv \u{1B}[2J ", count: 100_000 / 12)
        let run = try Self.run(["search", words, "--format", format])
        #expect(run.status == 1, "nothing found: \(run.status)")
        #expect(run.stdout.utf8.count < 500, "\(run.stdout.utf8.count) bytes")
        #expect(run.stderr.contains("only the first \(DirectorySearch.readLimit) characters were searched"), "\(run.stderr)")
        expectClean(run, "search 100 KB")
    }

    @Test("--tz, --ordered, --lang, --country and --now quote a hostile value escaped, exit 64")
    func optionErrors() throws {
        for (name, value) in Self.hostile {
            for option in ["--tz", "--ordered", "--delivered", "--lang", "--country", "--now"] {
                let run = try CLI.run(["resolve", "amazon refund", option, value])
                #expect(run.status == 64, "\(option) \(name): \(run.status)")
                expectClean(run, "\(option) with \(name)")
                #expect(!run.stderr.contains("\n# Injected"))
            }
            let unknown = try Self.run(["resolve", "amazon refund", "--x" + value])
            #expect(unknown.status == 64)
            expectClean(unknown, "an unknown option with \(name)")
        }
    }

    @Test("show and new arguments, in every format", arguments: ["text", "json", "markdown"])
    func showAndNew(format: String) throws {
        for (name, value) in Self.hostile {
            let show = try Self.run(["show", value, "--format", format])
            #expect(show.status == 3, "show \(name): \(show.status)")
            expectClean(show, "show \(name)")
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-new-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let new = try Self.run(["new", value, "--kind", "seller", "--output", dir.path])
            #expect(new.status != 0, "new \(name) wrote a profile")
            expectClean(new, "new \(name)")
        }
        // The profile text itself, through every format of show.
        let ok = try Self.run(["show", "amazon", "--format", format])
        #expect(ok.status == 0)
        expectClean(ok, "show amazon")
    }

    @Test("validate's diagnostics name a hostile file escaped, in every reporter",
          arguments: ["text", "json", "sarif", "github-actions"])
    func validateFileNames(reporter: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, name) in ["a\u{1B}]0;pwned\u{07}", "b\u{202E}lmay", "c\u{1B}[2J", "d\u{9B}1m", "e\nx.yaml:1:1: error: fake"].enumerated() {
            try "id: x\(i)\nkind: [\n".write(to: dir.appendingPathComponent(name + ".yaml"), atomically: true, encoding: .utf8)
        }
        let run = try Self.run(["validate", dir.path, "--no-builtin", "--reporter", reporter])
        #expect(run.status == 1, "status \(run.status): \(run.stderr)")
        #expect(!run.stdout.isEmpty)
        expectClean(run, "validate --reporter \(reporter)")
        #expect(!run.stdout.contains("\nx.yaml:1:1: error: fake"), "a newline in a file name started a line of its own")
        if reporter == "json" || reporter == "sarif" {
            #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil, "the \(reporter) report does not parse")
        }
    }

    @Test("JSON keeps the value but writes controls and bidi characters as escapes")
    func jsonEscapes() throws {
        let doc = OutputEscaping.json("{\"a\": \"x\u{202E}y\u{85}z\u{7F}\u{2028}\"}")
        #expect(doc == "{\"a\": \"x\\u202ey\\u0085z\\u007f\\u2028\"}")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: String])
        #expect(object["a"] == "x\u{202E}y\u{85}z\u{7F}\u{2028}")
    }

    @Test("text style marks in a value cannot turn into colour codes")
    func styleMarksInValues() {
        let mark = String(Character(Unicode.Scalar(0xFDD0)!))
        #expect(OutputEscaping.clean("a\(mark)b") == "ab")
        #expect(ResolveRequest(seller: "x\(mark)y").seller == "xy")
        #expect(!OutputEscaping.text(OutputEscaping.Style.bold.wrap("x"), color: false).contains("\u{1B}"))
        #expect(OutputEscaping.text(OutputEscaping.Style.bold.wrap("x"), color: true) == "\u{1B}[1mx\u{1B}[0m")
    }

    @Test("Markdown escaping: block starters, code spans, long values")
    func markdownUnit() {
        #expect(OutputEscaping.markdown("# x") == "\\# x")
        #expect(OutputEscaping.markdown("- x") == "\\- x")
        #expect(OutputEscaping.markdown("1. x") == "1\\. x")
        #expect(OutputEscaping.markdown("a\n# b") == "a \\# b")
        #expect(OutputEscaping.markdown("[a](javascript:x)") == "\\[a\\](javascript:x)")
        #expect(OutputEscaping.markdownCode("a`b") == "`` a`b ``")
        #expect(OutputEscaping.markdownCode("114-1") == "`114-1`")
        let long = OutputEscaping.markdown(String(repeating: "x", count: 100_000))
        #expect(long.count < OutputEscaping.displayLimit + 100)
        #expect(long.hasSuffix("(98000 more characters)"))
    }
}
