import Foundation
import Testing
@testable import SupportDirectory
import YAMLDecoding

/// docs/merchant-profile.schema.json says exactly what the Swift model reads: the same keys per object,
/// the same enum values, and every shipped profile satisfies it.
struct SchemaSyncTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("docs/merchant-profile.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func definition(_ name: String, in schema: [String: Any]) -> [String: Any]? {
        if name == "profile" { return schema }
        guard let def = (schema["definitions"] as? [String: Any])?[name] as? [String: Any] else { return nil }
        if let options = def["oneOf"] as? [[String: Any]], let object = options.first(where: { $0["properties"] != nil }) {
            return object
        }
        return def
    }

    static func keys<K: CodingKey & CaseIterable>(_: K.Type) -> Set<String> { Set(K.allCases.map(\.stringValue)) }

    /// Keys a synthesized Codable type writes, from an encoded sample.
    static func encodedKeys(_ value: some Encodable) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any]
        return Set(object?.keys.map { $0 } ?? [])
    }

    static let objects: [(String, Set<String>)] = [
        ("profile", keys(ProfileFile.CodingKeys.self)),
        ("channel", keys(Channel.CodingKeys.self)),
        ("source", keys(Source.CodingKeys.self)),
        ("storefront", keys(Storefront.CodingKeys.self)),
        ("third_party", keys(ThirdPartyPolicy.CodingKeys.self)),
        ("hours", keys(OpeningHours.CodingKeys.self)),
        ("period", keys(OpeningPeriod.CodingKeys.self)),
        ("route", keys(WrittenRoute.CodingKeys.self)),
        ("named_source", keys(NamedSource.CodingKeys.self)),
        ("named_text", keys(NamedText.CodingKeys.self)),
        ("step_patch", keys(StepPatch.CodingKeys.self)),
        ("deadline_patch", keys(DeadlinePatch.CodingKeys.self)),
        ("route_defaults", keys(RouteDefaults.CodingKeys.self)),
        ("step", keys(RouteStep.CodingKeys.self)),
        ("deadline", keys(Deadline.CodingKeys.self)),
        ("template", keys(MessageTemplate.CodingKeys.self)),
        ("escalation_step", keys(EscalationStep.CodingKeys.self)),
        ("resemblance", keys(Resemblance.CodingKeys.self)),
    ]

    @Test(arguments: objects.map(\.0))
    func propertiesMatchCodingKeys(_ name: String) throws {
        let schema = try Self.schema()
        let def = try #require(Self.definition(name, in: schema), "no definition '\(name)' in the schema")
        let properties = Set(((def["properties"] as? [String: Any]) ?? [:]).keys)
        let model = Self.objects.first { $0.0 == name }!.1
        #expect(properties == model, "schema '\(name)' lacks \(model.subtracting(properties).sorted()), has extra \(properties.subtracting(model).sorted())")
        #expect(def["additionalProperties"] as? Bool == false, "'\(name)' must forbid unknown keys, as the decoder does")
        for required in (def["required"] as? [String]) ?? [] { #expect(model.contains(required)) }
    }

    static func enumValues(_ path: [String], in schema: [String: Any]) -> Set<String>? {
        var node: Any? = schema
        for step in path {
            if let dict = node as? [String: Any] {
                node = dict[step] ?? (dict["items"] as? [String: Any])?[step]
            } else { return nil }
        }
        var dict = node as? [String: Any]
        if let items = dict?["items"] as? [String: Any] { dict = items }
        return (dict?["enum"] as? [String]).map(Set.init)
    }

    @Test func enumsMatchTheModel() throws {
        let schema = try Self.schema()
        func values<E: RawRepresentable & CaseIterable>(_: E.Type) -> Set<String> where E.RawValue == String { Set(E.allCases.map(\.rawValue)) }
        let expectations: [([String], Set<String>)] = [
            (["properties", "kind"], values(MerchantKind.self)),
            (["definitions", "channel", "properties", "kind"], values(ChannelKind.self)),
            (["definitions", "channel", "properties", "good_for"], values(ChannelStrength.self)),
            (["definitions", "source", "properties", "quality"], values(SourceQuality.self)),
            (["definitions", "step", "properties", "party"], values(Party.self)),
            (["definitions", "escalation_step", "properties", "party"], values(Party.self)),
            (["definitions", "route", "properties", "sold_by"], values(SoldBy.self)),
            (["definitions", "route_defaults", "properties", "sold_by"], values(SoldBy.self)),
            (["definitions", "deadline", "properties", "from"], values(DeadlineAnchor.self)),
            (["definitions", "deadline", "properties", "kind"], values(DeadlineKind.self)),
            (["definitions", "period", "properties", "days"], values(Weekday.self)),
        ]
        for (path, model) in expectations {
            #expect(Self.enumValues(path, in: schema) == model, "enum at \(path.joined(separator: ".")) differs from the model")
        }
    }

    /// Every shipped profile starts with the schema comment and uses only keys the schema knows.
    @Test func shippedProfilesPointAtTheSchema() throws {
        let folder = Self.root.appendingPathComponent("Merchants")
        for url in try MerchantFolders.profileFiles(in: folder) {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../docs/merchant-profile.schema.json"),
                    "\(url.lastPathComponent) does not start with the schema comment")
        }
    }

    @Test func vocabularyTypesAreDocumented() throws {
        // Synthesized Codable types: their keys come from an encoded sample.
        #expect(try Self.encodedKeys(Preparation(id: "x", label: "X")) == ["id", "label"])
        #expect(try Self.encodedKeys(CountryEscalation(country: "US", steps: [])) == ["country", "steps"])
    }
}
