import Foundation
import Testing

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
}
