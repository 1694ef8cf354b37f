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

    /// Whether `text` holds a character the hidden-character rule flags, matched on its UTF-8
    /// bytes: a control byte other than tab, line feed and carriage return; DEL; U+0080–U+009F
    /// (C2 80–9F); U+061C (D8 9C); U+200B–U+200F (E2 80 8B–8F); U+2028–U+202E (E2 80 A8–AE);
    /// U+2060 and U+2066–U+2069 (E2 81 A0, A6–A9); U+FEFF (EF BB BF). Full-width punctuation
    /// (EF BC/BD ...) and other CJK text never match, so most files skip the rule's line walk.
    static func mayHoldHiddenCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let x = b[i]
                if x < 0x80 {
                    if (x < 0x20 && x != 0x09 && x != 0x0A && x != 0x0D) || x == 0x7F { return true }
                } else if i + 1 < n {
                    let y = b[i + 1]
                    switch x {
                    case 0xC2 where (0x80...0x9F).contains(y): return true
                    case 0xD8 where y == 0x9C: return true
                    case 0xE2 where i + 2 < n:
                        let z = b[i + 2]
                        if y == 0x80 && ((0x8B...0x8F).contains(z) || (0xA8...0xAE).contains(z)) { return true }
                        if y == 0x81 && (z == 0xA0 || (0xA6...0xA9).contains(z)) { return true }
                    case 0xEF where i + 2 < n:
                        if y == 0xBB && b[i + 2] == 0xBF { return true }
                    default:
                        break
                    }
                }
                i += 1
            }
            return false
        }
    }
}
