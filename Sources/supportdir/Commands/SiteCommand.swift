import ArgumentParser
import Foundation
import SupportDirectory
import SupportDirectorySite

/// `supportdir site --out DIR`: the static site and JSON API, built from the same profiles as every command.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the website (en, ko, ja, zh) and the JSON API (api/v1/) of the directory into a folder.",
        discussion: """
            Validates every profile first, with the rules of `supportdir validate`; an error stops the build and \
            is printed with its file, line and column. The same profiles give the same bytes. The folder is \
            created, or replaced when an earlier build wrote it; a folder holding anything else is refused.
            Preview: supportdir site --out _site && python3 -m http.server -d _site 8000

            Exit status: 0 written, 1 a profile is invalid (or the folder could not be written), 64 bad usage (a folder not written by this command).
            """)

    @Option(help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("The day the plans are made for (default: the newest day a source was seen).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("The repository the 'add a shop' page links to.", valueName: "url"))
    var repository = SiteOptions().repositoryURL

    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today \(OutputEscaping.quoted(today)) is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22")
        }
        if ResolveRequest.singleLine(out) == nil { throw ValidationError("--out is empty; give the folder to write the site into") }
    }

    func run() throws {
        var err = StandardError()
        let folders = directory.folders
        let check = try Validator(options: ValidationOptions(relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
            .validate(targets: folders, directory: folders, vocabularyFallback: directory.noBuiltin ? nil : MerchantFolders.builtIn())
        if check.failed {
            let errors = ValidationReport(findings: check.findings.filter { $0.severity == .error }, fileCount: check.fileCount)
            print(TextReporter.generateReport(errors, terminal: false), terminator: "", to: &err)
            print("site: not written; fix the errors above (supportdir validate shows warnings too)", to: &err)
            throw ExitCode(1)
        }
        let registry = directory.loadRegistry()
        let site = try SiteBuilder(registry: registry, options: SiteOptions(today: today.flatMap { CalendarDate($0) }, repositoryURL: repository)).build()
        do {
            try site.write(to: URL(fileURLWithPath: out))
        } catch let error as SiteError {
            print("error: \(error.description)", to: &err)
            throw ExitCode(64)
        } catch {
            print("error: could not write the site into \(OutputEscaping.quoted(out)): \(error.localizedDescription)", to: &err)
            throw ExitCode(1)
        }
        print(OutputEscaping.text("site: wrote \(site.files.count) files (\(site.byteCount / 1024) KB) to \(out): "
            + "\(site.merchants) merchants, \(site.plans) plans in en, ko, ja, zh, dated \(site.today)"))
    }
}
