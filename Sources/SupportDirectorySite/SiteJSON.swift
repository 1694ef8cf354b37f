import Foundation
import SupportDirectory

/// JSON the site writes: keys sorted, so the same input gives the same bytes.
///
/// Written by `JSONEncoder` from ``SiteJSONValue`` (the values the site builds as `[String: Any]`), without sorting every
/// object's keys as `AnyHashable` (JSONSerialization) nor decoding each channel back from JSON. The format is the same;
/// the order of keys is their UTF-8 order, where JSONSerialization's was case-insensitive with digits by value: the
/// same for every key the site writes (snake_case, and language tags in one case: the shipped site and a 200-profile
/// corpus are byte-identical, `diff -r`), different only for tags such as `zh-TW` beside `zh-hant`.
enum SiteJSON {
    /// One line, for data attributes and the search index.
    static func compact(_ value: Any) -> String { encode(value, [.sortedKeys, .withoutEscapingSlashes]) ?? "null" }

    /// An API document: pretty, sorted, ending with a newline.
    static func document(_ value: Any) -> String {
        // JSONEncoder's bytes, written by SortedJSONEncoder (which leaves a value it does not write alike to JSONEncoder).
        guard let json = SiteJSONValue(value), let text = try? SortedJSONEncoder.encodeOrFallBack(json) else { return "null\n" }
        return OutputEscaping.json(text) + "\n"
    }

    /// One line as `JSONSerialization` writes it, whose sorted order differs from `JSONEncoder`'s for keys that differ in
    /// case (`opensOn` before `openUntil`): the browser's strings, made once per language, keep the bytes they had.
    static func serialized(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "null" }
        return OutputEscaping.json(String(decoding: data, as: UTF8.self))
    }

    /// An `Encodable` model value (a profile's channel) as a value of a document: encoded as it stands, keys sorted.
    static func object(_ value: some Encodable & Sendable) -> SiteJSONValue { .encodable(value) }

    static func encode(_ value: Any, _ format: JSONEncoder.OutputFormatting) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = format
        guard let json = SiteJSONValue(value), let data = try? encoder.encode(json) else { return nil }
        return OutputEscaping.json(String(decoding: data, as: UTF8.self))
    }
}

/// A JSON value of the site: what `[String: Any]` documents hold (texts, numbers, flags, lists, objects), or a
/// model value that encodes itself.
enum SiteJSONValue: Encodable, @unchecked Sendable {
    case text(String), int(Int), double(Double), bool(Bool), null
    case list([SiteJSONValue]), object([String: SiteJSONValue])
    case encodable(any Encodable)

    /// nil for a value JSON cannot hold.
    init?(_ value: Any) {
        switch value {
        case let v as SiteJSONValue: self = v
        case let s as String: self = .text(s)
        case let b as Bool: self = .bool(b)
        case let i as Int: self = .int(i)
        case let d as Double: self = .double(d)
        case is NSNull: self = .null
        case let list as [Any]:
            var out: [SiteJSONValue] = []
            out.reserveCapacity(list.count)
            for item in list { guard let v = SiteJSONValue(item) else { return nil }; out.append(v) }
            self = .list(out)
        case let map as [String: Any]:
            var out: [String: SiteJSONValue] = [:]
            out.reserveCapacity(map.count)
            for (k, item) in map { guard let v = SiteJSONValue(item) else { return nil }; out[k] = v }
            self = .object(out)
        default: return nil
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case let .text(s): var c = encoder.singleValueContainer(); try c.encode(s)
        case let .int(i): var c = encoder.singleValueContainer(); try c.encode(i)
        case let .double(d): var c = encoder.singleValueContainer(); try c.encode(d)
        case let .bool(b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case let .list(items): try items.encode(to: encoder)
        case let .object(map): try map.encode(to: encoder)
        case let .encodable(value): try value.encode(to: encoder)
        }
    }
}
