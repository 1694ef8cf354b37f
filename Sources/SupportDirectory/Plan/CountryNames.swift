import Foundation

/// What `--country` accepts: an ISO 3166-1 alpha-2 code (any case), or a country's name in
/// English, Korean, Japanese or Chinese (`United States`, `한국`, `日本`, `中国`), from the
/// platform's locale data plus the short names people type.
public enum CountryNames {
    /// Every ISO 3166-1 alpha-2 code the platform knows, sorted. Continents and groupings
    /// (`001`, `EU`, `UN`, `QO`...) are left out.
    public static let codes: [String] = {
        let excluded: Set<String> = ["EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"]
        return Locale.Region.isoRegions.map(\.identifier)
            .filter { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } && !excluded.contains($0) }
            .sorted()
    }()

    /// Short and everyday names the locale data does not give.
    static let everyday: [String: String] = [
        "usa": "US", "u.s.": "US", "u.s.a.": "US", "america": "US", "united states of america": "US",
        "미국": "US", "アメリカ": "US", "米国": "US", "アメリカ合衆国": "US", "美國": "US",
        "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "영국": "GB", "イギリス": "GB", "英国": "GB", "英國": "GB",
        "korea": "KR", "south korea": "KR", "republic of korea": "KR", "한국": "KR", "남한": "KR", "대한민국": "KR",
        "韓国": "KR", "韩国": "KR", "韓國": "KR", "大韓民国": "KR",
        "japan": "JP", "일본": "JP", "日本": "JP", "日本国": "JP",
        "china": "CN", "중국": "CN", "中国": "CN", "中國": "CN", "中华人民共和国": "CN", "中国本土": "CN",
        "taiwan": "TW", "대만": "TW", "台湾": "TW", "臺灣": "TW", "台灣": "TW",
        "hong kong": "HK", "홍콩": "HK", "香港": "HK",
        "germany": "DE", "독일": "DE", "ドイツ": "DE", "德国": "DE",
        "france": "FR", "프랑스": "FR", "フランス": "FR", "法国": "FR",
    ]

    static let table: [String: String] = {
        var names = [String: String]()
        for code in codes {
            for language in ["en", "ko", "ja", "zh-Hans", "zh-Hant"] {
                if let name = Locale(identifier: language).localizedString(forRegionCode: code) {
                    names[fold(name)] = names[fold(name)] ?? code
                }
            }
        }
        for (name, code) in everyday { names[fold(name)] = code }
        return names
    }()

    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The ISO code for `text`, or nil when it names no country.
    public static func code(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 2, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) {
            let upper = trimmed.uppercased()
            return codes.contains(upper) || upper == "UK" ? (upper == "UK" ? "GB" : upper) : nil
        }
        return table[fold(trimmed)]
    }

    /// The message for a value that names no country, with every accepted code.
    public static func refusal(_ text: String) -> String {
        "--country \(OutputEscaping.quoted(text)) is not a country; give an ISO 3166 code or a name in English, "
            + "Korean, Japanese or Chinese (e.g. US, JP, KR, CN, United States, 한국, 日本, 中国). Codes: "
            + codes.joined(separator: " ")
    }
}
