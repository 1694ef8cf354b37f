import Foundation
import Testing

/// A `supportdir` copied alone, far from the checkout, answers from the snapshot built into it.
@Suite("The bare binary")
struct StandaloneBinaryTests {
    /// A copy of the built binary in an empty temporary folder, with its own cache folder.
    struct Copy {
        let folder: URL
        var binary: URL { folder.appendingPathComponent("supportdir") }
        var cache: URL { folder.appendingPathComponent("cache") }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-bare-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLI.binary, to: folder.appendingPathComponent("supportdir"))
        }

        /// Tests run in parallel: a child another test forks while the copy is being written inherits the write
        /// handle, and until that child execs, running the copy fails with ETXTBSY ("Text file busy"). Retry briefly.
        func run(_ arguments: [String]) throws -> CLIRun {
            var attempt = 0
            while true {
                do {
                    return try CLI.run(arguments, environment: ["SUPPORTDIR_CACHE_DIR": cache.path], currentDirectory: folder,
                                       executable: binary)
                } catch let error as NSError where attempt < 20 && Self.isTextFileBusy(error) {
                    attempt += 1
                    usleep(50_000)
                }
            }
        }

        static func isTextFileBusy(_ error: NSError) -> Bool {
            if error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) { return true }
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return isTextFileBusy(underlying) }
            return false
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test("list, show and resolve answer from the built-in snapshot")
    func answersFromSnapshot() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let sources = try copy.run(["list", "--sources"])
        #expect(sources.status == 0)
        let builtIn = try #require(sources.stdout.split(separator: "\n").first { $0.contains("built-in") })
        #expect(builtIn.contains("yes") && builtIn.contains(copy.cache.path + "/builtin-"), "\(sources.stdout)")
        #expect(sources.stdout.contains("not run from a source checkout"))

        let list = try copy.run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        // Every shipped profile is in the snapshot.
        let shipped = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("Merchants").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(!shipped.isEmpty)
        for id in shipped { #expect(list.stdout.contains("\n\(id) "), "list of the bare binary lacks \(id)") }

        let show = try copy.run(["show", "amazon"])
        #expect(show.status == 0 && show.stdout.contains("Amazon"), "\(show.stderr)")

        let resolve = try copy.run(["resolve", "amazon refund"])
        #expect(resolve.status == 0, "\(resolve.stderr)")
        #expect(resolve.stdout.contains("[amazon]") && resolve.stdout.contains("[refund]"), "\(resolve.stdout)")
        // The vocabulary came along: the issue kind was recognised, not "not found".
        #expect(!resolve.stdout.contains("not found"))
    }

    @Test("--no-builtin reads nothing but --merchants and SUPPORTDIR_PATH")
    func noBuiltin() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let list = try copy.run(["list", "--no-builtin"])
        #expect(list.stdout.isEmpty)
        #expect(list.stderr.contains("no merchant profiles found"))
        let sources = try copy.run(["list", "--sources", "--no-builtin"])
        #expect(sources.stdout.contains("not read (--no-builtin)"))
    }
}
