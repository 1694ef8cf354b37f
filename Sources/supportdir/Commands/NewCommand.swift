import ArgumentParser

// Placeholder until the contributor workflow lands (issue 5).
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new")
    func run() throws { throw ValidationError("not available yet") }
}
