/// Bounds that keep hostile or accidental input from exhausting time or memory.
///
/// Every limit is checked while the event stream is read, so an input that breaks one
/// is rejected as soon as the offending event arrives, before the rest is parsed.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest accepted input, in bytes (checked before parsing; the error points at 1:1).
    public var maxInputBytes: Int
    /// Deepest nesting of lists and mappings, counted on the event stream.
    public var maxDepth: Int
    /// Total nodes that aliases may produce (each `*alias` counts the whole subtree it repeats).
    public var maxAliasExpansion: Int
    /// Longest scalar, in bytes of UTF-8.
    public var maxScalarLength: Int

    public static let `default` = YAMLLimits()

    public init(
        maxInputBytes: Int = 1 << 20,
        maxDepth: Int = 64,
        maxAliasExpansion: Int = 10_000,
        maxScalarLength: Int = 64 * 1024
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxScalarLength = maxScalarLength
    }
}
