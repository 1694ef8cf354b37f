#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Decodes YAML 1.2 (core schema) into `Decodable` values, strictly: unknown keys, duplicate keys,
/// type mismatches and syntax errors are all `YAMLError`s that point at the exact line and column.
public struct YAMLDecoder: Sendable {
    public var limits: YAMLLimits
    /// Passed to `Decoder.userInfo` of every `init(from:)`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
        self.userInfo = [:]
    }

    /// Decodes a value; throws `YAMLError` (never a bare `DecodingError`). `path` is only used in messages.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        try decode(type, from: parse(data, path: path))
    }

    public func decode<T: Decodable>(_ type: T.Type, from string: String, path: String) throws -> T {
        try decode(type, from: parse(string, path: path))
    }

    /// Parses into a node tree (every node with its position), applying the same limits and checks.
    public func parse(_ data: Data, path: String) throws -> YAMLDocument {
        try parse(bytes: [UInt8](data), path: path)
    }

    public func parse(_ string: String, path: String) throws -> YAMLDocument {
        try parse(bytes: Array(string.utf8), path: path)
    }

    func parse(bytes input: [UInt8], path: String) throws(YAMLError) -> YAMLDocument {
        if input.count > limits.maxInputBytes {
            throw YAMLError(path: path, line: 1, column: 1,
                            message: "the file is \(input.count) bytes; the limit is \(limits.maxInputBytes) bytes (limit maxInputBytes)")
        }
        // A UTF-8 byte order mark is accepted and does not count as a column.
        var bytes = input
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        let source = SourceText(bytes: bytes)
        let root = try Composer(path: path, limits: limits, source: source).compose()
        return YAMLDocument(path: path, root: root, source: source)
    }

    /// Decodes a parsed document; throws the first problem (unknown keys are reported after the value decodes).
    public func decode<T: Decodable>(_ type: T.Type, from document: YAMLDocument) throws -> T {
        let (value, errors) = run(type, from: document)
        if let first = errors.first { throw first }
        return value!
    }

    /// Like `decode`, but reports every unknown key (each its own error, in source order) instead of
    /// stopping at the first. A type error or a missing key still stops decoding: then the value is nil
    /// and that error is the only one.
    public func decodeCollectingErrors<T: Decodable>(_ type: T.Type, from document: YAMLDecoding.YAMLDocument) -> (value: T?, errors: [YAMLError]) {
        run(type, from: document)
    }

    private func run<T: Decodable>(_ type: T.Type, from document: YAMLDocument) -> (value: T?, errors: [YAMLError]) {
        var info: [CodingUserInfoKey: Any] = [:]
        for (key, value) in userInfo { info[key] = value }
        let context = DecodingContext(document: document, userInfo: info)
        let root = YAMLDecoderImpl(node: document.root, context: context, parent: nil, key: nil)
        defer { context.dropSpareDecoders() }
        do {
            let value = try root.unbox(T.self, node: document.root, key: nil)
            return (value, context.unknownKeyErrors())
        } catch {
            return (nil, [context.yamlError(error, at: document.root)])
        }
    }
}

// MARK: - Decoding state

/// State shared by one decode: the document and which keys each visited mapping was asked for.
///
/// Keys are tracked in flat arrays indexed by the key's child slot in the document, so containers over
/// the same mapping (asked twice, or reached through an alias, which shares the children) share them.
final class DecodingContext {
    let document: YAMLDocument
    let userInfo: [CodingUserInfoKey: Any]
    let storage: NodeStorage
    /// Per child slot of the document: was this key asked for.
    @exclusivity(unchecked) private var used: [Bool]
    /// Mapping nodes a keyed container was made for, in order (a container's ordinal is its place here).
    @exclusivity(unchecked) private var visited: [Int] = []
    /// Keys asked for that a mapping does not have (the candidates for "did you mean"): the mapping's first
    /// child slot, the asking container, the name.
    @exclusivity(unchecked) private var missing: [(start: Int, ordinal: Int, name: String)] = []
    /// Whether each type decoded so far reads itself from nodes; a conformance check per value is costly
    /// (the runtime does not cache a missing conformance cheaply), so answers are also kept for the process.
    @exclusivity(unchecked) private var fastPaths: [(id: ObjectIdentifier, type: (any YAMLNodeDecodable.Type)?)] = []
    private static let sharedFastPathsLock = Lock()
    nonisolated(unsafe) private static var sharedFastPaths: [ObjectIdentifier: (any YAMLNodeDecodable.Type)?] = [:]

    @inline(__always)
    func fastPath<T>(for type: T.Type) -> (any YAMLNodeDecodable.Type)? {
        let id = ObjectIdentifier(type)
        // A few dozen types at most: a linear search beats hashing.
        for entry in fastPaths where entry.id == id { return entry.type }
        let found = Self.sharedFastPath(for: type)
        fastPaths.append((id, found))
        return found
    }

    private static func sharedFastPath<T>(for type: T.Type) -> (any YAMLNodeDecodable.Type)? {
        let id = ObjectIdentifier(type)
        if let known = sharedFastPathsLock.withLock({ sharedFastPaths[id] }) { return known }
        let found = type as? any YAMLNodeDecodable.Type
        sharedFastPathsLock.withLock { sharedFastPaths[id] = found }
        return found
    }

    init(document: YAMLDocument, userInfo: [CodingUserInfoKey: Any]) {
        self.document = document
        self.userInfo = userInfo
        self.storage = document.root.storage
        self.used = [Bool](repeating: false, count: storage.children.count)
    }

