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
///
/// A file a previous build wrote is overwritten in place and cut to its new length, not truncated to nothing
/// first (on ext4 a file truncated to zero and written again is flushed to the disk when closed); one that already
/// holds exactly the new bytes is left as it is.
enum SiteFileWriter {
    /// nil when written; else what went wrong, with the path.
    static func save(_ file: SiteFile, to path: String) -> String? {
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { return saveAnew(file, to: path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return failure("could not read", path) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return failure("could not write", path) }
        let old = Int(st.st_size)
        return file.withBytes { buffer -> String? in
            if old == buffer.count, holds(fd, buffer) { return nil }
            if let problem = write(fd, buffer, path) { return problem }
            if old > buffer.count, ftruncate(fd, off_t(buffer.count)) != 0 { return failure("could not write", path) }
            return nil
        }
    }

    /// A file that could not be opened for reading and writing: created or truncated, then written.
    static func saveAnew(_ file: SiteFile, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { return failure("could not create", path) }
        defer { close(fd) }
        return file.withBytes { write(fd, $0, path) }
    }

    /// True when the file open at `fd` (of the same length) holds exactly `bytes`.
    static func holds(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let want = bytes.baseAddress else { return true }
        let have = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        defer { have.deallocate() }
        var at = 0
        while at < bytes.count {
            let got = pread(fd, have + at, bytes.count - at, off_t(at))
            if got < 0, errno == EINTR { continue }
            if got <= 0 { return false }
            at += got
        }
        return memcmp(have, want, bytes.count) == 0
    }

    /// Writes `bytes` from the file's start.
    static func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, _ path: String) -> String? {
        guard var at = buffer.baseAddress else { return nil }
        var left = buffer.count
        var offset: off_t = 0
        while left > 0 {
            let wrote = pwrite(fd, at, left, offset)
            if wrote < 0 {
                if errno == EINTR { continue }
                return failure("could not write", path)
            }
            at += wrote
            left -= wrote
            offset += off_t(wrote)
        }
        return nil
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
