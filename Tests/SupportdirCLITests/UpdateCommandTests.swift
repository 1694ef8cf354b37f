import DirectoryArchive
import Foundation
import SupportDirectory
import Testing

/// `supportdir update` against a local HTTP server (Support/archive_server.py on 127.0.0.1): a good archive
/// changes the directory and shows the changes; every broken one leaves the directory in use as it was.
@Suite("supportdir update", .serialized)
final class UpdateCommandTests {
    let root: URL
    let served: URL
    let cache: URL
    let key = SigningKey()
    let server: Process?
    let port: Int?

    static var python: URL? {
        for path in ["/usr/bin/python3", "/usr/local/bin/python3"] + ((ProcessInfo.processInfo.environment["PATH"] ?? "")
            .split(separator: ":").map { "\($0)/python3" }) where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }

    init() throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("supportdir-update-\(UUID().uuidString)")
        served = root.appendingPathComponent("served")
        cache = root.appendingPathComponent("cache")
        try fm.createDirectory(at: served, withIntermediateDirectories: true)
        guard let python = Self.python else { server = nil; port = nil; return }
        let process = Process()
        process.executableURL = python
        process.arguments = [URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Support/archive_server.py").path, served.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        server = process
        // The first line is the port.
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        port = Int(String(decoding: line, as: UTF8.self))
    }

