import Foundation
import Testing
@testable import YAMLDecoding

@Suite struct SemanticsTests {
    struct Texts: Decodable { var v: [String] }
    struct Flags: Decodable { var v: [Bool] }
    struct Optionals: Decodable { var v: [String?] }
    struct One<T: Decodable>: Decodable { var v: T }

    @Test func stringsKeepWhatWasWritten() throws {
        let value = try decode(Texts.self, "v: [NO, yes, on, Off, y, 0123, 1.10, 17:30, true, ~, null, '', 0x1F, 1e3, .inf, 'it''s']")
        #expect(value.v == ["NO", "yes", "on", "Off", "y", "0123", "1.10", "17:30", "true", "~", "null", "", "0x1F", "1e3", ".inf", "it's"])
        #expect(try decode(One<String>.self, "v: |\n  line 1\n  line 2\n").v == "line 1\nline 2\n")
        #expect(try decode(One<String>.self, "v: >\n  folded\n  text\n").v == "folded text\n")
        #expect(try decode(One<String>.self, "v: \"tab\\tnew\\nline \\u00e9\"").v == "tab\tnew\nline é")
    }

    @Test func boolsAreOnlyTrueAndFalse() throws {
        #expect(try decode(Flags.self, "v: [true, True, TRUE, false, False, FALSE]").v == [true, true, true, false, false, false])
        for word in ["yes", "no", "on", "off", "y", "n", "Yes", "NO"] {
            #expect(decodeError(One<Bool>.self, yaml: "v: \(word)")?.message == "expected true or false, found '\(word)' (YAML 1.2: write true or false)")
        }
        #expect(decodeError(One<Bool>.self, yaml: "v: tRUE")?.message == "expected true or false, found the text 'tRUE'")
        #expect(decodeError(One<Bool>.self, yaml: "v: \"true\"")?.message == "expected true or false, found the quoted text \"true\"; quoted values are always text, remove the quotes")
        #expect(decodeError(One<Bool>.self, yaml: "v: 1")?.message == "expected true or false, found the text '1'")
    }

    @Test func quotedScalarsAreOnlyStrings() throws {
        #expect(try decode(One<String>.self, "v: 12").v == "12")
        #expect(try decode(One<String>.self, "v: \"12\"").v == "12")
        #expect(decodeError(One<Int>.self, yaml: "v: '12'")?.description == "test.yaml:1:4: error: expected a number, found the quoted text \"12\"; quoted values are always text, remove the quotes")
        #expect(decodeError(One<Double>.self, yaml: "v: \"1.5\"") != nil)
    }

    @Test func nullRules() throws {
        let value = try decode(Optionals.self, "v: [~, null, Null, NULL, '~', \"null\", !!str ~, nUll]")
        #expect(value.v == [nil, nil, nil, nil, "~", "null", "~", "nUll"])
        struct Opt: Decodable { var a: String?; var b: String?; var c: Int? }
        let opt = try decode(Opt.self, "a:\nb: ~\n")
        #expect(opt.a == nil && opt.b == nil && opt.c == nil)
        #expect(try decode(One<String?>.self, "v: !!null ''").v == nil)
    }

    @Test func numbersFollowTheCoreSchema() throws {
        #expect(try decode(One<[Int]>.self, "v: [0, -12, +12, 0o17, 0x1F, 0xff, 0123]").v == [0, -12, 12, 15, 31, 255, 123])
        #expect(try decode(One<Int64>.self, "v: -9223372036854775808").v == .min)
        let doubles = try decode(One<[Double]>.self, "v: [1.5, -2, 1e3, 1.5E-2, .5, 3., .inf, -.Inf, +.INF, 0x10]").v
        #expect(doubles == [1.5, -2, 1000, 0.015, 0.5, 3, .infinity, -.infinity, .infinity, 16])
        #expect(try decode(One<Double>.self, "v: .NaN").v.isNaN)
        #expect(try decode(One<Float>.self, "v: 0.25").v == 0.25)
        #expect(decodeError(One<Int>.self, yaml: "v: 1.5")?.message == "expected a whole number, found 1.5")
        #expect(decodeError(One<Int8>.self, yaml: "v: 300")?.description == "test.yaml:1:4: error: the number 300 is out of range for Int8 (-128...127)")
        #expect(decodeError(One<UInt>.self, yaml: "v: -1")?.message == "the number -1 is out of range for UInt (0...18446744073709551615)")
        #expect(decodeError(One<Int>.self, yaml: "v: 1_000")?.message == "expected a number, found the text '1_000'")
        #expect(decodeError(One<Int>.self, yaml: "v: 0b101")?.message == "expected a number, found the text '0b101'")
        #expect(decodeError(One<Double>.self, yaml: "v: nan")?.message == "expected a number, found the text 'nan'")
        #expect(decodeError(One<Double>.self, yaml: "v: 0x1p3")?.message == "expected a number, found the text '0x1p3'")
        #expect(decodeError(One<Int>.self, yaml: "v: ~")?.message == "expected a number, found null ('~')")
        #expect(try decode(One<Int>.self, "v: !!int '42'").v == 42)
        #expect(decodeError(One<Int>.self, yaml: "v: !!str 42")?.message == "expected a number, found the text '42'")
    }

