import Foundation
import Testing

/// Issue 18, "the JSON drifts from its documentation": every golden JSON plan and a generated
/// sample (every issue kind x seller none/third-party/brand x en/ko x the shipped merchants and an
/// unknown shop, plus unresolved requests) validate against docs/contact-plan.schema.json, with
/// Python's `jsonschema` (draft 2020-12) through Scripts/check-plan-schema. `.ci/run` installs it;
/// without it locally the tests are skipped and say so.
@Suite("JSON plans match docs/contact-plan.schema.json")
struct PlanSchemaTests {
    static let script = CLI.packageRoot.appendingPathComponent("Scripts/check-plan-schema")

    /// True when python3 with jsonschema can run the checker; prints why not otherwise.
    static let available: Bool = {
        let ok = (try? check(["--version-check"], stdin: nil).status) == 0
        if !ok { print("PlanSchemaTests skipped: python3 with jsonschema is not installed (pip install jsonschema); CI installs it") }
        return ok
    }()

    static func check(_ args: [String], stdin: Data?) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script.path] + args
        let out = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("every golden JSON output validates", .enabled(if: available))
    func goldens() throws {
        let folder = CLI.packageRoot.appendingPathComponent("Tests/SupportdirCLITests/Golden/resolve")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        let run = try Self.check(files.map { folder.appendingPathComponent($0).path }, stdin: nil)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("a generated sample of plans validates: issue kinds x sellers x languages x shipped merchants", .enabled(if: available))
    func sample() throws {
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(CLI.run(["issues", "--format", "json"]).stdout.utf8))
            as? [[String: Any]]).compactMap { $0["id"] as? String }
        var docs = Data()
        var count = 0
        for merchant in ["amazon", "amazon-jp", "aliexpress", "anker", "no-such-shop"] {
            for issue in issues {
                for seller in [nil, "third-party", "anker"] as [String?] {
                    for lang in ["en", "ja"] {
                        var args = ["resolve", "--merchant", merchant, "--issue", issue, "--lang", lang, "--format", "json",
                                    "--now", "2026-11-22T18:00:00Z"]
                        if let seller { args += ["--seller", seller] }
                        docs.append(Data(try CLI.run(args).stdout.utf8)); docs.append(0); count += 1
                    }
                }
            }
        }
        for words in ["amazon or aliexpress refund", "amazon hello", "walmrt refund", "contact amazon", "アマゾン"] {
            docs.append(Data(try CLI.run(["resolve", words, "--format", "json"]).stdout.utf8)); docs.append(0); count += 1
        }
        let run = try Self.check(["-"], stdin: docs)
        #expect(run.status == 0, "\(run.output.prefix(4000))")
        #expect(run.output.contains("\(count) documents, 0 errors"))
    }

    @Test("the schema rejects what it must: an unknown channel kind or fact source", .enabled(if: available))
    func rejects() throws {
        let golden = CLI.packageRoot.appendingPathComponent("Tests/SupportdirCLITests/Golden/resolve/json-amazon-third-party-refund.json")
        let text = try String(contentsOf: golden, encoding: .utf8)
        for (from, to) in [("\"kind\" : \"order-messages\"", "\"kind\" : \"fax\""), ("\"source\" : \"option\"", "\"source\" : \"guess\""),
                           ("\"schema_version\" : 1", "\"schema_version\" : 2")] where text.contains(from) {
            let run = try Self.check(["-"], stdin: Data(text.replacingOccurrences(of: from, with: to).utf8))
            #expect(run.status == 1, "\(to) passed")
        }
    }
}
