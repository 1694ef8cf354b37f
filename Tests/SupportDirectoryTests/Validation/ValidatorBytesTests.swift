import Foundation
import Testing
@testable import SupportDirectory

@Suite("Validator reads bytes")
struct ValidatorBytesTests {
    @Test("invalid UTF-8 in a profile is a finding at its line and column, not a silent replacement")
    func invalidUTF8() throws {
        let folder = try ProfileFolder()
        var bytes = Array("id: shop\nkind: retailer\nnames: \"".utf8)
        bytes += [0xFF]
        bytes += Array("\"\ndomains: [shop.example]\n".utf8)
        try Data(bytes).write(to: folder.url.appendingPathComponent("shop.yaml"))
        let report = try Validator().validate(targets: [folder.url], directory: [])
        let finding = try #require(report.findings.first { $0.ruleID == "schema" })
        #expect(finding.location.line == 3)
        #expect(finding.location.column == 9)
        #expect(finding.message.contains("UTF-8"))
    }
}

@Suite("Validator passes")
struct ValidatorPassTests {
    /// `validate(targets:)` reads in two passes and drops node trees between them; `validate(_:among:)` runs every
    /// rule on files held in memory. On a folder where every rule finds something, both report the same.
    @Test("the two-pass run reports exactly what running every rule on every loaded file reports")
    func twoPassesEqualOne() throws {
        let folder = try ProfileFolder()
        try folder.write("_vocabulary/issues.yaml", ValidationContext.exampleVocabulary)
        try folder.write("market.yaml", ValidationContext.exampleMarket)
        try folder.write("market-sellers.yaml", ValidationContext.exampleSellers)
        var written = 0
        for rule in ValidationRules.all {
            for (n, example) in rule.triggeringExamples.enumerated() where !example.isVocabulary && !example.strict {
                try folder.write("\(rule.id)-\(n).yaml", example.unmarked.text)
                written += 1
            }
        }
        let options = ValidationOptions(today: CalendarDate(year: 2026, month: 11, day: 22)!)
        let validator = Validator(options: options)
        let twoPasses = try validator.validate(targets: [folder.url], directory: [])

        let files = try MerchantFolders.vocabularyFiles(in: folder.url).map { ($0, ValidatedFile.Role.vocabulary) }
            + MerchantFolders.profileFiles(in: folder.url).map { ($0, ValidatedFile.Role.profile) }
        let loaded = validator.load(files)
        let onePass = validator.validate(loaded, among: loaded)

        #expect(written > 20)
        #expect(Set(twoPasses.findings.map(\.ruleID)) == Set(ValidationRules.ids.filter { $0 != "vocabulary" }),
                "the folder should trigger every profile rule")
        // Dozens of examples share the id 'shop': the finding names three files and counts the rest.
        let clash = try #require(twoPasses.findings.first { $0.ruleID == "unique-id" && $0.message.contains("'shop'") })
        #expect(clash.message.contains(" more files; ids must be unique"))
        #expect(clash.message.components(separatedBy: ".yaml").count - 1 <= 4)
        #expect(twoPasses.fileCount == onePass.fileCount)
        #expect(twoPasses.findings.map(\.description) == onePass.findings.map(\.description))
    }
}
