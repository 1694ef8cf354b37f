#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `Decoder` handed to `init(from:)`: one per non-primitive value; the coding path is built on demand.
/// A decoder nobody kept after its `init(from:)` returned is reused for the next value (see `unbox`).
final class YAMLDecoderImpl: Decoder {
    @exclusivity(unchecked) var node: YAMLNode
    let context: DecodingContext
    @exclusivity(unchecked) var parent: YAMLDecoderImpl?
    @exclusivity(unchecked) var key: (any CodingKey)?

    init(node: YAMLNode, context: DecodingContext, parent: YAMLDecoderImpl?, key: (any CodingKey)?) {
        self.node = node
        self.context = context
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var current: YAMLDecoderImpl? = self
        while let impl = current {
            if let key = impl.key { path.append(key) }
            current = impl.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { context.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try checkTag(node)
        let r = node.record
        guard r.kind == .mapping else { throw mismatch("a mapping", node) }
        let ordinal = context.visit(node.index)
        return KeyedDecodingContainer(KeyedContainer<Key>(impl: self, mapping: node, start: r.start, count: r.count,
                                                          keyIndex: r.keyIndex, ordinal: ordinal))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try checkTag(node)
        let r = node.record
        guard r.kind == .sequence else { throw mismatch("a list", node) }
        return UnkeyedContainer(impl: self, sequence: node, items: YAMLNode.Items(storage: node.storage, start: r.start, count: r.count))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(impl: self)
    }

    // MARK: Values

    /// Decodes any value at `node` (a child of this decoder's node, reached through `key`).
    func unbox<T: Decodable>(_ type: T.Type, node: YAMLNode, key: (any CodingKey)?) throws -> T {
        // Text and lists of text (ids, domains, languages...) skip the generic machinery: no child decoder, no
        // unkeyed container, no dynamic cast. Same errors as the general path.
        if T.self == String.self { return unsafeBitCast(try unboxString(node), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try unboxStringArray(node), to: T.self) }
        if T.self == Date.self { return try unboxDate(node) as! T }
        if T.self == URL.self { return try unboxURL(node) as! T }
        if !node.hasTag, let fast = context.fastPath(for: T.self), let value: T = Self.decodeFast(fast, node: node) {
            return value
        }
        if key == nil && node.index == self.node.index && node.storage === self.node.storage {
            return try decodeValue(T.self, with: self, node: node)
        }
        var child = context.decoder(node: node, parent: self, key: key)
        defer {
            // Unless the value kept its decoder (or a container of it), the next value can have it.
            if isKnownUniquelyReferenced(&child) { context.recycle(child) }
        }
        return try decodeValue(T.self, with: child, node: node)
    }

    /// `F` is `T` itself (the cache holds `T`'s own conformance), so the value needs no dynamic cast.
    @inline(__always)
    private static func decodeFast<F: YAMLNodeDecodable, T>(_ type: F.Type, node: YAMLNode) -> T? {
        precondition(F.self == T.self)
        guard let value = F.decode(fromYAML: node) else { return nil }
        return unsafeBitCast(value, to: T.self)
    }

    @inline(__always)
    private func decodeValue<T: Decodable>(_ type: T.Type, with decoder: YAMLDecoderImpl, node: YAMLNode) throws -> T {
        do {
            return try T(from: decoder)
        } catch let error as YAMLError {
            throw error
        } catch DecodingError.dataCorrupted(let c) where c.codingPath.count == decoder.codingPath.count {
            // A text that is not one of an enumeration's values: name them (the standard library's message
            // says only that the value is invalid).
            if let text = node.scalar, let choices = Self.choices(of: T.self) {
                throw context.error(Self.unknownValueMessage(text, choices: choices), at: node)
            }
            throw context.yamlError(DecodingError.dataCorrupted(c), at: node)
        } catch {
            throw context.yamlError(error, at: node)
        }
    }

    /// The raw values of a `CaseIterable` enumeration, nil for any other type.
    static func choices<T>(of type: T.Type) -> [String]? {
        guard let enumeration = type as? any (CaseIterable & RawRepresentable).Type else { return nil }
        return rawValues(of: enumeration)
    }

    private static func rawValues<E: CaseIterable & RawRepresentable>(of type: E.Type) -> [String] {
        E.allCases.map { "\($0.rawValue)" }
    }

    static func unknownValueMessage(_ text: String, choices: [String]) -> String {
        let listed = choices.map { "'\($0)'" }.joined(separator: ", ")
        if let near = EditDistance.closest(to: text, among: choices) {
            return "unknown value '\(text)'; did you mean '\(near)'? (one of: \(listed))"
        }
        return "unknown value '\(text)'; expected one of: \(listed)"
    }

    func isNull(_ node: YAMLNode) -> Bool {
        let r = node.record
        guard r.kind == .scalar else { return false }
        if r.tag >= 0 { return node.tag == CoreSchema.nullTag }
        guard r.style == .plain else { return false }
        if r.count > 4 { return false }
        if !r.isASCII { return CoreSchema.isNull(node.storage.string(r)) }
        // "", "~", "null", "Null", "NULL" by bytes (ASCII text equals them exactly when its bytes do).
        let text = node.storage.text
        switch r.count {
        case 0: return true
        case 1: return text[r.start] == UInt8(ascii: "~")
        case 4:
            let a = text[r.start], b = text[r.start + 1], c = text[r.start + 2], d = text[r.start + 3]
            if a == UInt8(ascii: "n") || a == UInt8(ascii: "N") {
                if b == UInt8(ascii: "u") && c == UInt8(ascii: "l") && d == UInt8(ascii: "l") { return true }
                if a == UInt8(ascii: "N") && b == UInt8(ascii: "U") && c == UInt8(ascii: "L") && d == UInt8(ascii: "L") { return true }
            }
            return false
        default: return false
        }
    }

    @inline(__always)
    func checkTag(_ node: YAMLNode) throws {
        guard node.hasTag else { return }
        guard let tag = node.tag, !CoreSchema.isKnownTag(tag) else { return }
        throw context.error("unknown tag '\(CoreSchema.shortTag(tag))'; only !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are understood", at: node)
    }

    func mismatch(_ expected: String, _ node: YAMLNode) -> YAMLError {
        context.error("expected \(expected), found \(node.phrase)", at: node)
    }

    /// True when the node may be read as a core-schema value of the given tag.
    @inline(__always)
    private func resolvable(_ node: YAMLNode, style: YAMLNode.ScalarStyle, as tags: String...) -> Bool {
        guard let tag = node.tag else { return style == .plain }
        return tags.contains(tag)
    }

    private func quotedHint(_ style: YAMLNode.ScalarStyle) -> String {
        style == .singleQuoted || style == .doubleQuoted ? "; quoted values are always text, remove the quotes" : ""
    }

    func unboxString(_ node: YAMLNode) throws -> String {
        try checkTag(node)
        let r = node.record
        guard r.kind == .scalar else { throw mismatch("text", node) }
        return node.storage.string(r)
    }

    /// A list of text, with the errors `[String].init(from:)` gives through an unkeyed container.
    func unboxStringArray(_ node: YAMLNode) throws -> [String] {
        try checkTag(node)
        let r = node.record
        guard r.kind == .sequence else { throw mismatch("a list", node) }
        let items = YAMLNode.Items(storage: node.storage, start: r.start, count: r.count)
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items { result.append(try unboxString(item)) }
        return result
    }

    func unboxBool(_ node: YAMLNode) throws -> Bool {
        try checkTag(node)
        guard case .scalar(let text, let style) = node.kind else { throw mismatch("true or false", node) }
        if resolvable(node, style: style, as: CoreSchema.boolTag), let value = CoreSchema.bool(text) { return value }
        if style == .plain && CoreSchema.isYAML11Bool(text) {
            throw context.error("expected true or false, found '\(text)' (YAML 1.2: write true or false)", at: node)
        }
        throw context.error("expected true or false, found \(node.phrase)\(quotedHint(style))", at: node)
    }

    func unboxInteger<T: FixedWidthInteger>(_ node: YAMLNode, as type: T.Type) throws -> T {
        try checkTag(node)
        guard case .scalar(let text, let style) = node.kind else { throw mismatch("a number", node) }
        guard resolvable(node, style: style, as: CoreSchema.intTag) else {
            throw context.error("expected a number, found \(node.phrase)\(quotedHint(style))", at: node)
        }
        switch CoreSchema.integer(text, as: T.self) {
        case .value(let value):
            return value
        case .overflow:
            throw context.error("the number \(text) is out of range for \(T.self) (\(T.min)...\(T.max))", at: node)
        case .notAnInteger:
            if CoreSchema.isFloat(text) {
                throw context.error("expected a whole number, found \(text)", at: node)
            }
            throw context.error("expected a number, found \(node.phrase)", at: node)
        }
    }

    func unboxDouble(_ node: YAMLNode) throws -> Double {
        try checkTag(node)
        guard case .scalar(let text, let style) = node.kind else { throw mismatch("a number", node) }
        if resolvable(node, style: style, as: CoreSchema.floatTag, CoreSchema.intTag), let value = CoreSchema.double(text) {
            return value
        }
        throw context.error("expected a number, found \(node.phrase)\(quotedHint(style))", at: node)
    }

    func unboxFloat(_ node: YAMLNode) throws -> Float {
        let value = try unboxDouble(node)
        let narrowed = Float(value)
        if narrowed.isInfinite && !value.isInfinite {
            throw context.error("the number \(node.scalar ?? "") is out of range for Float", at: node)
        }
        return narrowed
    }

    func unboxDate(_ node: YAMLNode) throws -> Date {
        try checkTag(node)
        guard case .scalar(let text, _) = node.kind else { throw mismatch("a date like 2026-11-20", node) }
        if let date = CoreSchema.date(text) { return date }
        throw context.error("expected a date like 2026-11-20 or 2026-11-20T17:30:00Z, found \(node.phrase)", at: node)
    }

    func unboxURL(_ node: YAMLNode) throws -> URL {
        try checkTag(node)
        guard case .scalar(let text, _) = node.kind else { throw mismatch("a URL", node) }
        if !text.isEmpty, !text.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }), let url = URL(string: text) {
            return url
        }
        throw context.error("expected a URL, found \(node.phrase)", at: node)
    }
}