    @Test func datesAndURLs() throws {
        let day = 1_795_132_800.0
        #expect(try decode(One<Date>.self, "v: 2026-11-20").v == Date(timeIntervalSince1970: day))
        #expect(try decode(One<Date>.self, "v: 2026-11-20T17:30:00Z").v == Date(timeIntervalSince1970: day + 63_000))
        #expect(try decode(One<Date>.self, "v: 2026-11-20T17:30:00.5-01:00").v == Date(timeIntervalSince1970: day + 63_000 + 3600 + 0.5))
        #expect(try decode(One<Date>.self, "v: 2026-11-20 17:30").v == Date(timeIntervalSince1970: day + 63_000))
        #expect(try decode(One<Date>.self, "v: 2024-02-29").v == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(decodeError(One<Date>.self, yaml: "v: 2026-02-30")?.message == "expected a date like 2026-11-20 or 2026-11-20T17:30:00Z, found the text '2026-02-30'")
        #expect(decodeError(One<Date>.self, yaml: "v: 20.11.2026") != nil)
        #expect(try decode(One<URL>.self, "v: https://example.com/a?b=c").v == URL(string: "https://example.com/a?b=c"))
        #expect(decodeError(One<URL>.self, yaml: "v: not a url")?.message == "expected a URL, found the text 'not a url'")
    }

    @Test func anchorsAndAliases() throws {
        struct Week: Decodable { var mon: Hours; var tue: Hours; var days: [String] }
        let yaml = "mon: &h {days: Mon, open: '09:00', close: '17:00'}\ntue: *h\ndays: [&d Mon, *d]\n"
        let week = try decode(Week.self, yaml)
        #expect(week.tue == week.mon)
        #expect(week.days == ["Mon", "Mon"])
        // An error in aliased content points at the alias when the alias itself is wrong.
        struct Nums: Decodable { var a: String; var b: Int }
        #expect(decodeError(Nums.self, yaml: "a: &x hello\nb: *x\n")?.description == "test.yaml:2:4: error: expected a number, found the text 'hello'")
        #expect(decodeError([String].self, yaml: "- &a [*a]\n")?.message == "the alias '*a' refers to the node it is inside of")
    }

    /// Keys are compared by bytes where that decides it, but mean what String equality means.
    @Test func keysCompareAsText() throws {
        struct Accent: Decodable {
            var v: Int
            enum CodingKeys: String, CodingKey { case v = "\u{00E9}" }
        }
        // A decomposed key in the file finds the precomposed name, and the other way round is a duplicate.
        #expect(try decode(Accent.self, "\"e\\u0301\": 1\n").v == 1)
        #expect(decodeError(One<Int>.self, yaml: "\"e\\u0301\": 1\n\"\\u00e9\": 2\n")?.message
            == "duplicate key '\u{00E9}' (first defined on line 1)")
        // KELVIN SIGN is canonically the letter K.
        struct Kelvin: Decodable { var K: Int }
        #expect(try decode(Kelvin.self, "\"\\u212A\": 3\n").K == 3)
        // Large mappings (a key index): lookups and duplicates.
        let many = (0..<30).map { "k\($0): \($0)" }.joined(separator: "\n")
        let table = try decode(One<[String: Int]>.self, "v:\n" + many.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        #expect(table.v.count == 30 && table.v["k29"] == 29)
        #expect(decodeError(One<[String: Int]>.self, yaml: many + "\nk3: 3\n")?.message == "duplicate key 'k3' (first defined on line 4)")
        // Keys asked in any order, some absent.
        struct Shuffled: Decodable { var c: Int; var a: Int; var z: Int?; var b: Int }
        let shuffled = try decode(Shuffled.self, "a: 1\nb: 2\nc: 3\n")
        #expect(shuffled.a == 1 && shuffled.b == 2 && shuffled.c == 3 && shuffled.z == nil)
    }

