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
        let market = try CLI.run(["new", "big-market", "--kind", "marketplace", "--output", "Merchants", "--parents"], currentDirectory: dir.url)
        #expect(market.status == 0, "\(market.stderr)")
        try dir.write("Merchants/big-market.yaml", Self.fillIn(try dir.read("Merchants/big-market.yaml"), marketplace: "",
                                                               name: "Big Market", domain: "big-market.example.com"))

        let created = try CLI.run(["new", "acme-shop", "--kind", kind, "--output", "Merchants"], currentDirectory: dir.url)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("created Merchants/acme-shop.yaml (in "), "\(created.stdout)")
        let template = try dir.read("Merchants/acme-shop.yaml")
        // Outside a checkout the $schema line would point nowhere: the template says how to add it instead.
        #expect(template.hasPrefix("# (Inside a supportdir checkout, a first line `# yaml-language-server: $schema="))
        #expect(created.stdout.contains("\n  supportdir validate Merchants/acme-shop.yaml"), "\(created.stdout)")

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
        #expect(run.status == 64)
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

    /// Issue 12 item 2: in a checkout, `new` writes into ./Merchants/, else into the current folder, and says where.
    @Test func writesWhereTheContributorIs() throws {
        let checkout = try TemporaryFolder()
        try checkout.write("Merchants/.keep", "")
        let inCheckout = try CLI.run(["new", "acme", "--kind", "seller"], currentDirectory: checkout.url)
        #expect(inCheckout.status == 0, "\(inCheckout.stderr)")
        #expect(inCheckout.stdout.hasPrefix("created Merchants/acme.yaml (in "), "\(inCheckout.stdout)")
        #expect(FileManager.default.fileExists(atPath: checkout.url.appendingPathComponent("Merchants/acme.yaml").path))

        let elsewhere = try TemporaryFolder()
        let plain = try CLI.run(["new", "acme", "--kind", "brand"], currentDirectory: elsewhere.url)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("created acme.yaml (in "), "\(plain.stdout)")
        // Never into the built-in folder of the binary.
        #expect(!FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent("Merchants/acme.yaml").path))
    }

    /// Issue 18: shipped and given ids are refused, a missing folder needs --parents, usage errors exit 64.
    @Test func refusals() throws {
        let dir = try TemporaryFolder()
        let shipped = try CLI.run(["new", "amazon", "--kind", "marketplace", "--output", "."], currentDirectory: dir.url)
        #expect(shipped.status == 64)
        #expect(shipped.stderr.contains("the id 'amazon' is already the profile"), "\(shipped.stderr)")
        try dir.write("extra/acme.yaml", "id: acme\n")
        let given = try CLI.run(["new", "acme", "--kind", "brand", "--merchants", "extra", "--output", "."], currentDirectory: dir.url)
        #expect(given.status == 64)
        #expect(given.stderr.contains("extra/acme.yaml"), "\(given.stderr)")
        let missing = try CLI.run(["new", "acme2", "--kind", "brand", "--output", "no/such/dir"], currentDirectory: dir.url)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("does not exist; create it first, or add --parents"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("no").path))
        let parents = try CLI.run(["new", "acme2", "--kind", "brand", "--output", "no/such/dir", "--parents"], currentDirectory: dir.url)
        #expect(parents.status == 0, "\(parents.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("no/such/dir/acme2.yaml").path))
        #expect(try CLI.run(["new", "Acme", "--kind", "brand", "--output", "."], currentDirectory: dir.url).status == 64)
        #expect(try CLI.run(["new", "acme3", "--kind", "brnad", "--output", "."], currentDirectory: dir.url).status == 64)
    }
}
