#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SupportDirectory

/// Writes one file of the site with open/write/close: Foundation's `Data.write(to:)` on Linux also
/// syncs every file to the disk, which for a site of tens of thousands of files is most of the build's
/// wall time and buys nothing (a failed build is simply run again).
enum SiteFileWriter {
    /// nil when written; else what went wrong, with the path.
    static func save(_ file: SiteFile, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { return failure("could not create", path) }
        defer { close(fd) }
        let problem: String? = file.withBytes { buffer -> String? in
            guard var at = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let wrote = write(fd, at, left)
                if wrote < 0 {
                    if errno == EINTR { continue }
                    return failure("could not write", path)
                }
                at += wrote
                left -= wrote
            }
            return nil
        }
        return problem
    }

    static func failure(_ what: String, _ path: String) -> String {
        let reason = String(cString: strerror(errno))
        return "\(what) '\(OutputEscaping.line(path, limit: 4_096))': \(reason)"
    }

    /// True for a real folder (not a link to one).
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Removes from the site folder at `root` everything that is not one of `files` or `folders` (paths
    /// relative to it), and every symbolic link, so overwriting the rest leaves exactly the new site.
    static func removeStale(in root: String, keepingFiles files: Set<String>, folders: Set<String>) throws {
        let fm = FileManager.default
        func sweep(_ relative: String) throws {
            let here = relative.isEmpty ? root : root + "/" + relative
            for name in try fm.contentsOfDirectory(atPath: here) {
                let path = relative.isEmpty ? name : relative + "/" + name
                var st = stat()
                guard lstat(root + "/" + path, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR where folders.contains(path): try sweep(path)
                case S_IFREG where files.contains(path): continue
                default: try fm.removeItem(atPath: root + "/" + path)
                }
            }
        }
        try sweep("")
    }
}
