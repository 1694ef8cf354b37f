import Foundation
import Testing
@testable import YAMLDecoding

@Suite struct StrictnessTests {
    @Test func validProfileDecodes() throws {
        let profile = try YAMLDecoder().decode(Profile.self, from: fixture("valid/profile.yaml"), path: "valid/profile.yaml")
        #expect(profile.id == "acme")
        #expect(profile.phone == "+1 555 0100")
        #expect(profile.verified == true)
        #expect(profile.rating == 4.5)
        #expect(profile.priority == 16)
        #expect(profile.since == Date(timeIntervalSince1970: 1_795_132_800))
        #expect(profile.updated == Date(timeIntervalSince1970: 1_795_132_800 + 15 * 3600 + 30 * 60))
        #expect(profile.website == URL(string: "https://acme.example/support"))
        #expect(profile.country?.code == "NO")
        #expect(profile.hours == [Hours(days: "Mon-Fri", open: "09:00", close: "17:30"), Hours(days: "Mon-Fri", open: "09:00", close: "17:30")])
        #expect(profile.tags == ["yes", "no", "on", "off", "0123", "1.10", "17:30", "true", "~", "quoted"])
    }

    @Test(arguments: [
        ("invalid/unknown-key.yaml", "3:1: error: unknown key 'phnoe'; did you mean 'phone'?"),
        ("invalid/duplicate-key.yaml", "5:1: error: duplicate key 'phone' (first defined on line 3)"),
        ("invalid/not-a-number.yaml", "4:9: error: expected a number, found the text 'abc'"),
        ("invalid/norway-bool.yaml", "3:11: error: expected true or false, found 'yes' (YAML 1.2: write true or false)"),
        ("invalid/quoted-number.yaml", "4:11: error: expected a number, found the quoted text \"12\"; quoted values are always text, remove the quotes"),
        ("invalid/list-expected.yaml", "5:3: error: expected a list, found a mapping"),
        ("invalid/missing-key.yaml", "2:1: error: missing required key 'id'"),
        ("invalid/missing-key-typo.yaml", "1:1: error: missing required key 'id' ('ID' on line 2 may be a misspelling)"),
        ("invalid/bad-country.yaml", "4:10: error: a country code is two letters, like NO"),
        ("invalid/overflow.yaml", "4:11: error: the number 99999999999999999999 is out of range for Int (-9223372036854775808...9223372036854775807)"),
        ("invalid/tab-indent.yaml", "4:1: error: tabs are not allowed for indentation; use spaces (while scanning for the next token: found character that cannot start any token)"),
        ("invalid/unclosed-quote.yaml", "4:1: error: the quoted text that starts on line 2, column 7 is never closed; add the closing \" (while scanning a quoted scalar: found unexpected end of stream)"),
        ("invalid/bad-indent.yaml", "3:11: error: a ':' inside an unquoted value is not allowed here; quote the value, or check the indentation of the line (mapping values are not allowed in this context)"),
        ("invalid/key-indent.yaml", "5:4: error: this line does not line up with the list items started on line 3; check its indentation (while parsing a block collection: did not find expected '-' indicator)"),
        ("invalid/key-indent2.yaml", "4:3: error: this line does not line up with the keys of the mapping started on line 1; check its indentation (while parsing a block mapping: did not find expected key)"),
        ("invalid/colon-in-value.yaml", "2:11: error: a ':' inside an unquoted value is not allowed here; quote the value, or check the indentation of the line (mapping values are not allowed in this context)"),
        ("invalid/multi-document.yaml", "4:1: error: a file may hold only one YAML document, but a second one starts here; remove the '---' line or split the file"),
        ("invalid/empty.yaml", "1:1: error: the file is empty; expected a mapping (for example 'id: ...')"),
        ("invalid/comments-only.yaml", "1:1: error: the file is empty; expected a mapping (for example 'id: ...')"),
        ("invalid/korean.yaml", "2:11: error: a ':' inside an unquoted value is not allowed here; quote the value, or check the indentation of the line (mapping values are not allowed in this context)"),
        ("invalid/bom.yaml", "3:11: error: expected true or false, found the text 'maybe'"),
        ("invalid/invalid-utf8.yaml", "2:9: error: the file is not valid UTF-8 (byte 0xFF here); save it as UTF-8 (invalid leading UTF-8 octet)"),
        ("invalid/nul.yaml", "2:9: error: a NUL byte (0x00) is not allowed in a YAML file; remove it"),
    ])
    func fixtureError(name: String, expected: String) throws {
        let error = try decodeError(Profile.self, fixture: name)
        #expect(error?.description == "\(name):\(expected)")
        // The source line travels with the error, for the caret excerpt.
        if let error, name != "invalid/empty.yaml" {
            #expect(error.sourceLine != nil)
        }
    }

