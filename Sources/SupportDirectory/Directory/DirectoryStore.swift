import Foundation

/// The downloaded directory in the cache: `<cache>/directory` is a symbolic link to a complete folder
/// `<cache>/directory-<stamp>`; a new directory is unpacked and checked in a folder of its own, then the link
/// is replaced by `rename(2)`, which is atomic, so a reader sees the old directory or the new one, whole.
public struct DirectoryStore: Sendable {
    public let cache: URL

    public init(cache: URL) { self.cache = cache }

    /// The link to the directory in use (a folder once `update` has run once).
    public var current: URL { cache.appendingPathComponent("directory") }

    /// A new, empty folder in the cache to unpack into (so the final rename stays on one file system).
    public func makeStagingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let name = "directory-\(Int(Date().timeIntervalSince1970))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let folder = cache.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        return folder
    }

    /// Makes `staged` (a folder from ``makeStagingFolder()``) the directory in use, then removes the old one.
    public func swap(in staged: URL) throws {
        let fm = FileManager.default
        let previous = try? fm.destinationOfSymbolicLink(atPath: current.path)
        let link = cache.appendingPathComponent(".directory-link-\(getpid())")
        try? fm.removeItem(at: link)
        try fm.createSymbolicLink(atPath: link.path, withDestinationPath: staged.lastPathComponent)
        guard rename(link.path, current.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: link)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot replace \(current.path): \(reason)"])
        }
        if let previous, previous != staged.lastPathComponent, !previous.contains("/") {
            try? fm.removeItem(at: cache.appendingPathComponent(previous))
        }
    }

    /// Removes staging folders left over an hour ago by an update that was interrupted (never the one in
    /// use, nor one another update may still be filling).
    public func removeLeftovers(now: Date = Date()) {
        let fm = FileManager.default
        let inUse = try? fm.destinationOfSymbolicLink(atPath: current.path)
        for name in (try? fm.contentsOfDirectory(atPath: cache.path)) ?? []
        where name.hasPrefix("directory-") && name != inUse {
            let url = cache.appendingPathComponent(name)
            let modified = (try? fm.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
            if let modified, now.timeIntervalSince(modified) > 3600 { try? fm.removeItem(at: url) }
        }
    }
}
