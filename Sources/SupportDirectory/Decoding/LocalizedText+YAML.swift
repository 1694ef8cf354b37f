import YAMLDecoding

/// Localized text is the most frequent value in a profile: read it straight from the node.
/// Same result as `init(from:)`: a scalar is English text; a mapping of text keys to text values
/// keeps its order. Anything else (a list, a nested value, a tag) takes the Codable path and its errors.
extension LocalizedText: YAMLNodeDecodable {
    public static func decode(fromYAML node: YAMLNode) -> LocalizedText? {
        switch node.kind {
        case .scalar(let text, _):
            return LocalizedText([("en", text)])
        case .mapping(let pairs):
            var entries: [(language: String, text: String)] = []
            entries.reserveCapacity(pairs.count)
            for pair in pairs {
                guard pair.key.tag == nil, pair.value.tag == nil, let language = pair.key.scalar,
                      let text = pair.value.scalar else { return nil }
                entries.append((language, text))
            }
            return LocalizedText(entries)
        case .sequence:
            return nil
        }
    }
}
