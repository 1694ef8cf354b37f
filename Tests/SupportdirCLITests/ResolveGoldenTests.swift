import Foundation
import Testing

/// `supportdir resolve` as a shopper runs it, on the shipped Merchants/, with the clock,
/// the time zone and the locale fixed. Goldens live in Golden/resolve/; re-record with
/// SUPPORTDIR_RECORD=1 and read every changed file before committing it.
@Suite("CLI: resolve goldens")
struct ResolveGoldenTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32 = 0
        var lang = "en_US.UTF-8"
        var tz = "America/Los_Angeles"
        var testDescription: String { name }
    }

    /// Sunday 2026-11-22, 10:00 in Los Angeles.
    static let now = "2026-11-22T18:00:00Z"

    static let scenarios: [Scenario] = [
        // The issue's examples.
        Scenario(name: "en-amazon-third-party-refund", arguments: ["Amazon third-party seller refund"]),
        Scenario(name: "ko-amazon-third-party-refund", arguments: ["아마존 제3자 판매자 환불"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "ja-amazon-seller-refund", arguments: ["Amazonの出品者に返金してほしい"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-aliexpress-not-received", arguments: ["速卖通 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "en-aliexpress-never-arrived", arguments: ["aliexpress package never arrived"]),
        Scenario(name: "en-typos-amazn-refnd", arguments: ["amazn refnd"]),
        // The same plan as JSON and Markdown.
        Scenario(name: "json-amazon-third-party-refund", arguments: ["Amazon third-party seller refund", "--expected", "2026-11-10", "--format", "json"]),
        Scenario(name: "markdown-amazon-damaged", arguments: ["amazon arrived damaged", "--delivered", "2026-11-20", "--order", "114-1234567-1234567", "--format", "markdown"]),
        // Order numbers tell the merchant.
        Scenario(name: "order-amazon-not-received", arguments: ["--order", "114-1234567-1234567", "--issue", "not-received", "--seller", "third-party", "--expected", "2026-11-10"]),
        Scenario(name: "order-aliexpress-in-text", arguments: ["order 8123456789012345 never arrived", "--ordered", "2026-10-01"]),
        // Brands and named sellers.
        Scenario(name: "brand-anker-warranty", arguments: ["anker charger warranty"]),
        Scenario(name: "brand-anker-defective-on-amazon", arguments: ["amazon defective", "--seller", "anker", "--delivered", "2026-11-15"]),
        Scenario(name: "seller-named-without-profile", arguments: ["amazon wrong item", "--seller", "Acme Gadgets Store", "--order", "114-7654321-7654321"]),
        // Every issue kind with a route (Amazon has them all).
        Scenario(name: "issue-late-delivery", arguments: ["amazon late delivery", "--seller", "third-party", "--expected", "2026-11-18"]),
        Scenario(name: "issue-cancel-order", arguments: ["cancel my amazon order"]),
        Scenario(name: "issue-not-as-described", arguments: ["amazon not as described", "--seller", "third-party"]),
        Scenario(name: "issue-return-month-end", arguments: ["amazon return", "--delivered", "2026-10-31"]),
        Scenario(name: "issue-price-drop", arguments: ["amazon price drop"]),
        Scenario(name: "issue-billing-dispute", arguments: ["amazon charged twice"]),
        Scenario(name: "issue-subscription", arguments: ["amazon cancel prime"]),
        Scenario(name: "issue-account-access", arguments: ["amazon account locked"]),
        Scenario(name: "issue-technical-fault", arguments: ["amazon bluetooth not pairing", "--seller", "third-party"]),
        Scenario(name: "issue-warranty-third-party", arguments: ["amazon warranty", "--seller", "third-party"]),
        Scenario(name: "issue-suspicious-contact", arguments: ["someone called from amazon asked for gift cards"]),
        Scenario(name: "aliexpress-return-ko", arguments: ["알리익스프레스 반품", "--delivered", "2026-11-01"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "storefront-amazon-co-jp", arguments: ["amazon.co.jp 返品"]),
        Scenario(name: "country-option-jp-english", arguments: ["amazon refund", "--country", "JP", "--lang", "en"]),
        // eBay (US and UK storefronts of one group; every order is a seller's).
        Scenario(name: "en-ebay-item-not-received", arguments: ["eBay item not received"]),
        Scenario(name: "ebay-not-received-expected", arguments: ["ebay package never arrived", "--expected", "2026-11-01"]),
        Scenario(name: "ko-ebay-not-received", arguments: ["이베이 물건이 안 와요"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "ja-ebay-not-received", arguments: ["eBayで買った商品が届かない"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-ebay-not-received", arguments: ["易贝 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "ebay-uk-not-as-described", arguments: ["ebay not as described", "--country", "GB", "--delivered", "2026-11-10"]),
        // Rakuten Ichiba (shops first, then Rakuten's Customer Protection).
        Scenario(name: "ja-rakuten-defective", arguments: ["楽天で買った商品が不良品だった"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "en-rakuten-not-received", arguments: ["rakuten item never arrived", "--ordered", "2026-11-01"]),
        Scenario(name: "ko-rakuten-return", arguments: ["라쿠텐 반품"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "zh-rakuten-not-received", arguments: ["乐天 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // Temu (Temu's own support; Purchase Protection; refund times by method).
        Scenario(name: "en-temu-never-arrived", arguments: ["Temu package never arrived", "--expected", "2026-11-20"]),
        Scenario(name: "ko-temu-refund", arguments: ["테무 환불이 안 돼요"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "ja-temu-damaged", arguments: ["Temuで買った商品が壊れていた", "--ordered", "2026-10-01"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-temu-not-received", arguments: ["Temu 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // Amazon UK and Amazon Germany: storefronts of the Amazon group, by domain and by --country.
        Scenario(name: "amazon-uk-third-party-not-received", arguments: ["amazon.co.uk item never arrived", "--seller", "third-party", "--expected", "2026-11-10"]),
        Scenario(name: "country-option-gb", arguments: ["amazon refund", "--country", "GB"]),
        Scenario(name: "amazon-de-third-party-damaged", arguments: ["amazon damaged", "--country", "DE", "--seller", "third-party", "--expected", "2026-11-12"]),
        Scenario(name: "ko-amazon-uk-third-party-refund", arguments: ["amazon.co.uk 환불", "--seller", "third-party"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "ja-amazon-de-return", arguments: ["amazon.deで買った商品を返品したい"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "ko-amazon-uk-by-name", arguments: ["영국 아마존 환불"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "zh-amazon-uk-return", arguments: ["英国亚马逊 退货", "--country", "GB", "--seller", "third-party", "--delivered", "2026-11-01"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "ja-amazon-uk-not-received", arguments: ["amazon.co.ukで買った商品が届かない", "--expected", "2026-11-12"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "ko-amazon-de-damaged", arguments: ["독일 아마존에서 산 물건이 파손돼서 왔어요", "--delivered", "2026-11-15"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "zh-amazon-de-return", arguments: ["德国亚马逊 退货", "--seller", "third-party"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // eBay UK in the other three languages.
        Scenario(name: "ko-ebay-uk-not-as-described", arguments: ["영국 이베이에서 산 물건이 설명이랑 달라요", "--delivered", "2026-11-10"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "ja-ebay-uk-not-received", arguments: ["ebay.co.ukで買った商品が届かない", "--expected", "2026-11-05"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-ebay-uk-not-received", arguments: ["英国eBay 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // Mercari Japan (trade messages, then the office; never rate before arrival).
        Scenario(name: "ja-mercari-not-as-described", arguments: ["メルカリで届いた商品が説明と違う", "--issue", "not-as-described"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        // The same words alone: "説明と違う" reads not as described, but the examples liken "届いた商品が…違う" to a wrong
        // item about as often (0.55 / 0.45), so the shopper is asked which (exit 4).
        Scenario(name: "ja-mercari-described-or-wrong-item", arguments: ["メルカリで届いた商品が説明と違う"], status: 4, lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "en-mercari-not-as-described", arguments: ["mercari item not as described"]),
        Scenario(name: "ko-mercari-not-received", arguments: ["메루카리 물건이 안 와요"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "zh-mercari-not-received", arguments: ["煤炉 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // Walmart Marketplace (seller first, then the Walmart Marketplace Promise).
        Scenario(name: "en-walmart-marketplace-not-received", arguments: ["walmart marketplace seller item never arrived", "--expected", "2026-11-12"]),
        Scenario(name: "ko-walmart-refund", arguments: ["월마트 환불"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "ja-walmart-damaged-third-party", arguments: ["ウォルマートで買った商品が壊れていた", "--seller", "third-party", "--delivered", "2026-11-05"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-walmart-return", arguments: ["沃尔玛 退货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // SSG.COM and Naver Pay / SmartStore (Korea).
        Scenario(name: "ko-ssg-defective", arguments: ["SSG 불량품 반품", "--delivered", "2026-10-30"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "en-ssg-defective", arguments: ["ssg.com defective item"]),
        Scenario(name: "ja-ssg-defective", arguments: ["SSGで買った商品が不良品だった"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-ssg-return", arguments: ["SSG 退货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "ko-naver-pay-return", arguments: ["네이버페이 반품"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "en-naver-smartstore-return", arguments: ["naver smartstore return"]),
        Scenario(name: "ja-naver-pay-return", arguments: ["ネイバーペイ 返品"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "zh-naver-pay-return", arguments: ["Naver Pay 退货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // More common issues of the new profiles.
        Scenario(name: "ja-rakuten-cancel", arguments: ["楽天 注文をキャンセルしたい"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "en-temu-refund-times", arguments: ["temu refund not received"]),
        Scenario(name: "en-ebay-return", arguments: ["ebay return"]),
        Scenario(name: "en-amazon-uk-change-of-mind", arguments: ["amazon.co.uk return", "--seller", "third-party", "--delivered", "2026-11-01"]),
        Scenario(name: "en-temu-return-window", arguments: ["temu return", "--ordered", "2026-09-01", "--contacted", "2026-11-20"]),
        // Reach a person (issue 17 item 1): the examples, each with its first channel, its hours now and its human shortcut.
        Scenario(name: "contact-ko-amazon-phone", arguments: ["아마존 고객센터 전화번호"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "contact-ko-aliexpress-agent", arguments: ["알리익스프레스 상담원 연결"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "contact-ja-amazon-how-to-contact", arguments: ["Amazonカスタマーサービスに連絡する方法"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "contact-ja-amazon-talk-to-person", arguments: ["アマゾンの担当者と話したい"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "contact-zh-aliexpress-human", arguments: ["速卖通 人工客服"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "contact-zh-amazon-phone", arguments: ["亚马逊客服电话"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "contact-en-amazon-human", arguments: ["how do I talk to a human at amazon"]),
        Scenario(name: "contact-en-amazon-phone-number", arguments: ["amazon customer service phone number"]),
        Scenario(name: "contact-en-aliexpress", arguments: ["contact aliexpress"]),
        Scenario(name: "contact-en-amazon-only", arguments: ["amazon"]),
        Scenario(name: "contact-ja-merchant-only", arguments: ["アマゾン"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "contact-json-amazon-jp", arguments: ["アマゾンの担当者と話したい", "--format", "json"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "contact-markdown-aliexpress", arguments: ["contact aliexpress", "--format", "markdown"]),
        Scenario(name: "contact-brand-anker-on-amazon", arguments: ["amazon customer service", "--seller", "anker"]),
        Scenario(name: "contact-brand-anker-alone", arguments: ["anker contact"]),
        // A shop without a profile (issue 11 item 2): the general plan in four languages, exit 0.
        Scenario(name: "general-en-zalando-refund", arguments: ["zalando refund", "--country", "US"]),
        Scenario(name: "general-json-zalando-refund", arguments: ["zalando refund", "--format", "json"]),
        Scenario(name: "general-markdown-paypal", arguments: ["zalando never arrived paid with paypal", "--format", "markdown"]),
        Scenario(name: "general-ko-gmarket-refund", arguments: ["지마켓 환불이 안 돼요"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "general-ja-yodobashi-not-received", arguments: ["ヨドバシで買った商品が届かない"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "general-zh-jd-not-received", arguments: ["京东 没收到货"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        Scenario(name: "general-merchant-option", arguments: ["item arrived damaged", "--merchant", "Example Shop", "--country", "JP"]),
        // The new kinds of issue 17 item 2, with their Amazon routes (and the general channels where no page supports one).
        Scenario(name: "kind-order-status-expected", arguments: ["amazon track my order", "--expected", "2026-11-25"]),
        Scenario(name: "kind-order-status-third-party", arguments: ["amazon track my order", "--seller", "third-party"]),
        Scenario(name: "kind-change-order", arguments: ["amazon change shipping address", "--order", "114-1234567-1234567"]),
        Scenario(name: "kind-payment-failed-ko", arguments: ["아마존 결제 실패"], lang: "ko_KR.UTF-8", tz: "Asia/Seoul"),
        Scenario(name: "kind-close-account", arguments: ["--merchant", "amazon", "--issue", "close-account"]),
        Scenario(name: "kind-invoice-no-route", arguments: ["amazon invoice"]),
        Scenario(name: "kind-payment-failed-ja", arguments: ["アマゾン 決済エラー"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "kind-close-account-ja-no-route", arguments: ["Amazonで退会したい"], lang: "ja_JP.UTF-8", tz: "Asia/Tokyo"),
        Scenario(name: "general-zh-change-address", arguments: ["京东 修改地址"], lang: "zh_CN.UTF-8", tz: "Asia/Shanghai"),
        // Nothing to plan: what was understood, the candidates, a distinct status.
        Scenario(name: "unknown-merchant", arguments: ["something happened"], status: 3),
        Scenario(name: "ambiguous-merchant", arguments: ["amazon or aliexpress refund"], status: 3),
        Scenario(name: "unknown-issue", arguments: ["amazon wrnog"], status: 4),
        Scenario(name: "ambiguous-issue", arguments: ["amazon refund return"], status: 4),
        // The same outcomes as JSON (docs/contact-plan.schema.json, `understanding`).
        Scenario(name: "json-unknown-merchant", arguments: ["something happened", "--country", "US", "--format", "json"], status: 3),
        Scenario(name: "json-ambiguous-merchant", arguments: ["amazon or aliexpress refund", "--seller", "Acme Gadgets", "--format", "json"], status: 3),
        Scenario(name: "json-unknown-issue", arguments: ["amazon wrnog", "--seller", "anker", "--order", "114-1234567-1234567", "--format", "json"], status: 4),
        Scenario(name: "json-ambiguous-issue", arguments: ["amazon refund return", "--format", "json"], status: 4),
    ]

    @Test(arguments: scenarios)
    func resolve(_ scenario: Scenario) throws {
        let run = try CLI.run(["resolve"] + scenario.arguments + ["--now", Self.now],
                              environment: ["LANG": scenario.lang, "TZ": scenario.tz])
        #expect(run.status == scenario.status, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty, "stderr: \(run.stderr)")
        let ext = scenario.arguments.contains("json") ? "json" : scenario.arguments.contains("markdown") ? "md" : "txt"
        try expectGolden(run.stdout, "resolve/\(scenario.name).\(ext)")
    }

    @Test func usageErrorsExit64() throws {
        let badDate = try CLI.run(["resolve", "amazon refund", "--ordered", "2026-13-01"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("YYYY-MM-DD"))
        let nothing = try CLI.run(["resolve"])
        #expect(nothing.status == 64)
        let badZone = try CLI.run(["resolve", "amazon refund", "--tz", "Mars/Olympus"])
        #expect(badZone.status == 64)
    }

    @Test func environmentClockMatchesOption() throws {
        let a = try CLI.run(["resolve", "amazn refnd", "--now", Self.now])
        let b = try CLI.run(["resolve", "amazn refnd"], environment: ["SUPPORTDIR_NOW": Self.now])
        #expect(a.stdout == b.stdout)
    }

    @Test func noColourWhenPiped() throws {
        let run = try CLI.run(["resolve", "amazn refnd", "--now", Self.now], environment: ["NO_COLOR": ""])
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test func jsonIsVersionedAndParses() throws {
        let run = try CLI.run(["resolve", "速卖通 没收到货", "--format", "json", "--now", Self.now])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect((json["merchant"] as? [String: Any])?["id"] as? String == "aliexpress")
        #expect((json["issue"] as? [String: Any])?["id"] as? String == "not-received")
        #expect(json["seller"] is NSNull)
    }

    @Test func issuesAndSearch() throws {
        let issues = try CLI.run(["issues"])
        #expect(issues.status == 0)
        try expectGolden(issues.stdout, "resolve/issues.txt")
        let json = try CLI.run(["issues", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.contains { $0["id"] as? String == "refund" })
        let search = try CLI.run(["search", "amazn", "환불"])
        #expect(search.status == 0)
        try expectGolden(search.stdout, "resolve/search-amazn-refund.txt")
        let none = try CLI.run(["search", "zzzzqqq"])
        #expect(none.status == 1)
    }
}
