import DirectoryArchive
import Foundation
import SupportDirectory

/// What `archive` and `site --signing-key` share: the key, the folder published, and the signed archive.
enum ArchivePublishing {
    /// The private key from a file, or from SUPPORTDIR_SIGNING_KEY (a secret of the publishing workflow).
    static func signingKey(file: String?, option: String = "--key", environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SigningKey {
        if let file { return try SigningKey(contentsOf: URL(fileURLWithPath: file)) }
        if let text = environment[variable], !text.isEmpty { return try SigningKey(text: text) }
        throw ArchiveError("no signing key: pass \(option) FILE or set \(variable)")
    }

    static let variable = "SUPPORTDIR_SIGNING_KEY"

    /// The one folder an archive holds: the directory in use, or the single `--merchants` of `--no-builtin`.
    static func sourceFolder(_ directory: DirectoryOptions) throws -> URL {
        if directory.noBuiltin, directory.merchantFolders.count == 1 {
            return URL(fileURLWithPath: directory.merchantFolders[0])
        }
        if !directory.noBuiltin, directory.merchantFolders.isEmpty, let folder = directory.selection.directory?.folder {
            return folder
        }
        throw ArchiveError("an archive holds one folder: the directory in use, or --no-builtin --merchants DIR")
    }

    /// The signed archive of `folder`, refused when `update` would refuse it (any profile that does not validate).
    static func archive(of folder: URL, key: SigningKey) throws -> Data {
        try DirectoryUpdate.validate(folder, options: ValidationOptions())
        do { return try DirectoryArchiveFormat.write(folder: folder, key: key) } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("cannot read \(folder.path): \(error.localizedDescription)")
        }
    }
}
