import Foundation
import Testing
@testable import SupportDirectory

/// Issue 18, "validate and new" and "what a contributor's pull request can slip past validate": each finding
/// as a profile fixture with its expected located message.
struct ContributorSlipTests {
    /// `rule line:column` and message of every warning or error (and notice) on `yaml`, all rules, in the example directory.
    static func findings(_ yaml: String, name: String = "shop.yaml") -> [Finding] {
        let file = ValidatedFile.read(url: URL(fileURLWithPath: "/examples/\(name)"), text: yaml, role: .profile)
        let context = ValidationContext.forExamples(adding: file)
        return Validator.run(ValidationRules.all.map { $0.init() }, on: file, in: context)
    }

    static func expect(_ yaml: String, _ expected: [(String, Int, Int, String)], name: String = "shop.yaml",
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let found = findings(yaml, name: name)
        for (rule, line, column, words) in expected {
            #expect(found.contains { $0.ruleID == rule && $0.location.line == line && $0.location.column == column && $0.message.contains(words) },
                    "no \(rule) at \(line):\(column) saying '\(words)'; found:\n\(found.map(\.description).joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
        }
    }

    static let head = "id: shop\nkind: retailer\nnames: Shop\ndomains: [shop.example.com]\n"
    static let source = "{url: https://shop.example.com/help, seen: 2026-11-01, quality: official-page}"

    @Test func everyDuplicateKeyIsReported() {
        Self.expect(Self.head + "names: Again\ndomains: [again.example]\n", [
            ("schema", 5, 1, "duplicate key 'names' (first defined on line 3)"),
            ("schema", 6, 1, "duplicate key 'domains' (first defined on line 4)"),
        ])
    }

    @Test func mailtoInAnEmailIsRefused() {
        Self.expect(Self.head + "channels:\n  - id: mail\n    kind: email\n    email: mailto:help@shop.example.com\n    source: \(Self.source)\n", [
            ("official-domain", 8, 12, "write the bare address ('help@shop.example.com')"),
        ])
    }

