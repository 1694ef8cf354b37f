#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// YAML 1.2 core schema checks, hand-written over UTF-8 (no regular expressions).
enum CoreSchema {
    static let strTag = "tag:yaml.org,2002:str"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let nullTag = "tag:yaml.org,2002:null"
    static let seqTag = "tag:yaml.org,2002:seq"
    static let mapTag = "tag:yaml.org,2002:map"
    static let timestampTag = "tag:yaml.org,2002:timestamp"

    static func isKnownTag(_ tag: String) -> Bool {
        switch tag {
        case "!", strTag, intTag, floatTag, boolTag, nullTag, seqTag, mapTag, timestampTag: return true
        default: return false
        }
    }

    /// `!!str` for the standard tags, the tag itself otherwise.
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// YAML 1.1 booleans that YAML 1.2 reads as text; used to explain a type error.
    static func isYAML11Bool(_ text: String) -> Bool {
        switch text.lowercased() {
        case "yes", "no", "on", "off", "y", "n": return true
        default: return false
        }
    }

    enum IntResult<T> { case value(T), overflow, notAnInteger }

    /// Core-schema integer: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func integer<T: FixedWidthInteger>(_ text: String, as: T.Type) -> IntResult<T> {
        var text = text
        return text.withUTF8 { integer(bytes: $0, as: T.self) }
    }

    static func integer<T: FixedWidthInteger>(bytes: UnsafeBufferPointer<UInt8>, as: T.Type) -> IntResult<T> {
        let n = bytes.count
        guard n > 0 else { return .notAnInteger }
        var i = 0
        var negative = false
        var radix: T = 10
        if bytes[0] == UInt8(ascii: "0"), n > 2, bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x") {
            radix = bytes[1] == UInt8(ascii: "o") ? 8 : 16
            i = 2
        } else if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
            guard n > 1 else { return .notAnInteger }
        }
        var value: T = 0
        var overflow = false
        while i < n {
            let c = bytes[i]
            let digit: T
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = T(c &- UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = T(c &- UInt8(ascii: "a") &+ 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = T(c &- UInt8(ascii: "A") &+ 10)
            default: return .notAnInteger
            }
            if digit >= radix { return .notAnInteger }
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: radix)
                let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
                if o1 || o2 { overflow = true } else { value = s }
            }
            i += 1
        }
        return overflow ? .overflow : .value(value)
    }

    static func isInteger(_ text: String) -> Bool {
        if case .notAnInteger = integer(text, as: Int64.self) { return false }
        return true
    }

    /// Core-schema float (and integer forms, which are valid floats): returns nil if the text is neither.
    static func double(_ text: String) -> Double? {
        var copy = text
        let kind = copy.withUTF8 { floatKind($0) }
        switch kind {
        case .none: return nil
        case .decimal: return Double(text)
        case .inf(let negative): return negative ? -.infinity : .infinity
        case .nan: return .nan
        case .integer:
            switch integer(text, as: Int64.self) {
            case .value(let v): return Double(v)
            case .overflow:
                if text.hasPrefix("0x") || text.hasPrefix("0o") { return nil }
                return Double(text)
            case .notAnInteger: return nil
            }
        }
    }

    static func isFloat(_ text: String) -> Bool {
        var copy = text
        switch copy.withUTF8({ floatKind($0) }) {
        case .decimal, .inf, .nan: return true
        default: return false
        }
    }

    enum FloatKind { case none, integer, decimal, inf(negative: Bool), nan }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`;
    /// `0o`/`0x` integers report `.integer`.
    static func floatKind(_ b: UnsafeBufferPointer<UInt8>) -> FloatKind {
        let n = b.count
        guard n > 0 else { return .none }
        if n > 2, b[0] == UInt8(ascii: "0"), b[1] == UInt8(ascii: "o") || b[1] == UInt8(ascii: "x") { return .integer }
        var i = 0
        var negative = false
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") {
            negative = b[0] == UInt8(ascii: "-")
            i = 1
        }
        let rest = n - i
        if rest == 4, b[i] == UInt8(ascii: ".") {
            let word = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)...]), as: UTF8.self)
            switch word {
            case "inf", "Inf", "INF": return .inf(negative: negative)
            case "nan", "NaN", "NAN": return i == 0 ? .nan : .none
            default: return .none
            }
        }
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        var intDigits = 0
        while i < n, isDigit(b[i]) { i += 1; intDigits += 1 }
        var fracDigits = 0
        var sawDot = false
        if i < n, b[i] == UInt8(ascii: ".") {
            sawDot = true
            i += 1
            while i < n, isDigit(b[i]) { i += 1; fracDigits += 1 }
        }
        if intDigits == 0 && fracDigits == 0 { return .none }
        var sawExponent = false
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            sawExponent = true
            i += 1
            if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            var expDigits = 0
            while i < n, isDigit(b[i]) { i += 1; expDigits += 1 }
            if expDigits == 0 { return .none }
        }
        if i != n { return .none }
        return sawDot || sawExponent ? .decimal : .integer
    }

    /// ISO 8601 date (`2026-11-20`, midnight UTC) or date-time (`2026-11-20T17:30:00Z`, `T` or a space,
    /// optional fraction, `Z` or `±HH:MM`; no zone means UTC).
    static func date(_ text: String) -> Date? {
        var copy = text
        return copy.withUTF8 { b -> Date? in
            let n = b.count
            var i = 0
            func digits(_ count: Int) -> Int? {
                guard i + count <= n else { return nil }
                var v = 0
                for k in 0..<count {
                    let c = b[i + k]
                    guard c >= 48 && c <= 57 else { return nil }
                    v = v * 10 + Int(c - 48)
                }
                i += count
                return v
            }
            func expect(_ c: UInt8) -> Bool {
                guard i < n, b[i] == c else { return false }
                i += 1
                return true
            }
            guard let year = digits(4), expect(UInt8(ascii: "-")), let month = digits(2), expect(UInt8(ascii: "-")),
                  let day = digits(2) else { return nil }
            guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
            var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
            if i == n { return Date(timeIntervalSince1970: seconds) }
            guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let hour = digits(2), expect(UInt8(ascii: ":")), let minute = digits(2) else { return nil }
            var second = 0
            if i < n, b[i] == UInt8(ascii: ":") {
                i += 1
                guard let s = digits(2) else { return nil }
                second = s
            }
            guard hour < 24, minute < 60, second < 61 else { return nil }
            seconds += Double(hour * 3600 + minute * 60 + second)
            if i < n, b[i] == UInt8(ascii: ".") {
                i += 1
                var scale = 0.1
                var fraction = 0.0
                let start = i
                while i < n, b[i] >= 48, b[i] <= 57 {
                    fraction += Double(b[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
                guard i > start else { return nil }
                seconds += fraction
            }
            if i < n, b[i] == UInt8(ascii: " ") { i += 1 }
            if i == n { return Date(timeIntervalSince1970: seconds) }
            if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                return i + 1 == n ? Date(timeIntervalSince1970: seconds) : nil
            }
            guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
            let sign = b[i] == UInt8(ascii: "-") ? -1.0 : 1.0
            i += 1
            guard let oh = digits(2) else { return nil }
            var om = 0
            if i < n {
                _ = expect(UInt8(ascii: ":"))
                guard let m = digits(2) else { return nil }
                om = m
            }
            guard i == n, oh < 24, om < 60 else { return nil }
            return Date(timeIntervalSince1970: seconds - sign * Double(oh * 3600 + om * 60))
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
