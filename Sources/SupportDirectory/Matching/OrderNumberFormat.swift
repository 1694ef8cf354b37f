/// Order numbers whose shape tells which merchant issued them.
///
/// Amazon writes `114-1234567-1234567` (3-7-7 digits, every storefront); AliExpress
/// uses 16 digits. The merchant is given as a profile id or group; the resolver still
/// checks that the profile exists.
public struct OrderNumberFormat: Sendable, Hashable {
    /// A profile id or group (`amazon` covers amazon.com and amazon.co.jp).
    public var merchant: String
    /// Lengths of the digit groups, separated by `-` (one element: no dashes).
    public var groups: [Int]
    /// How the format is described to the shopper.
    public var shape: String

    public static let known: [OrderNumberFormat] = [
        OrderNumberFormat(merchant: "amazon", groups: [3, 7, 7], shape: "3-7-7 digits"),
        OrderNumberFormat(merchant: "aliexpress", groups: [16], shape: "16 digits"),
    ]

    public func matches(_ text: String) -> Bool {
        let parts = OrderNumberFormat.normalized(text).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == groups.count else { return false }
        return zip(parts, groups).allSatisfy { part, n in part.count == n && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
    }

    /// Full-width digits and dashes made plain, spaces removed.
    public static func normalized(_ text: String) -> String {
        let plain = text.precomposedStringWithCompatibilityMapping
        return String(plain.unicodeScalars.compactMap { s -> Character? in
            if s.properties.isWhitespace { return nil }
            if s.properties.generalCategory == .dashPunctuation || s == "\u{2212}" { return "-" }
            return Character(s)
        })
    }

    /// The format `number` has, if any.
    public static func format(of number: String) -> OrderNumberFormat? { known.first { $0.matches(number) } }

    /// Order numbers written inside free text, with their format.
    public static func find(in text: String) -> [(number: String, format: OrderNumberFormat)] {
        let plain = text.precomposedStringWithCompatibilityMapping
        var found: [(String, OrderNumberFormat)] = []
        var token = ""
        func flush() {
            let trimmed = token.trimmingCharacters(in: "-")
            if let f = format(of: trimmed) { found.append((trimmed, f)) }
            token = ""
        }
        for ch in plain {
            if ch.isASCII && ch.isNumber { token.append(ch) } else if ch == "-" || ch == "\u{2212}" || ch == "‐" { token.append("-") } else { flush() }
        }
        flush()
        return found
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
