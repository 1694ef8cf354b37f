import ArgumentParser
import Foundation
import SupportDirectory

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the merchants in the directory with their kind, regions and channels.")

    @OptionGroup var directory: DirectoryOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    @Option(help: "Language for names: en, ko, ja or zh (default: from the locale).")
    var lang: String?

    @Flag(help: "Show where profiles come from, in order of precedence, and which are read, instead of the merchants.")
    var sources = false

    func validate() throws { try LanguageOption.check(lang) }

    func run() throws {
        if sources {
            try printSources()
            return
        }
        let registry = directory.loadRegistry()
        reportProblems(registry)
        let summaries = registry.summaries(language: lang ?? Locale.preferredUILanguage)
        if summaries.isEmpty && format != .json {
            var err = StandardError()
            let searched = directory.folders.map(\.path).joined(separator: ", ")
            print("no merchant profiles found (searched: \(searched.isEmpty ? "no folder" : searched)); "
                  + "add one with `supportdir new ID --kind seller`, or point --merchants at a folder of profiles", to: &err)
            return
        }
        switch format {
        case .json:
            print(try JSONOutput.encode(summaries))
        case .text, .markdown:
            let rows = summaries.map { s in
                [s.id, s.name, s.kind.rawValue, s.regions.joined(separator: ","),
                 s.channelKinds.map(\.rawValue).joined(separator: ", ")]
            }
            print(Table.render(header: ["ID", "NAME", "KIND", "REGIONS", "CHANNELS"], rows: rows,
                               markdown: format == .markdown))
        }
    }
}

extension ListCommand {
    func printSources() throws {
        let selection = directory.selection
        if format == .json {
            print(try JSONOutput.encode(selection.sources))
            return
        }
        let rows = selection.sources.enumerated().map { i, source in
            [String(i + 1), source.kind.rawValue, source.used ? "yes" : "no",
             source.folder.map { TerminalText.sanitize($0.path) } ?? "-",
             source.date?.description ?? "-", source.note]
        }
        print(Table.render(header: ["#", "SOURCE", "READ", "FOLDER", "DATED", "NOTE"], rows: rows,
                           markdown: format == .markdown))
    }
}

/// Prints loading problems to standard error so one broken file never hides the rest.
func reportProblems(_ registry: Registry) {
    var err = StandardError()
    for problem in registry.problems {
        print(TerminalText.sanitize(problem.error.rendered(caret: true)), to: &err)
    }
    if !registry.problems.isEmpty {
        print("note: \(registry.problems.count) problem(s) above; run `supportdir validate` for details.", to: &err)
    }
}

enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return OutputEscaping.json(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

extension Locale {
    /// en, ko, ja or zh, from LC_ALL / LC_MESSAGES / LANG; English otherwise.
    static var preferredUILanguage: String {
        let env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = env[key], !value.isEmpty else { continue }
            let code = String(value.prefix(2)).lowercased()
            return ["en", "ko", "ja", "zh"].contains(code) ? code : "en"
        }
        return "en"
    }
}

/// Plain column layout that counts East Asian wide characters as two cells.
enum Table {
    static func render(header: [String], rows: [[String]], markdown: Bool = false) -> String {
        if markdown {
            let line = { (cells: [String]) in "| " + cells.map { OutputEscaping.markdown($0) }.joined(separator: " | ") + " |" }
            return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
        }
        let all = [header] + rows.map { $0.map(TerminalText.sanitize) }
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TerminalText.width(cell)) } }
        return all.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - TerminalText.width(cell))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

