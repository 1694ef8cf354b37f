import ArgumentParser
import DirectoryArchive
import Foundation
import SupportDirectory

/// `supportdir archive --out FILE --key KEYFILE`: the signed directory archive `update` downloads.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Write the signed archive of the directory that `supportdir update` downloads.",
        discussion: """
            Publish it next to the site's JSON API, as \(DirectoryUpdate.archivePath). The private key comes from \
            --key FILE or the SUPPORTDIR_SIGNING_KEY variable (a secret of the publishing workflow); it is never \
            kept in the repository. --new-key FILE makes a key pair for a mirror or a test.
            """)

    @OptionGroup var directory: DirectoryOptions

    @Option(help: ArgumentHelp("Where to write the archive.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The private signing key file (default: SUPPORTDIR_SIGNING_KEY).", valueName: "file"))
    var key: String?

    @Option(help: ArgumentHelp("Write a new private key to this file (mode 600), print its public key and exit.", valueName: "file"))
    var newKey: String?

    @Option(help: ArgumentHelp("Write the _manifest.json of this folder (its files and newest source date) and exit.", valueName: "dir"))
    var writeManifest: String?

    func validate() throws {
        // Usage errors exit 64 like every command's: nothing to do without --out, --new-key or --write-manifest.
        if out == nil && newKey == nil && writeManifest == nil {
            throw ValidationError("give --out FILE (the archive to write), --new-key FILE or --write-manifest DIR")
        }
    }

    func run() throws {
        var err = StandardError()
        do {
            try write()
        } catch let error as ArchiveError {
            print("error: \(TerminalText.sanitize(error.message))", to: &err)
            throw ExitCode(1)
        }
    }

    private func write() throws {
        if let newKey {
            let key = SigningKey()
            let url = URL(fileURLWithPath: newKey)
            guard FileManager.default.createFile(atPath: url.path, contents: Data(key.fileText.utf8),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw ArchiveError("cannot write \(url.path): \(FileProblem.whyCannotWrite(into: url.deletingLastPathComponent(), error: CocoaError(.fileWriteUnknown)))")
            }
            print(key.publicKey.base64)
            return
        }
        if let writeManifest {
            let folder = URL(fileURLWithPath: writeManifest)
            do { try DirectoryManifest.make(folder: folder, published: nil).write(into: folder) } catch {
                throw ArchiveError("cannot write the manifest of \(folder.path): \(FileProblem.whyCannotWrite(into: folder, error: error))")
            }
            return
        }
        guard let out else { throw ValidationError("give --out FILE (the archive to write)") }
        let signingKey = try ArchivePublishing.signingKey(file: key)
        let source = try ArchivePublishing.sourceFolder(directory)
        let data = try ArchivePublishing.archive(of: source, key: signingKey)
        do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            throw ArchiveError("cannot write \(out): \(FileProblem.whyCannotWrite(into: URL(fileURLWithPath: out).deletingLastPathComponent(), error: error))")
        }
        print("wrote \(out): \(data.count) bytes from \(source.path), signed by key \(signingKey.publicKey.id)")
    }
}
