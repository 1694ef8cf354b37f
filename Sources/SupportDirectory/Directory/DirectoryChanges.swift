import Foundation

/// What differs between two directory folders, as `supportdir update` reports it: merchants added and
/// removed (by id), and for a merchant in both, each phone number, email and URL that appeared or went,
/// with the channel or escalation step holding it (the same contact points `validate --changed-since` lists).
public struct DirectoryChanges: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public var id: String
        /// "+ phone 0120-999-373 (channel 'phone')", "- url https://... (escalation step 'a-to-z')".
        public var lines: [String]
    }

    public var added: [String] = []
    public var removed: [String] = []
    public var changed: [Change] = []
    /// Vocabulary files whose bytes differ (issue kinds, countries' agencies, templates).
    public var vocabularyChanged: [String] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && vocabularyChanged.isEmpty }

    /// Compares the profiles (by id) and vocabulary files of `old` (nil: an empty directory) and `new`.
    public static func between(_ old: URL?, _ new: URL) -> DirectoryChanges {
        let before = old.map(read) ?? Side()
        let after = read(new)
        var changes = DirectoryChanges()
        changes.added = after.points.keys.filter { before.points[$0] == nil }.sorted()
        changes.removed = before.points.keys.filter { after.points[$0] == nil }.sorted()
        for id in after.points.keys.sorted() {
            guard let was = before.points[id], let now = after.points[id] else { continue }
            let lines = now.subtracting(was).sorted().map { "+ " + $0 } + was.subtracting(now).sorted().map { "- " + $0 }
            let bytesDiffer = before.bytes[id] != after.bytes[id]
            if !lines.isEmpty {
                changes.changed.append(Change(id: id, lines: lines))
            } else if bytesDiffer {
                changes.changed.append(Change(id: id, lines: ["~ other details (no contact point changed)"]))
            }
        }
        changes.vocabularyChanged = Set(before.vocabulary.keys).union(after.vocabulary.keys)
            .filter { before.vocabulary[$0] != after.vocabulary[$0] }.sorted()
        return changes
    }

    struct Side {
        var points: [String: Set<String>] = [:]
        var bytes: [String: Data] = [:]
        var vocabulary: [String: Data] = [:]
    }

    static func read(_ folder: URL) -> Side {
        var files: [(URL, ValidatedFile.Role)] = []
        for url in (try? MerchantFolders.profileFiles(in: folder)) ?? [] { files.append((url, .profile)) }
        for url in (try? MerchantFolders.vocabularyFiles(in: folder)) ?? [] { files.append((url, .vocabulary)) }
        var side = Side()
        for file in Validator().load(files) {
            if file.role == .vocabulary {
                side.vocabulary[file.url.lastPathComponent] = file.bytes
                continue
            }
            let id = file.profile?.id ?? file.url.deletingPathExtension().lastPathComponent
            side.points[id, default: []].formUnion(file.contactPoints.map { "\($0.field.rawValue) \($0.value) (\($0.owner))" })
            side.bytes[id] = file.bytes
        }
        return side
    }
}
