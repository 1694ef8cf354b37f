import Foundation

/// Encodes an `Encodable` value as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// byte for byte, in a fraction of the time: the same `encode(to:)` of every type (so the same format: there is no
/// second description of a plan's JSON), written by a smaller encoder that keeps each object's members in a list
/// and sorts them once. A value it does not write the same way (floating-point numbers, dates, data, URLs, decimals)
/// makes it throw ``Unsupported``; ``encodeOrFallBack(_:)`` then asks `JSONEncoder` itself, so the output is always
/// JSONEncoder's.
/// Checked against JSONEncoder in SortedJSONEncoderTests and on every plan of the shipped site.
public enum SortedJSONEncoder {
    /// A value this encoder leaves to `JSONEncoder`.
    public struct Unsupported: Error {}

    /// The document, as `JSONEncoder` with those options writes it.
    public static func encode(_ value: some Encodable) throws -> String {
        let root = Node()
        try root.store(value)
        var out: [UInt8] = []
        out.reserveCapacity(8_192)
        root.write(into: &out, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``encode(_:)``, or `JSONEncoder`'s text where this encoder does not write a value the same way.
    public static func encodeOrFallBack(_ value: some Encodable) throws -> String {
        if let text = try? encode(value) { return text }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One value of the document: a JSON literal (already written: number, true, false, null), a string, a list or an object.
    final class Node {
        enum Content {
            case none
            case literal(String)
            case string(String)
            case list([Node])
            case object([(key: String, value: Node)])
        }
        var content: Content = .none

        func store<T: Encodable>(_ value: T) throws {
            // The commonest leaves without an encoder of their own (their encode(to:) writes a single value).
            let type = T.self
            if type == String.self { content = .string(unsafeBitCast(value, to: String.self)); return }
            if type == Bool.self { content = .literal(unsafeBitCast(value, to: Bool.self) ? "true" : "false"); return }
            if type == Int.self { content = .literal(String(unsafeBitCast(value, to: Int.self))); return }
            // JSONEncoder writes these its own way (dates and data by strategy, a URL as its absolute string, Decimal as
            // a number): left to it.
            if type == Date.self || type == Data.self || type == URL.self || type == Decimal.self { throw Unsupported() }
            try value.encode(to: NodeEncoder(node: self))
        }

        func child(_ key: String) -> Node {
            let node = Node()
            guard case var .object(members) = content else {
                content = .object([(key, node)])
                return node
            }
            content = .none   // keeps `members` uniquely referenced while it grows
            members.append((key, node))   // a key given twice: the last value counts (see write)
            content = .object(members)
            return node
        }

        func append() -> Node {
            let node = Node()
            guard case var .list(items) = content else {
                content = .list([node])
                return node
            }
            content = .none
            items.append(node)
            content = .list(items)
            return node
        }

        func write(into out: inout [UInt8], depth: Int) {
            switch content {
            case .none: out.append(contentsOf: "{}".utf8)   // an encode(to:) that wrote nothing: JSONEncoder writes {}
            case let .literal(text): out.append(contentsOf: text.utf8)
            case let .string(text): Node.writeString(text, into: &out)
            case let .list(items):
                out.append(UInt8(ascii: "["))
                out.append(UInt8(ascii: "\n"))
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(contentsOf: ",\n".utf8) }
                    Node.indent(depth + 1, &out)
                    item.write(into: &out, depth: depth + 1)
                }
                out.append(UInt8(ascii: "\n"))
                Node.indent(depth, &out)
                out.append(UInt8(ascii: "]"))
            case let .object(members):
                out.append(UInt8(ascii: "{"))
                out.append(UInt8(ascii: "\n"))
                // By key in UTF-8 order, as JSONEncoder sorts; of a key given twice, the value given last.
                let sorted = members.indices.sorted { a, b in
                    members[a].key == members[b].key ? a < b : members[a].key.utf8.lexicographicallyPrecedes(members[b].key.utf8)
                }
                var first = true
                for (n, i) in sorted.enumerated() {
                    if n + 1 < sorted.count, members[sorted[n + 1]].key == members[i].key { continue }
                    let member = members[i]
                    if !first { out.append(contentsOf: ",\n".utf8) }
                    first = false
                    Node.indent(depth + 1, &out)
                    Node.writeString(member.key, into: &out)
                    out.append(contentsOf: " : ".utf8)
                    member.value.write(into: &out, depth: depth + 1)
                }
                out.append(UInt8(ascii: "\n"))
                Node.indent(depth, &out)
                out.append(UInt8(ascii: "}"))
            }
        }

        static func indent(_ depth: Int, _ out: inout [UInt8]) {
            for _ in 0..<(depth * 2) { out.append(UInt8(ascii: " ")) }
        }

        static let hex = Array("0123456789abcdef".utf8)

        static func writeString(_ text: String, into out: inout [UInt8]) {
            out.append(UInt8(ascii: "\""))
            let utf8 = text.utf8
            // Most strings hold nothing to escape: copied whole.
            let plain = utf8.withContiguousStorageIfAvailable { bytes in
                !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            }
            if plain == true {
                out.append(contentsOf: utf8)
                out.append(UInt8(ascii: "\""))
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0..<0x20:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    struct NodeEncoder: Encoder {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = node.content {} else { node.content = .object([]) }
            return KeyedEncodingContainer(Keyed<Key>(node: node))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .list = node.content {} else { node.content = .list([]) }
            return Unkeyed(node: node)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).content = .literal("null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { node.child(key.stringValue).content = .literal(value ? "true" : "false") }
        mutating func encode(_ value: String, forKey key: Key) throws { node.child(key.stringValue).content = .string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { node.child(key.stringValue).content = .literal(String(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try node.child(key.stringValue).store(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = node.child(key.stringValue)
            child.content = .object([])
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = node.child(key.stringValue)
            child.content = .list([])
            return Unkeyed(node: child)
        }

        // As JSONEncoder: the superclass's values under "super", or under the key given.
        mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.child("super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: node.child(key.stringValue)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var count: Int { if case let .list(items) = node.content { return items.count } else { return 0 } }

        mutating func encodeNil() throws { node.append().content = .literal("null") }
        mutating func encode(_ value: Bool) throws { node.append().content = .literal(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { node.append().content = .string(value) }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { node.append().content = .literal(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.append().store(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = node.append()
            child.content = .object([])
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = node.append()
            child.content = .list([])
            return Unkeyed(node: child)
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.append()) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { node.content = .literal("null") }
        mutating func encode(_ value: Bool) throws { node.content = .literal(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { node.content = .string(value) }
        mutating func encode(_ value: Double) throws { throw Unsupported() }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: Int8) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: Int16) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: Int32) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: Int64) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: UInt) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: UInt8) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: UInt16) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: UInt32) throws { node.content = .literal(String(value)) }
        mutating func encode(_ value: UInt64) throws { node.content = .literal(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.store(value) }
    }
}
