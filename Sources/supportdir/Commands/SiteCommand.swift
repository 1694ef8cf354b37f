import ArgumentParser
import DirectoryArchive
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
            With --signing-key FILE (or --sign, which reads the key from SUPPORTDIR_SIGNING_KEY), the site also \
            gets \(DirectoryUpdate.archivePath), the signed archive of the directory that `supportdir update` \
            downloads, so one static host serves the pages, the API and the updates.
            Preview: supportdir site --out _site && python3 -m http.server -d _site 8000

            Exit status: 0 written, 1 a profile is invalid (or the folder could not be written), 64 bad usage (a folder not written by this command).
            """)

    @Option(help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("The day the plans are made for (default: the newest day a source was seen).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("The repository the 'add a shop' page links to.", valueName: "url"))
    var repository = SiteOptions().repositoryURL

    @Option(help: ArgumentHelp("Also publish the signed directory archive, signed with this private key file.", valueName: "file"))
    var signingKey: String?

    @Flag(help: "Also publish the signed directory archive, with the key in SUPPORTDIR_SIGNING_KEY.")
    var sign = false

    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today \(OutputEscaping.quoted(today)) is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22")
        }
        if ResolveRequest.singleLine(out) == nil { throw ValidationError("--out is empty; give the folder to write the site into") }
        if sign, signingKey != nil { throw ValidationError("give either --signing-key FILE or --sign, not both") }
    }

    func run() throws {
        var err = StandardError()
        let timing = ProcessInfo.processInfo.environment["SUPPORTDIR_SITE_TIMING"] == "1"
        var last = Date()
        func mark(_ what: String) {
            guard timing else { return }
            print("site timing: \(what) \(String(format: "%.2f", Date().timeIntervalSince(last))) s", to: &err)
            last = Date()
        }
        let folders = directory.folders
        let check = try Validator(options: ValidationOptions(relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
            .validate(targets: folders, directory: folders, vocabularyFallback: directory.noBuiltin ? nil : MerchantFolders.builtIn())
        if check.failed {
            let errors = ValidationReport(findings: check.findings.filter { $0.severity == .error }, fileCount: check.fileCount)
            print(TextReporter.generateReport(errors, terminal: false), terminator: "", to: &err)
            print("site: not written; fix the errors above (supportdir validate shows warnings too)", to: &err)
            throw ExitCode(1)
        }
        let archive: Data?
        do { archive = try signedArchive() } catch let error as ArchiveError {
            print("error: \(TerminalText.sanitize(error.message))", to: &err)
            print("site: not written", to: &err)
            throw ExitCode(1)
        }
        mark("validate")
        let registry = directory.loadRegistry()
        mark("load")
        let site = try SiteBuilder(registry: registry, options: SiteOptions(today: today.flatMap { CalendarDate($0) }, repositoryURL: repository)).prepare()
        let written: SiteWriteSummary
        do {
            // Each page and document written as soon as it is made (the site is not held in memory whole).
            written = try site.write(to: URL(fileURLWithPath: out))
            mark("build and write (the phases above)")
            if let archive {
                try archive.write(to: URL(fileURLWithPath: out).appendingPathComponent(DirectoryUpdate.archivePath), options: .atomic)
            }
        } catch let error as SiteError {
            print("error: \(error.description)", to: &err)
            throw ExitCode(64)
        } catch {
            print("error: could not write the site into \(OutputEscaping.quoted(out)): \(FileProblem.whyCannotWrite(into: URL(fileURLWithPath: out), error: error))", to: &err)
            throw ExitCode(1)
        }
        print(OutputEscaping.text("site: wrote \(written.files) files (\(written.byteCount / 1024) KB) to \(out): "
            + "\(site.merchants) merchants, \(written.plans) plans in en, ko, ja, zh, dated \(site.today)"))
        if let archive {
            print("site: wrote \(DirectoryUpdate.archivePath) (\(archive.count / 1024) KB), the signed archive for `supportdir update`")
        }
    }

    /// The archive when asked for; made before anything is written, so a bad key leaves the folder as it was.
    private func signedArchive() throws -> Data? {
        guard sign || signingKey != nil else { return nil }
        let key = try ArchivePublishing.signingKey(file: signingKey, option: "--signing-key")
        return try ArchivePublishing.archive(of: try ArchivePublishing.sourceFolder(directory), key: key)
    }
}
