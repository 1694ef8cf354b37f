import Foundation

/// What the shopper told us: free text and structured options, plus the clock.
///
/// `now` and `timeZone` are injected so plans are reproducible; `today` is the day
/// `now` falls on in the shopper's time zone.
public struct ResolveRequest: Sendable {
    /// Free text in any language: `"amazon third-party seller refund"`, `"速卖通 没收到货"`.
    public var text: String
    public var merchant: String?
    /// A seller or brand name, or `third-party`.
    public var seller: String?
    public var issue: String?
    public var orderNumber: String?
    public var ordered: CalendarDate?
    public var delivered: CalendarDate?
    /// The latest estimated delivery date.
    public var expected: CalendarDate?
    /// The day the shopper first contacted the seller or merchant (default: today).
    public var contacted: CalendarDate?
    /// ISO 3166-1 alpha-2; nil means from the locale.
    public var country: String?
    public var language: String?
    public var timeZone: TimeZone
    public var now: Date
    /// The locale environment (`LC_ALL`, `LC_MESSAGES`, `LANG`) for default country and language.
    public var environment: [String: String]

    public init(text: String = "", merchant: String? = nil, seller: String? = nil, issue: String? = nil,
                orderNumber: String? = nil, ordered: CalendarDate? = nil, delivered: CalendarDate? = nil,
                expected: CalendarDate? = nil, contacted: CalendarDate? = nil, country: String? = nil,
                language: String? = nil, timeZone: TimeZone = .current, now: Date = Date(),
                environment: [String: String] = [:]) {
        self.text = OutputEscaping.clean(text)
        self.merchant = Self.singleLine(merchant)
        self.seller = Self.singleLine(seller)
        self.issue = Self.singleLine(issue)
        self.orderNumber = Self.singleLine(orderNumber)
        self.ordered = ordered
        self.delivered = delivered
        self.expected = expected
        self.contacted = contacted
        self.country = country
        self.language = language
        self.timeZone = timeZone
        self.now = now
        self.environment = environment
    }

    public var today: CalendarDate { CalendarDate(now, in: timeZone) }

    /// A one-line value as the planner sees it: control, bidirectional and noncharacter code
    /// points removed, every run of white space or line breaks one space, trimmed; nil when
    /// nothing is left. A newline in `--seller` can then never start a line of its own.
    public static func singleLine(_ value: String?) -> String? {
        guard let value else { return nil }
        let words = OutputEscaping.clean(value).split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}

/// The languages the plan's headings and labels are written in.
public enum PlanLanguage {
    public static let supported = ["en", "ko", "ja", "zh"]

    /// `ko` for `ko_KR.UTF-8`, `ko-KR`, `KO`; nil for anything unsupported.
    public static func supportedCode(_ tag: String) -> String? {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." || $0 == "@" }).first.map(String.init)
        return primary.flatMap { supported.contains($0) ? $0 : nil }
    }

    /// The language a text is written in, judged by its script: Hangul -> ko, kana -> ja,
    /// Han without kana -> zh; nil for Latin text.
    public static func detect(in text: String) -> String? {
        var han = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: return "ko"
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return "ja"
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han = true
            default: break
            }
        }
        return han ? "zh" : nil
    }
}

/// The locale environment variables, as POSIX orders them.
public enum LocaleEnvironment {
    static let variables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The first non-empty locale variable, with its name.
    public static func locale(in environment: [String: String]) -> (variable: String, value: String)? {
        for name in variables {
            if let v = environment[name], !v.isEmpty { return (name, v) }
        }
        return nil
    }

    /// `ja_JP.UTF-8` -> `JP`; nil for `C`, `POSIX`, `C.UTF-8` or no region.
    public static func region(of locale: String) -> String? {
        let base = locale.split(separator: ".").first.map(String.init) ?? locale
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2 else { return nil }
        let region = String(parts[1].prefix { $0 != "@" })
        guard region.count == 2, region.allSatisfy(\.isLetter) else { return nil }
        return region.uppercased()
    }

    /// The usual country of a language, when nothing else tells.
    static func country(forLanguage language: String) -> String? {
        ["ko": "KR", "ja": "JP", "zh": "CN"][language]
    }
}
