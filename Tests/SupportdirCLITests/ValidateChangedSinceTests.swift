import Foundation
import Testing

/// `--changed-since REV` on a temporary git repository: every contact point added or changed is a
/// review notice with file and line; unchanged ones are not.
struct ValidateChangedSinceTests {
    @Test func listsAddedAndChangedContactPoints() throws {
        let repo = try TemporaryFolder()
        try repo.git("init", "-q", "-b", "main")
        let vocabulary = try String(contentsOf: ValidateCLITests.goldenFolder.appendingPathComponent("input/_vocabulary/issues.yaml"), encoding: .utf8)
        try repo.write("Merchants/_vocabulary/issues.yaml", vocabulary)
        let before = """
            id: shop
            kind: retailer
            names: Shop
            domains: [shop.example.com]
            channels:
              - id: phone
                kind: phone
                phone: "+18005550100"
                source: {url: https://www.shop.example.com/contact, seen: 2026-11-01, quality: official-page}
              - id: help
                kind: help-center
                url: https://www.shop.example.com/help
                source: {url: https://www.shop.example.com/help, seen: 2026-11-01, quality: official-page}

            """
        try repo.write("Merchants/shop.yaml", before)
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        // The pull request: the phone number changes, an email appears, the help url stays; and a new file.
        let after = before
            .replacingOccurrences(of: "+18005550100", with: "+18005550199")
            .replacingOccurrences(of: "  - id: help\n", with: """
                  - id: mail
                    kind: email
                    email: help@shop.example.com
                    source: {url: https://www.shop.example.com/contact, seen: 2026-11-01, quality: official-page}
                  - id: help

                """)
        try repo.write("Merchants/shop.yaml", after)
        try repo.write("Merchants/other.yaml", """
            id: other
            kind: retailer
            names: Other
            domains: [other.example.com]
            channels:
              - id: help
                kind: help-center
                url: https://other.example.com/help
                source: {url: https://other.example.com/help, seen: 2026-11-01, quality: official-page}

            """)
        let run = try CLI.run(["validate", "--no-builtin", "--today", "2026-11-22", "--changed-since", "main", "Merchants"],
                              currentDirectory: repo.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let notices = run.stdout.split(separator: "\n").filter { $0.contains("notice:") }.map(String.init)
        #expect(notices.count == 5, "\(run.stdout)")
        // Who a profile says it is comes first (issue 12): the new file's name and domain, then URLs and numbers.
        #expect(notices.prefix(2).allSatisfy { $0.hasSuffix("[changed-identity]") }, "\(notices)")
        #expect(notices[0].hasPrefix("Merchants/other.yaml:3:8: notice: name (en) 'Other' was added or changed since main"), "\(notices)")
        #expect(notices[1].hasPrefix("Merchants/other.yaml:4:11: notice: official domain other.example.com was added"), "\(notices)")
        #expect(notices.contains { $0.hasPrefix("Merchants/shop.yaml:8:12: notice: phone +18005550199 of channel 'phone' was added or changed since main") })
        #expect(notices.contains { $0.hasPrefix("Merchants/shop.yaml:12:12: notice: email help@shop.example.com of channel 'mail'") })
        #expect(notices.contains { $0.hasPrefix("Merchants/other.yaml:8:10: notice: url https://other.example.com/help") })
        #expect(!run.stdout.contains("https://www.shop.example.com/help of channel 'help' was added"))
        #expect(notices.dropFirst(2).allSatisfy { $0.hasSuffix("[changed-contact-point]") })

        let annotations = try CLI.run(["validate", "--no-builtin", "--today", "2026-11-22", "--changed-since", "main",
                                       "--reporter", "github-actions", "Merchants"], currentDirectory: repo.url)
        #expect(annotations.stdout.contains("::notice file=Merchants/shop.yaml,line=8,col=12,title=changed-contact-point::"))
    }

    /// The escape hatch of the impersonation rules is never silent: a `resembles` entry is listed with its reason.
    @Test func listsResemblesFirst() throws {
        let repo = try TemporaryFolder()
        try repo.git("init", "-q", "-b", "main")
        let vocabulary = try String(contentsOf: ValidateCLITests.goldenFolder.appendingPathComponent("input/_vocabulary/issues.yaml"), encoding: .utf8)
        try repo.write("Merchants/_vocabulary/issues.yaml", vocabulary)
        try repo.write("Merchants/anker.yaml", "id: anker\nkind: brand\nnames: Anker\ndomains: [anker.com]\n")
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.write("Merchants/anker-fans.yaml", """
            id: anker-fans
            kind: retailer
            names: Anker Fans
            domains: [anker-fans.example]
            channels:
              - id: help
                kind: help-center
                url: https://anker-fans.example/help
                source: {url: https://anker-fans.example/help, seen: 2026-11-01, quality: official-page}
            resembles:
              - {profile: anker, reason: "Sells Anker accessories with Anker's permission."}

            """)
        let run = try CLI.run(["validate", "--no-builtin", "--today", "2026-11-22", "--changed-since", "main", "Merchants"],
                              currentDirectory: repo.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let notices = run.stdout.split(separator: "\n").filter { $0.contains("notice:") }.map(String.init)
        #expect(notices.count == 4, "\(run.stdout)")
        #expect(notices[2].hasPrefix("Merchants/anker-fans.yaml:11:5: notice: resembles 'anker' (Sells Anker accessories with Anker's permission.) was added"), "\(notices)")
        #expect(notices[3].hasSuffix("[changed-contact-point]"), "\(notices)")
        // Without the entry, the name is refused.
        let text = try repo.read("Merchants/anker-fans.yaml")
        try repo.write("Merchants/anker-fans.yaml", String(text[..<text.range(of: "resembles:")!.lowerBound]) + "aliases: [anker]\n")
        let refused = try CLI.run(["validate", "--no-builtin", "--today", "2026-11-22", "Merchants"], currentDirectory: repo.url)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("Merchants/anker-fans.yaml:10:11: error: the name 'anker' is already 'Anker' of the profile 'anker' (Merchants/anker.yaml)"), "\(refused.stdout)")
    }

    @Test func unknownRevisionCannotRun() throws {
        let repo = try TemporaryFolder()
        try repo.git("init", "-q", "-b", "main")
        try repo.write("Merchants/x.yaml", "id: x\nkind: retailer\nnames: X\ndomains: [x.example.com]\n")
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        let run = try CLI.run(["validate", "--no-builtin", "--changed-since", "no-such-branch", "Merchants"], currentDirectory: repo.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("'no-such-branch' is not a revision"), "\(run.stderr)")
    }
}
