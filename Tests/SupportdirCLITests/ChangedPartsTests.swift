import Foundation
import Testing

/// `--changed-since` for parts written once (issue 14): a changed named deadline or step lists the routes whose
/// plans it changes; a shared part in `_vocabulary/` lists the profiles and routes that use it.
struct ChangedPartsTests {
    static let profile = """
        id: shop
        kind: retailer
        names: Shop
        domains: [shop.example.com]
        regions: [US]
        channels:
          - id: help
            kind: help-center
            url: https://www.shop.example.com/help
            source: returns-page
        sources:
          - {id: returns-page, url: https://www.shop.example.com/returns, seen: 2026-11-01, quality: official-page}
        deadlines:
          - id: return-window
            label: Return window ends
            from: delivered
            days: 30
            kind: closes
            source: returns-page
        steps:
          - {id: shop-help, party: merchant, channels: [help], why: The shop decides.}
        routes:
          - {issue: refund, steps: [shop-help], deadlines: [return-window]}
          - {issue: not-received, steps: [shop-help]}
          - {issue: refund, sold_by: third-party, steps: [{party: merchant, channels: [help], why: Ask the shop.}], deadlines: [return-window]}

        """

    @Test func changedNamedPartListsItsRoutes() throws {
        let repo = try TemporaryFolder()
        try repo.git("init", "-q", "-b", "main")
        let vocabulary = try String(contentsOf: ValidateCLITests.goldenFolder.appendingPathComponent("input/_vocabulary/issues.yaml"), encoding: .utf8)
        try repo.write("Merchants/_vocabulary/issues.yaml", vocabulary)
        try repo.write("Merchants/shop.yaml", Self.profile)
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.write("Merchants/shop.yaml", Self.profile.replacingOccurrences(of: "days: 30", with: "days: 14"))
        let run = try CLI.run(["validate", "--no-builtin", "--today", "2026-11-22", "--changed-since", "main", "Merchants"],
                              currentDirectory: repo.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let notices = run.stdout.split(separator: "\n").filter { $0.contains("[changed-part]") }
        #expect(notices.count == 1, "\(run.stdout)")
        #expect(notices.first?.contains("Merchants/shop.yaml:14:5: notice: the deadline 'return-window' was added or changed since main; it changes the plans of refund, refund (third-party)") == true,
                "\(run.stdout)")
    }

    @Test func changedSharedPartListsProfiles() throws {
        let repo = try TemporaryFolder()
        try repo.git("init", "-q", "-b", "main")
        let vocabulary = try String(contentsOf: ValidateCLITests.goldenFolder.appendingPathComponent("input/_vocabulary/issues.yaml"), encoding: .utf8)
        try repo.write("Merchants/_vocabulary/issues.yaml", vocabulary)
        let shared = """
            steps:
              - {id: card-dispute, party: payment-provider, why: Your card issuer can dispute the charge.}

            """
        try repo.write("Merchants/_vocabulary/parts.yaml", shared)
        try repo.write("Merchants/shop.yaml", Self.profile.replacingOccurrences(
            of: "  - {issue: not-received, steps: [shop-help]}", with: "  - {issue: not-received, steps: [shop-help, card-dispute]}"))
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.write("Merchants/_vocabulary/parts.yaml", shared.replacingOccurrences(of: "dispute the charge", with: "reverse the charge"))
        let run = try CLI.run(["validate", "--no-builtin", "--today", "2026-11-22", "--changed-since", "main", "Merchants"],
                              currentDirectory: repo.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let notices = run.stdout.split(separator: "\n").filter { $0.contains("[changed-part]") }
        #expect(notices.count == 1 && notices[0].contains("the shared step 'card-dispute'") && notices[0].contains("shop: not-received"),
                "\(run.stdout)")
    }
}
