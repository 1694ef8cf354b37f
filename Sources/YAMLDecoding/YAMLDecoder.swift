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
final class DecodingContext {
    let document: YAMLDocument
    let userInfo: [CodingUserInfoKey: Any]
    var trackers: [KeyTracker] = []
    /// Whether each type decoded so far reads itself from nodes; a conformance check per value is costly.
    private var fastPaths: [ObjectIdentifier: (any YAMLNodeDecodable.Type)?] = [:]

    @inline(__always)
    func fastPath<T>(for type: T.Type) -> (any YAMLNodeDecodable.Type)? {
        let id = ObjectIdentifier(type)
        if let known = fastPaths[id] { return known }
        let found = type as? any YAMLNodeDecodable.Type
        fastPaths[id] = found
        return found
    }

    init(document: YAMLDocument, userInfo: [CodingUserInfoKey: Any]) {
        self.document = document
        self.userInfo = userInfo
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
        // Fast path: every visited mapping had all its keys asked for.
        guard trackers.contains(where: { !$0.allUsed }) else { return [] }
        // Containers over the same mapping (asked twice, or reached through an alias) share key nodes.
        var merged: [ObjectIdentifier: KeyTracker] = [:]
        var order: [ObjectIdentifier] = []
        for tracker in trackers {
            guard let first = tracker.pairs.first else { continue }
            let id = ObjectIdentifier(first.key)
            if let existing = merged[id] {
                existing.merge(tracker)
            } else {
                merged[id] = tracker
                order.append(id)
            }
        }
        var errors: [YAMLError] = []
        for id in order {
            let tracker = merged[id]!
            if tracker.allUsed { continue }
            for (i, pair) in tracker.pairs.enumerated() where !tracker.isUsed(i) {
                errors.append(error(tracker.unknownKeyMessage(pair.key), at: pair.key))
            }
        }
        errors.sort { $0.location < $1.location }
        return errors
    }
}

/// Which keys of one mapping were asked for.
final class KeyTracker {
    let pairs: [(key: YAMLNode, value: YAMLNode)]
    /// Used pairs as bits (pairs 0..<64), then as flags for larger mappings.
    private var mask: UInt64 = 0
    private var extra: [Bool] = []
    /// Keys asked for that the mapping does not have (the candidates for "did you mean").
    var askedMissing: [String] = []
    var askedAll = false

    init(pairs: [(key: YAMLNode, value: YAMLNode)]) {
        self.pairs = pairs
        if pairs.count > 64 { extra = Array(repeating: false, count: pairs.count - 64) }
    }

    @inline(__always)
    func markUsed(_ index: Int) {
        if index < 64 { mask |= 1 << UInt64(index) } else { extra[index - 64] = true }
    }

    func isUsed(_ index: Int) -> Bool {
        askedAll || (index < 64 ? mask & (1 << UInt64(index)) != 0 : extra[index - 64])
    }

    var allUsed: Bool {
        if askedAll { return true }
        let low = min(pairs.count, 64)
        let full: UInt64 = low == 64 ? .max : (1 << UInt64(low)) - 1
        return mask == full && !extra.contains(false)
    }

    func merge(_ other: KeyTracker) {
        askedAll = askedAll || other.askedAll
        askedMissing += other.askedMissing
        mask |= other.mask
        for i in extra.indices where other.extra[i] { extra[i] = true }
    }

    func unknownKeyMessage(_ key: YAMLNode) -> String {
        guard let name = key.scalar else {
            return "unknown key: only text keys are expected in this mapping"
        }
        if name == "<<" {
            return "unknown key '<<' (merge keys are not part of YAML 1.2; write the keys out)"
        }
        if let suggestion = EditDistance.closest(to: name, among: askedMissing) {
            return "unknown key '\(name)'; did you mean '\(suggestion)'?"
        }
        var seen = Set<String>()
        let expected = (pairs.indices.filter(isUsed).compactMap { pairs[$0].key.scalar } + askedMissing)
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
