import Foundation
import Testing
@testable import SupportDirectory

struct PhoneNumberingTests {
    @Test(arguments: ["+18882804331", "+14165550100", "+8215881234", "+82212345678", "+821012345678", "+81120999373",
                      "+81312345678", "+8613812345678", "+442079460000", "+4930123456", "+33123456789", "+919876543210",
                      "+6561234567", "+3545551234"])
    func plausible(_ number: String) {
        #expect(PhoneNumbering.problem(with: number) == nil)
    }

    @Test(arguments: ["18882804331", "+1 888 280 4331", "+1-888-280-4331", "+188828043", "+188828043311",
                      "+8201012345678", "+0123456789", "+123", "+1234567890123456", "+4402079460000", "+9112345"])
    func rejected(_ number: String) {
        #expect(PhoneNumbering.problem(with: number) != nil)
    }

    @Test func messagesSayWhatIsRight() {
        #expect(PhoneNumbering.problem(with: "+8201012345678")?.contains("trunk prefix 0") == true)
        #expect(PhoneNumbering.problem(with: "1-888-280-4331")?.contains("+18882804331") == true)
    }
}

struct DomainTests {
    @Test func subdomainsAreOnTheDomain() {
        #expect(Domains.isOn("www.amazon.com", ["amazon.com"]))
        #expect(Domains.isOn("AMAZON.COM.", ["amazon.com"]))
        #expect(Domains.isOn("sellercentral.amazon.co.jp", ["amazon.com", "amazon.co.jp"]))
    }

    @Test(arguments: ["amazon-help-desk.com", "amazon.com.evil.io", "evilamazon.com", "amazon.co", "com"])
    func lookAlikesAreNot(_ host: String) {
        #expect(!Domains.isOn(host, ["amazon.com"]))
    }

    @Test func registrableDomains() {
        #expect(Domains.registrable("reportfraud.ftc.gov") == "ftc.gov")
        #expect(Domains.registrable("www.1372.go.kr") == "1372.go.kr")
        #expect(Domains.registrable("www.amazon.co.jp") == "amazon.co.jp")
        #expect(Domains.registrable("ftc.gov") == "ftc.gov")
    }

    @Test("the byte-level https reader finds the host URLComponents finds, or steps aside", arguments: [
        "https://www.amazon.com/gp/help/customer/contact-us", "https://example.com", "https://example.com?x=1#top",
        "https://www.amazon.co.jp/-/ja/gp/help/customer/display.html?nodeId=GSD587LKW72HKU2V", "https://EXAMPLE.com/a%20b",
        "https://example.com./", "https://-bad-.com/", "https://a..b/", "https://example.com/~me/(1);x=y,z*+$!'@:",
    ])
    func plainHTTPSHostMatchesFoundation(url: String) throws {
        let plain = try #require(Domains.plainHTTPSHost(url))
        #expect(String(plain) == URLComponents(string: url)?.host)
    }

    @Test("URLs the byte-level reader leaves to URLComponents", arguments: [
        "http://example.com/", "HTTPS://example.com/", "https://user@example.com/", "https://example.com:8443/",
        "https://example.com/a b", "https://example.com/%zz", "https://exämple.com/", "https:///path", "https://",
        "https://example.com/#a#b", "https://[::1]/", "https://example.com\\evil.io/", "https://example.com/\"x\"",
        "https://example.com/{order}", "https://example.com/한국",
    ])
    func plainHTTPSHostStepsAside(url: String) {
        #expect(Domains.plainHTTPSHost(url) == nil)
    }

    @Test("every https URL in the shipped profiles reads the same through both")
    func shippedURLs() throws {
        let folder = try #require(MerchantFolders.builtIn())
        var count = 0
        for file in try MerchantFolders.yamlFiles(in: folder) + MerchantFolders.vocabularyFiles(in: folder) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for word in text.split(whereSeparator: { " \n\t,{}[]\"'".contains($0) }) where word.hasPrefix("https://") {
                let url = String(word)
                if let plain = Domains.plainHTTPSHost(url) {
                    #expect(String(plain) == URLComponents(string: url)?.host, "\(url)")
                    count += 1
                }
            }
        }
        #expect(count > 20, "found only \(count) URLs in \(folder.path)")
    }

    @Test("host names: labels of letters, digits and inner hyphens, at least two", arguments: [
        ("amazon.com", true), ("a-b.co.jp", true), ("1372.go.kr", true), ("WWW.Example.COM", true),
        ("amazon", false), ("-a.com", false), ("a-.com", false), ("a..com", false), (".a.com", false), ("a.com.", false),
        ("exämple.com", false), ("a_b.com", false), ("", false), ("a.-", false),
        (String(repeating: "a", count: 63) + ".com", true), (String(repeating: "a", count: 64) + ".com", false),
        (Array(repeating: "abcdefghi", count: 25).joined(separator: ".") + ".com", true), // 253 bytes
        (Array(repeating: "abcdefghi", count: 25).joined(separator: ".") + ".coms", false), // 254
    ])
    func hostNames(host: String, valid: Bool) {
        #expect(Domains.isHostName(host) == valid)
    }

    @Test func userInfoInURLsIsCaught() {
        #expect(HTTPSURLRule.problem(with: "https://www.amazon.com@evil.io/") != nil)
        #expect(HTTPSURLRule.problem(with: "https://www.amazon.com/gp/help/customer/contact-us") == nil)
        #expect(Domains.host(ofURL: "https://www.amazon.com@evil.io/") == "evil.io")
    }
}

