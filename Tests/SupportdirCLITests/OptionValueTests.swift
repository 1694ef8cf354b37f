import Foundation
import SupportDirectory
import Testing

/// Issue 18, "values accepted but meaningless": every option value is checked, refused with 64
/// and a message saying what would be right, or explained in the plan.
@Suite("Option values: checked, refused with 64 or explained")
struct OptionValueTests {
    static let now = "2026-11-22T18:00:00Z"

    static func resolve(_ args: [String], env: [String: String] = [:]) throws -> CLIRun {
        try CLI.run(["resolve"] + args + ["--now", now], environment: env)
    }

    static func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("an empty or blank request, or a blank option, is usage error 64", arguments: [
        [""], ["   "], ["\n\t"], ["", ""], ["amazon refund", "--seller", ""], ["amazon refund", "--order", "  "],
        ["--merchant", " "], ["--issue", ""],
    ])
    func emptyRequest(_ args: [String]) throws {
        let run = try Self.resolve(args)
        #expect(run.status == 64, "\(args): \(run.status) \(run.stdout)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("empty") || run.stderr.contains("say what happened"))
    }

    @Test("--country takes ISO codes and names in en/ko/ja/zh", arguments: [
        ("JP", "JP"), ("jp", "JP"), ("Japan", "JP"), ("日本", "JP"), ("일본", "JP"),
        ("한국", "KR"), ("대한민국", "KR"), ("South Korea", "KR"), ("韓国", "KR"),
        ("中国", "CN"), ("China", "CN"), ("중국", "CN"),
        ("United States", "US"), ("미국", "US"), ("アメリカ", "US"), ("美国", "US"), ("usa", "US"),
        ("UK", "GB"), ("Germany", "DE"),
    ])
    func countryAccepted(_ given: String, _ code: String) throws {
        let run = try Self.resolve(["amazon refund", "--country", given, "--format", "json"])
        #expect(run.status == 0, "\(given): \(run.stderr)")
        #expect(try Self.json(run)["country"] as? String == code, "\(given)")
    }

    @Test("--country refuses anything else with 64 and the list", arguments: ["XX", "한국어", "Atlantis", "U", "USA!", "123"])
    func countryRefused(_ given: String) throws {
        let run = try Self.resolve(["amazon refund", "--country", given])
        #expect(run.status == 64, "\(given) accepted")
        #expect(run.stderr.contains("is not a country"))
        #expect(run.stderr.contains(" JP ") && run.stderr.contains(" KR ") && run.stderr.contains(" US "))
    }

    @Test("--lang xx is refused by resolve, list, show and issues", arguments: [
        ["resolve", "amazon refund"], ["list"], ["show", "amazon"], ["issues"],
    ])
    func langRefused(_ command: [String]) throws {
        let run = try CLI.run(command + ["--lang", "xx"])
        #expect(run.status == 64, "\(command) accepted --lang xx")
        #expect(run.stderr.contains("use en, ko, ja or zh"))
        #expect(try CLI.run(command + ["--lang", "ko_KR.UTF-8"] + (command.first == "resolve" ? ["--now", Self.now] : [])).status == 0)
    }

