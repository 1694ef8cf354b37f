import Foundation

/// The shopper's time zone from `--tz` or from `TZ`, with the name the shopper used kept for
/// labels (`UTC` stays `UTC`; Foundation alone would say `GMT`).
public struct ShopperTimeZone: Sendable {
    public var zone: TimeZone
    /// The name to print: what was given, else the zone's identifier.
    public var name: String

    public init(zone: TimeZone, name: String? = nil) {
        self.zone = zone
        self.name = name ?? zone.identifier
    }

    public enum Problem: Error, Equatable, Sendable {
        /// `GMT+5`, `UTC-3`: POSIX reads the sign the other way round from what most people mean.
        case invertedOffset(given: String, posixMeaning: String, commonMeaning: String, ianaForPosix: String, ianaForCommon: String)
        case unknown(String)

        /// What to tell the shopper, in their words.
        public var message: String {
            switch self {
            case let .invertedOffset(given, posix, common, ianaPosix, ianaCommon):
                return "--tz \(OutputEscaping.quoted(given)) is ambiguous: POSIX reads it as \(posix) (its sign is inverted), "
                    + "most people mean \(common). Give an IANA name: \(ianaCommon) for \(common) or \(ianaPosix) for \(posix) "
                    + "(the Etc/GMT sign is inverted too), or better a city zone such as Asia/Karachi or America/New_York"
            case let .unknown(given):
                return "--tz \(OutputEscaping.quoted(given)) is not an IANA time zone; e.g. America/Los_Angeles, Asia/Seoul, UTC"
            }
        }
    }

    /// A zone named on the command line: an IANA name (any case for `UTC`/`GMT`). `GMT+5`-style
    /// offsets are refused because their meaning depends on who reads them.
    public static func option(_ text: String) -> Result<ShopperTimeZone, Problem> {
        let given = text.trimmingCharacters(in: .whitespaces)
        if let offset = Offset(given) {
            let posix = offset.posixHours
            return .failure(.invertedOffset(
                given: given, posixMeaning: offset.utcLabel(hours: posix), commonMeaning: offset.utcLabel(hours: -posix),
                ianaForPosix: "Etc/GMT\(offset.sign)\(offset.hours)",
                ianaForCommon: "Etc/GMT\(offset.sign == "+" ? "-" : "+")\(offset.hours)"))
        }
        if ["utc", "gmt", "z", "zulu", "etc/utc", "etc/gmt", "universal"].contains(given.lowercased()),
           let utc = TimeZone(identifier: "UTC") {
            let lower = given.lowercased()
            let name = ["utc", "z", "zulu"].contains(lower) ? "UTC" : lower == "gmt" ? "GMT" : given
            return .success(ShopperTimeZone(zone: utc, name: name))
        }
        guard !given.isEmpty, given.count <= 64, let zone = TimeZone(identifier: given) else { return .failure(.unknown(text)) }
        return .success(ShopperTimeZone(zone: zone, name: given))
    }

    /// The zone `TZ` names, read as POSIX does: a leading colon is dropped (`:America/New_York`),
    /// a path into a zoneinfo folder names the zone after `zoneinfo/`, and `GMT+5` means five hours
    /// *behind* UTC. Nil when `TZ` is unset or empty; `.failure` when it cannot be read.
    public static func environment(_ env: [String: String]) -> Result<ShopperTimeZone, Problem>? {
        guard var text = env["TZ"], !text.isEmpty else { return nil }
        if text.hasPrefix(":") { text.removeFirst() }
        if text.hasPrefix("/"), let range = text.range(of: "zoneinfo/") { text = String(text[range.upperBound...]) }
        if let offset = Offset(text, anyName: true), let zone = TimeZone(secondsFromGMT: offset.posixHours * 3600 - offset.sign.sign * offset.minutes * 60) {
            return .success(ShopperTimeZone(zone: zone, name: text))
        }
        if ["UTC", "GMT", "UTC0", "GMT0", "Etc/UTC", "Etc/GMT"].contains(text), let utc = TimeZone(identifier: "UTC") {
            return .success(ShopperTimeZone(zone: utc, name: text))
        }
        guard let zone = TimeZone(identifier: text) else { return .failure(.unknown(text)) }
        return .success(ShopperTimeZone(zone: zone, name: text))
    }

    /// `--tz`, else `TZ`, else the system's zone; a `TZ` that cannot be read gives UTC and a warning.
    public static func resolve(option: String?, environment env: [String: String]) -> (zone: Result<ShopperTimeZone, Problem>, warning: String?) {
        if let option { return (self.option(option), nil) }
        switch environment(env) {
        case let .success(zone)?: return (.success(zone), nil)
        case .failure?:
            let utc = ShopperTimeZone(zone: TimeZone(identifier: "UTC")!, name: "UTC")
            return (.success(utc), "warning: TZ \(OutputEscaping.quoted(env["TZ"] ?? "")) is not a time zone this tool can read; "
                + "times are in UTC (give --tz, e.g. --tz Asia/Seoul)")
        case nil: return (.success(ShopperTimeZone(zone: .current)), nil)
        }
    }

    /// `GMT+5`, `UTC-03`, `GMT+05:30`, `EST5` (POSIX without DST rule is not handled here).
    struct Offset {
        var sign: Character
        var hours: Int
        var minutes: Int

        /// `anyName`: any POSIX standard-time name of three or more letters (`JST-9`, `EST5`), as in `TZ`.
        init?(_ text: String, anyName: Bool = false) {
            let upper = text.uppercased()
            let letters = upper.prefix { $0.isASCII && $0.isLetter }
            guard anyName ? letters.count >= 3 : ["GMT", "UTC"].contains(String(letters)) else { return nil }
            var rest = upper.dropFirst(letters.count)
            if anyName, let first = rest.first, first.isNumber { rest = "+" + rest }
            guard let s = rest.first, s == "+" || s == "-" else { return nil }
            let parts = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let h = Int(parts[0]), parts[0].count <= 2, h <= 14 else { return nil }
            var m = 0
            if parts.count == 2 {
                guard parts[1].count == 2, let mm = Int(parts[1]), mm < 60 else { return nil }
                m = mm
            }
            sign = s
            hours = h
            minutes = m
        }

        /// Hours east of UTC as POSIX reads the text (`GMT+5` -> -5).
        var posixHours: Int { sign == "+" ? -hours : hours }

        func utcLabel(hours: Int) -> String {
            let mm = minutes == 0 ? "" : ":" + (minutes < 10 ? "0\(minutes)" : "\(minutes)")
            if hours == 0 && minutes == 0 { return "UTC" }
            return (hours < 0 || (hours == 0 && sign == "+") ? "UTC-" : "UTC+") + "\(abs(hours))\(mm)"
        }
    }
}

private extension Character {
    var sign: Int { self == "-" ? -1 : 1 }
}