    @Test func nodeTreeHasPositionsStylesAndTags() throws {
        let document = try YAMLDecoder().parse(Data("a: 'x'\nb:\n  - !!str 1\n  - |\n    lit\n".utf8), path: "t.yaml")
        let root = document.root
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(root["a"]?.kind.isScalar(style: .singleQuoted) == true)
        guard case .sequence(let items)? = root["b"]?.kind else { Issue.record("b is not a list"); return }
        #expect(items[0].tag == "tag:yaml.org,2002:str")
        #expect(items[0].location == SourceLocation(line: 3, column: 5))
        #expect(items[1].scalar == "lit\n")
        #expect(document.sourceLine(2) == "b:")
        #expect(document.sourceLine(9) == nil)
        #expect(document.location(of: [IndexKey(index: 0)]) == SourceLocation(line: 1, column: 1))
        struct K: CodingKey { var stringValue: String; var intValue: Int?; init(_ s: String) { stringValue = s }
            init?(stringValue: String) { self.stringValue = stringValue }; init?(intValue: Int) { nil } }
        #expect(document.location(of: [K("b"), IndexKey(index: 1)]) == SourceLocation(line: 4, column: 5))
        #expect(document.location(of: [K("b"), IndexKey(index: 7)]) == SourceLocation(line: 3, column: 3))
        #expect(document.location(of: [K("zz")]) == SourceLocation(line: 1, column: 1))
        let error = document.error("custom", at: SourceLocation(line: 2, column: 1))
        #expect(error.rendered() == "t.yaml:2:1: error: custom\nb:\n^")
    }

    @Test func userInfoReachesInitFromDecoder() throws {
        struct Probe: Decodable {
            var seen: String
            init(from decoder: any Decoder) throws {
                seen = decoder.userInfo[CodingUserInfoKey(rawValue: "k")!] as? String ?? "none"
                _ = try decoder.singleValueContainer().decode(String.self)
            }
        }
        var decoder = YAMLDecoder()
        decoder.userInfo[CodingUserInfoKey(rawValue: "k")!] = "yes"
        #expect(try decoder.decode(Probe.self, from: "x", path: "t").seen == "yes")
    }

    @Test func errorRenderingAlignsTheCaret() throws {
        struct Scores: Decodable { var scores: [String: Int] }
        let error = try #require(decodeError(Scores.self, yaml: "scores: {상담: 4, 고객센터: abc}\n"))
        // Hangul before the error: the column counts characters, not bytes.
        #expect(error.description == "test.yaml:1:23: error: expected a number, found the text 'abc'")
        #expect(error.rendered() == "\(error.description)\nscores: {상담: 4, 고객센터: abc}\n" + String(repeating: " ", count: 28) + "^")
        #expect(error.rendered(caret: false) == "\(error.description)\nscores: {상담: 4, 고객센터: abc}")
        let tabbed = YAMLError(path: "p", line: 1, column: 3, message: "m", sourceLine: "\tab")
        #expect(tabbed.rendered() == "p:1:3: error: m\n\tab\n\t ^")
        // Combining characters: one Character, several scalars.
        let composed = try #require(decodeError(One<[String: Int]>.self, yaml: "v: {e\u{301}: 1, b: x}"))
        #expect(composed.location == SourceLocation(line: 1, column: 14))
    }
}

extension YAMLNode.Kind {
    func isScalar(style: YAMLNode.ScalarStyle) -> Bool {
        if case .scalar(_, let s) = self { return s == style }
        return false
    }
}
