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
            profile?.keys.map(clean).joined(separator: "\u{1F}") ?? "",
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

    /// Parses one line of the index, split on bytes (a Character-wise split costs most of a warm
    /// load at 10,000 profiles). Nil when the line is not one this version wrote.
    init?(line: ArraySlice<UInt8>) {
        let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard f.count == 12 else { return nil }
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        func list(_ bytes: ArraySlice<UInt8>) -> [String] { bytes.split(separator: 0x1F).map(text) }
        func number<T: FixedWidthInteger>(_ bytes: ArraySlice<UInt8>) -> T? {
            guard !bytes.isEmpty else { return nil }
            var value: T = 0
            for b in bytes {
                guard b >= 0x30, b <= 0x39 else { return nil }
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(T(b - 0x30))
                if o1 || o2 { return nil }
                value = a
            }
            return value
        }
        guard let size: Int64 = number(f[1]), let modified: Int64 = number(f[2]), let changed: Int64 = number(f[3]),
              let inode: UInt64 = number(f[4]) else { return nil }
        let path = text(f[0])
        self.path = path
        stamp = FileStamp(size: size, modified: modified, changed: changed, inode: inode)
        let loc = f[5].split(separator: 0x3A)
        guard loc.count == 2, let l: Int = number(loc[0]), let c: Int = number(loc[1]) else { return nil }
        idLocation = SourceLocation(line: l, column: c)
        if f[6].isEmpty {
            profile = nil
        } else {
            // Names are written sorted and unique; anything else was not written by this version.
            let keys = list(f[10])
            guard let kind = MerchantKind(rawValue: text(f[7])), zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
                return nil
            }
            profile = IndexedProfile(
                id: text(f[6]), kind: kind, group: f[8].isEmpty ? nil : text(f[8]),
                sellsOn: list(f[9]), keys: keys, origin: .file(path))
        }
        var errors: [YAMLError] = []
        for item in f[11].split(separator: 0x1E) {
            let parts = item.split(separator: 0x3A, maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let l: Int = number(parts[0]), let c: Int = number(parts[1]) else { return nil }
            errors.append(YAMLError(path: path, line: l, column: c, message: text(parts[2])))
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
        for (i, path) in listing.profileFiles.enumerated() {
            let stamp = FileStamp(path: path)
            stamps[i] = stamp
            if let stamp, let old = previous[path], old.stamp == stamp {
                records[i] = old
            } else {
                stale.append(i)
            }
        }
        var decoded: [Int: ProfileFile] = [:]
        if !stale.isEmpty {
            loader.forEachLoaded(stale.map { URL(fileURLWithPath: listing.profileFiles[$0]) }) { n, file in
                let i = stale[n]
                // The stamp taken before reading: if the file changes while or after it is read, the
                // next load sees a different stamp and decodes it again; the index never keeps old content
                // under a new stamp.
                let stamp = stamps[i] ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0)
                let path = listing.profileFiles[i]
                let indexed = file.cleanValue.map { IndexedProfile($0, path: path) }
                let idLocation = file.document?.location(of: [ProfileFile.CodingKeys.id]) ?? SourceLocation(line: 1, column: 1)
                records[i] = IndexRecord(path: path, stamp: stamp, profile: indexed, idLocation: idLocation,
                                         errors: file.errors)
                if let profile = file.cleanValue { decoded[i] = profile }
            }
        }
        registry.reserveCapacity(profiles: records.count)
        for (i, record) in records.enumerated() {
            guard let record else { continue }
            registry.problems += record.errors.map(RegistryProblem.init)
            guard let indexed = record.profile else { continue }
            let slot = decoded[i].map { ProfileSlot(loaded: $0) }
                ?? ProfileSlot(path: listing.profileFiles[i], loader: loader)
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
        let bytes = [UInt8](data)
        var lines = bytes[...].split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst(), header.elementsEqual(IndexCache.header.utf8) else { return [:] }
        var records: [String: IndexRecord] = [:]
        records.reserveCapacity(lines.count)
        for line in lines {
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
