import ArgumentParser

// Placeholder until the contact-plan work lands (issue 4).
struct IssuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issues")
    func run() throws { throw ValidationError("not available yet") }
}
