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

    var folders: [URL] {
        MerchantFolders.all(extra: merchantFolders.map { URL(fileURLWithPath: $0) }, includeBuiltIn: !noBuiltin)
    }

    func loadRegistry() -> Registry { Registry.load(folders: folders) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// Standard error, for problems that must not mix with the output.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
