import ArgumentParser

@main
struct Supportdir: ParsableCommand {
    func run() throws {}
}
