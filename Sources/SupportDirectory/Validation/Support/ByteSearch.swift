#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain byte searches over UTF-8 text, for rules that run on every file: Foundation's
/// `contains` and a Character walk cost far more than the question needs.
enum ByteSearch {
    /// Whether `text` contains `needle` (byte for byte; both are UTF-8).
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard pin.count > 0 else { return true }
                guard hay.count >= pin.count, let h = hay.baseAddress, let p = pin.baseAddress else { return false }
                // memchr for the first byte, memcmp for the rest (memmem is not in every libc module map).
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last {
                    guard let hit = memchr(h + offset, Int32(p.pointee), last - offset + 1) else { return false }
                    let at = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - h
                    if memcmp(h + at, p, pin.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// Whether a byte of `text` could start a character the hidden-character rule flags: a control
    /// byte other than tab, line feed and carriage return, DEL, or the lead byte of U+0080–U+00BF (C2),
    /// U+061C (D8), U+2000–U+2FFF (E2) or U+F000–U+FFFF (EF).
    static func mayHoldHiddenCharacter(_ text: String) -> Bool {
        text.utf8.contains { b in
            (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF
        }
    }
}
