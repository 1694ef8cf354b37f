import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18: file-system errors in the user's words; a `--merchants` that is not a folder is refused.
struct FileSystemErrorTests {
    @Test func merchantsMustBeAFolder() throws {
        let dir = try TemporaryFolder()
        try dir.write("profile.yaml", "id: x\n")
        for command in [["show", "amazon"], ["list"], ["resolve", "amazon", "refund"]] {
            let file = try CLI.run(command + ["--merchants", "profile.yaml"], currentDirectory: dir.url)
            #expect(file.status == 64, "\(command): \(file.status) \(file.stderr)")
            #expect(file.stderr.contains("--merchants 'profile.yaml' is a file"), "\(file.stderr)")
            let missing = try CLI.run(command + ["--merchants", "no-such-folder"], currentDirectory: dir.url)
            #expect(missing.status == 64)
            #expect(missing.stderr.contains("there is no such folder"), "\(missing.stderr)")
        }
    }

    @Test func unreadableFilesAreExplained() throws {
        let run = try CLI.run(["validate", "--no-builtin", "/proc/self/mem"])
        guard FileManager.default.fileExists(atPath: "/proc/self/mem") else { return }  // Linux only
        #expect(run.status == 1)
        #expect(!run.stdout.contains("NSCocoaErrorDomain"), "\(run.stdout)")
        #expect(run.stdout.contains("cannot read the file: the system could not read it"), "\(run.stdout)")
    }

    /// Foundation's own wording must never reach the user.
    static func expectUserWords(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for foundation in ["The operation could not be completed", "NSCocoaErrorDomain", "The file doesn’t exist", "You don’t have permission"] {
            #expect(!text.contains(foundation), "Foundation's text: \(text)", sourceLocation: sourceLocation)
        }
    }

