import Foundation
import Testing
@testable import SupportDirectory
import YAMLDecoding

/// Issue 18, "the schema and validate disagree both ways": docs/merchant-profile.schema.json and `validate` judge
/// the same corpus alike. Each fixture under Fixtures/profile-schema is labelled by its folder (good/, bad/) and
/// says on its first line what it shows; it is converted to JSON by the YAML layer itself
/// (`YAMLDocument.jsonText()`, scalars resolved by the YAML 1.2 core schema, as an editor's schema check sees
/// them) and judged by Python's jsonschema (Scripts/check-profile-schema). Beyond the fixtures, every profile
/// example of every rule that validate accepts, and every shipped profile, must satisfy the schema.
///
/// What a JSON Schema cannot say is left to validate alone and kept out of the bad corpus: whether a domain is
/// official, a phone number's length for its country, seen dates in the future, references between parts,
/// uniqueness of ids across a list, and duplicate keys (JSON keeps one of them).
/// One case JSON cannot tell apart: unquoted `phone: +18882804331` and `phone: 18882804331` are the same
/// integer to the core schema, so the schema accepts both, while validate refuses the second (no `+`).
@Suite("the profile schema and validate agree")
struct ProfileSchemaAgreementTests {
    static let script = SchemaSyncTests.root.appendingPathComponent("Scripts/check-profile-schema")

    static let available: Bool = {
        let ok = (try? judge(["--version-check"], stdin: nil).status) == 0
        if !ok {
            print("ProfileSchemaAgreementTests skipped: python3 with jsonschema is not installed (pip install jsonschema); .ci/run installs it")
        }
        return ok
    }()

    static func judge(_ args: [String], stdin: Data?) throws -> (status: Int32, output: String) {
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

    /// The schema's verdict on each YAML text: nil when valid, else the first error.
    static func schemaVerdicts(_ texts: [(name: String, yaml: String)]) throws -> [String?] {
        var docs = Data()
        for (name, yaml) in texts {
            let json = try YAMLDecoder().parse(yaml, path: name).jsonText()
            docs.append(Data(json.utf8))
            docs.append(0)
        }
        let run = try judge([], stdin: docs)
        try #require(run.status == 0, "check-profile-schema failed: \(run.output.prefix(2000))")
        let lines = run.output.split(separator: "\n").map(String.init)
        try #require(lines.count == texts.count, "\(texts.count) documents, \(lines.count) verdicts:\n\(run.output.prefix(2000))")
        return lines.map { $0 == "valid" ? nil : String($0.dropFirst("invalid\t".count)) }
    }

    /// The errors validate reports on a profile text (all rules, the examples' directory, as in the rule examples).
    static func validateErrors(_ yaml: String, name: String) -> [Finding] {
        let file = ValidatedFile.read(url: URL(fileURLWithPath: "/examples/\(name)"), text: yaml, role: .profile)
        let context = ValidationContext.forExamples(adding: file)
        return Validator.run(ValidationRules.all.map { $0.init() }, on: file, in: context).filter { $0.severity == .error }
    }

    struct Fixture { let name: String; let good: Bool; let yaml: String }

    static func fixtures() throws -> [Fixture] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/profile-schema", withExtension: nil))
        var all: [Fixture] = []
        for label in ["good", "bad"] {
            let dir = folder.appendingPathComponent(label)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".yaml") {
                all.append(Fixture(name: "\(label)/\(name)", good: label == "good",
                                   yaml: try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        return all
    }

    @Test("each labelled fixture: validate and the schema both say what its label says", .enabled(if: available))
    func fixturesAgree() throws {
        let fixtures = try Self.fixtures()
        #expect(fixtures.filter(\.good).count >= 8 && fixtures.filter { !$0.good }.count >= 20, "the corpus shrank")
        // The disagreements issue 18 lists are in the corpus.
        for name in ["good/step-without-channels.yaml", "good/unquoted-phone.yaml", "bad/impossible-date.yaml", "bad/merge-key.yaml"] {
            #expect(fixtures.contains { $0.name == name }, "\(name) is missing")
        }
        let verdicts = try Self.schemaVerdicts(fixtures.map { ($0.name, $0.yaml) })
        for (fixture, schemaError) in zip(fixtures, verdicts) {
            let errors = Self.validateErrors(fixture.yaml, name: "shop.yaml")
            let says = fixture.yaml.split(separator: "\n").first.map(String.init) ?? ""
            if fixture.good {
                #expect(errors.isEmpty, "\(fixture.name) (\(says)): validate refuses it: \(errors.map(\.description))")
                #expect(schemaError == nil, "\(fixture.name) (\(says)): the schema refuses it: \(schemaError ?? "")")
            } else {
                #expect(!errors.isEmpty, "\(fixture.name) (\(says)): validate accepts it")
                #expect(schemaError != nil, "\(fixture.name) (\(says)): the schema accepts it")
            }
        }
    }

    @Test("every rule's profile example that validate accepts satisfies the schema", .enabled(if: available))
    func ruleExamplesThatPassValidatePassTheSchema() throws {
        var accepted: [(name: String, yaml: String)] = []
        for rule in ValidationRules.all {
            for (i, example) in (rule.triggeringExamples + rule.nonTriggeringExamples).enumerated() where !example.isVocabulary {
                let (file, findings) = RuleExampleTests.run(example, rules: ValidationRules.all)
                guard findings.allSatisfy({ $0.severity != .error }), file.decodingErrors.isEmpty else { continue }
                accepted.append(("\(rule.id) example \(i + 1)", example.unmarked.text))
            }
        }
        #expect(accepted.count >= 20, "only \(accepted.count) examples pass validate")
        for (example, error) in zip(accepted, try Self.schemaVerdicts(accepted)) {
            #expect(error == nil, "\(example.name) passes validate but not the schema: \(error ?? "")\n\(example.yaml)")
        }
    }

    @Test("every shipped profile satisfies the schema", .enabled(if: available))
    func shippedProfiles() throws {
        let folder = SchemaSyncTests.root.appendingPathComponent("Merchants")
        let files = try MerchantFolders.profileFiles(in: folder)
        #expect(files.count >= 10)
        let texts = try files.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
        for (file, error) in zip(texts, try Self.schemaVerdicts(texts)) {
            #expect(error == nil, "Merchants/\(file.0): \(error ?? "")")
        }
    }

    @Test("the conversion to JSON resolves scalars as the YAML 1.2 core schema does")
    func conversion() throws {
        let yaml = """
            a: +81500000000
            b: "+81500000000"
            c: 2026-11-01
            d: [true, ~, 0x1F, 1.5, !!str 12, 'yes', no]
            e: &x {k: v}
            f: *x
            "<<": 1
            g: "tab\\tquote\\" \\u001b"
            """
        let json = try YAMLDecoder().parse(yaml, path: "t.yaml").jsonText()
        #expect(json == #"{"a":81500000000,"b":"+81500000000","c":"2026-11-01","d":[true,null,31,1.5,"12","yes","no"],"e":{"k":"v"},"f":{"k":"v"},"<<":1,"g":"tab\tquote\" \u001b"}"#)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.count == 8)
        #expect(throws: YAMLError.self) { try YAMLDecoder().parse("a: .inf\n", path: "t.yaml").jsonText() }
        #expect(throws: YAMLError.self) { try YAMLDecoder().parse("? [a]\n: 1\n", path: "t.yaml").jsonText() }
    }
}
