import Foundation
import Testing

/// Waits the merchant's own page counts in business days (amazon.de: "two business days" before an A-to-z
/// claim) are written `wait_business_days` and counted Monday to Friday from the first contact.
@Suite("Waits in business days")
struct BusinessDayWaitTests {
    static func firstStep(contacted: String, format: String = "json") throws -> CLIRun {
        try CLI.run(["resolve", "--merchant", "amazon-de", "--seller", "third-party", "--issue", "not-received",
                     "--contacted", contacted, "--country", "DE", "--lang", "en", "--tz", "Europe/Berlin",
                     "--now", "2026-11-28T10:00:00Z", "--format", format])
    }

    @Test("a wait that starts on a Friday ends on the Tuesday, in the JSON and the text")
    func fridayToTuesday() throws {
        let json = try Self.firstStep(contacted: "2026-11-27")
        #expect(json.status == 0, "\(json.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let step = try #require((plan["plan"] as? [[String: Any]])?.first)
        #expect(step["party"] as? String == "seller")
        #expect(step["wait_business_days"] as? Int == 2)
        #expect(step["wait_hours"] == nil)
        #expect(step["wait_until"] as? String == "2026-12-01", "Friday 27 + 2 business days = Tuesday 1 December, not Sunday 29")
        let text = try Self.firstStep(contacted: "2026-11-27", format: "text")
        #expect(text.stdout.contains("Give them 2 business days, Monday to Friday (until 2026-12-01; a public holiday adds a day)."), "\(text.stdout)")
        let markdown = try Self.firstStep(contacted: "2026-11-27", format: "markdown")
        #expect(markdown.stdout.contains("2 business days, Monday to Friday (until 2026-12-01"), "\(markdown.stdout)")
    }

    @Test("a wait that starts midweek ends two days later")
    func midweek() throws {
        let json = try Self.firstStep(contacted: "2026-11-24")
        #expect(json.stdout.contains("\"wait_until\" : \"2026-11-26\""), "Tuesday + 2 = Thursday: \(json.stdout.prefix(400))")
    }

    @Test("a step that gives both units, or a count outside 1 to 30, is refused at its line and column")
    func validation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bizdays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = """
            id: waitshop
            kind: retailer
            names: Wait Shop
            domains: [waitshop.example]
            channels:
              - id: help
                kind: help-center
                url: https://waitshop.example/help
                source: {url: https://waitshop.example/help, seen: 2026-11-01, quality: official-page}
            routes:
              - issue: refund
                steps:
                  - {party: merchant, channels: [help], why: First the help centre., wait_business_days: 45}
                  - {party: merchant, channels: [help], why: Then again., wait_hours: 48, wait_business_days: 2}
            """
        try Data(profile.utf8).write(to: folder.appendingPathComponent("waitshop.yaml"))
        let run = try CLI.run(["validate", folder.appendingPathComponent("waitshop.yaml").path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("waitshop.yaml:13:") && run.stdout.contains("wait_business_days is 45"), "\(run.stdout)")
        #expect(run.stdout.contains("waitshop.yaml:14:") && run.stdout.contains("both wait_hours and wait_business_days"), "\(run.stdout)")
    }
}
