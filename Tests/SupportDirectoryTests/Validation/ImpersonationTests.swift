import Foundation
import Testing
@testable import SupportDirectory

/// Issue 12 item 1: profiles that pretend to be a shipped merchant fail with located errors naming it;
/// the shipped profiles and legitimate newcomers pass.
struct ImpersonationTests {
    static let merchants = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Merchants")
    static let rules = IdentityIndex.ruleIDs

    static func shipped() throws -> [ValidatedFile] {
        let validator = Validator(options: ValidationOptions(ruleIDs: rules))
        let files = try MerchantFolders.profileFiles(in: merchants).map { ($0, ValidatedFile.Role.profile) }
        return validator.load(files)
    }

    /// `rule:line:column: message` of the impersonation findings on `yaml`, validated among the shipped profiles.
    static func findings(_ yaml: String, name: String = "newcomer.yaml") throws -> [Finding] {
        let file = ValidatedFile.read(url: URL(fileURLWithPath: "/pr/Merchants/\(name)"), text: yaml, role: .profile, displayPath: "Merchants/\(name)")
        #expect(file.decodingErrors.isEmpty, "\(file.decodingErrors)")
        let validator = Validator(options: ValidationOptions(ruleIDs: rules))
        return validator.validate([file], among: try shipped() + [file]).findings
    }

    static let hostile = """
        id: amazon-support-center
        kind: brand
        names: {en: Amazon Support}
        aliases: [amazon, amazon customer service, 아마존 고객센터, アマゾン カスタマーサービス]
        domains: [amazon-support-center.com]
        sells_on: [amazon]
        channels:
          - id: phone
            kind: phone
            phone: "+18885550123"
            source: {url: https://amazon-support-center.com/contact, seen: 2026-11-01, quality: official-page}
        """

