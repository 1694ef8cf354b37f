import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file whose size is checked first: a regular file larger than the limit is refused from its size on
/// disk without reading it, a file that reports no size (/proc) is read to at most the limit plus one byte, and
/// a pipe, device or socket is refused without waiting on it (opening a pipe with no writer would block).
public enum BoundedFileRead {
    public enum Outcome: Sendable, Equatable {
        case data(Data)
        /// Larger than the limit: the size on disk, or nil when only "more than the limit" is known.
        case tooLarge(bytes: Int?)
    }

    /// The bytes of `url`, or why there are none in the user's words (``FileProblem``).
    public static func read(_ url: URL, limit: Int) throws(FileReadError) -> Outcome {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(FileProblem.words(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileReadError(FileProblem.words(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileReadError(FileProblem.words(EISDIR))
        case S_IFIFO, S_IFSOCK: throw FileReadError("it is a pipe or a socket, not a file; save the text to a .yaml file first")
        default: throw FileReadError("it is a device, not a file (such as /dev/null or a disk)")
        }
        if Int(info.st_size) > limit { return .tooLarge(bytes: Int(info.st_size)) }
        // Blocking reads from here on: a regular file never waits.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let capacity = limit + 1
        var buffer = [UInt8](repeating: 0, count: min(capacity, max(Int(info.st_size), 0) + 1 + 4096))
        var count = 0
        while count < capacity {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, capacity - buffer.count))) }
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(FileProblem.words(errno))
            }
            if n == 0 { break }
            count += n
        }
        if count > limit { return .tooLarge(bytes: nil) }
        return .data(Data(buffer[0..<count]))
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// Why a file could not be read, in the user's words.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