    /// Runs supportdir as a user without privileges: as root (CI), through setpriv as nobody, since root may write
    /// and read anything; otherwise as the current user. nil when root and setpriv is missing.
    static func runUnprivileged(_ arguments: [String], currentDirectory: URL) throws -> CLIRun? {
        guard getuid() == 0 else { return try CLI.run(arguments, currentDirectory: currentDirectory) }
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        guard FileManager.default.isExecutableFile(atPath: setpriv.path) else {
            print("FileSystemErrorTests: running as root without /usr/bin/setpriv; the permission cases are skipped")
            return nil
        }
        return try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path] + arguments,
                           currentDirectory: currentDirectory, executable: setpriv)
    }

    @Test func newSaysWhyItCannotWrite() throws {
        let dir = try TemporaryFolder()
        try dir.write("afile", "not a folder\n")
        // A part of the path is a file.
        let throughFile = try CLI.run(["new", "acme", "--kind", "retailer", "--output", "afile/sub", "--parents", "--no-builtin"],
                                      currentDirectory: dir.url)
        #expect(throughFile.status == 1)
        #expect(throughFile.stderr.contains("cannot create the folder") && throughFile.stderr.contains("afile' is a file, not a folder"),
                "\(throughFile.stderr)")
        Self.expectUserWords(throughFile.stderr)
        // A special system folder.
        if FileManager.default.fileExists(atPath: "/proc/self") {
            let proc = try CLI.run(["new", "acme", "--kind", "retailer", "--output", "/proc", "--no-builtin"], currentDirectory: dir.url)
            #expect(proc.status == 1)
            #expect(proc.stderr.contains("'/proc' is a special system folder"), "\(proc.stderr)")
            Self.expectUserWords(proc.stderr)
        }
        // A folder the user may not write in.
        let readOnly = dir.url.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o555])
        if let denied = try Self.runUnprivileged(["new", "acme", "--kind", "retailer", "--output", "read-only", "--no-builtin"], currentDirectory: dir.url) {
            #expect(denied.status == 1)
            #expect(denied.stderr.contains("permission denied: you may not write in"), "\(denied.stderr)")
            #expect(denied.stderr.contains("(nothing was written)"))
            Self.expectUserWords(denied.stderr)
        }
        #expect(!FileManager.default.fileExists(atPath: readOnly.appendingPathComponent("acme.yaml").path))
    }

    /// `site --out` and `archive` say why they cannot write in the user's words (they printed Foundation's "The
    /// operation could not be completed. (NSCocoaErrorDomain error 512.)"), and `archive` with nothing to do is a
    /// usage error (64; it exited 1).
    @Test func siteAndArchiveSayWhyTheyCannotWrite() throws {
        let dir = try TemporaryFolder()
        try dir.write("afile", "not a folder\n")
        let site = try CLI.run(["site", "--out", "afile/site"], currentDirectory: dir.url)
        #expect(site.status == 1)
        #expect(site.stderr.contains("afile' is a file, not a folder"), "\(site.stderr)")
        Self.expectUserWords(site.stderr)
        let key = try CLI.run(["archive", "--new-key", "afile/k.key"], currentDirectory: dir.url)
        #expect(key.status == 1)
        #expect(key.stderr.contains("afile' is a file, not a folder"), "\(key.stderr)")
        let nothing = try CLI.run(["archive"], currentDirectory: dir.url)
        #expect(nothing.status == 64, "\(nothing.stderr)")
        #expect(nothing.stderr.contains("give --out FILE"), "\(nothing.stderr)")
    }

    /// A real full disk: a 4 KiB tmpfs, filled (root only, where mount is allowed; skipped otherwise). The partial file is removed.
    @Test func newOnAFullDisk() throws {
        let dir = try TemporaryFolder()
        let full = dir.url.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: false)
        func sh(_ args: [String]) -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return -1 }
            p.waitUntilExit()
            return p.terminationStatus
        }
        guard getuid() == 0, sh(["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", full.path]) == 0 else {
            print("FileSystemErrorTests.newOnAFullDisk skipped: needs root and permission to mount a tmpfs")
            return
        }
        defer { _ = sh(["umount", full.path]) }
        _ = FileManager.default.createFile(atPath: full.appendingPathComponent("filler").path, contents: Data(count: 4096))
        let run = try CLI.run(["new", "acme", "--kind", "retailer", "--output", full.path, "--no-builtin"], currentDirectory: dir.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("the disk is full (nothing was written)"), "\(run.stderr)")
        Self.expectUserWords(run.stderr)
        #expect(!FileManager.default.fileExists(atPath: full.appendingPathComponent("acme.yaml").path), "a partial file was left")
    }

    @Test func validateSaysWhatTheFileIs() throws {
        let dir = try TemporaryFolder()
        // A pipe with no writer: refused at once (opening it to read would wait for ever).
        #expect(mkfifo(dir.url.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let pipe = try CLI.run(["validate", "--no-builtin", "pipe.yaml", "/dev/null"], currentDirectory: dir.url)
        #expect(pipe.status == 1)
        #expect(pipe.stdout.contains("pipe.yaml:1:1: error: cannot read the file: it is a pipe or a socket, not a file"), "\(pipe.stdout)")
        #expect(pipe.stdout.contains("/dev/null:1:1: error: cannot read the file: it is a device, not a file"), "\(pipe.stdout)")
        Self.expectUserWords(pipe.stdout)
        // 150 MB (sparse): refused from its size, without reading it.
        let big = dir.url.appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 150 << 20)
        try handle.close()
        let large = try CLI.run(["validate", "--no-builtin", "big.yaml"], currentDirectory: dir.url)
        #expect(large.status == 1)
        #expect(large.stdout.contains("big.yaml:1:1: error: the file is 157286400 bytes; the limit is 1048576 bytes"), "\(large.stdout)")
        // A file the user may not read.
        try dir.write("secret.yaml", "id: secret\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: dir.url.appendingPathComponent("secret.yaml").path)
        if let denied = try Self.runUnprivileged(["validate", "--no-builtin", "secret.yaml"], currentDirectory: dir.url) {
            #expect(denied.status != 0)
            #expect((denied.stdout + denied.stderr).contains("cannot read") && (denied.stdout + denied.stderr).contains("permission denied"),
                    "\(denied.stdout)\(denied.stderr)")
            Self.expectUserWords(denied.stdout + denied.stderr)
        }
    }

    @Test func merchantsFolderThatCannotBeRead() throws {
        let dir = try TemporaryFolder()
        let closed = dir.url.appendingPathComponent("closed")
        try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        if let run = try Self.runUnprivileged(["list", "--no-builtin", "--merchants", "closed"], currentDirectory: dir.url) {
            #expect(run.status == 64, "\(run.status) \(run.stderr)")
            #expect(run.stderr.contains("--merchants 'closed': permission denied"), "\(run.stderr)")
            Self.expectUserWords(run.stderr)
        }
    }
}