    @Test func theHostileProfileOfTheIssueFails() throws {
        let found = try Self.findings(Self.hostile).map { "\($0.ruleID) \($0.location.line):\($0.location.column)" }
        #expect(found == [
            "claims-other-merchant 3:13",   // Amazon Support
            "name-collision 4:11",          // amazon
            "claims-other-merchant 4:19",   // amazon customer service
            "claims-other-merchant 4:44",   // 아마존 고객센터
            "claims-other-merchant 4:54",   // アマゾン カスタマーサービス
            "lookalike-domain 5:11",        // amazon-support-center.com
        ], "\(found)")
        for finding in try Self.findings(Self.hostile) {
            #expect(finding.message.contains("'amazon") , "does not name the imitated profile: \(finding.message)")
            #expect(finding.message.contains("Merchants/amazon"), "does not name the imitated file: \(finding.message)")
        }
    }

    @Test(arguments: [
        // A Cyrillic А.
        ("id: amazon-deals\nkind: retailer\nnames: Аmazon Deals Club\naliases: [Аmazon]\ndomains: [deals.example]\n", "name-collision", 4, 11, "U+0410"),
        // Full-width and case: the same search key.
        ("id: big-deals\nkind: retailer\nnames: {en: Big Deals, ja: ＡＭＡＺＯＮ}\ndomains: [deals.example]\n", "name-collision", 3, 28, "amazon"),
        // One typing error from the alias soundcore of anker.
        ("id: sound\nkind: brand\nnames: Sound\naliases: [soundcor]\ndomains: [sound.example]\n", "name-collision", 4, 11, "anker"),
        // dnstwist-style domains.
        ("id: deals\nkind: retailer\nnames: Deals\ndomains: [amaz0n-help.com]\n", "lookalike-domain", 4, 11, "amazon"),
        ("id: care\nkind: retailer\nnames: Care Shop\ndomains: [anker-care.shop]\n", "lookalike-domain", 4, 11, "anker"),
        ("id: helpnet\nkind: retailer\nnames: Help Net\ndomains: [com-help.net]\nchannels:\n  - id: help\n    kind: help-center\n    url: https://amazon.com-help.net/contact\n    source: {url: https://amazon.com-help.net/contact, seen: 2026-11-01, quality: official-page}\n",
         "lookalike-domain", 8, 10, "amazon"),
        ("id: ali-help\nkind: retailer\nnames: Ali Help\ndomains: [aliexpres-support.com]\n", "lookalike-domain", 4, 11, "aliexpress"),
        // A domain of another merchant listed as one's own.
        ("id: desk\nkind: retailer\nnames: Desk\ndomains: [anker.com]\n", "lookalike-domain", 4, 11, "anker"),
        // Claims in the other languages.
        ("id: charger\nkind: seller\nnames: Charger\naliases: [앵커 고객센터]\ndomains: [charger.example]\nsells_on: [amazon]\n", "claims-other-merchant", 4, 11, "anker"),
        ("id: kefu\nkind: brand\nnames: {en: Kefu, zh: 亚马逊客服}\ndomains: [kefu.example]\n", "claims-other-merchant", 3, 23, "amazon"),
        // A Greek capital alpha.
        ("id: alpha\nkind: brand\nnames: Alpha\naliases: [Αmazon]\ndomains: [alpha.example]\n", "name-collision", 4, 11, "U+0391"),
        // A homoglyph of the brand as the profile's own domain: its label is not the profile's own brand.
        ("id: zero\nkind: retailer\nnames: Zero\ndomains: [amaz0n.com]\n", "lookalike-domain", 4, 11, "'amazon'"),
        ("id: zero\nkind: retailer\nnames: Zero\ndomains: [arnazon.co.jp]\n", "lookalike-domain", 4, 11, "'amazon'"),
        // Punycode: xn--mazon-3ve is аmazon with a Cyrillic а; xn--nker-care-zyh is аnker-care.
        ("id: idn\nkind: retailer\nnames: IDN\ndomains: [xn--mazon-3ve.com]\n", "lookalike-domain", 4, 11, "'аmazon.com' once its Punycode is decoded"),
        ("id: idn\nkind: retailer\nnames: IDN\ndomains: [idn.example]\nchannels:\n  - id: help\n    kind: help-center\n    url: https://help.xn--nker-care-zyh.com/\n    source: {url: https://idn.example/contact, seen: 2026-11-01, quality: official-page}\n",
         "lookalike-domain", 8, 10, "anker"),
        // Another merchant's name with generic words only, in any kind of profile, with or without a homoglyph.
        ("id: deals-club\nkind: retailer\nnames: Аmazon Deals Club\ndomains: [deals-club.example]\n", "claims-other-merchant", 3, 8, "'amazon'"),
        ("id: fan-store\nkind: seller\nnames: Fan Store\naliases: [Anker Official Store]\ndomains: [fan-store.example]\nsells_on: [amazon]\n", "claims-other-merchant", 4, 11, "'anker'"),
        ("id: refunds\nkind: retailer\nnames: Refunds\naliases: [Amazon Refund Desk]\ndomains: [refunds.example]\n", "claims-other-merchant", 4, 11, "'amazon'"),
        // Service words in German (amazon-de's shoppers), and short Korean ones, for a retailer too.
        ("id: kd\nkind: seller\nnames: KD\naliases: [Amazon Kundenservice]\ndomains: [kd.example]\nsells_on: [amazon]\n", "claims-other-merchant", 4, 11, "'amazon'"),
        ("id: sangdam\nkind: retailer\nnames: Sangdam\naliases: [아마존 상담]\ndomains: [sangdam.example]\n", "claims-other-merchant", 4, 11, "'amazon'"),
        // Greek capitals only: folded first, Ν and Ε would become ν (prototype v) and ε (prototype ɛ).
        ("id: power\nkind: retailer\nnames: Power\naliases: [ΑΝΚΕR]\ndomains: [power.example]\n", "name-collision", 4, 11, "U+039D"),
        ("id: power\nkind: retailer\nnames: Power\naliases: [ΕΒΑΥ]\ndomains: [power.example]\n", "name-collision", 4, 11, "'ebay'"),
        // Generic words run into the brand, as a handle writes them.
        ("id: handles\nkind: seller\nnames: Handles\naliases: [AmazonSupport]\ndomains: [handles.example]\n", "claims-other-merchant", 4, 11, "('support')"),
        ("id: handles\nkind: retailer\nnames: {en: Handles, ja: amazonhelp}\ndomains: [handles.example]\n", "claims-other-merchant", 3, 26, "'amazon'"),
        // A trade mark sign: NFKC makes ™ the letters TM.
        ("id: power\nkind: retailer\nnames: Power\naliases: [Anker™]\ndomains: [power.example]\n", "name-collision", 4, 11, "'anker'"),
        // The brand under another top-level domain (dnstwist's tld-swap) as the profile's own domain, by a
        // profile that does not call itself by that brand.
        ("id: support-shop\nkind: retailer\nnames: Support Shop\ndomains: [amazon.support]\n", "lookalike-domain", 4, 11, "'amazon'"),
        ("id: help-shop\nkind: brand\nnames: Help Shop\ndomains: [ebay.help]\n", "lookalike-domain", 4, 11, "'ebay'"),
    ] as [(String, String, Int, Int, String)])
    func variationsFail(_ yaml: String, _ rule: String, _ line: Int, _ column: Int, _ named: String) throws {
        let found = try Self.findings(yaml)
        let first = try #require(found.first { $0.ruleID == rule }, "no \(rule) finding: \(found.map(\.description))")
        #expect(first.location.line == line && first.location.column == column, "\(first)")
        #expect(first.message.contains(named), "\(first.message)")
    }

    /// Validating the whole folder (as CI does), the impersonation findings are in the newcomer's file only: the
    /// shipped profile keeps its own name (`Amazon` of amazon.yaml, whose domain is amazon.com) and its family's
    /// (`Amazon.de` of amazon-de, group amazon), and is not told to rename itself after the newcomer.
    @Test(arguments: [
        Self.hostile,
        "id: deals-club\nkind: retailer\nnames: Аmazon\ndomains: [deals-club.example]\n",
        "id: ali-store\nkind: retailer\nnames: Aliexpres\ndomains: [ali-store.example]\n",
        "id: big-bay\nkind: marketplace\nnames: Big Bay\naliases: [EBAY]\ndomains: [big-bay.example]\n",
        "id: support-shop\nkind: retailer\nnames: Support Shop\ndomains: [amazon.support]\n",
    ])
    func onlyTheNewcomerIsBlamed(_ yaml: String) throws {
        let file = ValidatedFile.read(url: URL(fileURLWithPath: "/pr/Merchants/newcomer.yaml"), text: yaml, role: .profile,
                                      displayPath: "Merchants/newcomer.yaml")
        let all = try Self.shipped() + [file]
        let findings = Validator(options: ValidationOptions(ruleIDs: Self.rules)).validate(all, among: all).findings
        #expect(!findings.isEmpty)
        let elsewhere = findings.filter { $0.location.path != "Merchants/newcomer.yaml" }
        #expect(elsewhere.isEmpty, "\(elsewhere.map(\.description))")
    }

    /// dnstwist-style permutations of amazon.com and anker's alias, each as the profile's own domain.
    @Test(arguments: ["amaz0n-deals.com", "amazn-help.com", "amazzon-support.com", "amzaon-store.com", "amazom.jp",
                      "amazona-care.com", "ama-zon-official.com", "soundcore-support.net"])
    func permutationsAreLookalikes(_ domain: String) throws {
        let found = try Self.findings("id: deals\nkind: retailer\nnames: Deals\ndomains: [\(domain)]\n")
        #expect(found.contains { $0.ruleID == LookalikeDomainRule.id && $0.location.line == 4 && $0.location.column == 11 }, "\(found.map(\.description))")
    }

    @Test(arguments: [
        // A real brand selling on Amazon, saying so plainly.
        "id: belkin\nkind: brand\nnames: {en: Belkin, ko: 벨킨}\naliases: [belkin support, 벨킨 고객센터]\ndomains: [belkin.com]\nsells_on: [amazon]\n",
        // Generic and short labels, words that merely contain a brand.
        "id: helpdesk\nkind: retailer\nnames: Help Desk\ndomains: [support-center.com, ali-shop.com, amazonite-jewels.com, banker.com]\n",
        // Declared resemblance.
        "id: anker-fans\nkind: retailer\nnames: Anker Fans\ndomains: [anker-fans.example]\nresembles:\n  - {profile: anker, reason: \"Sells Anker accessories with Anker's permission.\"}\n",
    ])
    func legitimateProfilesPass(_ yaml: String) throws {
        let found = try Self.findings(yaml)
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    /// Every look-alike spelling is its own located error (the first used to hide the rest).
    @Test func everyCollidingAliasIsReported() throws {
        let yaml = "id: spellings\nkind: retailer\nnames: Spellings\naliases: [Αmazon, аmаzоn, Amazοn, ａｍａｚｏｎ, AMAZ0N, arnazon, Amazen]\ndomains: [spellings.example]\n"
        let found = try Self.findings(yaml).filter { $0.ruleID == NameCollisionRule.id }
        #expect(found.map(\.location.column) == [11, 19, 27, 35, 43, 51, 60], "\(found.map(\.description))")
        #expect(found.allSatisfy { $0.message.contains("the profile 'amazon' (") }, "\(found.map(\.message))")
        #expect(found[1].message.contains("'о' (U+043E CYRILLIC SMALL LETTER O), which look like Latin letters"), "\(found[1].message)")
    }

    /// The impersonation findings of the shipped profiles and `yaml` together, every file's (not only the newcomer's).
    static func allFindings(_ yaml: String, name: String) throws -> [Finding] {
        let file = ValidatedFile.read(url: URL(fileURLWithPath: "/pr/Merchants/\(name)"), text: yaml, role: .profile, displayPath: "Merchants/\(name)")
        let files = try shipped() + [file]
        return Validator(options: ValidationOptions(ruleIDs: rules)).validate(files, among: files).findings
    }

    /// A real brand one edit from a marketplace (Amazona, hammocks) declares it and passes; Amazon's own storefronts
    /// (amazon.de of amazon-de, in group amazon) do not become look-alikes of the newcomer.
    @Test func aBrandCarryingAMarketplaceNameDeclaresIt() throws {
        let plain = "id: amazona\nkind: brand\nnames: Amazona\ndomains: [amazona.example]\n"
        let undeclared = try Self.allFindings(plain, name: "amazona.yaml")
        #expect(undeclared.contains { $0.ruleID == NameCollisionRule.id && $0.location.path.hasSuffix("amazona.yaml") && $0.message.contains("'amazon'") },
                "\(undeclared.map(\.description))")
        #expect(!undeclared.contains { $0.ruleID == LookalikeDomainRule.id }, "\(undeclared.map(\.description))")
        let declared = plain + "resembles:\n  - {profile: amazon, reason: \"Amazona makes hammocks (amazona.example/about); it is not Amazon.\"}\n"
        let found = try Self.allFindings(declared, name: "amazona.yaml")
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    /// Punycode (RFC 3492) as Python's codec writes it, and refusals.
    @Test(arguments: [("bcher-kva", "bücher"), ("mnchen-3ya", "münchen"), ("3e0b707e", "한국"), ("wgv71a119e", "日本語"),
                      ("mazon-3ve", "аmazon"), ("zj7c2a9b1ce", "ｱﾏｿﾞﾝ")])
    func punycode(_ encoded: String, _ decoded: String) {
        #expect(Punycode.decode(encoded) == decoded)
        #expect(Punycode.unicodeLabel("xn--" + encoded.uppercased()) == decoded)
    }

    @Test func punycodeRefusals() {
        #expect(Punycode.decode("99999999999999") == nil)   // overflow
        #expect(Punycode.decode("abc-!") == nil)            // not a digit
        #expect(Punycode.decode("a-ü") == nil)              // not basic
        #expect(Punycode.decode(String(repeating: "a", count: 64)) == nil)
        #expect(Punycode.unicodeLabel("xn--") == "xn--")
        #expect(Punycode.unicodeLabel("amazon") == "amazon")
        #expect(Punycode.unicodeHost("www.xn--mazon-3ve.co.jp") == "www.аmazon.co.jp")
    }

    @Test func shippedProfilesAreClean() throws {
        let files = try Self.shipped()
        let report = Validator(options: ValidationOptions(ruleIDs: Self.rules)).validate(files, among: files)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.description))")
    }

    /// The ASCII shortcut of the identity key folds exactly as search does.
    @Test(arguments: ["Amazon Shop!", "AMZN-US", "a.b_c'd e$f^g`h", "Third-party sellers on X", "", "  ", "100% Real"])
    func asciiFoldIsSearchFold(_ text: String) {
        #expect(Confusables.asciiFold(text) == SearchKey.fold(text))
    }

    @Test func confusableSkeletons() {
        #expect(Confusables.identityKey("Аmazon") == Confusables.identityKey("amazon"))
        #expect(Confusables.identityKey("AMAZ0N") == Confusables.identityKey("amazon"))
        #expect(Confusables.identityKey("arnazon") == Confusables.identityKey("amazon"))
        #expect(Confusables.identityKey("ａｍａｚｏｎ") == "amazon")
        #expect(Confusables.identityKey("ΑΝΚΕR") == "anker")
        #expect(Confusables.identityKey("Anker™") == "anker" && Confusables.identityKey("Amazon℠") == "amazon")
        #expect(Confusables.identityKey("АNKЕR") == "anker")   // Cyrillic А and Е
        #expect(Confusables.identityKey("ebay") != Confusables.identityKey("amazon"))
        #expect(Confusables.identityKey("アマゾン") == Confusables.identityKey("アマゾン"))
        #expect(ConfusableTable.entryCount > 6000)
        #expect(IdentityIndex.withinOneEdit("amazon", "amzaon"))
        #expect(IdentityIndex.withinOneEdit("amazon", "amazn"))
        #expect(!IdentityIndex.withinOneEdit("amazon", "amzn"))
    }
}