    @Test func collectsEveryUnknownKey() throws {
        let decoder = YAMLDecoder()
        let name = "invalid/unknown-keys-many.yaml"
        let document = try decoder.parse(fixture(name), path: name)
        let (value, errors) = decoder.decodeCollectingErrors(Profile.self, from: document)
        #expect(value != nil)
        #expect(errors.map(\.description) == [
            "\(name):4:1: error: unknown key 'colour'",
            "\(name):8:5: error: unknown key 'clsoe'; expected one of: 'days', 'open', 'close'",
            "\(name):10:1: error: unknown key '<<' (merge keys are not part of YAML 1.2; write the keys out)",
        ])
        // decode stops at the first.
        #expect(throws: errors[0]) { try decoder.decode(Profile.self, from: document) }
    }

    @Test func typeErrorStopsCollecting() throws {
        let decoder = YAMLDecoder()
        let document = try decoder.parse(Data("id: a\nname: b\nverified: 1\nextra: x\n".utf8), path: "p.yaml")
        let (value, errors) = decoder.decodeCollectingErrors(Profile.self, from: document)
        #expect(value == nil)
        #expect(errors.map(\.description) == ["p.yaml:3:11: error: expected true or false, found the text '1'"])
    }

    @Test func unknownKeyInNestedMappingAndListOfAllowedKeys() {
        struct Small: Decodable { var a: Int; var b: Int? }
        #expect(decodeError(Small.self, yaml: "a: 1\nzzz: 2\n")?.description == "test.yaml:2:1: error: unknown key 'zzz'; expected one of: 'a', 'b'")
        #expect(decodeError([Small].self, yaml: "- a: 1\n- a: 2\n  bb: 3\n")?.description == "test.yaml:3:3: error: unknown key 'bb'; did you mean 'b'?")
    }

    @Test func dictionariesNeverReportUnknownKeys() throws {
        struct Scores: Decodable { var scores: [String: Int] }
        let value = try decode(Scores.self, "scores: {a: 1, b: 2, phnoe: 3}")
        #expect(value.scores == ["a": 1, "b": 2, "phnoe": 3])
    }

    @Test func keyOfUnknownParentIsCoveredByTheParent() {
        struct Small: Decodable { var a: Int }
        let error = decodeError(Small.self, yaml: "a: 1\nextra:\n  nested: {x: 1}\n")
        #expect(error?.description == "test.yaml:2:1: error: unknown key 'extra'; expected one of: 'a'")
    }

    @Test func containerMismatches() {
        struct Wrapper: Decodable { var items: [Int]; var inner: Hours? }
        #expect(decodeError(Wrapper.self, yaml: "items: 3\n")?.description == "test.yaml:1:8: error: expected a list, found the text '3'")
        #expect(decodeError(Wrapper.self, yaml: "items: []\ninner: [1]\n")?.description == "test.yaml:2:8: error: expected a mapping, found a list")
        #expect(decodeError(Wrapper.self, yaml: "items:\n")?.description == "test.yaml:1:7: error: expected a list, found an empty value")
        #expect(decodeError(Wrapper.self, yaml: "- 1\n")?.description == "test.yaml:1:1: error: expected a mapping, found a list")
    }

    @Test func duplicateKeysInLargeMappingsAndNestedMappings() {
        var yaml = ""
        for i in 0..<20 { yaml += "k\(i): \(i)\n" }
        yaml += "k7: again\n"
        #expect(decodeError([String: String].self, yaml: yaml)?.description == "test.yaml:21:1: error: duplicate key 'k7' (first defined on line 8)")
        #expect(decodeError([String: [String: Int]].self, yaml: "a:\n  x: 1\n  x: 2\n")?.description == "test.yaml:3:3: error: duplicate key 'x' (first defined on line 2)")
    }

    @Test func unknownTagIsAnError() {
        struct S: Decodable { var name: String }
        #expect(decodeError(S.self, yaml: "name: !custom value\n")?.description
            == "test.yaml:1:7: error: unknown tag '!custom'; only !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are understood")
    }

    @Test func undefinedAliasIsAnError() {
        #expect(decodeError([String].self, yaml: "- *nowhere\n")?.description
            == "test.yaml:1:3: error: the alias '*nowhere' refers to no anchor; define '&nowhere' before using it")
    }
}

@Suite struct EnumerationValueTests {
    enum Kind: String, Decodable, CaseIterable { case marketplace, seller, brand, retailer }
    struct Shop: Decodable { var kind: Kind; var kinds: [Kind] }

    @Test("a value that is not one of an enumeration's names the values, with the nearest")
    func unknownValue() throws {
        let near = try #require(decodeError(Shop.self, yaml: "kind: brnad\nkinds: [seller]\n"))
        #expect(near.description.hasPrefix("test.yaml:1:7: error: unknown value 'brnad'; did you mean 'brand'? (one of: 'marketplace', 'seller', 'brand', 'retailer')"))
        let far = try #require(decodeError(Shop.self, yaml: "kind: brand\nkinds: [seller, warehouse]\n"))
        #expect(far.description.hasPrefix("test.yaml:2:17: error: unknown value 'warehouse'; expected one of: 'marketplace', 'seller', 'brand', 'retailer'"))
    }
}
