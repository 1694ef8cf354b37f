import ArgumentParser
import Foundation
import SupportDirectory

/// Where to read profiles from; shared by every command that reads the directory.
struct DirectoryOptions: ParsableArguments {
    @Option(name: .customLong("merchants"), help: ArgumentHelp(
        "A folder of extra merchant profiles (repeatable); read beside the directory and SUPPORTDIR_PATH.",
        valueName: "dir"))
    var merchantFolders: [String] = []

    @Flag(help: "Do not read the directory (downloaded, installed, checkout or built-in); only SUPPORTDIR_PATH and --merchants.")
    var noBuiltin = false

    @Flag(help: "Never touch the network (also SUPPORTDIR_OFFLINE=1). Only `update` ever does.")
    var offline = false

    @Flag(help: ArgumentHelp("Do not use or write the on-disk index (SUPPORTDIR_CACHE_DIR, else ~/.cache/supportdir).",
                             visibility: .hidden))
    var noCache = false

    /// Every place profiles may come from, in order of precedence, and which are read.
    var selection: DirectorySelection {
        DirectorySelection.select(extra: merchantFolders.map { URL(fileURLWithPath: $0) }, includeDirectory: !noBuiltin,
                                  snapshot: BuiltInSnapshot.snapshot, cache: IndexCache.standard().directory)
    }

    /// A `--merchants` that is a file or does not exist is refused, not silently ignored.
    func validate() throws {
        for path in merchantFolders {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw ValidationError(OutputEscaping.line("--merchants '\(path)': there is no such folder"))
            }
            if !isFolder.boolValue {
                throw ValidationError(OutputEscaping.line("--merchants '\(path)' is a file; give the folder that holds the profiles"))
            }
            if let problem = MerchantFolders.readProblem(folder: URL(fileURLWithPath: path)) {
                throw ValidationError(OutputEscaping.line("--merchants '\(path)': \(problem)"))
            }
        }
    }

    var folders: [URL] { selection.folders }

    /// The directory in use by default (no --merchants, SUPPORTDIR_PATH aside): what `update` replaces.
    static func current() -> DirectorySource? {
        DirectorySelection.select(extra: [], includeDirectory: true, snapshot: BuiltInSnapshot.snapshot,
                                  cache: IndexCache.standard().directory).directory
    }

    /// The registry behind an on-disk index: only profiles changed since the last run are decoded
    /// up front; others are decoded when a command first needs them.
    func loadRegistry() -> Registry {
        Registry.loadIndexed(folders: folders, cache: noCache ? .disabled : .standard())
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// Standard error, for problems that must not mix with the output. Everything written here goes
/// through the text escaping, so an option value, a file name or a profile's text quoted in a
/// message cannot bring control characters to the terminal.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(OutputEscaping.text(string).utf8)) }
}

/// `--lang` of list, show and issues: en, ko, ja or zh (any region or encoding suffix), else a usage error.
enum LanguageOption {
    static func check(_ lang: String?) throws {
        if let lang, PlanLanguage.supportedCode(lang) == nil {
            throw ValidationError("--lang \(OutputEscaping.quoted(lang)) is not supported; use en, ko, ja or zh")
        }
    }
}
