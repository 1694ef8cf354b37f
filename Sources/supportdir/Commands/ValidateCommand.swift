import ArgumentParser

// Placeholder until the contributor workflow lands (issue 5).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate")
    func run() throws { throw ValidationError("not available yet") }
}
