import Foundation
import SupportDirectory

/// JSON the site writes: keys sorted, so the same input gives the same bytes.
enum SiteJSON {
    /// One line, for data attributes and the search index.
    static func compact(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "null" }
        return OutputEscaping.json(String(decoding: data, as: UTF8.self))
    }

    /// An API document: pretty, sorted, ending with a newline.
    static func document(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
        else { return "null\n" }
        return OutputEscaping.json(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// An `Encodable` model value (a profile's channel) as a JSON object.
    static func object(_ value: some Encodable) -> Any {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value), let object = try? JSONSerialization.jsonObject(with: data) else { return NSNull() }
        return object
    }
}
