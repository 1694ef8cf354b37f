import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system error in the user's words ("permission denied", "it is a folder, not a file"), not Foundation's
/// "The operation could not be completed. (NSCocoaErrorDomain error 256.)".
public enum FileProblem {
    public static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return words(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return words(Int32(underlying.code))
        }
        switch ns.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "there is no such file or folder"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileReadTooLargeError: return "it is too large to read"
        case NSFileReadCorruptFileError, NSFileReadInapplicableStringEncodingError: return "its contents could not be read as text"
        case NSFileWriteOutOfSpaceError: return "the disk is full"
        case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
        case NSFileWriteFileExistsError: return "a file of that name already exists"
        default:
            return "the system could not read it (it may be a device or a special file, such as those in /proc)"
        }
    }

    /// A POSIX error number in words.
    static func words(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "there is no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "it is a folder, not a file"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case EIO: return "the system could not read it (an input/output error: it may be a device or a special file, such as /proc/self/mem)"
        case ELOOP: return "it is a loop of symbolic links"
        case ENAMETOOLONG: return "the path is too long"
        case ENOSPC: return "the disk is full"
        case EROFS: return "the disk is read-only"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
