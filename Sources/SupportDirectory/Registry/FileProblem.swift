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
        case NSFileWriteFileExistsError: return exists
        default:
            return "the system could not read it (it may be a device or a special file, such as those in /proc)"
        }
    }

    public static let exists = "a file of that name already exists"

    /// Why a file could not be written into `folder` (or the folder created), in the user's words. Foundation's
    /// error often carries no reason ("error 512"), so the path itself is examined: a part of it that is a file, a
    /// special system folder, a read-only or full disk, a folder the user may not write in.
    public static func whyCannotWrite(into folder: URL, error: any Error) -> String {
        let ns = error as NSError
        let posix = ns.domain == NSPOSIXErrorDomain ? Int32(ns.code)
            : (ns.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
        if let posix, [ENOSPC, EROFS, EDQUOT, ENAMETOOLONG].contains(posix) { return words(posix) }
        if posix == EEXIST || ns.domain == NSCocoaErrorDomain && ns.code == NSFileWriteFileExistsError { return exists }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileWriteOutOfSpaceError { return words(ENOSPC) }
        // The nearest part of the path that exists.
        var existing = folder.standardizedFileURL
        while existing.path != "/", access(existing.path, F_OK) != 0 { existing = existing.deletingLastPathComponent() }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: existing.path, isDirectory: &isFolder), !isFolder.boolValue {
            return "'\(existing.path)' is a file, not a folder"
        }
        var vfs = statvfs()
        if statvfs(existing.path, &vfs) == 0 {
            // procfs and sysfs have no blocks: no file can be created there, whoever asks.
            if vfs.f_blocks == 0 { return "'\(existing.path)' is a special system folder (like /proc or /sys), where files cannot be created" }
            if vfs.f_flag & UInt(ST_RDONLY) != 0 { return words(EROFS) }
            if vfs.f_bavail == 0 { return words(ENOSPC) }
        }
        if access(existing.path, W_OK) != 0 { return "permission denied: you may not write in '\(existing.path)'" }
        if let posix { return words(posix) }
        return describe(error).replacingOccurrences(of: "could not read it", with: "could not write it")
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
        case ENOSPC, EDQUOT: return "the disk is full"
        case EROFS: return "the disk is read-only"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
