import Foundation
import Testing

/// `supportdir validate` as a user runs it: outputs against golden files, and exit statuses.
struct ValidateCLITests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/validate")
    static let fixed = ["--no-builtin", "--today", "2026-11-22"]

    @Test(arguments: [("text", "text.txt"), ("json", "json.json"), ("github-actions", "github-actions.txt"), ("sarif", "sarif.json")])
    func reporterOutput(_ reporter: String, _ golden: String) throws {
        let run = try CLI.run(["validate"] + Self.fixed + ["--reporter", reporter, "input"], currentDirectory: Self.goldenFolder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        try expectGolden(run.stdout, "validate/\(golden)")
    }

    @Test func cleanFileExitsZero() throws {
        let run = try CLI.run(["validate"] + Self.fixed + ["input/good-shop.yaml"], currentDirectory: Self.goldenFolder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "validation passed: 0 errors, 0 warnings in 1 file\n")
    }

    @Test func strictFailsOnWarnings() throws {
        let dir = try TemporaryFolder()
        let text = try String(contentsOf: Self.goldenFolder.appendingPathComponent("input/good-shop.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "seen: 2026-10-01", with: "seen: 2025-01-01")
        try dir.write("good-shop.yaml", text)
        try dir.write("_vocabulary/issues.yaml",
                      try String(contentsOf: Self.goldenFolder.appendingPathComponent("input/_vocabulary/issues.yaml"), encoding: .utf8))
        let plain = try CLI.run(["validate"] + Self.fixed + [dir.url.path])
        #expect(plain.status == 0, "\(plain.stdout)")
        #expect(plain.stdout.contains("warning:"))
        let strict = try CLI.run(["validate"] + Self.fixed + ["--strict", dir.url.path])
        #expect(strict.status == 1, "\(strict.stdout)")
    }

    @Test func onlyAndExceptNarrowTheRules() throws {
        let only = try CLI.run(["validate"] + Self.fixed + ["--only", "phone-e164", "input/bad-shop.yaml"], currentDirectory: Self.goldenFolder)
        #expect(only.status == 1)
        #expect(only.stdout.contains("[phone-e164]"))
        #expect(!only.stdout.contains("[region-code]"))
        let except = try CLI.run(["validate"] + Self.fixed + ["--except", "phone-e164,region-code", "input/bad-shop.yaml"],
                                 currentDirectory: Self.goldenFolder)
        #expect(!except.stdout.contains("[phone-e164]") && !except.stdout.contains("[region-code]"))
        #expect(except.stdout.contains("[https-url]"))
    }

    @Test("a usage error exits 64, as for every command", arguments: [
        ["--only", "no-such-rule"],
        ["--reporter", "xml"],
        ["--bogus-flag"],
        ["--reporter"],
    ])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let dir = try TemporaryFolder()
        try dir.write("x.yaml", "id: x\n")
        let run = try CLI.run(["validate"] + Self.fixed + arguments + [dir.url.path], currentDirectory: dir.url)
        #expect(run.status == 64, "\(arguments): \(run.stdout)\(run.stderr)")
        #expect(run.stderr.lowercased().hasPrefix("error: "), "\(run.stderr)")
    }

    @Test(arguments: [
        ["does/not/exist.yaml"],
        ["--changed-since", "HEAD"],   // the golden folder's copy in a temp dir is not a git checkout
        ["empty"],                     // a folder with no profile: "passed in 0 files" would pass an unchecked PR
    ])
    func couldNotRunExitsTwo(_ arguments: [String]) throws {
        let dir = try TemporaryFolder()
        try dir.write("x.yaml", "id: x\n")
        try dir.write("empty/README.md", "not a profile\n")
        let named = arguments.contains("does/not/exist.yaml") || arguments.contains("empty") ? [] : [dir.url.path]
        let run = try CLI.run(["validate"] + Self.fixed + arguments + named, currentDirectory: dir.url)
        #expect(run.status == 2, "\(arguments): \(run.stdout)\(run.stderr)")
        #expect(run.stderr.hasPrefix("error: "), "\(run.stderr)")
        if arguments == ["empty"] { #expect(run.stderr.contains("holds no profile"), "\(run.stderr)") }
    }

    @Test func unknownRuleListsTheValidOnes() throws {
        let run = try CLI.run(["validate", "--only", "phone"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("valid ids: schema, file-name"))
    }

    @Test func listRules() throws {
        let run = try CLI.run(["validate", "--list-rules"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 24)
        #expect(lines.contains { $0.hasPrefix("part-reference") && $0.contains("error") })
        #expect(lines.contains { $0.hasPrefix("deadline-source") && $0.contains("error") })
        #expect(lines.contains { $0.hasPrefix("phone-e164") && $0.contains("error") && $0.contains("E.164") })
        #expect(lines.contains { $0.hasPrefix("source-age") && $0.contains("warning") })
    }

    @Test func shippedMerchantsValidateClean() throws {
        let run = try CLI.run(["validate", "--strict"], currentDirectory: CLI.packageRoot)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("error:"))
    }

    /// With no vocabulary and no marketplace loaded, the messages say so instead of listing nothing ("known: ").
    @Test func emptyListsAreExplained() throws {
        let dir = try TemporaryFolder()
        try dir.write("brand.yaml", """
            id: brand
            kind: brand
            names: Brand
            domains: [brand.example.com]
            sells_on: [market]
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: It answers., prepare: [photos], template: refund}
            channels:
              - id: help
                kind: help-center
                url: https://brand.example.com/help
                source: {url: https://brand.example.com/help, seen: 2026-11-01, quality: official-page}

            """)
        let run = try CLI.run(["validate"] + Self.fixed + ["brand.yaml"], currentDirectory: dir.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("marketplaces: none (no marketplace profile is in the folders read)"), "\(run.stdout)")
        #expect(run.stdout.contains("no vocabulary was loaded (preparations come from"), "\(run.stdout)")
        #expect(run.stdout.contains("no vocabulary was loaded (shared templates come from"), "\(run.stdout)")
        #expect(!run.stdout.contains(":  ["), "an empty list: \(run.stdout)")
    }

    @Test func hiddenCharactersArePointedAt() throws {
        let dir = try TemporaryFolder()
        try dir.write("shop.yaml", "id: shop\nkind: retailer\nnames: \"Shop \\u202Emoc\"\ndomains: [example.com]  # \u{2066}x\n")
        let run = try CLI.run(["validate"] + Self.fixed + ["shop.yaml"], currentDirectory: dir.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("shop.yaml:3:14: error: the bidirectional override U+202E"), "\(run.stdout)")
        #expect(run.stdout.contains("shop.yaml:4:27: error: the bidirectional override U+2066"), "\(run.stdout)")
    }
}

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String { try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", url.path, "-c", "user.name=Test", "-c", "user.email=test@example.com",
                             "-c", "commit.gpgsign=false"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}
