/// A type that can read itself straight from a node, skipping Codable's containers when the
/// node has the common shape, and falling back to `init(from:)` (with its exact errors) otherwise.
///
/// Codable's keyed containers are built for arbitrary types and cost several allocations and
/// dynamic casts per key; a small value type read thousands of times per file (localized text,
/// for example) can do better by looking at the node directly. The fast path must decode exactly
/// what `init(from:)` would decode for the same node, so `decode` and `decodeCollectingErrors`
/// give the same results either way.
public protocol YAMLNodeDecodable: Decodable {
    /// The value for `node`, or nil to let `init(from:)` decode it (and report any error).
    /// Only called for untagged nodes.
    static func decode(fromYAML node: YAMLNode) -> Self?
}
