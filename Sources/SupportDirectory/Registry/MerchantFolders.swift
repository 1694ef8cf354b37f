import Foundation

/// Where profiles come from, in the order they are loaded (``DirectorySelection`` chooses them).
///
/// 1. The directory: downloaded by `supportdir update`, else installed, else the checkout's `Merchants/`,
///    else the snapshot built into the program.
/// 2. Each folder of `SUPPORTDIR_PATH` (colon-separated), left to right.
/// 3. Each `--merchants DIR` given on the command line, in order.
///
/// Ids must be unique across all of them: a second profile with a taken id is a
/// problem naming both files, not an override.
public enum MerchantFolders {
    public static let environmentVariable = "SUPPORTDIR_PATH"

    /// The built-in profiles, found from the running executable, never from the current directory:
    /// `<bin>/../share/supportdir/Merchants` for an installed binary, else the `Merchants/`
    /// of the source checkout the binary was built in (found by walking up from the
    /// executable to a folder holding `Package.swift` and `Merchants/`).
    public static func builtIn(executable: URL? = nil) -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let exe = executable ?? Bundle.main.executableURL {
            let dir = exe.resolvingSymlinksInPath().deletingLastPathComponent()
            candidates.append(dir.deletingLastPathComponent().appendingPathComponent("share/supportdir/Merchants"))
            var up = dir
            for _ in 0..<8 {
                if fm.fileExists(atPath: up.appendingPathComponent("Package.swift").path) {
                    candidates.append(up.appendingPathComponent("Merchants"))
                    break
                }
                up = up.deletingLastPathComponent()
            }
        }
        // The checkout this library was compiled from (for tests and embedding apps built from source).
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Merchants"))
        return candidates.first { isDirectory($0) }
    }

    /// The full search list (see ``DirectorySelection``): the directory (downloaded, installed or checkout;
    /// a library has no built-in snapshot), then `SUPPORTDIR_PATH`, then `extra`.
    public static func all(extra: [URL], environment: [String: String] = ProcessInfo.processInfo.environment,
                           includeBuiltIn: Bool = true) -> [URL] {
        DirectorySelection.select(extra: extra, environment: environment, includeDirectory: includeBuiltIn,
                                  cache: IndexCache.standard(environment: environment).directory).folders
    }

    /// Why the profiles in `folder` cannot be read, in the user's words; nil when they can. A folder one may not
    /// list or enter would otherwise look empty.
    public static func readProblem(folder: URL) -> String? {
        do {
            _ = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            return FileProblem.describe(error)
        }
        return access(folder.path, R_OK | X_OK) == 0 ? nil : "permission denied: you may not read the files in this folder"
    }

    public static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The profile files directly in `folder` (`*.yaml`, `*.yml`; not `_*` or `.*`), sorted.
    public static func profileFiles(in folder: URL) throws -> [URL] {
        try yamlFiles(in: folder)
    }

    /// Like ``profileFiles(in:)``, as paths.
    public static func profileFilePaths(in folder: URL) throws -> [String] {
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        return try yamlFileNames(in: folder).map { base + $0 }
    }

    /// The vocabulary files in `folder/_vocabulary`, sorted; none if it is absent.
    public static func vocabularyFiles(in folder: URL) throws -> [URL] {
        let dir = folder.appendingPathComponent("_vocabulary")
        return isDirectory(dir) ? try yamlFiles(in: dir) : []
    }

    static func yamlFiles(in folder: URL) throws -> [URL] {
        try yamlFileNames(in: folder).map { folder.appendingPathComponent($0) }
    }

    static func yamlFileNames(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { name in
                !name.hasPrefix("_") && !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
            }
            .sorted()
    }
}