    @Test func everyHiddenCharacterOfALine() {
        let found = Self.findings("id: shop\nkind: retailer\nnames: \"Sh\u{200B}op On\u{200C}line\"\ndomains: [shop.example.com]\n")
            .filter { $0.ruleID == HiddenCharacterRule.id }
        // Columns count Characters: U+200C joins the n before it, so it is reported at the n.
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["3:11", "3:16"], "\(found)")
        #expect(found.first?.message.contains("U+200B") == true && found.last?.message.contains("U+200C") == true)
        // Written as escapes in a double-quoted value: each character at its own escape, a repeat counted.
        let escaped = Self.findings("id: shop\nkind: retailer\nnames: \"Sh\\u200Bop On\\u200cline\\u200B\"\ndomains: [shop.example.com]\n")
            .filter { $0.ruleID == HiddenCharacterRule.id }
        #expect(escaped.map { "\($0.location.line):\($0.location.column)" } == ["3:11", "3:22"], "\(escaped)")
        #expect(escaped.first?.message.contains("U+200B is written into this value (as an escape, 2 times)") == true
                && escaped.last?.message.contains("U+200C") == true, "\(escaped.map(\.message))")
        // Thousands on one line: a few one by one, the rest counted in one finding.
        let many = Self.findings("id: shop\nkind: retailer\nnames: \"" + String(repeating: "a\u{200B}", count: 5_000) + "\"\ndomains: [shop.example.com]\n")
            .filter { $0.ruleID == HiddenCharacterRule.id }
        #expect(many.count == HiddenCharacterRule.perLine + 1)
        #expect(many.last?.message.hasPrefix("\(5_000 - HiddenCharacterRule.perLine) more hidden characters") == true, "\(many.last?.message ?? "")")
        // Joiners where they belong (Persian, emoji) are not hidden characters.
        #expect(Self.findings("id: shop\nkind: retailer\nnames: {en: Shop, fa: \"می\u{200C}خواهم\"}\naliases: [\"👩\u{200D}💻 shop\"]\ndomains: [shop.example.com]\n")
            .filter { $0.ruleID == HiddenCharacterRule.id }.isEmpty)
    }

    @Test func emptyDomainsDoNotSwitchTheCheckOff() {
        Self.expect("id: shop\nkind: marketplace\nnames: Shop\ndomains: []\nchannels:\n  - id: help\n    kind: help-center\n    url: https://rakuten-support-help.com/help\n    source: {url: https://rakuten-support-help.com/help, seen: 2026-11-01, quality: official-page}\n", [
            ("official-domain", 4, 10, "a marketplace profile names at least one official domain"),
            ("official-domain", 8, 10, "cannot be checked: the profile lists no official domains"),
        ])
    }

    @Test func nonsenseValues() {
        let yaml = """
            id: shop
            kind: retailer
            names: {}
            domains: [shop.example.com]
            channels:
              - id: help
                kind: help-center
                title: {}
                url: https://shop.example.com/help
                source: \(Self.source)
            routes:
              - issue: refund
                steps: []
              - issue: not-received
                steps:
                  - {party: merchant, channels: [help], why: It answers., wait_hours: -5}
                deadlines:
                  - {id: window, label: Window, from: delivered, kind: closes, days: -8, source: \(Self.source)}
                  - {id: window, label: Window, from: delivered, kind: closes, source: \(Self.source)}
                  - {id: unsourced, label: Window, from: delivered, kind: closes, days: 30}

            """
        Self.expect(yaml, [
            ("meaningful-values", 3, 8, "names is empty"),
            ("meaningful-values", 8, 12, "the title of channel 'help' is empty"),
            ("meaningful-values", 13, 12, "the route for 'refund' has no steps"),
            ("meaningful-values", 16, 75, "wait_hours is -5"),
            ("meaningful-values", 18, 74, "days is -8"),
            ("meaningful-values", 19, 14, "the deadline 'window' has no length"),
            ("meaningful-values", 19, 14, "the deadline id 'window' is used twice in this route"),
            ("deadline-source", 20, 14, "the deadline 'unsourced' has no source"),
        ])
        Self.expect("id: shop\nkind: retailer\nnames: {ko: 상점}\ndomains: [shop.example.com]\n", [
            ("meaningful-values", 3, 8, "names has no English ('en') entry"),
        ])
    }

    @Test func subfolderFilesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("jp"), withIntermediateDirectories: true)
        try Data("id: rakuten-ichiba\n".utf8).write(to: folder.appendingPathComponent("jp/rakuten-ichiba.yaml"))
        let report = try Validator(options: ValidationOptions(relativeTo: folder)).validate(targets: [folder], directory: [])
        let finding = try #require(report.findings.first { $0.location.path == "jp/rakuten-ichiba.yaml" })
        #expect(finding.ruleID == FileNameRule.id && finding.location.line == 1 && finding.location.column == 1)
        #expect(finding.message.contains("never load it; move it to"), "\(finding.message)")
    }

    @Test func yamlSlipsSayWhatHappened() {
        // `source:` keys written at the channel's indentation.
        Self.expect(Self.head + "channels:\n  - id: help\n    kind: help-center\n    url: https://shop.example.com/help\n    source:\n    url: https://shop.example.com/help\n    seen: 2026-11-01\n    quality: official-page\n", [
            ("schema", 10, 5, "the 'source:' on line 9 is empty and the keys after it are at its own indentation"),
        ])
        // An unquoted `Note:` in a flow list reads as a mapping.
        Self.expect(Self.head + "channels:\n  - id: chat\n    kind: chat\n    url: https://shop.example.com/chat\n    drawbacks: [Note: a bot answers first.]\n    source: \(Self.source)\n", [
            ("language-tag", 9, 17, "put it in quotes: \"Note: a bot answers first.\""),
        ])
        // A missing `seen` says what it holds.
        Self.expect(Self.head + "channels:\n  - id: chat\n    kind: chat\n    url: https://shop.example.com/chat\n    source: {url: https://shop.example.com/chat, quality: official-page}\n", [
            ("schema", 9, 13, "'seen' holds the date you read the source page, written YYYY-MM-DD"),
        ])
    }

    @Test(arguments: [("-Shop-", "shop"), ("Shop__x", "shop-x"), ("Ä-Shop", "a-shop"), ("Amazon Shop!", "amazon-shop")])
    func suggestedIDsPassTheIDRule(_ id: String, _ expected: String) throws {
        let suggestion = try #require(FileNameRule.suggestedID(for: id))
        #expect(suggestion == expected)
        #expect(FileNameRule.isValidID(suggestion))
        let found = Self.findings("id: \"\(id)\"\nkind: retailer\nnames: Shop\ndomains: [shop.example.com]\n")
        #expect(found.contains { $0.ruleID == FileNameRule.id && $0.message.contains("e.g. '\(expected)'") }, "\(found.map(\.description))")
    }
}
