import Foundation
import Testing
@testable import YAMLDecoding

/// Fixture bytes by path relative to Fixtures/ (e.g. "invalid/unknown-key.yaml").
func fixture(_ name: String) throws -> Data {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures resource missing")
    return try Data(contentsOf: root.appendingPathComponent(name))
}

/// The error decoding a fixture throws, or a recorded issue if it throws none (or not a YAMLError).
func decodeError<T: Decodable>(_ type: T.Type, fixture name: String, limits: YAMLLimits = .default,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLError? {
    try decodeError(type, data: fixture(name), path: name, limits: limits, sourceLocation: sourceLocation)
}

func decodeError<T: Decodable>(_ type: T.Type, yaml: String, path: String = "test.yaml", limits: YAMLLimits = .default,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) -> YAMLError? {
    decodeError(type, data: Data(yaml.utf8), path: path, limits: limits, sourceLocation: sourceLocation)
}

func decodeError<T: Decodable>(_ type: T.Type, data: Data, path: String, limits: YAMLLimits = .default,
                               sourceLocation: Testing.SourceLocation) -> YAMLError? {
    do {
        let value = try YAMLDecoder(limits: limits).decode(type, from: data, path: path)
        Issue.record("expected an error, decoded \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as YAMLError {
        return error
    } catch {
        Issue.record("expected a YAMLError, got \(Swift.type(of: error)): \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

func decode<T: Decodable>(_ type: T.Type, _ yaml: String) throws -> T {
    try YAMLDecoder().decode(type, from: yaml, path: "test.yaml")
}

// MARK: - A profile-like model

struct Profile: Decodable, Equatable {
    var id: String
    var name: String
    var phone: String?
    var email: String?
    var verified: Bool
    var rating: Double?
    var priority: Int?
    var since: Date?
    var updated: Date?
    var website: URL?
    var country: CountryCode?
    var hours: [Hours]?
    var tags: [String]?
}

struct Hours: Decodable, Equatable {
    var days: String
    var open: String
    var close: String
}

/// A custom type read through a single-value container, as the directory model does.
struct CountryCode: Decodable, Equatable {
    var code: String
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        code = try container.decode(String.self)
        guard code.count == 2 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a country code is two letters, like NO")
        }
    }
}