struct PlaceholderTests {
    @Test("placeholders are read on bytes, through any script")
    func placeholders() {
        let found = TemplatePlaceholderRule.placeholders(in: "注文番号 {order_number} の件、{merchant}様へ {oops 그리고 {today}")
        #expect(found.map(\.name) == ["order_number", "merchant", nil, "today"])
        #expect(found.map(\.token) == ["{order_number}", "{merchant}", "{oops 그리고 {today}", "{today}"])
        #expect(TemplatePlaceholderRule.placeholders(in: "no braces, 괄호 없음").isEmpty)
        #expect(TemplatePlaceholderRule.placeholders(in: "end {").map(\.token) == ["{"])
        #expect(TemplatePlaceholderRule.placeholders(in: "{}").map(\.name) == [""])
    }
}

struct CodeTableTests {
    @Test("two-letter tags answered from the table agree with the full check")
    func twoLetterTable() {
        for a in UInt8(ascii: "a")...UInt8(ascii: "z") {
            for b in UInt8(ascii: "a")...UInt8(ascii: "z") {
                let tag = String(decoding: [a, b], as: UTF8.self)
                let expected = LanguageTags.iso639_1.contains(tag) && LanguageTags.countryCodeMistakes[tag] == nil
                #expect((LanguageTags.problem(with: tag) == nil) == expected, "\(tag)")
            }
        }
    }

    @Test func languages() {
        #expect(LanguageTags.problem(with: "en") == nil)
        #expect(LanguageTags.problem(with: "zh-Hant-TW") == nil)
        #expect(LanguageTags.problem(with: "es-419") == nil)
        #expect(LanguageTags.problem(with: "kr") != nil)
        #expect(LanguageTags.problem(with: "en_US") != nil)
        #expect(LanguageTags.problem(with: "zh-hant")?.contains("zh-Hant") == true)
        #expect(LanguageTags.problem(with: "en-XX") != nil)
    }

    @Test func regions() {
        for code in ["US", "CA", "KR", "JP", "CN", "GB", "DE", "FR", "IN"] { #expect(RegionCodes.problem(with: code) == nil) }
        #expect(RegionCodes.problem(with: "UK")?.contains("GB") == true)
        #expect(RegionCodes.problem(with: "us")?.contains("US") == true)
        #expect(RegionCodes.iso3166.count == 249)
    }
}

struct ChangedContactPointsParseTests {
    @Test func hunksGiveNewSideLines() {
        let diff = """
            diff --git a/Merchants/shop.yaml b/Merchants/shop.yaml
            --- a/Merchants/shop.yaml
            +++ b/Merchants/shop.yaml
            @@ -10 +10 @@ channels:
            -    phone: "+18005550100"
            +    phone: "+18005550199"
            @@ -20,0 +21,3 @@
            +a
            +b
            +c
            @@ -30,2 +33,0 @@
            -gone
            -gone
            diff --git a/Merchants/old.yaml b/Merchants/old.yaml
            --- a/Merchants/old.yaml
            +++ /dev/null
            @@ -1 +0,0 @@
            -id: old
            """
        let lines = ChangedContactPoints.parse(diff: diff)
        #expect(lines == ["Merchants/shop.yaml": [10, 21, 22, 23]])
    }
}

struct ReportTests {
    @Test func strictFailsOnWarnings() {
        let warning = Finding(ruleID: "source-age", severity: .warning, location: .init(path: "a.yaml", line: 1, column: 1), message: "old")
        #expect(!ValidationReport(findings: [warning], fileCount: 1).failed)
        #expect(ValidationReport(findings: [warning], fileCount: 1, strict: true).failed)
        let notice = Finding(ruleID: "changed-contact-point", severity: .notice, location: .init(path: "a.yaml", line: 1, column: 1), message: "new")
        #expect(!ValidationReport(findings: [notice], fileCount: 1, strict: true).failed)
        #expect(Severity.warning < .error && Severity.notice < .warning)
    }

    @Test func findingPrintsLikeACompiler() {
        let f = Finding(ruleID: "phone-e164", severity: .error, location: .init(path: "Merchants/shop.yaml", line: 9, column: 12),
                        message: "bad number", sourceLine: "    phone: 1-800")
        #expect(f.description == "Merchants/shop.yaml:9:12: error: bad number [phone-e164]")
        #expect(f.rendered(caret: true) == "Merchants/shop.yaml:9:12: error: bad number [phone-e164]\n    phone: 1-800\n           ^")
    }
}

struct GitHubActionsEscapingTests {
    @Test func messagesAndPropertiesAreEscaped() {
        let f = Finding(ruleID: "schema", severity: .error, location: .init(path: "Merchants/a,b:c.yaml", line: 2, column: 3),
                        message: "100% wrong\r\nsecond line")
        let out = GitHubActionsReporter.generateReport(ValidationReport(findings: [f], fileCount: 1), terminal: false)
        #expect(out.hasPrefix("::error file=Merchants/a%2Cb%3Ac.yaml,line=2,col=3,title=schema::100%25 wrong%0D%0Asecond line\n"))
    }
}
