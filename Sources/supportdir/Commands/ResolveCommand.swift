import ArgumentParser

// Placeholder until the contact-plan work lands (issue 4).
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resolve")
    func run() throws { throw ValidationError("not available yet") }
}
