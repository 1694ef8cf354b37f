import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension IndexFile {
    /// Whether the index was written for `folders` and they still hold exactly the profile files it
    /// lists, each with its recorded stamp (size, modification and change times, inode): no file
    /// added, removed or changed. Each folder is read once and each file `stat`ed relative to it
    /// (`fstatat`); no file is opened. Nil sends the load down the path that decodes what changed;
    /// otherwise the positions of the folders that cannot be read (the index lists no file in them,
    /// and the caller reports them as the load that wrote it did).
    func unreadableFoldersIfCurrent(for folders: [URL]) -> [Int]? {
        guard count(.folders) == folders.count,
              folders.enumerated().allSatisfy({ string(.folders, $0.offset, 0) == $0.element.path })
        else { return nil }
        var seen = 0
        var unreadable: [Int] = []
        for folder in folders.indices {
            switch checkFolder(folder) {
            case .unreadable: unreadable.append(folder)
            case .changed: return nil
            case let .current(files): seen += files
            }
        }
        return seen == count(.files) ? unreadable : nil
    }

    private enum FolderState { case unreadable, changed, current(files: Int) }

    /// The number of profile files of folder `folder` when each is listed under it with its stamp;
    /// changed when a file is not listed or not as recorded.
    private func checkFolder(_ folder: Int) -> FolderState {
        let fd = open(string(.folders, folder, 0)!, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable }
        guard let dir = fdopendir(fd) else {
            close(fd)
            return .unreadable
        }
        defer { closedir(dir) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var found = 0
        while let entry = readdir(dir) {
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
            guard IndexFile.isProfileFileName(bytes) else { continue }
            guard let file = file(named: bytes, inFolder: folder) else { return .changed }
            var info = stat()
            guard fstatat(fd, name, &info, 0) == 0, FileStamp(info) == recordedStamp(of: file) else { return .changed }
            found += 1
        }
        return .current(files: found)
    }

    /// ``MerchantFolders/profileFilePaths(in:)``'s rule, on the bytes of a name: `*.yaml` or `*.yml`,
    /// not starting with `_` or `.`. (A name the two judge differently only makes the index look stale.)
    static func isProfileFileName(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let first = name.first, first != UInt8(ascii: "_"), first != UInt8(ascii: ".") else { return false }
        return name.count > 5 && name.suffix(5).elementsEqual(".yaml".utf8)
            || name.count > 4 && name.suffix(4).elementsEqual(".yml".utf8)
    }

    func recordedStamp(of file: Int) -> FileStamp {
        FileStamp(size: Int64(bitPattern: int64(.files, file, File.size)),
                  modified: Int64(bitPattern: int64(.files, file, File.modified)),
                  changed: Int64(bitPattern: int64(.files, file, File.changed)),
                  inode: int64(.files, file, File.inode))
    }
}
