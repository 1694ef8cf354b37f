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
        var text = text
        return text.withUTF8 { contains($0, needle) }
    }

    /// Whether `hay` contains the UTF-8 bytes of `needle`.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pin in
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

    /// Whether `text` holds a character the hidden-character rule flags, matched on its UTF-8
    /// bytes: a control byte other than tab, line feed and carriage return; DEL; U+0080–U+009F
    /// (C2 80–9F); U+061C (D8 9C); U+200B–U+200F (E2 80 8B–8F); U+2028–U+202E (E2 80 A8–AE);
    /// U+2060 and U+2066–U+2069 (E2 81 A0, A6–A9); U+FEFF (EF BB BF). Full-width punctuation
    /// (EF BC/BD ...) and other CJK text never match, so most files skip the rule's line walk.
    static func mayHoldHiddenCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayHoldHiddenCharacter($0) }
    }

    static func mayHoldHiddenCharacter(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let n = b.count
        var i = 0
        // Eight bytes at a time: a word holding no byte below 0x20, no DEL and none of the lead bytes
        // C2, D8, E2, EF cannot start a flagged sequence (one that starts in it is seen when its lead
        // byte's word is). Line feeds fall below 0x20, so a word holding one is looked at byte by byte.
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if SWAR.hasByteBelow0x20(word) || SWAR.hasByte(word, 0x7F) || SWAR.hasByte(word, 0xC2) || SWAR.hasByte(word, 0xD8)
                || SWAR.hasByte(word, 0xE2) || SWAR.hasByte(word, 0xEF) {
                for j in i..<(i + 8) where flagged(base, j, n) { return true }
            }
            i += 8
        }
        while i < n {
            if flagged(base, i, n) { return true }
            i += 1
        }
        return false
    }

    /// Whether a flagged sequence starts at byte `i`.
    @inline(__always)
    private static func flagged(_ b: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        let x = b[i]
        if x < 0x80 { return (x < 0x20 && x != 0x09 && x != 0x0A && x != 0x0D) || x == 0x7F }
        guard i + 1 < n else { return false }
        let y = b[i + 1]
        switch x {
        case 0xC2: return (0x80...0x9F).contains(y) || y == 0xAD
        case 0xD8: return y == 0x9C
        case 0xE2 where i + 2 < n:
            let z = b[i + 2]
            if y == 0x80 { return (0x8B...0x8F).contains(z) || (0xA8...0xAE).contains(z) }
            if y == 0x81 { return (0xA0...0xA4).contains(z) || (0xA6...0xA9).contains(z) }
            return false
        case 0xEF where i + 2 < n: return y == 0xBB && b[i + 2] == 0xBF
        default: return false
        }
    }

    /// Whether `bytes` holds `byte`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }
}

/// Tests on the eight bytes of a word at once (the classic "has zero byte" bit tricks).
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is below 0x20 (exact: the borrow is masked by `~word`).
    @inline(__always)
    static func hasByteBelow0x20(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highs != 0
    }

    /// Whether some byte of `word` equals `byte` (exact for the first match, which is all a yes/no needs).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }
}
