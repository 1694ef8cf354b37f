import ArgumentParser
import Foundation
import SupportDirectory

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `supportdir validate [PATH...]`: checks profiles and vocabulary files and reports every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check merchant profiles and report every problem with its file, line and column.",
        discussion: """
            Without PATH, checks every folder of the directory (built-in Merchants/, SUPPORTDIR_PATH, --merchants). \
            A PATH may be a folder of profiles or a single file: then exactly the named folders (a file's own folder) \
            and any --merchants folders are read, with the _vocabulary they hold (the built-in vocabulary when none \
            has one), so a copy of the directory elsewhere (a fork's checkout, a temporary folder in CI) is checked \
            on its own; ids that clash between two named folders are still reported.

            Exit status: 0 when clean, 1 when there is an error (or, with --strict, a warning), \
            2 when validation could not run (unreadable path, a folder with no profile, not a git checkout), \
            64 for a usage error (an unknown option, rule or reporter), as for every other command.
            """)

    @OptionGroup var directory: DirectoryOptions

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Folders or profile files to check.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Run only these rules (repeatable or comma-separated; see --list-rules).", valueName: "rule-id"))
    var only: [String] = []

    @Option(help: ArgumentHelp("Skip these rules (repeatable or comma-separated).", valueName: "rule-id"))
    var except: [String] = []

    @Flag(help: "List the rules (id, default severity, description) and exit.")
    var listRules = false

    @Option(help: ArgumentHelp("Output format: \(FindingReporters.identifiers.joined(separator: ", ")).", valueName: "name"))
    var reporter = "text"

    @Flag(help: "Fail on warnings too; sources seen more than two years ago become errors.")
    var strict = false

    @Option(help: ArgumentHelp(
        "List every phone number, email and URL added or changed since this git revision, as review notices.",
        valueName: "rev"))
    var changedSince: String?

    @Option(help: .hidden)
    var today: String?

    func run() throws {
        var stderr = StandardError()
        do {
            try validateAndReport()
        } catch let error as ValidationToolError {
            print("error: \(error.message)", to: &stderr)
            throw ExitCode(error.isUsage ? 64 : 2)
        }
    }

    private func validateAndReport() throws {
        if let unknown = paths.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw ValidationToolError("unknown option '\(unknown)'; see 'supportdir validate --help'", usage: true)
        }
        let ruleIDs = try ValidationOptions.ruleIDs(only: split(only), except: split(except))
        if listRules {
            printRules()
            return
        }
        guard let reporterType = FindingReporters.reporter(reporter) else {
            throw ValidationToolError("unknown reporter '\(reporter)'; valid reporters: \(FindingReporters.identifiers.joined(separator: ", "))", usage: true)
        }
        var options = ValidationOptions(ruleIDs: ruleIDs, strict: strict,
                                        relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if let today {
            guard let date = CalendarDate(today) else { throw ValidationToolError("--today expects YYYY-MM-DD, found \(OutputEscaping.quoted(today))", usage: true) }
            options.today = date
        } else {
            // "Today" for the seen-date rules is the day on the contributor's clock: TZ read as POSIX does.
            let zone = (try? ShopperTimeZone.environment(ProcessInfo.processInfo.environment)?.get())?.zone ?? .current
            options.today = CalendarDate(Date(), in: zone)
        }
        if let empty = paths.first(where: { Validator.holdsNoYAML(URL(fileURLWithPath: $0)) }) {
            throw ValidationToolError("the folder \(OutputEscaping.quoted(empty)) holds no profile (no .yaml file); give the folder that holds the profiles, e.g. Merchants")
        }
        let folders = directory.folders
        let targets = paths.isEmpty ? folders : paths.map { URL(fileURLWithPath: $0) }
        if targets.isEmpty { throw ValidationToolError("nothing to validate: no built-in Merchants/ folder was found; give a PATH") }
        // Named folders are validated on their own (with the --merchants folders asked for), not against the
        // built-in copy of the same profiles.
        let context = paths.isEmpty ? folders : directory.merchantFolders.map { URL(fileURLWithPath: $0) }
        let validator = Validator(options: options)
        let report = try validator.validate(targets: targets, directory: context,
                                            vocabularyFallback: directory.noBuiltin ? nil : MerchantFolders.builtIn(),
                                            changedSince: changedSince)
        let terminal = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        let output = reporterType.generateReport(report, terminal: terminal)
        print(["json", "sarif"].contains(reporterType.identifier) ? OutputEscaping.json(output) : OutputEscaping.text(output),
              terminator: "")
        if report.failed { throw ExitCode(1) }
    }

    private func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func printRules() {
        let width = ValidationRules.ids.map(\.count).max() ?? 0
        for rule in ValidationRules.all {
            let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id)  \(severity)  \(rule.description)")
        }
    }
}
