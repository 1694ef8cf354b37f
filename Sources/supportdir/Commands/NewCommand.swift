import ArgumentParser
import Foundation
import SupportDirectory

/// `supportdir new ID --kind KIND`: writes a commented starting profile to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a merchant profile from a commented template.",
        discussion: """
            Writes ID.yaml into --output DIR, else the first --merchants folder, else the built-in Merchants/ folder. \
            Replace every FILL-IN value, then run 'supportdir validate' on the file. Never overwrites a file.
            """)

    @Argument(help: "The new profile's id: lowercase a-z, 0-9 and '-' (e.g. example-shop); also its file name.")
    var id: String

    @Option(help: ArgumentHelp("What sort of business: marketplace, seller, brand or retailer.", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var output: String?

    @OptionGroup var directory: DirectoryOptions

    func run() throws {
        var stderr = StandardError()
        guard let merchantKind = MerchantKind(rawValue: kind) else {
            print("error: unknown kind '\(kind)'; use one of: \(ProfileTemplate.kinds.map(\.rawValue).joined(separator: ", "))", to: &stderr)
            throw ExitCode(2)
        }
        let folder: URL
        if let output {
            folder = URL(fileURLWithPath: output)
        } else if let first = directory.merchantFolders.first {
            folder = URL(fileURLWithPath: first)
        } else if let builtIn = MerchantFolders.builtIn() {
            folder = builtIn
        } else {
            print("error: no built-in Merchants/ folder was found; give --output DIR", to: &stderr)
            throw ExitCode(2)
        }
        do {
            let file = try ProfileTemplate.write(id: id, kind: merchantKind, into: folder)
            let shown = Validator.displayPath(file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            print(OutputEscaping.text("""
                created \(shown)
                next: replace every FILL-IN value (the comments in the file explain each field), then run
                  supportdir validate \(shown)
                """))
        } catch {
            print("error: \(error.message)", to: &stderr)
            throw ExitCode(1)
        }
    }
}
