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
