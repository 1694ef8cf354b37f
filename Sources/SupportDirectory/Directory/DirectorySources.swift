import Foundation

/// One place profiles can come from, as `supportdir list --sources` shows it.
public struct DirectorySource: Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable, CaseIterable {
        /// A `--merchants DIR` of the command line.
        case option = "--merchants"
        /// A folder of `SUPPORTDIR_PATH`.
        case environment = "SUPPORTDIR_PATH"
        /// The directory `supportdir update` downloaded into the cache.
        case downloaded
        /// `share/supportdir/Merchants` beside the `bin/` holding the executable.
        case installed
        /// The `Merchants/` of the source checkout the executable was built in.
        case checkout
        /// The snapshot of `Merchants/` built into the executable.
        case builtIn = "built-in"
    }

    public var kind: Kind
    /// The folder read (for the built-in snapshot, where it is unpacked); nil when it does not exist.
    public var folder: URL?
    /// Whether profiles are read from it.
    public var used: Bool
    /// Why it is or is not used, in a few words.
    public var note: String
    /// The date its data stands for (from its `_manifest.json`), when it has one.
    public var date: CalendarDate?

    enum CodingKeys: String, CodingKey { case kind, folder, used, note, date }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encodeIfPresent(folder?.path, forKey: .folder)
        try c.encode(used, forKey: .used)
        try c.encode(note, forKey: .note)
        try c.encodeIfPresent(date?.description, forKey: .date)
    }
}

/// Which folders a run reads, in order of precedence:
///
/// 1. each `--merchants DIR`,
/// 2. each folder of `SUPPORTDIR_PATH`,
/// 3. the directory itself, the first that exists of: the downloaded directory (`supportdir update`), the
///    installed `share/supportdir/Merchants`, the checkout's `Merchants/`, the built-in snapshot.
///
/// The directory is one folder: a downloaded one replaces the installed one whole, never file by file, so
/// a merchant removed upstream is gone. `SUPPORTDIR_PATH` and `--merchants` folders are read beside it
/// (their profiles add to it; an id taken twice is reported, not silently overridden).
public struct DirectorySelection: Sendable {
    /// Every candidate in order of precedence, used or not.
    public var sources: [DirectorySource]

    /// The folders to load, in load order: the directory, then `SUPPORTDIR_PATH`, then `--merchants`.
    public var folders: [URL] {
        let base = sources.filter { $0.used && ![.environment, .option].contains($0.kind) }
        let env = sources.filter { $0.used && $0.kind == .environment }
        let options = sources.filter { $0.used && $0.kind == .option }
        var seen = Set<String>()
        return (base + env + options).compactMap(\.folder)
            .filter { seen.insert($0.standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    /// The directory in use (downloaded, installed, checkout or built-in), if any.
    public var directory: DirectorySource? {
        sources.first { $0.used && ![.environment, .option].contains($0.kind) }
    }

    /// Chooses the folders for a run.
    /// - Parameters:
    ///   - includeDirectory: false for `--no-builtin`: only `SUPPORTDIR_PATH` and `--merchants`.
    ///   - snapshot: the snapshot built into the executable, unpacked into `cache` when it is the one used.
    public static func select(
        extra: [URL], environment: [String: String] = ProcessInfo.processInfo.environment,
        includeDirectory: Bool = true, executable: URL? = Bundle.main.executableURL,
        snapshot: DirectorySnapshot? = nil, cache: URL? = IndexCache.standard().directory
    ) -> DirectorySelection {
        var sources: [DirectorySource] = extra.map {
            DirectorySource(kind: .option, folder: $0, used: true, note: "given on the command line")
        }
        let envFolders = (environment[MerchantFolders.environmentVariable] ?? "")
            .split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        sources += envFolders.map {
            DirectorySource(kind: .environment, folder: $0, used: true, note: "from \(MerchantFolders.environmentVariable)")
        }
        var chosen = !includeDirectory
        func candidate(_ kind: DirectorySource.Kind, _ folder: URL?, missing: String) {
            guard let folder, MerchantFolders.isDirectory(folder) else {
                sources.append(DirectorySource(kind: kind, folder: nil, used: false, note: missing))
                return
            }
            let note = !includeDirectory ? "not read (--no-builtin)" : chosen ? "shadowed by the one above" : "in use"
            sources.append(DirectorySource(kind: kind, folder: folder, used: !chosen, note: note,
                                           date: DirectoryManifest.read(in: folder)?.date))
            chosen = true
        }
        candidate(.downloaded, cache.map(DirectoryStore.init(cache:))?.current,
                  missing: "none yet (`supportdir update` downloads one)")
        let executableFolder = executable?.resolvingSymlinksInPath().deletingLastPathComponent()
        candidate(.installed, executableFolder.map {
            $0.deletingLastPathComponent().appendingPathComponent("share/supportdir/Merchants")
        }, missing: "no share/supportdir/Merchants beside the executable's bin/")
        candidate(.checkout, executableFolder.flatMap(checkout(above:)), missing: "not run from a source checkout")
        if let snapshot, !snapshot.files.isEmpty {
            if chosen {
                sources.append(DirectorySource(kind: .builtIn, folder: nil, used: false,
                                               note: !includeDirectory ? "not read (--no-builtin)" : "shadowed by the one above (\(snapshot.files.count) files)"))
            } else {
                candidate(.builtIn, snapshot.unpacked(cache: cache), missing: "could not be unpacked (no writable cache or temporary folder)")
            }
        } else {
            sources.append(DirectorySource(kind: .builtIn, folder: nil, used: false, note: "none built into this program"))
        }
        return DirectorySelection(sources: sources)
    }

    /// The `Merchants/` of the first folder above `start` holding `Package.swift` (up to 8 levels).
    static func checkout(above start: URL) -> URL? {
        var up = start
        for _ in 0..<8 {
            if FileManager.default.fileExists(atPath: up.appendingPathComponent("Package.swift").path) {
                return up.appendingPathComponent("Merchants")
            }
            up = up.deletingLastPathComponent()
        }
        return nil
    }
}
