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
        // Full-width punctuation and common typography share lead bytes with flagged characters.
        #expect(!ByteSearch.mayHoldHiddenCharacter("返金，お願いします（至急）。“quoted” – dash … ellipsis ￥300"))
        for scalar in ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{AD}", "\u{61C}", "\u{200B}", "\u{202E}", "\u{2064}", "\u{2066}", "\u{FEFF}"] {
            #expect(ByteSearch.mayHoldHiddenCharacter("a\(scalar)b"), "\(scalar.unicodeScalars.first!.value)")
        }
        // Long text goes eight bytes at a time: a flagged character is caught at every offset, across
        // word boundaries and in the tail, and long clean CJK text with line breaks is not flagged.
        let clean = String(repeating: "返金，お願い（至急）。\n", count: 4)
        #expect(!ByteSearch.mayHoldHiddenCharacter(clean))
        let cleanBytes = Array(clean.utf8)
        for offset in 0...cleanBytes.count {
            for flagged in ["\u{202E}", "\u{FEFF}", "\u{1B}", "\u{85}"] {
                let bytes = Array(cleanBytes[..<offset]) + Array(flagged.utf8) + Array(cleanBytes[offset...])
                #expect(bytes.withUnsafeBufferPointer { ByteSearch.mayHoldHiddenCharacter($0) }, "at \(offset)")
            }
        }
        for value: UInt32 in 0...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if HiddenCharacterRule.name(of: scalar) != nil {
                #expect(ByteSearch.mayHoldHiddenCharacter(String(Character(scalar))), "U+\(String(value, radix: 16))")
            }
        }
    }
}
