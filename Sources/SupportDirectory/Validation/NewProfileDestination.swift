import Foundation

/// Where and whether `supportdir new ID` writes: into `--output`, else `./Merchants/` when the current folder
/// has one (a contributor's checkout), else the current folder; never over a file, never with an id that a
/// profile of the directory (built-in, SUPPORTDIR_PATH, --merchants) or of the destination already has, and
/// into a missing folder only when asked (`--parents`). Every refusal is the user's to fix (a usage error).
public struct NewProfileDestination: Sendable {
    /// The folder the file goes into.
    public let folder: URL
    /// Whether the folder may be created.
    public let createFolder: Bool

    /// The folder `new` writes into for `output` (as typed) from `currentDirectory`.
    public init(output: String?, currentDirectory: URL, parents: Bool = false) {
        if let output {
            folder = URL(fileURLWithPath: output, relativeTo: currentDirectory).standardizedFileURL
        } else {
            let checkout = currentDirectory.appendingPathComponent("Merchants")
            folder = MerchantFolders.isDirectory(checkout) ? checkout : currentDirectory
        }
        createFolder = parents
    }

    /// Why `id` cannot be written here, in the user's words; nil when it can. `folders` are the directory's
    /// folders whose ids are taken.
    public func problem(id: String, folders: [URL]) -> String? {
        if let problem = ProfileTemplate.problem(withID: id) { return problem }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
        if exists && !isFolder.boolValue {
            return "'\(folder.path)' is a file, not a folder; give --output a folder"
        }
        if !exists && !createFolder {
            return "the folder '\(folder.path)' does not exist; create it first, or add --parents to create it"
        }
        let file = folder.appendingPathComponent("\(id).yaml")
        if FileManager.default.fileExists(atPath: file.path) {
            return "'\(file.path)' already exists; edit it, or pick another id (nothing was written)"
        }
        for taken in folders + [folder] {
            for ext in ["yaml", "yml"] {
                let other = taken.appendingPathComponent("\(id).\(ext)")
                if FileManager.default.fileExists(atPath: other.path) {
                    return "the id '\(id)' is already the profile \(other.path); ids are unique across every folder, so pick another id (nothing was written)"
                }
            }
        }
        return nil
    }
}
