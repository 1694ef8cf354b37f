import Foundation

/// What a directory folder is: its files and how old its data is. Written as `_manifest.json` at the top of a
/// downloaded directory, an installed `share/supportdir/Merchants/` and an unpacked built-in snapshot (a file
/// starting with `_` is never read as a profile); inside a published archive it is the first entry.
public struct DirectoryManifest: Codable, Sendable, Equatable {
    public static let fileName = "_manifest.json"
    public static let currentFormat = 1

    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var size: Int
        /// Hex SHA-256 of the bytes (in a published archive).
        public var sha256: String?
        public init(path: String, size: Int, sha256: String? = nil) { self.path = path; self.size = size; self.sha256 = sha256 }
    }

    /// Layout version; a reader refuses a newer one rather than guess.
    public var format: Int
    /// When the archive was written (`2026-12-02T21:30:00Z`); nil for a folder that was never published.
    public var published: String?
    /// The newest date any source in the directory was seen (`YYYY-MM-DD`), nil when no profile has a source.
    public var dataDate: String?
    public var files: [File]

    public init(format: Int = DirectoryManifest.currentFormat, published: String?, dataDate: String?, files: [File]) {
        self.format = format
        self.published = published
        self.dataDate = dataDate
        self.files = files
    }

    /// The date this directory stands for: when it was published, else its newest source.
    public var date: CalendarDate? {
        if let published, let day = CalendarDate(String(published.prefix(10))) { return day }
        return dataDate.flatMap(CalendarDate.init)
    }

    /// The manifest of the YAML files of `folder` (profiles, then `_vocabulary/`).
    public static func make(folder: URL, published: Date?) throws -> DirectoryManifest {
        var files: [File] = []
        var newest: String?
        for path in try relativeYAMLPaths(in: folder) {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            files.append(File(path: path, size: data.count))
            if let seen = newestSeen(in: data), seen > (newest ?? "") { newest = seen }
        }
        return DirectoryManifest(published: published.map(timestamp), dataDate: newest, files: files)
    }

    /// Reads `_manifest.json` of `folder`; nil when there is none or it cannot be read.
    public static func read(in folder: URL) -> DirectoryManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(DirectoryManifest.self, from: data)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public func write(into folder: URL) throws {
        try encoded().write(to: folder.appendingPathComponent(Self.fileName), options: .atomic)
    }

    /// Profiles (`name.yaml`) then vocabulary files (`_vocabulary/name.yaml`), each sorted.
    public static func relativeYAMLPaths(in folder: URL) throws -> [String] {
        try MerchantFolders.yamlFileNames(in: folder)
            + MerchantFolders.vocabularyFiles(in: folder).map { "_vocabulary/" + $0.lastPathComponent }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The newest `seen: YYYY-MM-DD` of a profile's text (every source's date key), read as text so that
    /// dating a folder does not decode it.
    static func newestSeen(in data: Data) -> String? {
        var newest: String?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            var rest = line.drop { $0 == " " || $0 == "-" }
            guard rest.hasPrefix("seen:") else { continue }
            rest = rest.dropFirst(5).drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let day = String(rest.prefix(10))
            if CalendarDate(day) != nil, day > (newest ?? "") { newest = day }
        }
        return newest
    }
}