    deinit {
        // SIGKILL: the test runner's threads block SIGTERM, and a child inherits that mask.
        if let server, server.isRunning { kill(server.processIdentifier, SIGKILL) }
        server?.waitUntilExit()
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: - Helpers

    /// A copy of the checkout's Merchants/ under `name`, changed by `edit`.
    func directory(_ name: String, edit: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Merchants"), to: folder)
        try edit(folder)
        return folder
    }

    /// Writes the signed archive of `folder` as `served/name`.
    @discardableResult
    func publish(_ folder: URL, as name: String, key: SigningKey? = nil, published: Date = Date()) throws -> Data {
        let data = try DirectoryArchiveFormat.write(folder: folder, key: key ?? self.key, published: published)
        try data.write(to: served.appendingPathComponent(name))
        return data
    }

    /// A fixed day on or after every `seen` date in Merchants/ (the archive is validated against it).
    static let validationDay = "2026-12-03"

    func update(_ path: String, _ extra: [String] = []) throws -> CLIRun {
        try CLI.run(["update", "--url", "http://127.0.0.1:\(port!)/\(path)", "--today", Self.validationDay] + extra,
                    environment: ["SUPPORTDIR_CACHE_DIR": cache.path, "SUPPORTDIR_UPDATE_PUBLIC_KEY": key.publicKey.base64])
    }

    func run(_ arguments: [String]) throws -> CLIRun {
        try CLI.run(arguments, environment: ["SUPPORTDIR_CACHE_DIR": cache.path])
    }

    /// The folder the downloaded-directory link points at (nil before the first update).
    var inUse: String? { try? FileManager.default.destinationOfSymbolicLink(atPath: cache.appendingPathComponent("directory").path) }

    func ids() throws -> [String] {
        try run(["list", "--format", "json"]).stdout.components(separatedBy: "\"id\" : \"").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
    }

    /// Runs a failing update and checks that it says `reason` and that nothing changed.
    func expectRefused(_ path: String, _ reason: String, extra: [String] = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = (inUse, try ids())
        let result = try update(path, extra)
        #expect(result.status == 1, "\(path): \(result.stdout) \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(reason), "\(path): stderr was \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("the directory in use is unchanged"), sourceLocation: sourceLocation)
        #expect(inUse == before.0, "\(path): the link moved", sourceLocation: sourceLocation)
        #expect(try ids() == before.1, "\(path): the merchants changed", sourceLocation: sourceLocation)
        // No staging folder is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("directory-") }
        #expect(names == [before.0].compactMap { $0 }, "\(path): left \(names)", sourceLocation: sourceLocation)
    }

    /// A shipped profile no other file names (removing it leaves a directory that still validates).
    static func unreferencedID() throws -> String {
        let folder = CLI.packageRoot.appendingPathComponent("Merchants")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let vocabulary = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("_vocabulary").path)
            .map { "_vocabulary/" + $0 }
        let texts = try (files + vocabulary).map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
        for file in files {
            let id = String(file.dropLast(5))
            if !texts.contains(where: { $0.0 != file && $0.1.contains(id) }) { return id }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "every shipped profile is named by another"])
    }

    // MARK: - The test

    @Test("good archives change the directory and show the changes; broken ones change nothing and say why")
    func updates() throws {
        guard port != nil else {
            Issue.record("python3 is needed for the local HTTP server of this test; install it (it is on CI machines)")
            return
        }
        let day: TimeInterval = 86_400
        let gone = try Self.unreferencedID()
        let withoutOne = try directory("v1") { try FileManager.default.removeItem(at: $0.appendingPathComponent("\(gone).yaml")) }
        try publish(withoutOne, as: "v1.sda", published: Date() - 2 * day)
        let full = try directory("v2")
        let good = try publish(full, as: "v2.sda", published: Date() - day)

        // 1. The first update: against the checkout, one merchant is gone.
        #expect(try ids().contains(gone))
        let first = try update("v1.sda")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("verified (signed by key \(key.publicKey.id)) and validated"))
        #expect(first.stdout.contains("changes against the checkout directory:\n  removed  \(gone)\n"), "\(first.stdout)")
        #expect(try !ids().contains(gone))
        let sources = try run(["list", "--sources"]).stdout
        #expect(sources.contains("downloaded  yes"), "\(sources)")

        // 2. The next one brings it back.
        let second = try update("v2.sda")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("changes against the downloaded directory:\n  added    \(gone)\n"), "\(second.stdout)")
        #expect(try ids().contains(gone))
        #expect(try update("v2.sda").stdout.contains("already up to date"))

        // 3. Everything that must be refused.
        var tampered = good
        let at = try #require(tampered.range(of: Data("Amazon".utf8), in: (tampered.count / 2)..<tampered.count))
        tampered[at.lowerBound] = UInt8(ascii: "X")
        try tampered.write(to: served.appendingPathComponent("tampered.sda"))
        try expectRefused("tampered.sda", "signature does not verify")

        try publish(full, as: "other-key.sda", key: SigningKey())
        try expectRefused("other-key.sda", "which this supportdir does not trust")

        let wrongSignature = String(decoding: good, as: UTF8.self).split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
        let forged = try publish(full, as: "scratch.sda")   // same key, signature of other bytes
        let forgedSignature = String(decoding: forged, as: UTF8.self).split(separator: "\n")[2]
        let swapped = [wrongSignature[0], wrongSignature[1], forgedSignature, wrongSignature[3]].joined(separator: "\n")
        try Data(swapped.utf8).write(to: served.appendingPathComponent("wrong-signature.sda"))
        try expectRefused("wrong-signature.sda", "signature does not verify")

        let unsigned = wrongSignature[0] + "\n" + wrongSignature[3]
        try Data(unsigned.utf8).write(to: served.appendingPathComponent("unsigned.sda"))
        try expectRefused("unsigned.sda", "not signed")

        try expectRefused("truncated/v2.sda", "truncated download")
        try expectRefused("cut/v2.sda", "truncated download")

        let invalid = try directory("invalid") { folder in
            let file = folder.appendingPathComponent("amazon.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try (text + "phnoe: 1\n").write(to: file, atomically: true, encoding: .utf8)
        }
        try publish(invalid, as: "invalid.sda")
        try expectRefused("invalid.sda", "does not validate")
        try expectRefused("invalid.sda", "amazon.yaml:")

        try expectRefused("v1.sda", "refusing to go back")
        try expectRefused("missing.sda", "HTTP 404")
        try expectRefused("v2.sda", "offline", extra: ["--offline"])

        let started = Date()
        try expectRefused("hang", "did not answer within 1 seconds", extra: ["--timeout", "1"])
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("resolve warns in one line when the directory in use is over 90 days old")
    func staleness() throws {
        guard port != nil else { return }
        let full = try directory("fresh")
        try publish(full, as: "fresh.sda", published: Date())
        #expect(try update("fresh.sda").status == 0)
        let recent = try CLI.run(["resolve", "amazon refund"], environment: ["SUPPORTDIR_CACHE_DIR": cache.path])
        #expect(!recent.stderr.contains("days old"))
        let later = ISO8601DateFormatter().string(from: Date() + 120 * 86_400)
        let old = try CLI.run(["resolve", "amazon refund"],
                              environment: ["SUPPORTDIR_CACHE_DIR": cache.path, "SUPPORTDIR_NOW": later])
        let lines = old.stderr.split(separator: "\n").filter { $0.contains("days old") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("(downloaded, dated ") == true && lines.first?.contains("supportdir update") == true,
                "\(old.stderr)")
    }

    @Test("site --signing-key publishes the archive update downloads from the site's address; a bad key writes nothing")
    func publishedBySite() throws {
        guard port != nil else { return }
        let gone = try Self.unreferencedID()
        let folder = try directory("site-source") { try FileManager.default.removeItem(at: $0.appendingPathComponent("\(gone).yaml")) }
        let keyFile = root.appendingPathComponent("signing-key")
        try key.fileText.write(to: keyFile, atomically: true, encoding: .utf8)
        let site = served.appendingPathComponent("site")
        let built = try CLI.run(["site", "--out", site.path, "--signing-key", keyFile.path, "--no-builtin", "--merchants", folder.path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("wrote \(DirectoryUpdate.archivePath)"), "\(built.stdout)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("api/v1/merchants.json").path))

        // The site's address, ending in /, is all update needs.
        let result = try update("site/")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("site/\(DirectoryUpdate.archivePath)"), "\(result.stdout)")
        #expect(result.stdout.contains("removed  \(gone)\n"), "\(result.stdout)")
        #expect(try !ids().contains(gone))

        // --sign with no key in the environment, and a key that is not one: nothing is written.
        let unsigned = served.appendingPathComponent("unsigned-site")
        let noKey = try CLI.run(["site", "--out", unsigned.path, "--sign"], environment: ["SUPPORTDIR_SIGNING_KEY": ""])
        #expect(noKey.status == 1 && noKey.stderr.contains("no signing key"), "\(noKey.stderr)")
        let badKey = try CLI.run(["site", "--out", unsigned.path, "--sign"], environment: ["SUPPORTDIR_SIGNING_KEY": "not-a-key"])
        #expect(badKey.status == 1 && badKey.stderr.contains("not a signing key"), "\(badKey.stderr)")
        // A key file that is missing, or is not a key: said in the user's words, with how to make one.
        let missing = served.appendingPathComponent("no-such.key").path
        let noFile = try CLI.run(["site", "--out", unsigned.path, "--signing-key", missing])
        #expect(noFile.status == 1 && noFile.stderr.contains("cannot read the signing key \(missing): there is no such file or folder"), "\(noFile.stderr)")
        #expect(noFile.stderr.contains("--new-key") && !noFile.stderr.contains("NSCocoaErrorDomain"), "\(noFile.stderr)")
        let junk = served.appendingPathComponent("junk.key")
        try Data("hello\n".utf8).write(to: junk)
        let notKey = try CLI.run(["site", "--out", unsigned.path, "--signing-key", junk.path])
        #expect(notKey.status == 1 && notKey.stderr.contains("\(junk.path) is not a signing key"), "\(notKey.stderr)")
        #expect(!FileManager.default.fileExists(atPath: unsigned.path))
    }
}
