import Foundation
import YAMLDecoding

/// Any YAML value, decoded through the keyed, unkeyed and single-value containers.
enum GenericValue: Decodable {
    case null, bool(Bool), int(Int), double(Double), string(String), list([GenericValue]), map([String: GenericValue])

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var map: [String: GenericValue] = [:]
            for key in keyed.allKeys { map[key.stringValue] = try keyed.decode(GenericValue.self, forKey: key) }
            self = .map(map)
        } else if var unkeyed = try? decoder.unkeyedContainer() {
            var list: [GenericValue] = []
            while !unkeyed.isAtEnd { list.append(try unkeyed.decode(GenericValue.self)) }
            self = .list(list)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let b = try? single.decode(Bool.self) { self = .bool(b) }
            else if let i = try? single.decode(Int.self) { self = .int(i) }
            else if let d = try? single.decode(Double.self) { self = .double(d) }
            else { self = .string(try single.decode(String.self)) }
        }
    }
}

/// A small typed model, to exercise unknown keys, missing keys and type errors.
struct SmallProfile: Decodable {
    var id: String
    var name: String?
    var count: Int8?
    var rating: Float?
    var verified: Bool?
    var tags: [String]?
    var since: Date?
    var website: URL?
    var nested: [String: SmallProfile]?
    var hours: [[String: String]]?
}

private let decoder = YAMLDecoder(limits: YAMLLimits(maxInputBytes: 1 << 16, maxDepth: 64, maxAliasExpansion: 10_000, maxScalarLength: 4096))

private func exercise(_ error: YAMLError, in document: YAMLDocument?) {
    precondition(error.line >= 1 && error.column >= 1, "position must be 1-based: \(error)")
    _ = error.rendered()
    _ = error.rendered(caret: false)
    if let document { _ = document.sourceLine(error.line) }
}

private func walk(_ node: YAMLNode, _ document: YAMLDocument, budget: inout Int) {
    guard budget > 0 else { return }
    budget -= 1
    precondition(node.location.line >= 1 && node.location.column >= 1)
    _ = document.sourceLine(node.location.line)
    switch node.kind {
    case .scalar: _ = node.scalar
    case .sequence(let items): for item in items { walk(item, document, budget: &budget) }
    case .mapping(let pairs):
        for pair in pairs {
            walk(pair.key, document, budget: &budget)
            walk(pair.value, document, budget: &budget)
            if let key = pair.key.scalar { _ = node[key] }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let document: YAMLDocument
    do {
        document = try decoder.parse(bytes, path: "fuzz.yaml")
    } catch let error as YAMLError {
        exercise(error, in: nil)
        return 0
    } catch {
        fatalError("parse threw a non-YAMLError: \(error)")
    }
    var budget = 50_000
    walk(document.root, document, budget: &budget)
    for result in [decoder.decodeCollectingErrors(GenericValue.self, from: document).errors,
                   decoder.decodeCollectingErrors(SmallProfile.self, from: document).errors] {
        for error in result { exercise(error, in: document) }
    }
    do {
        _ = try decoder.decode([String: GenericValue].self, from: document)
    } catch let error as YAMLError {
        exercise(error, in: document)
    } catch {
        fatalError("decode threw a non-YAMLError: \(error)")
    }
    return 0
}
