#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One node of a parsed YAML document, with its position.
///
/// A node is a cheap view: the document keeps every node as a record in one array, every
/// scalar's bytes in one buffer, and every list's and mapping's children as one range of a
/// shared child array. Text is made into a `String` only when asked for (`scalar`, `kind`).
/// Nodes are immutable. An alias becomes a node at the alias's position that shares the
/// anchored node's content (the same children and text), so repeated content costs no copy.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence(Items)
        /// Pairs keep document order.
        case mapping(Pairs)
    }

    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    let storage: NodeStorage
    let index: Int

    init(storage: NodeStorage, index: Int) {
        self.storage = storage
        self.index = index
    }

    @inline(__always)
    var record: NodeRecord { storage.records[index] }

    public var kind: Kind {
        let r = record
        switch r.kind {
        case .scalar: return .scalar(storage.string(r), r.style)
        case .sequence: return .sequence(Items(storage: storage, start: r.start, count: r.count))
        case .mapping: return .mapping(Pairs(storage: storage, start: r.start, count: r.count))
        }
    }

    public var location: SourceLocation { storage.location(of: record) }

    /// The resolved tag (`tag:yaml.org,2002:str` for `!!str`, `!foo` for a local tag), if one was written.
    public var tag: String? {
        let t = record.tag
        return t < 0 ? nil : storage.names[Int(t)]
    }

    public var anchor: String? {
        let a = record.anchor
        return a < 0 ? nil : storage.names[Int(a)]
    }

    /// Whether a tag was written (cheaper than `tag != nil`).
    @inline(__always)
    var hasTag: Bool { record.tag >= 0 }

    /// The text of a scalar node; nil for lists and mappings.
    public var scalar: String? {
        let r = record
        return r.kind == .scalar ? storage.string(r) : nil
    }

    /// The scalar style, nil for lists and mappings.
    public var scalarStyle: ScalarStyle? {
        let r = record
        return r.kind == .scalar ? r.style : nil
    }

    /// The value of a mapping under a scalar key, or nil.
    public subscript(key: String) -> YAMLNode? {
        let r = record
        guard r.kind == .mapping, let pair = storage.pairIndex(of: key, in: r) else { return nil }
        return YAMLNode(storage: storage, index: storage.children[r.start + 2 * pair + 1])
    }

    /// The key node of a mapping entry (for pointing at a key rather than its value).
    public func keyNode(_ key: String) -> YAMLNode? {
        let r = record
        guard r.kind == .mapping, let pair = storage.pairIndex(of: key, in: r) else { return nil }
        return YAMLNode(storage: storage, index: storage.children[r.start + 2 * pair])
    }

    /// "a list", "a mapping", "the text 'abc'", ... for messages.
    var phrase: String {
        let r = record
        switch r.kind {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar:
            let text = storage.string(r)
            let style = r.style
            if style == .plain && r.tag < 0 {
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

    /// The items of a list, in order (a view into the document, no copy).
    public struct Items: RandomAccessCollection, Sendable {
        let storage: NodeStorage
        let start: Int
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> YAMLNode {
            precondition(position >= 0 && position < count, "index out of range")
            return YAMLNode(storage: storage, index: storage.children[start + position])
        }
    }

    /// The key/value pairs of a mapping, in document order (a view into the document, no copy).
    public struct Pairs: RandomAccessCollection, Sendable {
        let storage: NodeStorage
        let start: Int
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            precondition(position >= 0 && position < count, "index out of range")
            let slot = start + 2 * position
            return (key: YAMLNode(storage: storage, index: storage.children[slot]),
                    value: YAMLNode(storage: storage, index: storage.children[slot + 1]))
        }
    }
}

/// What a node is, as stored.
enum NodeKind: UInt8 {
    case scalar, sequence, mapping
}

/// One node as stored in a document.
struct NodeRecord {
    /// libyaml's 0-based line and code-point column; made a `SourceLocation` (Character columns) only when asked.
    var line0: Int
    var column0: Int
    /// Scalar: offset of its bytes in `NodeStorage.text`; list or mapping: offset of its children in `children`.
    var start: Int
    /// Scalar: byte length; list: items; mapping: pairs (twice as many children: key, value, key, ...).
    var count: Int
    /// Nodes in this subtree with aliases expanded (saturating); bounds the work of walking it.
    var expandedCount: Int
    /// Index into `NodeStorage.names`, or -1.
    var tag: Int32
    var anchor: Int32
    /// Index into `NodeStorage.keyIndexes` (large mappings), or -1.
    var keyIndex: Int32
    var kind: NodeKind
    var style: YAMLNode.ScalarStyle
    /// Scalar bytes are all ASCII (then byte equality is String equality).
    var isASCII: Bool
}

/// All nodes of one document. Immutable once made (the text buffer is owned and freed with it).
final class NodeStorage: @unchecked Sendable {
    let records: UnsafeBufferPointer<NodeRecord>
    /// Children of every list and mapping, each one's contiguous (mappings: key, value, key, value...).
    let children: UnsafeBufferPointer<Int>
    /// Bytes of every scalar (UTF-8, as libyaml produced them). The three buffers are the composer's, freed in deinit.
    let text: UnsafeBufferPointer<UInt8>
    /// Tags and anchors.
    let names: [String]
    /// Key positions (pair index) of large mappings (small mappings are searched linearly).
    let keyIndexes: [[String: Int]]
    let source: SourceText

    init(records: UnsafeBufferPointer<NodeRecord>, children: UnsafeBufferPointer<Int>, text: UnsafeBufferPointer<UInt8>, names: [String], keyIndexes: [[String: Int]], source: SourceText) {
        self.source = source
        self.records = records
        self.children = children
        self.text = text
        self.names = names
        self.keyIndexes = keyIndexes
    }

    deinit {
        records.baseAddress.map { UnsafeMutablePointer(mutating: $0).deallocate() }
        children.baseAddress.map { UnsafeMutablePointer(mutating: $0).deallocate() }
        text.baseAddress.map { UnsafeMutablePointer(mutating: $0).deallocate() }
    }

    /// A lone empty plain scalar at a node's position (for `superDecoder(forKey:)` of a missing key).
    static func emptyScalar(at node: YAMLNode) -> YAMLNode {
        let at = node.record
        let record = NodeRecord(line0: at.line0, column0: at.column0, start: 0, count: 0, expandedCount: 1, tag: -1, anchor: -1,
                                keyIndex: -1, kind: .scalar, style: .plain, isASCII: true)
        let records = UnsafeMutablePointer<NodeRecord>.allocate(capacity: 1)
        records.initialize(to: record)
        let storage = NodeStorage(records: UnsafeBufferPointer(start: records, count: 1),
                                  children: UnsafeBufferPointer(start: UnsafeMutablePointer<Int>.allocate(capacity: 1), count: 0),
                                  text: UnsafeBufferPointer(start: UnsafeMutablePointer<UInt8>.allocate(capacity: 1), count: 0),
                                  names: [], keyIndexes: [], source: node.storage.source)
        return YAMLNode(storage: storage, index: 0)
    }

    @inline(__always)
    func location(of r: NodeRecord) -> SourceLocation {
        source.location(line0: r.line0, codePointColumn0: r.column0)
    }

    @inline(__always)
    func string(_ r: NodeRecord) -> String {
        if r.count == 0 { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: text[r.start..<(r.start + r.count)]), as: UTF8.self)
    }

    /// Whether a scalar record's text equals `name` (String equality, so canonically equivalent text matches).
    @inline(__always)
    func scalar(_ r: NodeRecord, equals name: String, nameBytes: UnsafeBufferPointer<UInt8>, nameIsASCII: Bool) -> Bool {
        if r.count == nameBytes.count {
            if r.count == 0 || memcmp(text.baseAddress! + r.start, nameBytes.baseAddress!, r.count) == 0 { return true }
        }
        // Different bytes are different Strings unless non-ASCII text is canonically equivalent.
        if r.isASCII && nameIsASCII { return false }
        return string(r) == name
    }

    /// The index of the pair whose key is the scalar `key`, in a mapping record.
    @inline(__always)
    func pairIndex(of key: String, in r: NodeRecord) -> Int? {
        pairIndex(of: key, start: r.start, count: r.count, keyIndex: r.keyIndex)
    }

    /// The index of the pair whose key is the scalar `key`, searching from pair `first` on (and around).
    /// Scalar keys of a mapping are all different (the composer rejects duplicates), so where the search
    /// starts never changes the answer; starting after the last key found makes in-order lookups one compare.
    func pairIndex(of key: String, start: Int, count: Int, keyIndex: Int32, from first: Int = 0) -> Int? {
        if keyIndex >= 0 { return keyIndexes[Int(keyIndex)][key] }
        if count == 0 { return nil }
        var utf8 = key
        return utf8.withUTF8 { nameBytes in
            let nameIsASCII = isASCII(nameBytes)
            var pair = first < count ? first : 0
            for _ in 0..<count {
                let k = records[children[start + 2 * pair]]
                if k.kind == .scalar && scalar(k, equals: key, nameBytes: nameBytes, nameIsASCII: nameIsASCII) {
                    return pair
                }
                pair += 1
                if pair == count { pair = 0 }
            }
            return nil
        }
    }
}

/// Whether bytes are all ASCII (8 at a time).
@inline(__always)
func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    let raw = UnsafeRawPointer(base)
    var k = 0
    var acc: UInt64 = 0
    while k + 8 <= count {
        acc |= raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
        k += 8
    }
    var tail: UInt8 = 0
    while k < count {
        tail |= base[k]
        k += 1
    }
    return acc & 0x8080_8080_8080_8080 == 0 && tail & 0x80 == 0
}
