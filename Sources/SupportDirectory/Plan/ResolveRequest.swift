import Foundation

/// What the shopper told us: free text and structured options, plus the clock.
///
/// `now` and `timeZone` are injected so plans are reproducible; `today` is the day
/// `now` falls on in the shopper's time zone.
public struct ResolveRequest: Sendable {
    /// Free text in any language: `"amazon third-party seller refund"`, `"速卖通 没收到货"`; at most
    /// `readLimit` characters of what was given (understanding a pasted e-mail whole costs time and memory
    /// far beyond what its first lines add).
    public var text: String
    /// How many characters of the given text were past `readLimit` and not read (0 when all was read).
    public var ignoredCharacters: Int
    /// The characters of free text read: enough for a problem told in a few sentences, about 0.3 s and
    /// 50 MB to understand in any of the four languages (measured 2026-12-02, debug build).
    public static let readLimit = 1_000
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
    /// The day the shopper opened a dispute with the marketplace (no default: deadlines counted from it need it).
    public var disputed: CalendarDate?
    /// ISO 3166-1 alpha-2; nil means from the locale.
    public var country: String?
    public var language: String?
    public var timeZone: TimeZone
    /// The zone's name as the shopper gave it (`UTC` stays `UTC`); the zone's identifier when nil.
    public var timeZoneName: String?
    public var now: Date
    /// The locale environment (`LC_ALL`, `LC_MESSAGES`, `LANG`) for default country and language.
    public var environment: [String: String]

    public init(text: String = "", merchant: String? = nil, seller: String? = nil, issue: String? = nil,
                orderNumber: String? = nil, ordered: CalendarDate? = nil, delivered: CalendarDate? = nil,
                expected: CalendarDate? = nil, contacted: CalendarDate? = nil, disputed: CalendarDate? = nil, country: String? = nil,
                language: String? = nil, timeZone: TimeZone = .current, timeZoneName: String? = nil,
                now: Date = Date(), environment: [String: String] = [:]) {
        let cleaned = OutputEscaping.clean(text)
        let read = cleaned.prefix(Self.readLimit)
        self.text = String(read)
        self.ignoredCharacters = read.endIndex == cleaned.endIndex ? 0 : cleaned[read.endIndex...].count
        self.merchant = Self.singleLine(merchant)
        self.seller = Self.singleLine(seller)
        self.issue = Self.singleLine(issue)
        self.orderNumber = Self.singleLine(orderNumber)
        self.ordered = ordered
        self.delivered = delivered
        self.expected = expected
        self.contacted = contacted
        self.disputed = disputed
        self.country = country
        self.language = language
        self.timeZone = timeZone
        self.timeZoneName = timeZoneName
        self.now = now
        self.environment = environment
    }

    public var today: CalendarDate { CalendarDate(now, in: timeZone) }

    /// The name to label the shopper's times with.
    public var zoneName: String { timeZoneName ?? timeZone.identifier }

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

/// Dates that parse but cannot be what the shopper meant: far in the past, in the future where
/// that is impossible, or in an order that contradicts itself. Each becomes a note in the plan.
extension ResolveRequest {
    /// A date more than this many years before today is called implausible.
    static let plausibleYears = 10

    public func dateNotes(language: String) -> [String] {
        let today = self.today
        var notes: [String] = []
        let named: [(option: String, date: CalendarDate?)] = [
            ("--ordered", ordered), ("--delivered", delivered), ("--expected", expected), ("--contacted", contacted),
            ("--disputed", disputed)]
        for (option, date) in named {
            guard let date else { continue }
            let days = date.days(until: today)
            if days > Self.plausibleYears * 366 {
                notes.append(DateNoteStrings.format("long_ago", language, option, date.description, String(days)))
            } else if days < 0, option != "--expected" {
                notes.append(DateNoteStrings.format("future", language, option, date.description, String(-days)))
            }
        }
        let pairs: [(String, CalendarDate?, String, CalendarDate?)] = [
            ("--delivered", delivered, "--ordered", ordered), ("--expected", expected, "--ordered", ordered),
            ("--contacted", contacted, "--ordered", ordered), ("--disputed", disputed, "--ordered", ordered)]
        for (laterName, later, earlierName, earlier) in pairs {
            if let later, let earlier, later < earlier {
                notes.append(DateNoteStrings.format("before", language, laterName, later.description, earlierName, earlier.description))
            }
        }
        return notes
    }
}

/// The wording of the date notes in en, ko, ja, zh.
enum DateNoteStrings {
    static let table: [String: [String]] = [
        "long_ago": [
            "%1 %2 is %3 days ago; check the date: deadlines counted from it are long past.",
            "%1 %2는 %3일 전입니다. 날짜를 확인하세요. 이 날짜로 계산한 기한은 이미 오래전에 지났습니다.",
            "%1 %2 は%3日前です。日付を確認してください。この日から数えた期限はとうに過ぎています。",
            "%1 %2 是%3天前；请核对日期，据此计算的期限早已过去。"],
        "future": [
            "%1 %2 is in the future (in %3 days); check the date: deadlines counted from it have not started.",
            "%1 %2는 미래 날짜입니다(%3일 후). 날짜를 확인하세요. 이 날짜로 계산한 기한은 아직 시작되지 않았습니다.",
            "%1 %2 は未来の日付です（%3日後）。日付を確認してください。この日から数えた期限はまだ始まっていません。",
            "%1 %2 是将来的日期（%3天后）；请核对日期，据此计算的期限尚未开始。"],
        "before": [
            "%1 %2 is before %3 %4; one of the two dates is wrong.",
            "%1 %2가 %3 %4보다 이릅니다. 두 날짜 중 하나가 잘못되었습니다.",
            "%1 %2 が %3 %4 より前です。どちらかの日付が誤っています。",
            "%1 %2 早于 %3 %4；其中一个日期有误。"],
    ]

    static func format(_ key: String, _ language: String, _ args: String...) -> String {
        let index = PlanLanguage.supported.firstIndex(of: language) ?? 0
        var text = table[key]![index]
        for (i, arg) in args.enumerated().reversed() { text = text.replacingOccurrences(of: "%\(i + 1)", with: arg) }
        return text
    }
}