    /// Records a keyed container over the mapping at `index`; returns its ordinal.
    /// Decoders free for reuse (they hold the context: `dropSpareDecoders` breaks the cycle at the end).
    @exclusivity(unchecked) private var spareDecoders: [YAMLDecoderImpl] = []

    @inline(__always)
    func decoder(node: YAMLNode, parent: YAMLDecoderImpl, key: (any CodingKey)?) -> YAMLDecoderImpl {
        if let spare = spareDecoders.popLast() {
            spare.node = node
            spare.parent = parent
            spare.key = key
            return spare
        }
        return YAMLDecoderImpl(node: node, context: self, parent: parent, key: key)
    }

    @inline(__always)
    func recycle(_ decoder: YAMLDecoderImpl) {
        decoder.parent = nil
        decoder.key = nil
        spareDecoders.append(decoder)
    }

    func dropSpareDecoders() {
        spareDecoders.removeAll()
    }

    /// Per container (by ordinal): the pair to search its mapping from next (after the last key found).
    @exclusivity(unchecked) private var cursors: [Int] = []

    @inline(__always)
    func visit(_ index: Int) -> Int {
        visited.append(index)
        cursors.append(0)
        return visited.count - 1
    }

    @inline(__always)
    func cursor(_ ordinal: Int) -> Int { cursors[ordinal] }

    @inline(__always)
    func setCursor(_ ordinal: Int, _ pair: Int) { cursors[ordinal] = pair }

    @inline(__always)
    func markUsed(_ slot: Int) {
        used[slot] = true
    }

    func markAllUsed(start: Int, count: Int) {
        for pair in 0..<count { used[start + 2 * pair] = true }
    }

    @inline(__always)
    func askedMissing(_ name: String, start: Int, ordinal: Int) {
        missing.append((start, ordinal, name))
    }

    func error(_ message: String, at node: YAMLNode) -> YAMLError {
        document.error(message, at: node.location)
    }

    /// Any error thrown by an `init(from:)` as a `YAMLError`, placed at its coding path or at `node`.
    func yamlError(_ error: any Error, at node: YAMLNode) -> YAMLError {
        if let error = error as? YAMLError { return error }
        if let error = error as? DecodingError {
            switch error {
            case .dataCorrupted(let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
                let target = c.codingPath.isEmpty ? node : (document.node(at: c.codingPath) ?? node)
                return self.error(c.debugDescription, at: target)
            case .keyNotFound(let key, let c):
                let target = c.codingPath.isEmpty ? node : (document.node(at: c.codingPath) ?? node)
                return self.error("missing required key '\(key.stringValue)'", at: target)
            @unknown default:
                return self.error(String(describing: error), at: node)
            }
        }
        return self.error(String(describing: error), at: node)
    }

    /// One error per key that no decoding asked for, in source order.
    func unknownKeyErrors() -> [YAMLError] {
        let records = storage.records
        // Fast path: every visited mapping had all its keys asked for.
        let allUsed = used.withUnsafeBufferPointer { used in
            for mapping in visited {
                let r = records[mapping]
                var slot = r.start
                let end = r.start + 2 * r.count
                while slot < end {
                    if !used[slot] { return false }
                    slot += 2
                }
            }
            return true
        }
        if allUsed { return [] }
        var seen = Set<Int>()
        var errors: [YAMLError] = []
        for mapping in visited {
            let r = records[mapping]
            guard r.count > 0, seen.insert(r.start).inserted else { continue }
            for pair in 0..<r.count where !used[r.start + 2 * pair] {
                let key = YAMLNode(storage: storage, index: storage.children[r.start + 2 * pair])
                errors.append(error(unknownKeyMessage(key, mapping: r), at: key))
            }
        }
        errors.sort { $0.location < $1.location }
        return errors
    }

    private func unknownKeyMessage(_ key: YAMLNode, mapping r: NodeRecord) -> String {
        guard let name = key.scalar else {
            return "unknown key: only text keys are expected in this mapping"
        }
        if name == "<<" {
            return "unknown key '<<' (merge keys are not part of YAML 1.2; write the keys out)"
        }
        // What the containers over this mapping asked for and it lacks, container by container.
        let askedMissing = missing.enumerated().filter { $0.element.start == r.start }
            .sorted { ($0.element.ordinal, $0.offset) < ($1.element.ordinal, $1.offset) }
            .map(\.element.name)
        if let suggestion = EditDistance.closest(to: name, among: askedMissing) {
            return "unknown key '\(name)'; did you mean '\(suggestion)'?"
        }
        let pairs = YAMLNode.Pairs(storage: storage, start: r.start, count: r.count)
        var seen = Set<String>()
        let expected = (pairs.indices.filter { used[r.start + 2 * $0] }.compactMap { pairs[$0].key.scalar } + askedMissing)
            .filter { seen.insert($0).inserted }
        if expected.isEmpty { return "unknown key '\(name)'; no keys are expected here" }
        if expected.count <= 12 {
            return "unknown key '\(name)'; expected one of: " + expected.map { "'\($0)'" }.joined(separator: ", ")
        }
        return "unknown key '\(name)'"
    }
}

struct IndexKey: CodingKey {
    let index: Int
    var intValue: Int? { index }
    /// Built only when asked for (a coding path in a message), not for every list item decoded.
    var stringValue: String { "Index \(index)" }
    init(index: Int) { self.index = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.init(index: intValue) }
}

struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) {}
    init?(intValue: Int) { return nil }
}
