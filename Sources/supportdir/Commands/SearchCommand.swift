import ArgumentParser
import Foundation
import SupportDirectory

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find merchants and issue kinds from a few words in any language (typos forgiven).",
        discussion: "Exit status: 0 something found, 1 nothing found.")

    @Argument(help: "Words to look for: amazon, 아마존, 速卖通, refnd...")
    var words: [String]

    @OptionGroup var directory: DirectoryOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language for names: en, ko, ja or zh (default: the language you typed in, else the locale).")
    var lang: String?

    func run() throws {
        let registry = directory.loadRegistry()
        reportProblems(registry)
        let text = words.joined(separator: " ")
        let language = lang.flatMap(PlanLanguage.supportedCode) ?? PlanLanguage.detect(in: text)
            ?? LocaleEnvironment.locale(in: ProcessInfo.processInfo.environment).flatMap { PlanLanguage.supportedCode($0.value) } ?? "en"
        let hits = DirectorySearch(registry: registry).search(text, language: language)
        let read = text.prefix(DirectorySearch.readLimit)
        if read.endIndex != text.endIndex {
            var err = StandardError()
            print("note: only the first \(DirectorySearch.readLimit) characters were searched (\(text[read.endIndex...].count) more not read).", to: &err)
        }
        switch format {
        case .json:
            print(try JSONOutput.encode(hits))
        case .text, .markdown:
            if hits.isEmpty {
                let shown = read.count > 80 ? read.prefix(80) + "\u{2026}" : read
                print("Nothing found for \u{201C}\(TerminalText.sanitize(String(shown)))\u{201D}. Try `supportdir list` or `supportdir issues`.")
            }
            for h in hits {
                var how = h.approximate ? "similar spelling" : "matched \u{201C}\(TerminalText.sanitize(h.matched))\u{201D}"
                if h.edits > 0 { how += ", \(h.edits) slip\(h.edits == 1 ? "" : "s") forgiven" }
                print("\(h.type.padding(toLength: 9, withPad: " ", startingAt: 0)) \(h.id)  \(h.name)  (\(how))")
            }
        }
        if hits.isEmpty { throw ExitCode(1) }
    }
}
