/// Punycode (RFC 3492) decoding of internationalized domain labels: `xn--mazon-3ve` is `аmazon` with a
/// Cyrillic `а`. A look-alike domain is usually registered in this ASCII form, so the impersonation rules
/// compare the decoded label, not the `xn--` string.
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128
    /// A DNS label holds at most 63 characters, so its decoded form holds no more.
    private static let maxLength = 63

    /// The Unicode form of an IDNA label (`xn--` followed by Punycode, any case); the label itself when it
    /// is not one or does not decode to a valid label.
    static func unicodeLabel(_ label: String) -> String {
        let lower = label.lowercased()
        guard lower.hasPrefix("xn--"), let decoded = decode(String(lower.dropFirst(4))), !decoded.isEmpty else { return label }
        return decoded
    }

    /// The host with each `xn--` label decoded: `xn--mazon-3ve.com` -> `аmazon.com`.
    static func unicodeHost(_ host: String) -> String {
        guard host.contains("xn--") || host.contains("XN--") || host.contains("Xn--") || host.contains("xN--") else { return host }
        return host.split(separator: ".", omittingEmptySubsequences: false).map { unicodeLabel(String($0)) }.joined(separator: ".")
    }

    /// RFC 3492 section 6.2; nil for input that is not valid Punycode (a non-basic character, a bad digit,
    /// an overflow, a code point that is not a scalar) or that decodes to more than 63 characters.
    static func decode(_ input: String) -> String? {
        let bytes = Array(input.utf8)
        guard bytes.count <= maxLength, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var output: [UInt32] = []
        var start = 0
        if let dash = bytes.lastIndex(of: UInt8(ascii: "-")) {
            output = bytes[..<dash].map(UInt32.init)
            start = dash + 1
        }
        var n = initialN, i = 0, bias = initialBias
        var position = start
        while position < bytes.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard position < bytes.count, let digit = digit(bytes[position]) else { return nil }
                position += 1
                guard digit <= (Int(Int32.max) - i) / w else { return nil }
                i += digit * w
                let t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
                if digit < t { break }
                guard w <= Int(Int32.max) / (base - t) else { return nil }
                w *= base - t
                k += base
            }
            let count = output.count + 1
            bias = adapt(i - oldI, count: count, first: oldI == 0)
            guard i / count <= Int(Int32.max) - n else { return nil }
            n += i / count
            i %= count
            guard n <= 0x10FFFF, Unicode.Scalar(UInt32(n)) != nil, output.count < maxLength else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        var view = String.UnicodeScalarView()
        for value in output {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            view.append(scalar)
        }
        return String(view)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0")) + 26
        default: return nil
        }
    }

    private static func adapt(_ delta: Int, count: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
