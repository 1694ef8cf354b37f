import Foundation
import SupportDirectory

/// `supportdir update`: fetch the published archive, verify its signature, validate every profile with the
/// rules CI runs, and only then make it the directory in use, by an atomic swap in the cache. Any failure
/// leaves the directory in use as it was and says why.
public struct DirectoryUpdate: Sendable {
    public static let urlVariable = "SUPPORTDIR_UPDATE_URL"
    public static let offlineVariable = "SUPPORTDIR_OFFLINE"
    /// Where the site publishes the archive, next to its JSON API (`supportdir site` writes it there).
    public static let archivePath = "api/v1/directory.sda"
    /// The published site's address; nil until the project's site has one (then `--url` or
    /// SUPPORTDIR_UPDATE_URL is needed).
    public static let defaultSite: URL? = nil

    public var url: URL
    /// Seconds without a byte before the download is given up (the whole download gets four times that).
    public var timeout: TimeInterval = 30
    public var trusted: [TrustedKey]
    public var validation = ValidationOptions()

    public init(url: URL, trusted: [TrustedKey]) {
        self.url = url
        self.trusted = trusted
    }

    /// The archive's URL from `--url`, else SUPPORTDIR_UPDATE_URL, else the published site. A URL ending in
    /// `/` is a site: the archive is at ``archivePath`` under it.
    public static func archiveURL(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ArchiveError) -> URL {
        let text = option ?? environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultSite?.absoluteString
        guard let text else {
            throw ArchiveError("no archive address: this build has no published site; pass --url URL or set \(urlVariable)")
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["https", "http", "file"].contains(scheme) else {
            throw ArchiveError("'\(text)' is not an http(s) or file URL")
        }
        return text.hasSuffix("/") ? url.appendingPathComponent(archivePath) : url
    }

    public struct Outcome: Sendable {
        public var manifest: DirectoryManifest
        public var changes: DirectoryChanges
        /// The downloaded directory, now in use.
        public var folder: URL
        public var keyID: String
        /// The archive was the same as the directory already downloaded: nothing was swapped.
        public var alreadyCurrent: Bool
    }

    /// Downloads and installs. `previous` is the directory in use before (compared against for the changes).
    public func run(store: DirectoryStore, previous: URL?) throws(ArchiveError) -> Outcome {
        let data = try Download.fetch(url, timeout: timeout, maximumBytes: DirectoryArchiveFormat.maximumBytes)
        return try install(data, store: store, previous: previous)
    }

    /// Verifies, unpacks, validates and swaps in an archive already in memory.
    public func install(_ data: Data, store: DirectoryStore, previous: URL?) throws(ArchiveError) -> Outcome {
        let contents = try DirectoryArchiveFormat.read(data, trusted: trusted)
        let current = DirectoryManifest.read(in: store.current)
        if let current, let was = current.published, let now = contents.manifest.published, now < was {
            throw ArchiveError("the archive was published \(now), before the directory you have (\(was)); refusing to go back")
        }
        store.removeLeftovers()
        let staged: URL
        do { staged = try store.makeStagingFolder() } catch {
            throw ArchiveError("cannot write to the cache \(store.cache.path): \(error.localizedDescription)")
        }
        var swapped = false
        defer { if !swapped { try? FileManager.default.removeItem(at: staged) } }
        do {
            for file in contents.files {
                let url = staged.appendingPathComponent(file.path.value)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            try contents.manifest.write(into: staged)
        } catch {
            throw ArchiveError("cannot unpack into \(staged.path): \(error.localizedDescription)")
        }
        try Self.validate(staged, options: validation)
        let changes = DirectoryChanges.between(previous, staged)
        if let current, current == contents.manifest {
            return Outcome(manifest: contents.manifest, changes: changes, folder: store.current, keyID: contents.keyID, alreadyCurrent: true)
        }
        do { try store.swap(in: staged) } catch {
            throw ArchiveError("cannot put the new directory in place: \(error.localizedDescription)")
        }
        swapped = true
        return Outcome(manifest: contents.manifest, changes: changes, folder: store.current, keyID: contents.keyID, alreadyCurrent: false)
    }

    /// The rules CI runs on Merchants/ (Scripts/validate-merchants: every rule, not strict).
    public static func validate(_ folder: URL, options: ValidationOptions) throws(ArchiveError) {
        var options = options
        options.relativeTo = folder
        let report: ValidationReport
        do { report = try Validator(options: options).validate(targets: [folder], directory: []) } catch {
            throw ArchiveError("cannot validate the archive: \(error.message)")
        }
        guard report.failed else { return }
        let errors = report.findings.filter { $0.severity == .error }
        let shown = errors.prefix(5).map { "  " + TerminalText.sanitize($0.description) }.joined(separator: "\n")
        let more = errors.count > 5 ? "\n  ... and \(errors.count - 5) more" : ""
        throw ArchiveError("the archive's directory does not validate (\(report.summary)):\n\(shown)\(more)")
    }
}
