import Foundation
import Testing
@testable import YAMLDecoding

@Suite struct LimitsTests {
    @Test func billionLaughsIsRejected() throws {
        // Throws (and returns: aliases are counted, never expanded).
        let error = try decodeError([String: [String]].self, fixture: "invalid/billion-laughs.yaml")
        #expect(error?.description == "invalid/billion-laughs.yaml:5:8: error: aliases expand to more than 10000 nodes; this file repeats too much through '*' aliases (limit maxAliasExpansion)")
    }

    @Test func deepNestingIsRejectedOnTheEventStream() {
        let yaml = String(repeating: "[", count: 100_000)
        let error = decodeError([String].self, yaml: yaml)
        #expect(error?.description == "test.yaml:1:65: error: lists and mappings are nested more than 64 levels deep (limit maxDepth)")
        let block = (0..<70).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(decodeError([String: String].self, yaml: block)?.location == SourceLocation(line: 65, column: 65))
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(decodeError([String].self, yaml: ok)?.message == "expected text, found a list")
    }

    @Test func inputSizeIsCheckedBeforeParsing() {
        let limits = YAMLLimits(maxInputBytes: 10)
        #expect(decodeError([String].self, yaml: "- aaaaaaaaaaaaaaaaaaaa\n", limits: limits)?.description
            == "test.yaml:1:1: error: the file is 23 bytes; the limit is 10 bytes (limit maxInputBytes)")
        #expect(YAMLLimits.default.maxInputBytes == 1 << 20)
    }

    @Test func scalarLengthIsLimited() {
        let limits = YAMLLimits(maxScalarLength: 8)
        #expect(decodeError([String].self, yaml: "- short\n- much too long\n", limits: limits)?.description
            == "test.yaml:2:3: error: this value is 13 bytes long; the limit is 8 (limit maxScalarLength)")
    }

    @Test func aliasLimitIsConfigurable() throws {
        let yaml = "a: &a [x, y]\nb: [*a, *a]\n"
        let strict = YAMLLimits(maxAliasExpansion: 5)
        #expect(decodeError([String: [[String]]].self, yaml: "a: [[x]]\nb: [*a]\n".replacingOccurrences(of: "a: [", with: "a: &a ["), limits: strict)?.location != nil)
        #expect(decodeError([String: [String]].self, yaml: yaml, limits: strict)?.description
            == "test.yaml:2:9: error: aliases expand to more than 5 nodes; this file repeats too much through '*' aliases (limit maxAliasExpansion)")
    }

    @Test func bomIsAcceptedWithoutShiftingColumns() throws {
        struct S: Decodable { var ok: Bool }
        let bom = "\u{FEFF}"
        #expect(try decode(S.self, bom + "ok: true\n").ok)
        #expect(decodeError(S.self, yaml: bom + "ok: yes\n")?.description == "test.yaml:1:5: error: expected true or false, found 'yes' (YAML 1.2: write true or false)")
        #expect(decodeError(S.self, yaml: bom + "ok: yes\n")?.sourceLine == "ok: yes")
    }

    @Test func invalidBytesAreRejectedWithTheirPosition() {
        let decoder = YAMLDecoder()
        func error(_ bytes: [UInt8]) -> String? {
            do { _ = try decoder.parse(Data(bytes), path: "b.yaml"); return nil } catch { return (error as? YAMLError)?.description }
        }
        #expect(error(Array("a: ok\nb: \u{AC00}".utf8) + [0xC3]) == "b.yaml:2:5: error: the file is not valid UTF-8 (byte 0xC3 here); save it as UTF-8 (incomplete UTF-8 octet sequence)")
        #expect(error(Array("a: \u{AC00}\u{AC00}x".utf8) + [0x00]) == "b.yaml:1:7: error: a NUL byte (0x00) is not allowed in a YAML file; remove it")
        #expect(error(Array("a: ".utf8) + [0x07]) == "b.yaml:1:4: error: the control character U+0007 is not allowed in a YAML file; remove it")
        // UTF-16 is not UTF-8: rejected, not guessed.
        #expect(error([0xFF, 0xFE, 0x61, 0x00]) == "b.yaml:1:1: error: the file is not valid UTF-8 (byte 0xFF here); save it as UTF-8 (invalid leading UTF-8 octet)")
    }

    @Test func lineBreakStylesKeepLinesRight() {
        struct S: Decodable { var a: Int; var b: Int }
        #expect(decodeError(S.self, yaml: "a: 1\r\nb: x\r\n")?.description == "test.yaml:2:4: error: expected a number, found the text 'x'")
        #expect(decodeError(S.self, yaml: "a: 1\r\nb: x\r\n")?.sourceLine == "b: x")
        #expect(decodeError(S.self, yaml: "a: 1\rb: x\r")?.description == "test.yaml:2:4: error: expected a number, found the text 'x'")
    }
}
