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

    @Test func userInfoInURLsIsCaught() {
        #expect(HTTPSURLRule.problem(with: "https://www.amazon.com@evil.io/") != nil)
        #expect(HTTPSURLRule.problem(with: "https://www.amazon.com/gp/help/customer/contact-us") == nil)
        #expect(Domains.host(ofURL: "https://www.amazon.com@evil.io/") == "evil.io")
    }
}

struct CodeTableTests {
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
