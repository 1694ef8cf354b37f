import Foundation
import YAMLDecoding

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An on-disk index of profile folders, so a lookup does not decode every profile.
///
/// For each profile file it keeps the file's identity (size, modification and change
/// times in nanoseconds, inode) and what lookup needs (id, kind, group, marketplaces,
/// folded names) or the file's errors. On every load each file is checked against its
/// recorded identity: files added, changed or removed are decoded again, the others are
/// not, so the index never serves a stale result. It is written to a temporary file and
/// renamed into place, so concurrent processes each see a whole index; a corrupt or
/// foreign file is ignored and rebuilt.
public struct IndexCache: Sendable {
    /// Folder holding index files; nil disables the cache.
    public var directory: URL?

    public init(directory: URL?) { self.directory = directory }

    /// `SUPPORTDIR_CACHE_DIR`, else `$XDG_CACHE_HOME/supportdir`, else `~/.cache/supportdir`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> IndexCache {
        if let dir = environment["SUPPORTDIR_CACHE_DIR"], !dir.isEmpty {
            return IndexCache(directory: URL(fileURLWithPath: dir))
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return IndexCache(directory: URL(fileURLWithPath: xdg).appendingPathComponent("supportdir"))
        }
        if let home = environment["HOME"], !home.isEmpty {
            return IndexCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/supportdir"))
        }
        return IndexCache(directory: nil)
    }

    public static let disabled = IndexCache(directory: nil)

    static let header = "supportdir-index 1"

    /// The index file for a list of folders (one per distinct list).
    func file(for folders: [URL]) -> URL? {
        guard let directory else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folders.map(\.path).joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return directory.appendingPathComponent("index-\(String(hash, radix: 16)).tsv")
    }
}

/// The identity of a file on disk; any change to its content changes it.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let m = info.st_mtimespec, c = info.st_ctimespec
        #else
        let m = info.st_mtim, c = info.st_ctim
        #endif
        size = Int64(info.st_size)
        modified = Int64(m.tv_sec) * 1_000_000_000 + Int64(m.tv_nsec)
        changed = Int64(c.tv_sec) * 1_000_000_000 + Int64(c.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}

/// One file's line in the index.
struct IndexRecord: Sendable {
    var path: String
    var stamp: FileStamp
    /// What lookup needs, when the file decoded.
    var profile: IndexedProfile?
    /// Where the id is written, for clash messages.
    var idLocation: SourceLocation
    var errors: [YAMLError]

    private static let fieldSeparator: Character = "\t"
    private static let listSeparator: Character = "\u{1F}"

    func serialized() -> String {
        func clean(_ s: String) -> String {
            String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{1F}" || $0 == "\u{1E}" ? " " : $0 })
        }
        let errorField = errors.map { "\($0.line):\($0.column):\(clean($0.message))" }.joined(separator: "\u{1E}")
        let fields: [String] = [
            clean(path), String(stamp.size), String(stamp.modified), String(stamp.changed), String(stamp.inode),
            "\(idLocation.line):\(idLocation.column)",
            profile.map { clean($0.id) } ?? "", profile?.kind.rawValue ?? "", profile?.group.map(clean) ?? "",
            profile?.sellsOn.map(clean).joined(separator: "\u{1F}") ?? "",
            profile?.keys.sorted().map(clean).joined(separator: "\u{1F}") ?? "",
            errorField,
        ]
        return fields.joined(separator: "\t")
    }

    init(path: String, stamp: FileStamp, profile: IndexedProfile?, idLocation: SourceLocation, errors: [YAMLError]) {
        self.path = path
        self.stamp = stamp
        self.profile = profile
        self.idLocation = idLocation
        self.errors = errors
    }

