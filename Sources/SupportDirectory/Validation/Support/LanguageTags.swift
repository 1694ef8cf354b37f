/// BCP 47 language tags, checked for form and for a known primary language.
enum LanguageTags {
    /// ISO 639-1 two-letter codes.
    static let iso639_1: Set<String> = [
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo",
        "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es",
        "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
        "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
        "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv",
        "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
        "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd",
        "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
        "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
        "yo", "za", "zh", "zu",
    ]

    /// ISO 639-1 codes that are not also a country code written by mistake, as a 26 x 26 table.
    private static let wellKnownTwoLetter: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for code in iso639_1 where countryCodeMistakes[code] == nil {
            let bytes = Array(code.utf8)
            table[Int(bytes[0] - 0x61) * 26 + Int(bytes[1] - 0x61)] = true
        }
        return table
    }()

    /// Three-letter primary subtags people actually use in tags where no two-letter code exists.
    static let threeLetter: Set<String> = ["yue", "cmn", "fil", "haw", "nan", "hak", "wuu", "ast", "ckb", "gsw"]

    /// Country codes written where a language was meant (`kr` is Kanuri, not Korean).
    static let countryCodeMistakes: [String: String] = ["kr": "ko", "jp": "ja", "cn": "zh", "gr": "el", "dk": "da", "se": "sv", "cz": "cs", "ua": "uk", "vn": "vi", "us": "en", "gb": "en"]

    /// Nil when `tag` is fine; else what is wrong, including the canonical spelling where that is the only problem.
    static func problem(with tag: String) -> String? {
        // Most tags are two lower-case letters ('en', 'ko'): answered from a table without splitting.
        if tag.utf8.count == 2 {
            let a = tag.utf8.first!, b = tag.utf8.last!
            if a >= 0x61 && a <= 0x7A && b >= 0x61 && b <= 0x7A && wellKnownTwoLetter[Int(a - 0x61) * 26 + Int(b - 0x61)] {
                return nil
            }
        }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let primary = parts.first, !primary.isEmpty else { return "is empty; write a BCP 47 tag such as 'en', 'ko' or 'zh-Hans'" }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            return "is not a BCP 47 tag: subtags of 1 to 8 letters or digits joined by '-' (e.g. 'en', 'en-US', 'zh-Hant'; not '_')"
        }
        let lower = primary.lowercased()
        if let meant = countryCodeMistakes[lower] {
            return "is a country code, not a language; write '\(meant)'"
        }
        guard (lower.count == 2 && iso639_1.contains(lower)) || (lower.count == 3 && threeLetter.contains(lower)) else {
            return "has an unknown primary language '\(primary)'; use an ISO 639-1 code such as 'en', 'ko', 'ja' or 'zh'"
        }
        var canonical = [lower]
        for (i, part) in parts.dropFirst().enumerated() {
            switch part.count {
            case 4 where part.allSatisfy(\.isLetter): canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            case 2 where part.allSatisfy(\.isLetter):
                guard RegionCodes.iso3166.contains(part.uppercased()) else {
                    return "has an unknown region subtag '\(part)'; use an ISO 3166-1 alpha-2 code such as 'US' or 'JP'"
                }
                canonical.append(part.uppercased())
            case 3 where part.allSatisfy(\.isNumber): canonical.append(part)
            case 5...8: canonical.append(part.lowercased()) // a variant: 5 to 8 letters or digits...
            case 4 where part.first?.isNumber == true: canonical.append(part.lowercased()) // ...or 4 starting with a digit
            default:
                return "has a malformed subtag '\(part)' at position \(i + 2); expected a script (Hant), a region (US, 419) or a variant"
            }
        }
        let fixed = canonical.joined(separator: "-")
        if fixed != tag { return "is not written in canonical case; write '\(fixed)'" }
        return nil
    }
}
