/// One node of a parsed YAML document, with its position.
///
/// Nodes are immutable. An alias becomes a node at the alias's position that shares the
/// anchored node's content (children are the same objects), so repeated content costs no copy.
public final class YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// Pairs keep document order.
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public let kind: Kind
    public let location: SourceLocation
    /// The resolved tag (`tag:yaml.org,2002:str` for `!!str`, `!foo` for a local tag), if one was written.
    public let tag: String?
    public let anchor: String?

    /// Key positions of a large mapping (small mappings are searched linearly).
    let keyIndex: [String: Int]?
    /// Nodes in this subtree with aliases expanded (saturating); bounds the work of walking it.
    let expandedCount: Int

    init(kind: Kind, location: SourceLocation, tag: String?, anchor: String?, keyIndex: [String: Int]? = nil, expandedCount: Int = 1) {
        self.kind = kind
        self.location = location
        self.tag = tag
        self.anchor = anchor
        self.keyIndex = keyIndex
        self.expandedCount = expandedCount
    }

    /// The text of a scalar node; nil for lists and mappings.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The scalar style, nil for lists and mappings.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = kind { return style }
        return nil
    }

    /// The value of a mapping under a scalar key, or nil.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = kind, let index = pairIndex(of: key, in: pairs) else { return nil }
        return pairs[index].value
    }

    /// The key node of a mapping entry (for pointing at a key rather than its value).
    public func keyNode(_ key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = kind, let index = pairIndex(of: key, in: pairs) else { return nil }
        return pairs[index].key
    }

    @inline(__always)
    func pairIndex(of key: String, in pairs: [(key: YAMLNode, value: YAMLNode)]) -> Int? {
        if let keyIndex { return keyIndex[key] }
        for i in pairs.indices {
            if case .scalar(let text, _) = pairs[i].key.kind, text == key { return i }
        }
        return nil
    }

    /// "a list", "a mapping", "the text 'abc'", ... for messages.
    var phrase: String {
        switch kind {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let text, let style):
            if style == .plain && tag == nil {
                if text.isEmpty { return "an empty value" }
                if CoreSchema.isNull(text) { return "null ('\(text)')" }
            }
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            switch style {
            case .singleQuoted, .doubleQuoted: return "the quoted text \"\(shown)\""
            default: return "the text '\(shown)'"
            }
        }
    }
}
