import Foundation
import Testing
@testable import SupportDirectory
import YAMLDecoding

/// Every rule's own examples: triggering ones must produce a finding of that rule exactly at the `↓`
/// marker; non-triggering ones must produce none.
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let ruleID: String
        let index: Int
        let triggering: Bool
        let example: RuleExample
        var testDescription: String { "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(index + 1)" }
    }

    static let cases: [Case] = ValidationRules.all.flatMap { rule in
        rule.triggeringExamples.enumerated().map { Case(ruleID: rule.id, index: $0, triggering: true, example: $1) }
            + rule.nonTriggeringExamples.enumerated().map { Case(ruleID: rule.id, index: $0, triggering: false, example: $1) }
    }

    static func run(_ example: RuleExample, rules: [any ValidationRule.Type]) -> (ValidatedFile, [Finding]) {
        let (text, _) = example.unmarked
        let name: String
        if let fileName = example.fileName {
            name = fileName
        } else {
            let idLine = text.split(separator: "\n").first { $0.hasPrefix("id: ") }
            name = (idLine.map { String($0.dropFirst(4)) } ?? "example") + ".yaml"
        }
        let path = example.isVocabulary ? "/examples/_vocabulary/\(name)" : "/examples/\(name)"
        let file = ValidatedFile.read(url: URL(fileURLWithPath: path), text: text,
                                      role: example.isVocabulary ? .vocabulary : .profile)
        let context = ValidationContext.forExamples(adding: file, strict: example.strict)
        let findings = Validator.run(rules.map { $0.init() }, on: file, in: context)
        return (file, findings)
    }

    @Test(arguments: cases)
    func example(_ c: Case) throws {
        let rule = try #require(ValidationRules.rule(id: c.ruleID))
        let (_, findings) = Self.run(c.example, rules: [rule])
        let mine = findings.filter { $0.ruleID == c.ruleID }
        if c.triggering {
            let marker = try #require(c.example.unmarked.marker, "triggering examples need a ↓ marker")
            let first = try #require(mine.first, "expected a \(c.ruleID) finding in:\n\(c.example.unmarked.text)")
            #expect(first.location.line == marker.line && first.location.column == marker.column,
                    "\(c.ruleID) pointed at \(first.location.line):\(first.location.column), the marker is at \(marker): \(first.message)")
            #expect(!first.message.isEmpty)
        } else {
            #expect(mine.isEmpty, "unexpected: \(mine.map(\.description))")
        }
    }

    /// Examples of other rules must be valid files: otherwise they prove nothing.
    @Test(arguments: cases.filter { $0.ruleID != SchemaRule.id })
    func exampleDecodes(_ c: Case) {
        let (file, _) = Self.run(c.example, rules: [SchemaRule.self])
        #expect(file.decodingErrors.isEmpty, "\(file.decodingErrors.map(\.description))")
    }

    /// Non-triggering examples pass every rule, not just their own (they show what good looks like).
    @Test(arguments: cases.filter { !$0.triggering })
    func goodExamplesPassEverything(_ c: Case) {
        let (_, findings) = Self.run(c.example, rules: ValidationRules.all)
        #expect(findings.filter { $0.severity >= .warning }.isEmpty, "\(findings.map(\.description))")
    }

    /// `validate` runs rules that do not declare `readsDirectory` before the directory is known, with a
    /// context holding only today and strictness: on their own examples they must find exactly the same.
    @Test(arguments: cases.filter { !(ValidationRules.rule(id: $0.ruleID)?.readsDirectory ?? true) })
    func fileRulesNeedNoDirectory(_ c: Case) throws {
        let rule = try #require(ValidationRules.rule(id: c.ruleID))
        let (file, withDirectory) = Self.run(c.example, rules: [rule])
        let alone = ValidationContext(today: ValidationContext.forExamples().today, strict: c.example.strict)
        let withoutDirectory = Validator.run([rule.init()], on: file, in: alone)
        #expect(withoutDirectory.map(\.description) == withDirectory.map(\.description))
    }

    @Test func directoryRulesSayTheyReadIt() throws {
        // Each rule that declares it reads the directory finds something different without it.
        for rule in ValidationRules.all where rule.readsDirectory {
            let differs = rule.triggeringExamples.contains { example in
                let (file, withDirectory) = Self.run(example, rules: [rule])
                let alone = ValidationContext(today: ValidationContext.forExamples().today, strict: example.strict)
                return Validator.run([rule.init()], on: file, in: alone).map(\.description) != withDirectory.map(\.description)
            }
            #expect(differs, "\(rule.id) declares readsDirectory but its examples do not show it")
        }
    }

    @Test func everyRuleHasBothKindsOfExamples() {
        for rule in ValidationRules.all {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }
}
