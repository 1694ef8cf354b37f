import Foundation

/// A copy of the shipped directory (profiles and `_vocabulary/`) built into a program, so a binary copied
/// alone still answers. The files are the YAML bytes as they are in `Merchants/`; they are unpacked once into
/// a folder of the cache and then read like any folder, through the same YAML layer and on-disk index.
public struct DirectorySnapshot: Sendable {
    /// Names this exact set of files (a hash of paths and bytes); two builds of the same files share a folder.
    public let digest: String
    /// Relative path (`amazon.yaml`, `_vocabulary/issues.yaml`) and base64 of the bytes, sorted by path.
    public let files: [(path: String, base64: String)]

    public init(digest: String, files: [(path: String, base64: String)]) {
        self.digest = digest
        self.files = files
    }

    /// The folder this snapshot is unpacked into under `cache` (`builtin-<digest>`).
    public func folder(in cache: URL) -> URL { cache.appendingPathComponent("builtin-\(digest)") }

    /// Unpacks the files into `builtin-<digest>` of `cache` (or, when there is no cache or it cannot be
    /// written, of the system's temporary folder) and returns that folder. A folder already there is used as
    /// is: it is only ever created whole, by writing a temporary folder and renaming it into place, so a
    /// reader never sees half a snapshot and two processes unpacking at once both end with the same folder.
    public func unpacked(cache: URL?) -> URL? {
        var places: [URL] = []
        if let cache { places.append(cache) }
        places.append(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("supportdir-\(getuid())"))
        for (i, place) in places.enumerated() {
            // In the shared temporary folder, only a folder of our own that nobody else can write.
            if i > 0 && !Self.isPrivateFolder(place) { continue }
            let target = folder(in: place)
            if MerchantFolders.isDirectory(target) {
                Self.markUsed(target)
                return target
            }
            if (try? write(into: place, target: target)) != nil {
                removeOldSnapshots(in: place)
                return target
            }
        }
        return nil
    }

    /// Creates `folder` (mode 700) if needed; true when it is ours and closed to others.
    static func isPrivateFolder(_ folder: URL) -> Bool {
        let fm = FileManager.default
        try? fm.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        guard let attributes = try? fm.attributesOfItem(atPath: folder.path),
              attributes[.type] as? FileAttributeType == .typeDirectory,
              (attributes[.ownerAccountID] as? NSNumber)?.uint32Value == getuid(),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue else { return false }
        return mode & 0o022 == 0
    }

    /// Sets the folder's modification time to now when it is over a day old, so that
    /// ``removeOldSnapshots(in:now:)`` can tell the snapshots still in use.
    static func markUsed(_ folder: URL, now: Date = Date()) {
        let fm = FileManager.default
        guard let modified = (try? fm.attributesOfItem(atPath: folder.path))?[.modificationDate] as? Date,
              now.timeIntervalSince(modified) > 86_400 else { return }
        try? fm.setAttributes([.modificationDate: now], ofItemAtPath: folder.path)
    }

    /// Removes snapshots of other builds not used for 30 days (a folder is touched each time it is used).
    func removeOldSnapshots(in place: URL, now: Date = Date()) {
        let fm = FileManager.default
        let mine = folder(in: place).lastPathComponent
        for name in (try? fm.contentsOfDirectory(atPath: place.path)) ?? [] where name.hasPrefix("builtin-") && name != mine {
            let url = place.appendingPathComponent(name)
            if let modified = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date,
               now.timeIntervalSince(modified) > 30 * 86_400 {
                try? fm.removeItem(at: url)
            }
        }
    }

    private func write(into place: URL, target: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: place, withIntermediateDirectories: true)
        let temporary = place.appendingPathComponent(".builtin-\(digest)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? fm.removeItem(at: temporary) }
        try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        for file in files {
            guard let relative = ArchivePath(file.path), let data = Data(base64Encoded: file.base64) else {
                throw CocoaError(.fileWriteInvalidFileName)
            }
            let url = temporary.appendingPathComponent(relative.value)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try DirectoryManifest.make(folder: temporary, published: nil).write(into: temporary)
        if rename(temporary.path, target.path) != 0 {
            // Another process won the race: its folder is complete, ours is removed by the defer.
            guard MerchantFolders.isDirectory(target) else { throw CocoaError(.fileWriteUnknown) }
        }
    }
}

/// A relative path inside a directory folder that cannot leave it: a profile (`name.yaml`) or a vocabulary
/// file (`_vocabulary/name.yaml`), nothing else. Used for the built-in snapshot and for downloaded archives.
public struct ArchivePath: Hashable, Sendable {
    public let value: String

    public init?(_ path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        func isYAMLName(_ name: Substring) -> Bool {
            !name.isEmpty && !name.hasPrefix(".") && name.count <= 255
                && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
                && !name.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7f }
        }
        switch parts.count {
        case 1 where isYAMLName(parts[0]) && !parts[0].hasPrefix("_"): break
        case 2 where parts[0] == "_vocabulary" && isYAMLName(parts[1]): break
        default: return nil
        }
        value = path
    }
}
