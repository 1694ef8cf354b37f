import ArgumentParser
import Foundation
import SupportDirectory

/// Where to read profiles from; shared by every command that reads the directory.
struct DirectoryOptions: ParsableArguments {
    @Option(name: .customLong("merchants"), help: ArgumentHelp(
        "A folder of extra merchant profiles (repeatable); read after the built-in folder and SUPPORTDIR_PATH.",
        valueName: "dir"))
    var merchantFolders: [String] = []

    @Flag(help: "Do not read the built-in Merchants/ folder.")
    var noBuiltin = false

    @Flag(help: ArgumentHelp("Do not use or write the on-disk index (SUPPORTDIR_CACHE_DIR, else ~/.cache/supportdir).",
                             visibility: .hidden))
    var noCache = false

    var folders: [URL] {
        MerchantFolders.all(extra: merchantFolders.map { URL(fileURLWithPath: $0) }, includeBuiltIn: !noBuiltin)
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
