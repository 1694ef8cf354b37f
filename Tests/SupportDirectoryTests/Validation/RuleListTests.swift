import Foundation
import Testing
@testable import SupportDirectory

/// The one list of rules (and of reporters) matches the files in the Rules/ and Reporters/ folders.
struct RuleListTests {
    static let validationFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/SupportDirectory/Validation")

    /// Type names declared as `struct|enum Name: <Protocol>` in the files of `folder`.
    static func declaredTypes(in folder: String, conformingTo proto: String) throws -> [String: String] {
        let dir = validationFolder.appendingPathComponent(folder)
        var found: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," || $0 == "{" })
                guard let kw = words.firstIndex(where: { $0 == "struct" || $0 == "enum" || $0 == "final" || $0 == "class" }),
                      words.count > kw + 2 else { continue }
                let typeName = words[kw] == "final" ? words[min(kw + 2, words.count - 1)] : words[kw + 1]
                if words.dropFirst(kw).contains(Substring(proto)) { found[String(typeName)] = name }
            }
        }
        return found
    }

    @Test func everyRuleFileIsListed() throws {
        let declared = try Self.declaredTypes(in: "Rules", conformingTo: "ValidationRule")
        #expect(!declared.isEmpty)
        let listed = Set(ValidationRules.all.map { String(describing: $0) })
        for (type, file) in declared.sorted(by: { $0.key < $1.key }) {
            #expect(listed.contains(type), "Rules/\(file) declares \(type), which is missing from ValidationRules.all")
        }
        #expect(listed.count == ValidationRules.all.count, "a rule is listed twice")
    }

    @Test func everyReporterFileIsListed() throws {
        let declared = try Self.declaredTypes(in: "Reporters", conformingTo: "FindingReporter")
        let listed = Set(FindingReporters.all.map { String(describing: $0) })
        for (type, file) in declared {
            #expect(listed.contains(type), "Reporters/\(file) declares \(type), which is missing from FindingReporters.all")
        }
    }

    @Test func idsAreUniqueAndKebabCase() {
        let ids = ValidationRules.ids
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(FileNameRule.isValidID(id), "'\(id)' is not kebab-case")
            #expect(!ValidationRules.rule(id: id)!.description.isEmpty)
        }
    }

    @Test func onlyAndExceptValidateIDs() throws {
        #expect(try ValidationOptions.ruleIDs(only: ["phone-e164"], except: []) == ["phone-e164"])
        #expect(try !ValidationOptions.ruleIDs(only: [], except: ["schema"]).contains("schema"))
        #expect(throws: ValidationToolError.self) { try ValidationOptions.ruleIDs(only: ["phone"], except: []) }
    }
}
