import Foundation
import Testing

/// `supportdir new`: the untouched template fails only with fill-in findings; filled in, it passes.
struct NewCLITests {
    /// What a contributor would type over each FILL-IN line.
    /// Fills the template's FILL-IN lines; `name` and `domain` differ per profile (the impersonation rules
    /// refuse two unrelated profiles with one name or one domain).
    static func fillIn(_ text: String, marketplace: String, name: String = "Acme Shop", domain: String = "acme.example.com") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains("FILL-IN") else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("en:") { return indent + "en: " + name }
            if trimmed.hasPrefix("url:") { return indent + "url: https://www.\(domain)/help" }
            if trimmed.hasPrefix("why:") { return indent + "why: The help center lists every way to reach the shop." }
            if line.contains("official domain") { return indent + "- " + domain }
            if line.contains("country code") { return indent + "- US" }
            if line.contains("marketplace id") { return indent + "- " + marketplace }
            return String(line)
        }.joined(separator: "\n")
    }

    @Test(arguments: ["marketplace", "seller", "brand", "retailer"])
    func roundTrip(_ kind: String) throws {
        let dir = try TemporaryFolder()
        let market = try CLI.run(["new", "big-market", "--kind", "marketplace", "--output", "Merchants"], currentDirectory: dir.url)
        #expect(market.status == 0, "\(market.stderr)")
        try dir.write("Merchants/big-market.yaml", Self.fillIn(try dir.read("Merchants/big-market.yaml"), marketplace: "",
                                                               name: "Big Market", domain: "big-market.example.com"))

        let created = try CLI.run(["new", "acme-shop", "--kind", kind, "--output", "Merchants"], currentDirectory: dir.url)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("created Merchants/acme-shop.yaml\n"), "\(created.stdout)")
        let template = try dir.read("Merchants/acme-shop.yaml")
        #expect(template.hasPrefix("# yaml-language-server: $schema=../docs/merchant-profile.schema.json\n"))

        let untouched = try CLI.run(["validate", "Merchants/acme-shop.yaml"], currentDirectory: dir.url)
        #expect(untouched.status == 1)
        let findings = untouched.stdout.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(findings.count >= 5, "\(untouched.stdout)")
        for finding in findings {
            #expect(finding.hasSuffix("[fill-in]") && finding.contains("fill in '"), "not a fill-in finding: \(finding)")
        }

        try dir.write("Merchants/acme-shop.yaml", Self.fillIn(template, marketplace: "big-market"))
        let filled = try CLI.run(["validate", "--strict", "Merchants"], currentDirectory: dir.url)
        #expect(filled.status == 0, "\(filled.stdout)\(filled.stderr)")
    }

    @Test func refusesToOverwrite() throws {
        let dir = try TemporaryFolder()
        try dir.write("Merchants/acme.yaml", "id: acme\n")
        let run = try CLI.run(["new", "acme", "--kind", "brand", "--output", "Merchants"], currentDirectory: dir.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("already exists"))
        #expect(try dir.read("Merchants/acme.yaml") == "id: acme\n")
    }

    @Test(arguments: ["Acme", "acme_shop", "acme shop", "-acme", "acme-", "../acme", "ａｃｍｅ", ""])
    func refusesBadIDs(_ id: String) throws {
        let dir = try TemporaryFolder()
        let run = try CLI.run(["new", id, "--kind", "brand", "--output", "Merchants"], currentDirectory: dir.url)
        #expect(run.status != 0)
        #expect(run.stderr.contains("a-z"), "\(run.stderr)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("Merchants").path)) ?? []
        #expect(written.isEmpty)
    }

    @Test func writesIntoTheFirstMerchantsFolder() throws {
        let dir = try TemporaryFolder()
        try dir.write("extra/.keep", "")
        let run = try CLI.run(["new", "acme", "--kind", "seller", "--merchants", "extra"], currentDirectory: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("extra/acme.yaml").path))
    }
}
