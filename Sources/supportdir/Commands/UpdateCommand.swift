import ArgumentParser
import DirectoryArchive
import Foundation
import SupportDirectory

/// `supportdir update`: the latest published directory, verified and validated, swapped in atomically.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Download the latest published directory, verify and validate it, and use it from now on.",
        discussion: """
            The archive's Ed25519 signature must verify with a key built into supportdir (or given in \
            SUPPORTDIR_UPDATE_PUBLIC_KEY), and every profile must pass the rules CI runs; only then does it \
            replace the downloaded directory in the cache, atomically. On any failure the directory in use \
            stays as it was. Shows the merchants added and removed and the contact points changed.
            """)

    @Option(help: ArgumentHelp("The archive's URL, or a site's URL ending in / (default: SUPPORTDIR_UPDATE_URL).", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("Seconds without data before giving up (the whole download gets four times that).", valueName: "seconds"))
    var timeout: Double = 30

    @Flag(help: "Never touch the network (also SUPPORTDIR_OFFLINE=1): update then only says so.")
    var offline = false

    @Option(help: .hidden)
    var today: String?

    func run() throws {
        var err = StandardError()
        do {
            try update()
        } catch let error as ArchiveError {
            print("error: \(TerminalText.sanitize(error.message))", to: &err)
            print("the directory in use is unchanged.", to: &err)
            throw ExitCode(1)
        }
    }

    private func update() throws {
        let environment = ProcessInfo.processInfo.environment
        if offline || ["1", "true", "yes"].contains(environment[DirectoryUpdate.offlineVariable]?.lowercased() ?? "") {
            throw ArchiveError("offline (--offline or \(DirectoryUpdate.offlineVariable)): not downloading anything")
        }
        guard timeout > 0, timeout <= 600 else { throw ArchiveError("--timeout expects 0 to 600 seconds, found \(timeout)") }
        guard let cache = IndexCache.standard().directory else {
            throw ArchiveError("no cache folder (set SUPPORTDIR_CACHE_DIR, XDG_CACHE_HOME or HOME)")
        }
        var updater = DirectoryUpdate(url: try DirectoryUpdate.archiveURL(option: url), trusted: try TrustedKey.trusted())
        updater.timeout = timeout
        if let today {
            guard let day = CalendarDate(today) else { throw ArchiveError("--today expects YYYY-MM-DD, found '\(today)'") }
            updater.validation.today = day
        }
        let before = DirectoryOptions.current()
        print("downloading \(TerminalText.sanitize(updater.url.absoluteString)) ...")
        let outcome = try updater.run(store: DirectoryStore(cache: cache), previous: before?.folder)
        let m = outcome.manifest
        let dated = [m.published.map { "published \($0)" }, m.dataDate.map { "newest source \($0)" }].compactMap { $0 }
        if outcome.alreadyCurrent {
            print("already up to date: \(m.files.count) files, \(dated.joined(separator: ", ")); signed by \(outcome.keyID).")
            return
        }
        print("verified (signed by key \(outcome.keyID)) and validated: \(m.files.count) files, \(dated.joined(separator: ", ")).")
        let was = before.map { "\($0.kind.rawValue) directory" } ?? "no directory"
        print(Self.describe(outcome.changes, against: was))
        print("now in use: \(outcome.folder.path)")
    }

    static func describe(_ changes: DirectoryChanges, against was: String) -> String {
        if changes.isEmpty { return "no change against the \(was)." }
        var lines = ["changes against the \(was):"]
        for id in changes.added { lines.append("  added    \(id)") }
        for id in changes.removed { lines.append("  removed  \(id)") }
        for change in changes.changed {
            lines.append("  changed  \(change.id)")
            lines += change.lines.prefix(50).map { "    " + TerminalText.sanitize($0) }
            if change.lines.count > 50 { lines.append("    ... and \(change.lines.count - 50) more") }
        }
        for file in changes.vocabularyChanged { lines.append("  changed  _vocabulary/\(file)") }
        return lines.joined(separator: "\n")
    }
}
