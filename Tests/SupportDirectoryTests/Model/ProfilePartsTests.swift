import Foundation
import Testing
import YAMLDecoding
@testable import SupportDirectory

/// Named parts, references and route defaults (issue 14): a profile that says each fact once resolves to the
/// same routes as the profile written out in full, and every reference that names nothing is a located problem.
@Suite("Profile parts: references and route defaults")
struct ProfilePartsTests {
    func decode(_ yaml: String, shared: ProfileParts? = nil) throws -> ProfileFile {
        var decoder = YAMLDecoder()
        if let shared { decoder.userInfo[ProfileFile.sharedPartsKey] = shared }
        return try decoder.decode(ProfileFile.self, from: yaml, path: "shop.yaml")
    }

    static let head = """
        id: shop
        kind: marketplace
        names: Shop
        domains: [example.com]
        channels:
          - {id: chat, kind: chat}
          - {id: claim, kind: claim}

        """

    static let written = head + """
        routes:
          - issue: damaged
            sold_by: third-party
            steps:
              - {party: seller, channels: [chat], why: The seller decides first., template: damaged, wait_hours: 48}
              - {party: merchant, channels: [claim], why: The guarantee can refund you., if_no_answer: Call your card issuer.}
            deadlines:
              - {id: seller-wait, label: Claim possible, from: first-contact, hours: 48, kind: opens}
              - id: return-window
                label: Return window ends
                from: delivered
                days: 30
                kind: closes
                source: {url: https://www.example.com/returns, seen: 2026-12-02, quality: official-page}
            notes: Keep every message.
          - issue: refund
            sold_by: third-party
            steps:
              - {party: seller, channels: [chat], why: The seller decides first., template: refund, wait_hours: 48}
            deadlines:
              - {id: seller-wait, label: Claim possible, from: first-contact, hours: 48, kind: opens}
            notes: Keep every message.
        """

    static let factored = head + """
        sources:
          - {id: returns-page, url: https://www.example.com/returns, seen: 2026-12-02, quality: official-page}
        texts:
          - {id: keep-messages, text: Keep every message.}
        deadlines:
          - {id: seller-wait, label: Claim possible, from: first-contact, hours: 48, kind: opens}
          - {id: return-window, label: Return window ends, from: delivered, days: 30, kind: closes, source: returns-page}
        steps:
          - {id: seller-first, party: seller, channels: [chat], why: The seller decides first., wait_hours: 48}
          - {id: guarantee, party: merchant, channels: [claim], why: The guarantee can refund you., if_no_answer: Call your card issuer.}
        route_defaults:
          - {sold_by: third-party, first_steps: [seller-first], last_steps: [guarantee], first_deadlines: [seller-wait]}
        routes:
          - issue: damaged
            sold_by: third-party
            steps: [{use: seller-first, template: damaged}]
            deadlines: [return-window]
            notes: {text: keep-messages}
          - issue: refund
            sold_by: third-party
            steps: [{use: seller-first, template: refund}]
            drop: [guarantee]
            notes: {text: keep-messages}
        """

    @Test("a factored profile resolves to the routes written out in full")
    func factoredEqualsWritten() throws {
        let full = try decode(Self.written), factored = try decode(Self.factored)
        #expect(factored.partProblems.isEmpty)
        // Steps made from a named step carry its id; otherwise every field is the same.
        let withoutIDs = factored.routes.map { route -> IssueRoute in
            var r = route
            r.steps = r.steps.map { var s = $0; s.id = nil; return s }
            return r
        }
        #expect(withoutIDs == full.routes)
        let source = try #require(factored.routes[0].deadlines[1].source)
        #expect(source.url == "https://www.example.com/returns" && source.reference == "returns-page")
    }

    @Test("an own step with an inherited step's id takes its place; inherit: false drops every default")
    func overrideAndInheritFalse() throws {
        let profile = try decode(Self.head + """
            steps:
              - {id: seller-first, party: seller, channels: [chat], why: The seller decides first.}
              - {id: guarantee, party: merchant, channels: [claim], why: The guarantee can refund you.}
            route_defaults:
              - {first_steps: [seller-first], last_steps: [guarantee]}
            routes:
              - issue: damaged
                steps:
                  - {party: merchant, channels: [chat], why: Ask the shop.}
                  - {use: seller-first, why: The seller replaces it within 48 hours.}
              - issue: refund
                inherit: false
                steps: [guarantee]
              - issue: return
            """)
        #expect(profile.partProblems.isEmpty)
        let damaged = profile.routes[0].steps.map { $0.why.text(for: "en") }
        #expect(damaged == ["The seller replaces it within 48 hours.", "Ask the shop.", "The guarantee can refund you."])
        #expect(profile.routes[1].steps.map(\.id) == ["guarantee"])
        #expect(profile.routes[2].steps.map(\.id) == ["seller-first", "guarantee"])
        // Where each step was written: the route's own entry, else the named step.
        #expect(profile.routeOrigins[0].steps[0] == [.key("routes"), .index(0), .key("steps"), .index(1)])
        #expect(profile.routeOrigins[0].steps[2] == [.key("steps"), .index(1)])
    }

