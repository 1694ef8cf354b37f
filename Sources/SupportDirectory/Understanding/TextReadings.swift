/// The understanding part of the vocabulary (`understanding:` in `Merchants/_vocabulary/*.yaml`):
/// the concepts phrases may name (`{neg}`), the words that ask to reach a person, the Han
/// variants folded together, and the Han letters that only one language writes.
///
/// ```yaml
/// understanding:
///   concepts:
///     neg: {en: [not, never], ko: [안, 못], ja: [ない, ません], zh: [没, 未]}
///   contact: {en: [customer service, talk to {person}], ja: [問い合わせ]}
///   han_variants: 亞亚 馬马 遜逊
///   han_only: {ja: 楽発売, zh: 乐发卖}
/// ```
public struct TextReadings: Codable, Sendable, Hashable {
    /// Concept name -> its words in every language.
    public var concepts: [String: [String]]
    /// Language -> phrases that ask to reach a person.
    public var contact: [String: [String]]
    /// A traditional (or variant) Han letter -> the form the vocabulary is written in.
    public var hanVariants: [Unicode.Scalar: Unicode.Scalar]
    /// Language (`ja`, `zh`) -> Han letters written in that language and not the other.
    public var hanOnly: [String: Set<Unicode.Scalar>]

    public init(concepts: [String: [String]] = [:], contact: [String: [String]] = [:],
                hanVariants: [Unicode.Scalar: Unicode.Scalar] = [:], hanOnly: [String: Set<Unicode.Scalar>] = [:]) {
        self.concepts = concepts
        self.contact = contact
        self.hanVariants = hanVariants
        self.hanOnly = hanOnly
    }

    enum CodingKeys: String, CodingKey { case concepts, contact, hanVariants = "han_variants", hanOnly = "han_only" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let concepts = try c.decodeIfPresent([String: [String: [String]]].self, forKey: .concepts) ?? [:]
        self.concepts = concepts.mapValues { byLanguage in byLanguage.keys.sorted().flatMap { byLanguage[$0] ?? [] } }
        contact = try c.decodeIfPresent([String: [String]].self, forKey: .contact) ?? [:]
        hanVariants = [:]
        for pair in (try c.decodeIfPresent(String.self, forKey: .hanVariants) ?? "").split(separator: " ") {
            let scalars = Array(pair.unicodeScalars)
            if scalars.count == 2 { hanVariants[scalars[0]] = scalars[1] }
        }
        let only = try c.decodeIfPresent([String: String].self, forKey: .hanOnly) ?? [:]
        hanOnly = only.mapValues { Set($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(concepts.mapValues { ["*": $0] }, forKey: .concepts)
        try c.encode(contact, forKey: .contact)
        let pairs = hanVariants.map { String($0.key) + String($0.value) }.sorted()
        try c.encode(pairs.joined(separator: " "), forKey: .hanVariants)
        try c.encode(hanOnly.mapValues { String(String.UnicodeScalarView($0.sorted { $0.value < $1.value })) }, forKey: .hanOnly)
    }

    /// Adds another file's section: words are appended, a variant already given is kept.
    public mutating func merge(_ other: TextReadings) {
        for (name, words) in other.concepts { concepts[name, default: []].append(contentsOf: words) }
        for (lang, words) in other.contact { contact[lang, default: []].append(contentsOf: words) }
        for (from, to) in other.hanVariants where hanVariants[from] == nil { hanVariants[from] = to }
        for (lang, letters) in other.hanOnly { hanOnly[lang, default: []].formUnion(letters) }
    }
}
