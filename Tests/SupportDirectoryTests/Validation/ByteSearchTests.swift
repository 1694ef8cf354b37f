import Testing
@testable import SupportDirectory

@Suite("Byte search")
struct ByteSearchTests {
    @Test("finds a needle anywhere, including after a false start and at the very end", arguments: [
        ("FILL-IN: name", "FILL-IN", true), ("xxFILFILL-IN", "FILL-IN", true), ("FILL-I", "FILL-IN", false),
        ("", "a", false), ("abc", "", true), ("상점 FILL-IN", "FILL-IN", true), ("상점", "점", true), ("ab", "abc", false),
    ])
    func contains(text: String, needle: String, expected: Bool) {
        #expect(ByteSearch.contains(text, needle) == expected)
    }

    @Test("hidden-character pre-check: plain CJK text is skipped, every flagged character is caught")
    func hiddenPrecheck() {
        #expect(!ByteSearch.mayHoldHiddenCharacter("Amazon 아마존 アマゾン 亚马逊\t\r\n"))
        for scalar in ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{61C}", "\u{200B}", "\u{202E}", "\u{2066}", "\u{FEFF}"] {
            #expect(ByteSearch.mayHoldHiddenCharacter("a\(scalar)b"), "\(scalar.unicodeScalars.first!.value)")
        }
        for value: UInt32 in [0x00, 0x1B, 0x7F, 0x85, 0x61C, 0x200B, 0x200E, 0x2028, 0x202A, 0x2060, 0x2069, 0xFEFF] {
            let scalar = Unicode.Scalar(value)!
            if HiddenCharacterRule.name(of: scalar) != nil {
                #expect(ByteSearch.mayHoldHiddenCharacter(String(Character(scalar))), "U+\(String(value, radix: 16))")
            }
        }
    }
}