    @Test("defaults for some issues apply to those routes only")
    func defaultsForIssues() throws {
        let profile = try decode(Self.head + """
            steps:
              - {id: dispute, party: merchant, channels: [claim], why: Open a dispute.}
            route_defaults:
              - {issues: [damaged], last_steps: [dispute]}
            routes:
              - {issue: damaged, steps: [{party: merchant, channels: [chat], why: Ask.}]}
              - {issue: refund, steps: [{party: merchant, channels: [chat], why: Ask.}]}
            """)
        #expect(profile.routes[0].steps.count == 2)
        #expect(profile.routes[1].steps.count == 1)
    }

    @Test("references that name nothing are problems at the reference, with the nearest id")
    func danglingReferences() throws {
        let profile = try decode(Self.head + """
            steps:
              - {id: seller-first, party: seller, channels: [chat], why: The seller decides first.}
            routes:
              - issue: damaged
                steps: [seller-frist, {use: guarantee}]
                deadlines: [return-window]
                drop: [card-dispute]
                notes: {text: keep-messages}
            warnings: [{text: scam-calls}]
            """)
        let problems = profile.partProblems
        #expect(problems.count == 6)
        #expect(problems.contains { $0.path == [.key("routes"), .index(0), .key("steps"), .index(0)] && $0.message.contains("did you mean 'seller-first'") })
        #expect(problems.contains { $0.path == [.key("routes"), .index(0), .key("steps"), .index(1), .key("use")] })
        #expect(problems.contains { $0.path == [.key("routes"), .index(0), .key("deadlines"), .index(0)] && $0.message.contains("no deadline 'return-window'") })
        #expect(problems.contains { $0.path == [.key("routes"), .index(0), .key("drop"), .index(0)] && $0.message.contains("does not inherit") })
        #expect(problems.contains { $0.path == [.key("routes"), .index(0), .key("notes")] && $0.message.contains("no text 'keep-messages'") })
        #expect(problems.contains { $0.path == [.key("warnings"), .index(0)] && $0.message.contains("no text 'scam-calls'") })
        // A dangling part is left out of the plan rather than shown as its id.
        #expect(profile.routes[0].steps.isEmpty && profile.routes[0].notes == nil && profile.warnings.isEmpty)
    }

    @Test("duplicate part ids and a named step without an id are problems")
    func duplicates() throws {
        let profile = try decode(Self.head + """
            deadlines:
              - {id: return-window, label: A, from: delivered, days: 30, kind: closes}
              - {id: return-window, label: B, from: delivered, days: 14, kind: closes}
            steps:
              - {party: seller, channels: [chat], why: No id.}
            """)
        #expect(profile.partProblems.map(\.path).contains([.key("deadlines"), .index(1), .key("id")]))
        #expect(profile.partProblems.map(\.path).contains([.key("steps"), .index(0)]))
    }

    @Test("parts of _vocabulary/ are used when the profile has none with the id; the profile's own win")
    func sharedParts() throws {
        var shared = ProfileParts()
        shared.steps = [RouteStep(party: .paymentProvider, channels: [], why: "Your card issuer can dispute the charge.")]
        shared.steps[0].id = "card-dispute"
        shared.texts = [NamedText(id: "keep-messages", text: "Shared text.", source: nil)]
        let profile = try decode(Self.head + """
            texts:
              - {id: keep-messages, text: Own text.}
            routes:
              - {issue: refund, steps: [card-dispute], notes: {text: keep-messages}}
            """, shared: shared)
        #expect(profile.partProblems.isEmpty)
        #expect(profile.routes[0].steps.first?.party == .paymentProvider)
        #expect(profile.routes[0].notes?.text(for: "en") == "Own text.")
    }

    @Test("show --format json prints resolved routes and no parts sections")
    func encodesResolved() throws {
        let json = String(decoding: try JSONEncoder().encode(try decode(Self.factored)), as: UTF8.self)
        #expect(!json.contains("route_defaults") && !json.contains("\"use\"") && !json.contains("returns-page"))
        #expect(json.contains("https:\\/\\/www.example.com\\/returns"))
    }
}
