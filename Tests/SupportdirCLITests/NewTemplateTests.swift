import Foundation
import Testing
@testable import SupportDirectory

/// The template's content (issue 18, `new`; issue 14, a marketplace in a page or two): examples of a deadline,
/// a chat with hours, a claim and the named parts, `good_for` values listed, no default language, a `$schema`
/// line only where it resolves, and the next step as CONTRIBUTING.md writes it.
@Suite("new: the template's content")
struct NewTemplateTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!

    @Test func marketplaceTemplateFitsInTwoPagesAndShowsEveryPart() {
        let text = ProfileTemplate.render(id: "big-market", kind: .marketplace, today: Self.today)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 130, "the marketplace template has \(lines.count) lines")
        for needle in ["kind: chat", "weekly:", "timezone:", "deadlines:", "from: delivered", "kind: claim", "route_defaults:",
                       "steps:", "{use: seller-first", "sources:", "third_party:",
                       "urgent, complex, written-record, evidence, self-service, formal-claim"] {
            #expect(text.contains(needle), "the marketplace template lacks an example of \(needle)")
        }
        // No language is claimed for the live channel: a contributor writes what the page says.
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("languages:") })
        #expect(text.contains("swift run supportdir validate Merchants/big-market.yaml"))
    }

    /// Uncommenting the examples and filling the FILL-IN values gives a profile that validates under --strict.
    @Test func marketplaceExamplesValidateWhenUncommented() throws {
        var text = ProfileTemplate.render(id: "big-market", kind: .marketplace, today: Self.today, schemaPath: nil)
        let yamlComment = try Regex(#"^(\s*)# ?( *)(- |[a-z_]+:)(.*)$"#)
        text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            guard !s.contains("storefronts"), !s.contains("한국어"), !s.contains("日本語"),
                  let m = s.wholeMatch(of: yamlComment) else { return s }
            return String(m.output[1].substring!) + String(m.output[2].substring!) + String(m.output[3].substring!) + String(m.output[4].substring!)
        }.joined(separator: "\n")
        text = NewCLITests.fillIn(text, marketplace: "", name: "Big Market", domain: "example.com")
        let dir = try TemporaryFolder()
        try dir.write("Merchants/big-market.yaml", text)
        try dir.write("Merchants/big-market-sellers.yaml", """
            id: big-market-sellers
            kind: seller
            names: Sellers on Big Market
            domains: [example.com]
            regions: [US]
            sells_on: [big-market]
            channels:
              - {id: contact-seller, kind: order-messages, url: https://www.example.com/messages, source: {url: https://www.example.com/messages, seen: 2026-12-01, quality: official-page}}
            """)
        let run = try CLI.run(["validate", "--strict", "--today", "2026-12-02", "Merchants"], currentDirectory: dir.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)\n\(text)")
    }

    @Test func schemaLineOnlyInsideACheckout() throws {
        let inside = CLI.packageRoot.appendingPathComponent("Merchants")
        #expect(ProfileTemplate.schemaPath(from: inside) == "../docs/merchant-profile.schema.json")
        #expect(ProfileTemplate.schemaPath(from: inside.appendingPathComponent("jp")) == "../../docs/merchant-profile.schema.json")
        let outside = try TemporaryFolder()
        #expect(ProfileTemplate.schemaPath(from: outside.url) == nil)
        let text = ProfileTemplate.render(id: "shop", kind: .retailer, today: Self.today, schemaPath: nil, inCheckout: false)
        #expect(!text.contains("$schema=../") || text.hasPrefix("# (Inside a supportdir checkout"))
        #expect(text.contains("#   supportdir validate Merchants/shop.yaml"))
    }
}
