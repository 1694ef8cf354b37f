import ArgumentParser
import Foundation
import SupportDirectory

extension MerchantKind: ExpressibleByArgument {}

/// `supportdir new ID --kind KIND`: writes a commented starting profile to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a merchant profile from a commented template.",
        discussion: """
            Writes ID.yaml into --output DIR, else into ./Merchants/ when the current folder has one (a checkout \
            of the directory), else into the current folder, and says where. Never overwrites a file, refuses an \
            id that a profile already has (built-in, SUPPORTDIR_PATH, --merchants or the destination), and \
            creates a missing folder only with --parents. Replace every FILL-IN value, then run \
            'supportdir validate' on the file.

            Exit status: 0 written; 64 bad usage (id, kind, taken id, missing folder); 1 the file could not be written.
            """)

    @Argument(help: "The new profile's id: lowercase a-z, 0-9 and '-' (e.g. example-shop); also its file name.")
    var id: String

    @Option(help: ArgumentHelp("What sort of business: \(ProfileTemplate.kinds.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: MerchantKind

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var output: String?

    @Flag(help: "Create the output folder (and its parents) when it does not exist.")
    var parents = false

    @OptionGroup var directory: DirectoryOptions

    private var destination: NewProfileDestination {
        NewProfileDestination(output: output, currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                              parents: parents)
    }

    func validate() throws {
        guard ProfileTemplate.kinds.contains(kind) else {
            throw ValidationError("unknown kind '\(kind.rawValue)'; use one of: \(ProfileTemplate.kinds.map(\.rawValue).joined(separator: ", "))")
        }
        if let problem = destination.problem(id: id, folders: directory.folders) {
            throw ValidationError(OutputEscaping.line(problem))
        }
    }

    func run() throws {
        var stderr = StandardError()
        do {
            let file = try ProfileTemplate.write(id: id, kind: kind, into: destination.folder, createFolder: parents)
            let shown = Validator.displayPath(file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            print(OutputEscaping.text("""
                created \(shown)\(shown.hasPrefix("/") ? "" : " (in \(FileManager.default.currentDirectoryPath))")
                next: replace every FILL-IN value (the comments in the file explain each field), then run
                  \(ProfileTemplate.validateCommand(for: shown, inCheckout: ProfileTemplate.checkout(above: file.deletingLastPathComponent()) != nil))
                """))
        } catch {
            print("error: \(OutputEscaping.line(error.message))", to: &stderr)
            throw ExitCode(1)
        }
    }
}
