import Foundation
import Testing
@testable import SupportDirectory

/// SortedJSONEncoder must write exactly what JSONEncoder writes with [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes].
@Suite("SortedJSONEncoder writes JSONEncoder's bytes")
struct SortedJSONEncoderTests {
    struct Inner: Codable {
        var text: String; var count: Int?; var list: [String]; var map: [String: Int]; var flag: Bool?; var more: [Inner]?
    }

    /// Keys whose order differs between orderings (case, digits by value, underscore, non-ASCII), written in another order.
    struct Outer: Encodable {
        var inner: Inner
        enum K: String, CodingKey { case zeta, Alpha, alpha, a_b, a1, a10, a2, ä, empty, empty_obj, inner, lists, nothing }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            for key in [K.zeta, .Alpha, .alpha, .a_b, .a1, .a10, .a2, .ä] { try c.encode(key.rawValue, forKey: key) }
            try c.encode([String](), forKey: .empty)
            try c.encode([String: String](), forKey: .empty_obj)
            try c.encode(inner, forKey: .inner)
            try c.encode([[Int](), [1, -2], [3]], forKey: .lists)
            try c.encode(String?.none, forKey: .nothing)
            var nested = c.nestedUnkeyedContainer(forKey: .empty)   // the same key again: the last value counts
            try nested.encode(true)
        }
    }

    /// Every scalar below U+0800 (all the control characters, quotes, backslash, slash), and a few beyond.
    static let everyKindOfText: String = {
        var s = ""
        for v in 0..<0x800 { s.unicodeScalars.append(Unicode.Scalar(v)!) }
        for v in [0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x1F600, 0xE000, 0xFDD0] { s.unicodeScalars.append(Unicode.Scalar(v)!) }
        return s + "e\u{301} </script> \"onload= javascript:"
    }()

    static func jsonEncoder(_ value: some Encodable) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    @Test("objects, lists, empty ones, nulls, every control character, keys in JSONEncoder's order, a key given twice")
    func sameBytes() throws {
        let inner = Inner(text: Self.everyKindOfText, count: -5, list: ["", "x", Self.everyKindOfText],
                          map: ["b": 1, "a": 2, "B": 3, "10": 4, "9": 5], flag: nil,
                          more: [Inner(text: "", count: nil, list: [], map: [:], flag: true, more: nil)])
        let outer = Outer(inner: inner)
        #expect(try SortedJSONEncoder.encode(outer) == Self.jsonEncoder(outer))
        #expect(try SortedJSONEncoder.encode([outer, outer]) == Self.jsonEncoder([outer, outer]))
        #expect(try SortedJSONEncoder.encode(Self.everyKindOfText) == Self.jsonEncoder(Self.everyKindOfText))
        #expect(try SortedJSONEncoder.encode([Int]()) == Self.jsonEncoder([Int]()))
        #expect(try SortedJSONEncoder.encode([3: "a", 1: "b"]) == Self.jsonEncoder([3: "a", 1: "b"]))
        #expect(try SortedJSONEncoder.encode([String?.none, "x"]) == Self.jsonEncoder([String?.none, "x"]))
    }

    @Test("numbers, dates, URLs are left to JSONEncoder: refused, and encodeOrFallBack gives JSONEncoder's text")
    func fallsBack() throws {
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(["x": 1.5]) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode([Date(timeIntervalSince1970: 0)]) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(["u": URL(string: "https://example.com/a")!]) }
        #expect(try SortedJSONEncoder.encodeOrFallBack(["x": 1.5]) == Self.jsonEncoder(["x": 1.5]))
        #expect(try SortedJSONEncoder.encodeOrFallBack(["u": URL(string: "https://example.com/a")!]) == Self.jsonEncoder(["u": URL(string: "https://example.com/a")!]))
    }

    @Test("every plan of the test directory: the same bytes as JSONEncoder")
    func plans() throws {
        let registry = PlanFixtures.registry
        var checked = 0
        for id in registry.ids {
            for issue in registry.vocabulary.issues.prefix(4) {
                let request = ResolveRequest(merchant: id, issue: issue.id, language: "ko",
                                             timeZone: TimeZone(identifier: "UTC")!, timeZoneName: "UTC", now: Date(timeIntervalSince1970: 1_790_000_000))
                guard case let .plan(plan, _) = ContactPlanner(registry: registry).resolve(request) else { continue }
                #expect(try SortedJSONEncoder.encode(plan) == Self.jsonEncoder(plan), "\(id) \(issue.id)")
                checked += 1
            }
        }
        #expect(checked > 10)
    }
}
