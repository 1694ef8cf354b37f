/// Text in one or more languages.
///
/// In YAML either a plain string (English) or a mapping from a BCP 47 language
/// tag to text:
///
/// ```yaml
/// why: Sellers answer buyer messages within 24 hours.
/// why:
///   en: Sellers answer buyer messages within 24 hours.
///   ko: 판매자는 24시간 안에 답해야 합니다.
/// ```
public struct LocalizedText: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// Language tag -> text, in the order written.
    public private(set) var entries: [(language: String, text: String)]

    public init(_ entries: [(language: String, text: String)]) { self.entries = entries }
    public init(_ english: String) { self.entries = [("en", english)] }
    public init(stringLiteral value: String) { self.init(value) }

    public var languages: [String] { entries.map(\.language) }

    /// The text for `language` (exact tag, then its primary subtag), else English, else the first.
    public func text(for language: String) -> String {
        exact(language) ?? exact("en") ?? entries.first?.text ?? ""
    }

    /// The text for `language` only if the profile wrote one for it.
    public func exact(_ language: String) -> String? {
        if let hit = entries.first(where: { $0.language == language }) { return hit.text }
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        return entries.first { $0.language.split(separator: "-").first.map(String.init) == primary }?.text
    }

    /// All texts, for searching and validation.
    public var allTexts: [String] { entries.map(\.text) }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            entries = [("en", text)]
            return
        }
        let c = try decoder.container(keyedBy: AnyKey.self)
        entries = try c.allKeys.map { ($0.stringValue, try c.decode(String.self, forKey: $0)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        for entry in entries { try c.encode(entry.text, forKey: AnyKey(entry.language)) }
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.language == $1.language && $0.text == $1.text }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries { hasher.combine(entry.language); hasher.combine(entry.text) }
    }
}

/// A coding key made from any string, for mappings whose keys are data.
struct AnyKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
