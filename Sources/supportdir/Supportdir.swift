import ArgumentParser

@main
struct Supportdir: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supportdir",
        abstract: "Whom to contact about an order, how, with what, and what to do when nobody answers.",
        discussion: """
            Profiles come from the built-in Merchants/ folder, then each folder of SUPPORTDIR_PATH \
            (colon-separated), then each --merchants DIR.
            """,
        version: "0.1.0",
        subcommands: [
            ResolveCommand.self, ListCommand.self, ShowCommand.self, IssuesCommand.self, SearchCommand.self,
            ValidateCommand.self, NewCommand.self,
        ],
        defaultSubcommand: nil
    )
}
