/// E.164 numbers: a `+`, a country calling code, and a national number of a plausible length.
enum PhoneNumbering {
    /// Calling code -> (country, lengths of the national significant number, without trunk prefix).
    static let nationalLengths: [String: (country: String, lengths: ClosedRange<Int>)] = [
        "1": ("US/CA", 10...10),
        "7": ("RU/KZ", 10...10),
        "33": ("FR", 9...9),
        "34": ("ES", 9...9),
        "39": ("IT", 6...11),
        "44": ("GB", 9...10),
        "49": ("DE", 6...13),
        "52": ("MX", 10...10),
        "55": ("BR", 10...11),
        "61": ("AU", 9...9),
        "65": ("SG", 8...8),
        "81": ("JP", 9...10),
        "82": ("KR", 8...10),
        "86": ("CN", 10...11),
        "91": ("IN", 10...10),
        "852": ("HK", 8...8),
        "886": ("TW", 8...9),
    ]

    /// Two-digit calling codes; every other code not starting with 1 or 7 has three digits (ITU-T E.164 assignments).
    static let twoDigitCodes: Set<String> = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
        "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ]

    /// Nil when `number` is a plausible E.164 number; else what is wrong, for a message.
    static func problem(with number: String) -> String? {
        guard number.hasPrefix("+") else {
            let digits = number.filter { $0.isASCII && $0.isNumber }
            let example = digits.count == 11 && digits.hasPrefix("1") ? "write '+\(digits)'" : "e.g. +18882804331"
            return "is not in E.164 form: write '+', the country calling code and the number without spaces or punctuation (\(example))"
        }
        let digits = number.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            let cleaned = "+" + digits.filter { $0.isASCII && $0.isNumber }
            return "must hold only digits after '+', without spaces, dashes or brackets (write '\(cleaned)')"
        }
        guard digits.first != "0" else { return "has no country calling code: a calling code never starts with 0" }
        guard (7...15).contains(digits.count) else {
            return "has \(digits.count) digits; E.164 numbers have 7 to 15 digits including the country code"
        }
        let code = callingCode(of: String(digits))
        if let known = nationalLengths[code] {
            let national = digits.count - code.count
            if !known.lengths.contains(national) {
                let expected = known.lengths.count == 1 ? "\(known.lengths.lowerBound)" : "\(known.lengths.lowerBound) to \(known.lengths.upperBound)"
                var hint = ""
                if digits.dropFirst(code.count).first == "0" { hint = " (drop the national trunk prefix 0 after the country code)" }
                return "has a national number of \(national) digits after +\(code) (\(known.country)); expected \(expected)\(hint)"
            }
            if code != "1", code != "7", digits.dropFirst(code.count).first == "0" {
                return "keeps the national trunk prefix 0 after +\(code); drop it (e.g. +\(code)\(digits.dropFirst(code.count + 1)))"
            }
        }
        return nil
    }

    static func callingCode(of digits: String) -> String {
        if digits.hasPrefix("1") || digits.hasPrefix("7") { return String(digits.prefix(1)) }
        let two = String(digits.prefix(2))
        return twoDigitCodes.contains(two) ? two : String(digits.prefix(3))
    }

    /// A national short number dialled inside one country (Korea's 1372, Japan's 188, China's 12315).
    static func isShortCode(_ number: String) -> Bool {
        (3...6).contains(number.count) && number.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
