import ArgumentParser
import Foundation
import SupportDirectory

struct IssuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issues",
        abstract: "List the issue kinds `resolve` understands, with the words that mean each in en/ko/ja/zh.")

    @OptionGroup var directory: DirectoryOptions

    @Option(help: "Output format: text, markdown or json (json lists every synonym).")
    var format: OutputFormat = .text

    @Option(help: "Language for names: en, ko, ja or zh (default: from the locale).")
    var lang: String?

    @Flag(help: "Show every synonym, not the first few.")
    var all = false

    func validate() throws { try LanguageOption.check(lang) }

    func run() throws {
        let registry = directory.loadRegistry()
        reportProblems(registry)
        let language = lang.flatMap(PlanLanguage.supportedCode)
            ?? LocaleEnvironment.locale(in: ProcessInfo.processInfo.environment).flatMap { PlanLanguage.supportedCode($0.value) } ?? "en"
        let catalog = IssueCatalog(vocabulary: registry.vocabulary, language: language)
        switch format {
        case .json:
            print(try JSONOutput.encode(catalog.entries))
        case .markdown:
            FileHandle.standardOutput.write(Data(catalog.renderMarkdown(maxSynonyms: all ? .max : 6).utf8))
        case .text:
            FileHandle.standardOutput.write(Data(OutputEscaping.text(catalog.renderText(maxSynonyms: all ? .max : 6)).utf8))
        }
    }
}
