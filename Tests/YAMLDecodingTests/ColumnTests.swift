import Foundation
import Testing
@testable import YAMLDecoding

/// Columns are counted in Characters, worked out once per line for text where every code point
/// is its own Character, and counted exactly where combining marks join code points.
@Suite struct ColumnTests {
    struct Numbers: Decodable { var a: Int; var b: Int }

    @Test("Japanese, Korean and Chinese text: one column per character", arguments: [
        ("a: 1\nb: [日本語, 한국어, 中文, x]\n", "test.yaml:2:4: error: expected a number, found a list"),
        ("a: 1 # 日本語のコメント\nb: 一\n", "test.yaml:2:4: error: expected a number, found the text '一'"),
        ("{a: 1, 日本: 2, b: 三}\n", "test.yaml:1:18: error: expected a number, found the text '三'"),
        ("{a: 1, b: 2, 日本: 3}\n", "test.yaml:1:14: error: unknown key '日本'; expected one of: 'a', 'b'"),
    ])
    func wideText(yaml: String, expected: String) {
        #expect(decodeError(Numbers.self, yaml: yaml)?.description == expected)
    }

    @Test("a combining accent joins its letter: the column after it counts one character, not two")
    func combining() {
        // "e\u{301}" is one Character (é) made of two code points.
        // Counting code points would give 20 and 22.
        let error = decodeError(Numbers.self, yaml: "{a: 1, \"e\u{301}\": 2, b: x}\n")
        #expect(error?.description == "test.yaml:1:19: error: expected a number, found the text 'x'")
        let second = decodeError(Numbers.self, yaml: "{a: 1, \"e\u{301}e\u{301}\": 2, b: x}\n")
        #expect(second?.column == 20)
        let value = decodeError(Numbers.self, yaml: "a: 1 # cafe\u{301}\u{301}\u{301}\nb: \"e\u{301}\" \n")
        #expect(value?.description == "test.yaml:2:4: error: expected a number, found the quoted text \"e\u{301}\"; quoted values are always text, remove the quotes")
    }

    @Test("line breaks: \\n, \\r\\n and a lone \\r each end a line", arguments: [
        "a: 1\nb: x\n", "a: 1\r\nb: x\r\n", "a: 1\rb: x\r",
    ])
    func lineBreaks(yaml: String) {
        #expect(decodeError(Numbers.self, yaml: yaml)?.description == "test.yaml:2:4: error: expected a number, found the text 'x'")
    }
}
