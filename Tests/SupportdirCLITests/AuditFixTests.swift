import Foundation
import Testing

/// Issue 11, section 3: the fixes from an audit of the shipped data, checked through the built binary on the
/// shipped profiles. Each date is computed from the event the fact's source names.
@Suite("Audit fixes of the shipped data (issue 11 section 3)")
struct AuditFixTests {
    static let now = "2026-12-02T03:00:00Z"

    static func plan(_ args: [String]) throws -> [String: Any] {
        let run = try CLI.run(["resolve"] + args + ["--now", Self.now, "--tz", "Asia/Seoul", "--format", "json"])
        #expect(run.status == 0, "\(args): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    static func deadline(_ plan: [String: Any], _ id: String) throws -> [String: Any] {
        let all = plan["deadlines"] as? [[String: Any]] ?? []
        return try #require(all.first { $0["id"] as? String == id }, "no deadline \(id) in \(all.map { $0["id"] ?? "" })")
    }

    static func everyText(_ plan: [String: Any]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: plan)) ?? Data(), as: UTF8.self)
    }

    // MARK: AliExpress: dispute timers from the day the dispute was opened

    @Test("AliExpress's 3-day and 15-day dispute timers count from --disputed, not from the first message")
    func disputeTimersFromDisputed() throws {
        let plan = try Self.plan(["--merchant", "aliexpress", "--issue", "not-received", "--expected", "2026-11-20",
                                  "--contacted", "2026-11-10", "--disputed", "2026-11-28"])
        let step = try Self.deadline(plan, "escalate-possible")
        #expect(step["from"] as? String == "disputed")
        #expect(step["date"] as? String == "2026-12-01", "3 days after 2026-11-28, not after the first contact 2026-11-10")
        #expect(step["assumed"] as? Bool == false)
        let auto = try Self.deadline(plan, "auto-escalation")
        #expect(auto["date"] as? String == "2026-12-13")
        #expect(auto["days_from_today"] as? Int == 11)
    }

    @Test("without --disputed the timers are not guessed: the plan asks for the date")
    func disputeTimersNeedTheDate() throws {
        let plan = try Self.plan(["--merchant", "aliexpress", "--issue", "damaged", "--contacted", "2026-11-25"])
        for id in ["escalate-possible", "auto-escalation"] {
            let d = try Self.deadline(plan, id)
            #expect(d["date"] == nil || d["date"] is NSNull, "\(id) has no date without --disputed")
            #expect(d["needs"] as? String == "--disputed DATE")
        }
        let text = try CLI.run(["resolve", "--merchant", "aliexpress", "--issue", "damaged", "--now", Self.now])
        #expect(text.stdout.contains("give --disputed DATE to compute this (3 days after the day you opened the dispute)"), "\(text.stdout)")
    }

    @Test("Buyer Protection counts from the end of the seller's delivery time in every AliExpress route", arguments: [
        "not-received", "late-delivery", "damaged", "defective", "wrong-item", "not-as-described", "return",
    ])
    func buyerProtectionFromExpected(_ issue: String) throws {
        let plan = try Self.plan(["--merchant", "aliexpress", "--issue", issue, "--expected", "2026-11-20", "--delivered", "2026-11-12"])
        let d = try Self.deadline(plan, "buyer-protection-ends")
        #expect(d["from"] as? String == "expected", "\(issue)")
        #expect(d["date"] as? String == "2026-12-05", "\(issue): 15 days after 2026-11-20, whatever the delivery date")
        #expect((d["disagreement"] as? String)?.contains("countdown") == true)
    }

    @Test("--disputed is checked like the other dates")
    func disputedChecked() throws {
        let bad = try CLI.run(["resolve", "aliexpress not received", "--disputed", "2026-02-30", "--now", Self.now])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--disputed") && bad.stderr.contains("YYYY-MM-DD"), "\(bad.stderr)")
        let future = try Self.plan(["aliexpress not received", "--disputed", "2026-12-20"])
        #expect((future["notes"] as? [String] ?? []).contains { $0.contains("--disputed 2026-12-20 is in the future") })
        let backwards = try Self.plan(["aliexpress not received", "--ordered", "2026-11-20", "--disputed", "2026-11-01"])
        #expect((backwards["notes"] as? [String] ?? []).contains { $0.contains("--disputed 2026-11-01 is before --ordered 2026-11-20") })
    }

    // MARK: Amazon: appeal and scam reports

    @Test("a denied A-to-z request can be appealed within 30 calendar days, with the page that says so")
    func aToZAppeal() throws {
        let plan = try Self.plan(["--merchant", "amazon", "--issue", "not-received", "--seller", "third-party", "--country", "US"])
        let ladder = plan["escalation"] as? [[String: Any]] ?? []
        let appeal = try #require(ladder.first { $0["id"] as? String == "a-to-z-appeal" })
        #expect((appeal["when"] as? String)?.contains("within 30 calendar days of the decision") == true)
        let urls = (plan["sources"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        #expect(urls.contains("https://digprjsurvey.amazon.co.uk/csad/help/node/G9VEMT3X4FQET5DH"))
    }

    @Test("people without an Amazon account can report a scam to reportascam@amazon.com (Amazon's own page)")
    func reportAScamEmail() throws {
        let plan = try Self.plan(["--merchant", "amazon", "--issue", "suspicious-contact", "--country", "US"])
        let channels = (plan["plan"] as? [[String: Any]] ?? []).flatMap { $0["channels"] as? [[String: Any]] ?? [] }
        #expect(channels.contains { $0["email"] as? String == "reportascam@amazon.com" })
        let sources = plan["sources"] as? [[String: Any]] ?? []
        let page = try #require(sources.first { $0["url"] as? String == "https://trustworthyshopping.aboutamazon.com/focus/scam-prevention" })
        #expect(page["quality"] as? String == "official-page")
    }

    // MARK: Amazon Japan: 5 minutes, and the cap said as its source says it

    @Test("amazon.co.jp says 5 minutes for cancelling a seller's order yourself; the seller text says which storefront has which")
    func selfCancelWindow() throws {
        let jp = try Self.plan(["--merchant", "amazon-jp", "--issue", "cancel-order", "--seller", "third-party", "--lang", "en", "--country", "JP"])
        let text = Self.everyText(jp)
        #expect(text.contains("once 5 minutes have passed since ordering"))
        #expect(!text.contains("After the first 30 minutes"), "the US window is not the Japanese one")
        #expect(text.contains("30 minutes after ordering on amazon.com, 5 minutes on amazon.co.jp"))
        let ja = Self.everyText(try Self.plan(["--merchant", "amazon-jp", "--issue", "cancel-order", "--seller", "third-party", "--lang", "ja", "--country", "JP"]))
        #expect(ja.contains("注文から5分を過ぎると"))
    }

    @Test("the JPY 300,000 cap is attributed to Amazon Pay's help, and the guarantee step has a source")
    func guaranteeCap() throws {
        let plan = try Self.plan(["--merchant", "amazon-jp", "--issue", "not-received", "--seller", "third-party", "--lang", "en", "--country", "JP"])
        let text = Self.everyText(plan)
        #expect(!text.contains("Up to JPY 300,000"))
        #expect(text.contains("The only cap we found is Amazon Pay's"))
        let profile = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Merchants/amazon-jp.yaml"), encoding: .utf8)
        let escalation = try #require(profile.components(separatedBy: "\nescalation:\n").last?.components(separatedBy: "\ntips:\n").first)
        #expect(escalation.contains("  source: seller-central-g27951"), "the marketplace-guarantee step names its source")
    }
}