// MARK: - Keyed

struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let impl: YAMLDecoderImpl
    let mapping: YAMLNode
    /// The mapping's first child slot (its keys are at start, start + 2, ...), pairs, key index.
    let start: Int
    let count: Int
    let keyIndex: Int32
    /// This container's place among the containers of the decode (for merging what they asked).
    let ordinal: Int

    var codingPath: [any CodingKey] { impl.codingPath }

    private var pairs: YAMLNode.Pairs { YAMLNode.Pairs(storage: mapping.storage, start: start, count: count) }

    var allKeys: [Key] {
        impl.context.markAllUsed(start: start, count: count)
        var keys: [Key] = []
        keys.reserveCapacity(count)
        for pair in pairs {
            if let name = pair.key.scalar, let key = Key(stringValue: name) { keys.append(key) }
        }
        return keys
    }

    @inline(__always)
    private func lookup(_ key: Key) -> YAMLNode? {
        let name = key.stringValue
        let storage = mapping.storage
        let context = impl.context
        guard let index = storage.pairIndex(of: name, start: start, count: count, keyIndex: keyIndex,
                                            from: context.cursor(ordinal)) else {
            context.askedMissing(name, start: start, ordinal: ordinal)
            return nil
        }
        context.setCursor(ordinal, index + 1)
        let slot = start + 2 * index
        impl.context.markUsed(slot)
        return YAMLNode(storage: storage, index: storage.children[slot + 1])
    }

    @inline(__always)
    private func require(_ key: Key) throws -> YAMLNode {
        if let node = lookup(key) { return node }
        throw missing(key.stringValue)
    }

    private func missing(_ name: String) -> YAMLError {
        var message = "missing required key '\(name)'"
        let present = pairs.compactMap { $0.key.scalar }
        if let typo = EditDistance.closest(to: name, among: present), let keyNode = mapping.keyNode(typo) {
            message += " ('\(typo)' on line \(keyNode.location.line) may be a misspelling)"
        }
        return impl.context.error(message, at: mapping)
    }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { impl.isNull(try require(key)) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try impl.unboxBool(require(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try impl.unboxString(require(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try impl.unboxDouble(require(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try impl.unboxFloat(require(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try impl.unboxInteger(require(key), as: Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try impl.unboxInteger(require(key), as: Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try impl.unboxInteger(require(key), as: Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try impl.unboxInteger(require(key), as: Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try impl.unboxInteger(require(key), as: Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try impl.unboxInteger(require(key), as: UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try impl.unboxInteger(require(key), as: UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try impl.unboxInteger(require(key), as: UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try impl.unboxInteger(require(key), as: UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try impl.unboxInteger(require(key), as: UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try impl.unbox(T.self, node: require(key), key: key)
    }

    @inline(__always)
    private func present(_ key: Key) -> YAMLNode? {
        guard let node = lookup(key), !impl.isNull(node) else { return nil }
        return node
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map(impl.unboxBool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(impl.unboxString) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map(impl.unboxDouble) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map(impl.unboxFloat) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try impl.unboxInteger($0, as: Int.self) } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = present(key) else { return nil }
        return try impl.unbox(T.self, node: node, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let node = try require(key)
        return try YAMLDecoderImpl(node: node, context: impl.context, parent: impl, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let node = try require(key)
        return try YAMLDecoderImpl(node: node, context: impl.context, parent: impl, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        YAMLDecoderImpl(node: mapping, context: impl.context, parent: impl, key: SuperKey())
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        let node = lookup(key) ?? NodeStorage.emptyScalar(at: mapping)
        return YAMLDecoderImpl(node: node, context: impl.context, parent: impl, key: key)
    }
}

// MARK: - Unkeyed

struct UnkeyedContainer: UnkeyedDecodingContainer {
    let impl: YAMLDecoderImpl
    let sequence: YAMLNode
    let items: YAMLNode.Items
    private(set) var currentIndex = 0

    init(impl: YAMLDecoderImpl, sequence: YAMLNode, items: YAMLNode.Items) {
        self.impl = impl
        self.sequence = sequence
        self.items = items
    }

    var codingPath: [any CodingKey] { impl.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> YAMLNode {
        guard currentIndex < items.count else {
            throw impl.context.error("expected more items in this list (it has \(items.count))", at: sequence)
        }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count else {
            throw impl.context.error("expected more items in this list (it has \(items.count))", at: sequence)
        }
        if impl.isNull(items[currentIndex]) {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try impl.unboxBool(next()) }
    mutating func decode(_ type: String.Type) throws -> String { try impl.unboxString(next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try impl.unboxDouble(next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try impl.unboxFloat(next()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try impl.unboxInteger(next(), as: Int.self) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try impl.unboxInteger(next(), as: Int8.self) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try impl.unboxInteger(next(), as: Int16.self) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try impl.unboxInteger(next(), as: Int32.self) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try impl.unboxInteger(next(), as: Int64.self) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try impl.unboxInteger(next(), as: UInt.self) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try impl.unboxInteger(next(), as: UInt8.self) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try impl.unboxInteger(next(), as: UInt16.self) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try impl.unboxInteger(next(), as: UInt32.self) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try impl.unboxInteger(next(), as: UInt64.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = currentIndex
        let node = try next()
        return try impl.unbox(T.self, node: node, key: IndexKey(index: index))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let index = currentIndex
        let node = try next()
        return try YAMLDecoderImpl(node: node, context: impl.context, parent: impl, key: IndexKey(index: index)).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let index = currentIndex
        let node = try next()
        return try YAMLDecoderImpl(node: node, context: impl.context, parent: impl, key: IndexKey(index: index)).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let index = currentIndex
        let node = try next()
        return YAMLDecoderImpl(node: node, context: impl.context, parent: impl, key: IndexKey(index: index))
    }
}

// MARK: - Single value

struct SingleValueContainer: SingleValueDecodingContainer {
    let impl: YAMLDecoderImpl
    var codingPath: [any CodingKey] { impl.codingPath }
    private var node: YAMLNode { impl.node }

    func decodeNil() -> Bool { impl.isNull(node) }
    func decode(_ type: Bool.Type) throws -> Bool { try impl.unboxBool(node) }
    func decode(_ type: String.Type) throws -> String { try impl.unboxString(node) }
    func decode(_ type: Double.Type) throws -> Double { try impl.unboxDouble(node) }
    func decode(_ type: Float.Type) throws -> Float { try impl.unboxFloat(node) }
    func decode(_ type: Int.Type) throws -> Int { try impl.unboxInteger(node, as: Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try impl.unboxInteger(node, as: Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try impl.unboxInteger(node, as: Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try impl.unboxInteger(node, as: Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try impl.unboxInteger(node, as: Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try impl.unboxInteger(node, as: UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try impl.unboxInteger(node, as: UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try impl.unboxInteger(node, as: UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try impl.unboxInteger(node, as: UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try impl.unboxInteger(node, as: UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try impl.unbox(T.self, node: node, key: nil)
    }
}
