import ArgumentParser

// Placeholder until the contact-plan work lands (issue 4).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search")
    func run() throws { throw ValidationError("not available yet") }
}
