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
/// folded names) or the file's errors, with sorted tables of ids and names to search
/// (``IndexFile`` describes the bytes). On every load each file is checked against its
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

    /// The index file for a list of folders (one per distinct list and version of the layout, so two
    /// versions of supportdir sharing a cache folder do not rebuild each other's index on every run).
    func file(for folders: [URL]) -> URL? {
        guard let directory else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folders.map(\.path).joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return directory.appendingPathComponent("index-\(String(hash, radix: 16))-v\(IndexFile.version).bin")
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
        self.init(info)
    }

    init(_ info: stat) {
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

    init(path: String, stamp: FileStamp, profile: IndexedProfile?, idLocation: SourceLocation, errors: [YAMLError]) {
        self.path = path
        self.stamp = stamp
        self.profile = profile
        self.idLocation = idLocation
        self.errors = errors
    }

    /// File row `file` of `index`.
    init(index: IndexFile, file: Int) {
        typealias Field = IndexFile.File
        path = index.string(.files, file, Field.path)!
        stamp = index.recordedStamp(of: file)
        idLocation = SourceLocation(line: index.int(.files, file, Field.idLine), column: index.int(.files, file, Field.idColumn))
        let start = index.int(.files, file, Field.errorsStart)
        errors = (start..<(start + index.int(.files, file, Field.errorsCount))).map { [path] row in
            YAMLError(path: path, line: index.int(.errors, row, 0), column: index.int(.errors, row, 1),
                      message: index.string(.errors, row, 2)!)
        }
        let kind = index.int(.files, file, Field.kind)
        if kind == 0 {
            profile = nil
        } else {
            func list(_ start: Int, _ count: Int) -> [String] { (start..<(start + count)).map { index.string(.lists, $0, 0)! } }
            profile = IndexedProfile(
                id: index.string(.files, file, Field.id)!, kind: MerchantKind.allCases[kind - 1],
                group: index.string(.files, file, Field.group),
                sellsOn: list(index.int(.files, file, Field.sellsOnStart), index.int(.files, file, Field.sellsOnCount)),
                keys: list(index.int(.files, file, Field.namesStart), index.int(.files, file, Field.namesCount)),
                origin: .file(path))
        }
    }
}

extension Registry {
    /// Loads `folders` through the on-disk index in `cache`: only files added or changed since
    /// the index was written are decoded; the rest are decoded on first use.
    ///
    /// When every folder still holds exactly the files the index lists, each with its recorded stamp,
    /// the registry is served from the index as read (no profile file is opened); otherwise the changed
    /// files are decoded, a new index is written, and the registry is served from that.
    public static func loadIndexed(
        folders: [URL], cache: IndexCache = .standard(), loader: ProfileLoader = ProfileLoader()
    ) -> Registry {
        let indexFile = cache.file(for: folders)
        let previous = indexFile.flatMap { IndexFile(contentsOf: $0.path) }
        if let previous, let registry = fromCurrentIndex(previous, folders: folders, loader: loader) { return registry }

        var registry = Registry()
        let listing = registry.list(folders)
        registry.loadVocabulary(listing.vocabularyFiles, loader: loader)
        let loader = loader.sharing(registry.vocabulary.parts)

        var previousRecords: [String: IndexRecord] = [:]
        if let previous {
            for file in 0..<previous.count(.files) {
                let record = IndexRecord(index: previous, file: file)
                previousRecords[record.path] = record
            }
        }
        var records: [IndexRecord?] = Array(repeating: nil, count: listing.profileFiles.count)
        var stale: [Int] = []
        var stamps: [FileStamp?] = Array(repeating: nil, count: listing.profileFiles.count)
        for (i, path) in listing.profileFiles.enumerated() {
            let stamp = FileStamp(path: path)
            stamps[i] = stamp
            if let stamp, let old = previousRecords[path], old.stamp == stamp {
                records[i] = old
            } else {
                stale.append(i)
            }
        }
        var decoded: [Int: any MerchantProfile] = [:]
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

        // Every listed file with its record (none only if decoding skipped it), then the registry from them.
        let kept = records.indices.filter { records[$0] != nil }
        let files = kept.map { (folder: listing.profileFolders[$0], record: records[$0]!) }
        let (entries, fileProblems) = entriesAndProblems(files.map(\.record))
        let bytes = IndexFile.encode(IndexFile.Contents(
            folders: folders.map(\.path), files: files, entries: entries, problems: fileProblems.map(\.error)))
        if let indexFile { writeIndex(bytes, to: indexFile) }
        guard let index = IndexFile(bytes: bytes) else { preconditionFailure("an index just encoded does not read back") }
        var decodedByFile: [Int: any MerchantProfile] = [:]
        for (file, i) in kept.enumerated() { decodedByFile[file] = decoded[i] }
        registry.problems += fileProblems
        registry.indexed = IndexedProfiles(index: index, loader: loader, decoded: decodedByFile)
        return registry
    }

    /// The registry's entries (positions in `records`) and problems, in file order: a file's errors, and
    /// for a clean file whose id an earlier file took, a clash naming that file; other clean files are entries.
    static func entriesAndProblems(_ records: [IndexRecord]) -> (entries: [Int], problems: [RegistryProblem]) {
        var entries: [Int] = []
        var problems: [RegistryProblem] = []
        var owners: [String: String] = [:]
        for (i, record) in records.enumerated() {
            problems += record.errors.map(RegistryProblem.init)
            guard let indexed = record.profile else { continue }
            if let taken = owners[indexed.id] {
                problems.append(RegistryProblem(error: YAMLError(
                    path: record.path, line: record.idLocation.line, column: record.idLocation.column,
                    message: "the id '\(indexed.id)' is already used by \(taken); ids must be unique across all folders")))
                continue
            }
            owners[indexed.id] = record.path
            entries.append(i)
        }
        return (entries, problems)
    }

    /// The registry served from `index` when it is current for `folders` (see
    /// ``IndexFile/unreadableFoldersIfCurrent(for:)``), with the vocabulary read again and a folder that
    /// cannot be read reported as ``list(_:)`` reports it; nil when the index is not current.
    private static func fromCurrentIndex(_ index: IndexFile, folders: [URL], loader: ProfileLoader) -> Registry? {
        guard let unreadable = index.unreadableFoldersIfCurrent(for: folders) else { return nil }
        var registry = Registry()
        var vocabularyFiles: [URL] = []
        for (i, folder) in folders.enumerated() {
            if unreadable.contains(i) {
                let listing = registry.list([folder])
                guard listing.profileFiles.isEmpty else { return nil }
                vocabularyFiles += listing.vocabularyFiles
            } else {
                guard let files = try? MerchantFolders.vocabularyFiles(in: folder) else { return nil }
                vocabularyFiles += files
            }
        }
        registry.loadVocabulary(vocabularyFiles, loader: loader)
        let indexed = IndexedProfiles(index: index, loader: loader.sharing(registry.vocabulary.parts))
        registry.problems += indexed.problems
        registry.indexed = indexed
        return registry
    }

    static func writeIndex(_ bytes: [UInt8], to url: URL) {
        let fm = FileManager.default
        let directory = url.deletingLastPathComponent()
        guard (try? fm.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else { return }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard fm.createFile(atPath: temporary.path, contents: Data(bytes)) else { return }
        if rename(temporary.path, url.path) != 0 { try? fm.removeItem(at: temporary) }
    }
}