    init?(line: Substring) {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 12, let size = Int64(f[1]), let modified = Int64(f[2]), let changed = Int64(f[3]),
              let inode = UInt64(f[4]) else { return nil }
        path = String(f[0])
        stamp = FileStamp(size: size, modified: modified, changed: changed, inode: inode)
        let loc = f[5].split(separator: ":")
        guard loc.count == 2, let l = Int(loc[0]), let c = Int(loc[1]) else { return nil }
        idLocation = SourceLocation(line: l, column: c)
        if f[6].isEmpty {
            profile = nil
        } else {
            guard let kind = MerchantKind(rawValue: String(f[7])) else { return nil }
            profile = IndexedProfile(
                id: String(f[6]), kind: kind, group: f[8].isEmpty ? nil : String(f[8]),
                sellsOn: f[9].split(separator: IndexRecord.listSeparator).map(String.init),
                keys: Set(f[10].split(separator: IndexRecord.listSeparator).map(String.init)),
                origin: .file(String(f[0])))
        }
        var errors: [YAMLError] = []
        for item in f[11].split(separator: "\u{1E}") {
            let parts = item.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let l = Int(parts[0]), let c = Int(parts[1]) else { return nil }
            errors.append(YAMLError(path: path, line: l, column: c, message: String(parts[2])))
        }
        self.errors = errors
        if profile == nil && errors.isEmpty { return nil }
    }
}

extension Registry {
    /// Loads `folders` through the on-disk index in `cache`: only files added or changed since
    /// the index was written are decoded; the rest are decoded on first use.
    public static func loadIndexed(
        folders: [URL], cache: IndexCache = .standard(), loader: ProfileLoader = ProfileLoader()
    ) -> Registry {
        var registry = Registry()
        let listing = registry.list(folders)
        registry.loadVocabulary(listing.vocabularyFiles, loader: loader)

        let indexFile = cache.file(for: folders)
        let previous = indexFile.map(readIndex) ?? [:]
        var records: [IndexRecord?] = Array(repeating: nil, count: listing.profileFiles.count)
        var stale: [Int] = []
        var stamps: [FileStamp?] = Array(repeating: nil, count: listing.profileFiles.count)
        for (i, url) in listing.profileFiles.enumerated() {
            let stamp = FileStamp(path: url.path)
            stamps[i] = stamp
            if let stamp, let old = previous[url.path], old.stamp == stamp {
                records[i] = old
            } else {
                stale.append(i)
            }
        }
        var decoded: [Int: ProfileFile] = [:]
        if !stale.isEmpty {
            loader.forEachLoaded(stale.map { listing.profileFiles[$0] }) { n, file in
                let i = stale[n]
                // The stamp taken before reading: if the file changes while or after it is read, the
                // next load sees a different stamp and decodes it again; the index never keeps old content
                // under a new stamp.
                let stamp = stamps[i] ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0)
                let indexed = file.cleanValue.map { IndexedProfile($0, path: file.url.path) }
                let idLocation = file.document?.location(of: [ProfileFile.CodingKeys.id]) ?? SourceLocation(line: 1, column: 1)
                records[i] = IndexRecord(path: file.url.path, stamp: stamp, profile: indexed, idLocation: idLocation,
                                         errors: file.errors)
                if let profile = file.cleanValue { decoded[i] = profile }
            }
        }
        for (i, record) in records.enumerated() {
            guard let record else { continue }
            registry.problems += record.errors.map(RegistryProblem.init)
            guard let indexed = record.profile else { continue }
            let slot = decoded[i].map { ProfileSlot(loaded: $0) }
                ?? ProfileSlot(url: listing.profileFiles[i], loader: loader)
            registry.add(indexed, slot: slot) { message in
                YAMLError(path: record.path, line: record.idLocation.line, column: record.idLocation.column, message: message)
            }
        }
        if let indexFile, !stale.isEmpty || previous.count != records.count {
            writeIndex(records.compactMap { $0 }, to: indexFile)
        }
        return registry
    }

    static func readIndex(_ url: URL) -> [String: IndexRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(IndexCache.header) else { return [:] }
        lines.removeFirst()
        var records: [String: IndexRecord] = [:]
        for line in lines where !line.isEmpty {
            // One bad line means the file is not ours or was damaged: rebuild everything.
            guard let record = IndexRecord(line: line) else { return [:] }
            records[record.path] = record
        }
        return records
    }

    static func writeIndex(_ records: [IndexRecord], to url: URL) {
        let fm = FileManager.default
        let directory = url.deletingLastPathComponent()
        guard (try? fm.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else { return }
        var text = IndexCache.header + "\n"
        for record in records { text += record.serialized() + "\n" }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard fm.createFile(atPath: temporary.path, contents: Data(text.utf8)) else { return }
        if rename(temporary.path, url.path) != 0 { try? fm.removeItem(at: temporary) }
    }
}
