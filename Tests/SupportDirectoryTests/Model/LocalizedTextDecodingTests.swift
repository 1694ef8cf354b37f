import Foundation
import Testing
import YAMLDecoding
@testable import SupportDirectory

/// LocalizedText reads itself straight from YAML nodes; the result must equal what its Codable
/// `init(from:)` gives for the same node (called directly here, which skips the fast path).
@Suite("Localized text decoding")
struct LocalizedTextDecodingTests {
    struct Holder: Codable, Equatable { var why: LocalizedText; var tips: [LocalizedText]? }

    /// The same fields, each read through `LocalizedText.init(from:)`.
    struct ViaCodable: Decodable {
        struct Text: Decodable { var value: LocalizedText; init(from decoder: any Decoder) throws { value = try LocalizedText(from: decoder) } }
        var why: Text
        var tips: [Text]?
        var holder: Holder { Holder(why: why.value, tips: tips?.map(\.value)) }
    }

    @Test("the YAML fast path equals the Codable path", arguments: [
        "why: Plain English\n",
        "why: {en: Refund, ko: 환불, ja: 返金, zh: 退款}\n",
        "why: '17:30'\ntips: [NO, {ja: 'はい', en: yes}, ~]\n",
        "why: !!str 12\n",
    ])
    func sameAsCodable(yaml: String) throws {
        let fast = try YAMLDecoder().decode(Holder.self, from: yaml, path: "t.yaml")
        let codable = try YAMLDecoder().decode(ViaCodable.self, from: yaml, path: "t.yaml").holder
        #expect(fast == codable)
        #expect(fast.why.languages == codable.why.languages)
    }

    @Test("shapes the fast path does not take still fail at the value, with the Codable path's message")
    func fallback() {
        #expect(throws: YAMLError.self) { try YAMLDecoder().decode(Holder.self, from: "why: [a, b]\n", path: "t.yaml") }
        do {
            _ = try YAMLDecoder().decode(Holder.self, from: "why:\n  en: {nested: x}\n", path: "t.yaml")
            Issue.record("a nested mapping is not localized text")
        } catch let error as YAMLError {
            #expect(error.line == 2 && error.column == 7)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