    @Test("show and issues honour --format markdown")
    func markdownFormats() throws {
        let show = try CLI.run(["show", "amazon-jp", "--format", "markdown"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("# Amazon Japan (amazon-jp), marketplace\n"))
        #expect(show.stdout.contains("\n## Channels\n"))
        #expect(show.stdout.contains("\n- \\[contact-chat\\] chat"))
        #expect(show.stdout != (try CLI.run(["show", "amazon-jp"])).stdout)
        let issues = try CLI.run(["issues", "--format", "markdown"])
        #expect(issues.status == 0)
        #expect(issues.stdout.hasPrefix("# Issue kinds\n"))
        #expect(issues.stdout.contains("## `not-received` "))
        #expect(issues.stdout.contains("\n- **en**: "))
        #expect(issues.stdout.contains("never arrived"))
        #expect(!issues.stdout.contains("{neg}"), "phrase patterns are for the recogniser, not for reading")
    }

    @Test("--tz keeps the name given: UTC stays UTC")
    func tzName() throws {
        for (given, shown) in [("UTC", "UTC"), ("utc", "UTC"), ("GMT", "GMT"), ("Etc/UTC", "Etc/UTC"), ("Asia/Seoul", "Asia/Seoul"),
                               ("Etc/GMT+5", "Etc/GMT+5")] {
            let run = try Self.resolve(["amazon refund", "--tz", given, "--format", "json"])
            #expect(run.status == 0, "\(given): \(run.stderr)")
            #expect(try Self.json(run)["time_zone"] as? String == shown, "\(given)")
        }
    }

    @Test("--tz GMT+5 and UTC-3 are refused with what POSIX makes of them", arguments: ["GMT+5", "UTC-3", "gmt+05:30", "UTC+14"])
    func tzInverted(_ given: String) throws {
        let run = try Self.resolve(["amazon refund", "--tz", given])
        #expect(run.status == 64)
        #expect(run.stderr.contains("ambiguous"))
        #expect(run.stderr.contains("POSIX reads it as UTC"))
        #expect(run.stderr.contains("Etc/GMT"))
    }

    @Test("--tz error for an unknown zone, 64")
    func tzUnknown() throws {
        let run = try Self.resolve(["amazon refund", "--tz", "Mars/Olympus"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("is not an IANA time zone"))
    }

    @Test("TZ is read as POSIX does: a leading colon, a zoneinfo path, GMT+5 meaning UTC-5")
    func tzEnvironment() throws {
        let cases: [(String, String, Int)] = [
            (":America/New_York", "America/New_York", -5 * 3600),
            ("/usr/share/zoneinfo/Asia/Seoul", "Asia/Seoul", 9 * 3600),
            ("GMT+5", "GMT+5", -5 * 3600), ("JST-9", "JST-9", 9 * 3600), ("UTC", "UTC", 0),
        ]
        for (tz, name, offset) in cases {
            let zone = try #require(try ShopperTimeZone.environment(["TZ": tz])?.get(), "\(tz)")
            #expect(zone.name == name)
            #expect(zone.zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_795_000_000)) == offset, "\(tz)")
            let run = try CLI.run(["resolve", "amazon refund", "--format", "json", "--now", Self.now], environment: ["TZ": tz])
            #expect(run.status == 0)
            #expect(try Self.json(run)["time_zone"] as? String == name, "TZ=\(tz)")
            #expect(run.stderr.isEmpty, "TZ=\(tz): \(run.stderr)")
        }
        // A TZ it cannot read is said, not silently replaced.
        let odd = try CLI.run(["resolve", "amazon refund", "--now", Self.now], environment: ["TZ": "Nowhere/Land"])
        #expect(odd.status == 0)
        #expect(odd.stderr.contains("warning: TZ 'Nowhere/Land'"))
    }

    @Test("a time in the shopper's zone says whose zone it is when the schedule is in another")
    func nextOpeningLabelled() throws {
        let run = try Self.resolve(["rakuten not received", "--tz", "America/New_York"])
        #expect(run.status == 0)
        let hours = try #require(run.stdout.split(separator: "\n").first { $0.contains("(Asia/Tokyo)") && $0.contains("opens") })
        #expect(hours.contains("(America/New_York)"), "\(hours)")
        // The same zone as the schedule needs no second label.
        let tokyo = try Self.resolve(["rakuten not received", "--tz", "Asia/Tokyo"])
        let line = try #require(tokyo.stdout.split(separator: "\n").first { $0.contains("(Asia/Tokyo)") && ($0.contains("opens") || $0.contains("until")) })
        #expect(line.components(separatedBy: "Asia/Tokyo").count == 2, "\(line)")
    }

    @Test("impossible dates are refused with 64", arguments: ["2026-13-45", "2026-02-30", "0000-01-01", "2026-1-5", "20261122", "tomorrow"])
    func impossibleDates(_ date: String) throws {
        for option in ["--ordered", "--delivered", "--expected", "--contacted"] {
            let run = try Self.resolve(["amazon refund", option, date])
            #expect(run.status == 64, "\(option) \(date)")
            #expect(run.stderr.contains("YYYY-MM-DD"))
        }
    }

    @Test("implausible and contradictory dates are explained in the plan")
    func implausibleDates() throws {
        let ancient = try Self.json(try Self.resolve(["amazon return", "--delivered", "0001-01-01", "--format", "json"]))
        let notes = ancient["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("--delivered 0001-01-01") && $0.contains("days ago") }, "\(notes)")
        let future = try Self.json(try Self.resolve(["amazon return", "--delivered", "2031-06-01", "--format", "json"]))
        #expect((future["notes"] as? [String] ?? []).contains { $0.contains("--delivered 2031-06-01 is in the future") })
        let backwards = try Self.json(try Self.resolve(["amazon return", "--ordered", "2026-11-20", "--delivered", "2026-11-01", "--format", "json"]))
        #expect((backwards["notes"] as? [String] ?? []).contains { $0.contains("--delivered 2026-11-01 is before --ordered 2026-11-20") })
        // A plausible order of dates adds no note.
        let fine = try Self.json(try Self.resolve(["amazon return", "--ordered", "2026-11-01", "--delivered", "2026-11-05", "--format", "json"]))
        #expect(!(fine["notes"] as? [String] ?? []).contains { $0.contains("--delivered") })
        // An expected delivery in the future is normal.
        let expected = try Self.json(try Self.resolve(["amazon late delivery", "--expected", "2026-11-30", "--format", "json"]))
        #expect(!(expected["notes"] as? [String] ?? []).contains { $0.contains("--expected") })
        // In the shopper's language.
        let ko = try Self.resolve(["amazon return", "--delivered", "2031-06-01", "--lang", "ko"])
        #expect(ko.stdout.contains("미래 날짜"))
    }

    @Test("validate decides today on the local clock (TZ), not in UTC")
    func validateToday() throws {
        // Kiritimati (UTC+14) and Pago Pago (UTC-11) are never on the same day. A source seen 366
        // days before Kiritimati's today is over a year old there, and at most 365 days in Pago Pago.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("today-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let ahead = CalendarDate(Date(), in: TimeZone(identifier: "Pacific/Kiritimati")!)
        let seen = CalendarDate(dayNumber: ahead.dayNumber - 366)
        let new = try CLI.run(["new", "zone-shop", "--kind", "seller", "--output", dir.path])
        #expect(new.status == 0, "\(new.stderr)")
        let file = dir.appendingPathComponent("zone-shop.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: #"seen: \d{4}-\d{2}-\d{2}"#, with: "seen: \(seen)", options: .regularExpression)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let east = try CLI.run(["validate", file.path, "--only", "source-age"], environment: ["TZ": "Pacific/Kiritimati"])
        #expect(east.stdout.contains("source-age"), "\(east.stdout)")
        let west = try CLI.run(["validate", file.path, "--only", "source-age"], environment: ["TZ": ":Pacific/Pago_Pago"])
        #expect(!west.stdout.contains("[source-age]"), "\(west.stdout)")
    }

    @Test("show amazon.co.jp names the storefront")
    func showStorefront() throws {
        let run = try CLI.run(["show", "amazon.co.jp"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Amazon Japan (amazon-jp)"))
    }
}
