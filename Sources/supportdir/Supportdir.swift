import ArgumentParser
import Foundation
import SupportDirectory

@main
struct Supportdir: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supportdir",
        abstract: "Whom to contact about an order, how, with what, and what to do when nobody answers.",
        discussion: """
            Profiles come from the directory (the first of: downloaded by `supportdir update`, installed \
            share/supportdir/Merchants, the source checkout's Merchants/, the snapshot built into this program), \
            plus each folder of SUPPORTDIR_PATH (colon-separated) and each --merchants DIR. \
            `supportdir list --sources` shows which.
            """,
        version: "0.1.0",
        subcommands: [
            ResolveCommand.self, ListCommand.self, ShowCommand.self, IssuesCommand.self, SearchCommand.self,
            ValidateCommand.self, NewCommand.self, UpdateCommand.self, ArchiveCommand.self, SiteCommand.self,
        ],
        defaultSubcommand: nil
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // ArgumentParser's messages quote what was typed; they go through the text escaping.
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(OutputEscaping.text(message)) }
            } else if !message.isEmpty {
                var err = StandardError()
                print(message, to: &err)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
