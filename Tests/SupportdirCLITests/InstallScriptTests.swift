import Foundation
import Testing

/// `Scripts/install --binary` (the debug binary the tests already built; a release build is the only
/// difference from the README's command) into a temporary prefix far from the checkout.
@Suite("Scripts/install")
struct InstallScriptTests {
    static func script(_ arguments: [String]) throws -> CLIRun {
        try CLI.run(arguments, environment: ["PATH": "/usr/bin:/bin:/usr/local/bin"],
                    executable: CLI.packageRoot.appendingPathComponent("Scripts/install"))
    }

    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String { found.append(path) }
        return found.sorted()
    }

    @Test("installs bin, share, completions; answers from share/ alone; uninstall removes exactly that")
    func installAndUninstall() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("supportdir-prefix-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix")
        // Something of the user's in the prefix that uninstall must leave alone.
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: prefix.appendingPathComponent("bin/other-tool"))

        let install = try Self.script(["--binary", CLI.binary.path, prefix.path])
        #expect(install.status == 0, "\(install.stdout)\n\(install.stderr)")
        #expect(install.stdout.contains("installed supportdir into \(prefix.path)"))
        let installed = Self.files(under: prefix)
        for path in ["bin/supportdir", "share/supportdir/Merchants/amazon.yaml", "share/supportdir/Merchants/_vocabulary/issues.yaml",
                     "share/supportdir/Merchants/_manifest.json", "share/bash-completion/completions/supportdir",
                     "share/zsh/site-functions/_supportdir", "share/fish/vendor_completions.d/supportdir.fish",
                     "share/supportdir/install-manifest"] {
            #expect(installed.contains(path), "\(path) not installed: \(installed)")
        }
        let zsh = try String(contentsOf: prefix.appendingPathComponent("share/zsh/site-functions/_supportdir"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef supportdir"))

        // The installed binary, run from elsewhere, reads share/ (not the checkout, not its snapshot).
        let binary = prefix.appendingPathComponent("bin/supportdir")
        let cache = root.appendingPathComponent("cache")
        func run(_ arguments: [String]) throws -> CLIRun {
            try CLI.run(arguments, environment: ["SUPPORTDIR_CACHE_DIR": cache.path], currentDirectory: root, executable: binary)
        }
        let sources = try run(["list", "--sources"]).stdout
        let line = try #require(sources.split(separator: "\n").first { $0.contains("installed") })
        #expect(line.contains("yes") && line.contains(prefix.appendingPathComponent("share/supportdir/Merchants").path), "\(sources)")
        #expect(sources.contains("not run from a source checkout"))
        // Proof it reads the installed files: remove one there and it is gone from list.
        try fm.removeItem(at: prefix.appendingPathComponent("share/supportdir/Merchants/anker.yaml"))
        let list = try run(["list"])
        #expect(list.status == 0 && list.stdout.contains("\namazon ") && !list.stdout.contains("\nanker "), "\(list.stdout)")
        let show = try run(["show", "amazon"])
        #expect(show.status == 0 && show.stdout.contains("Amazon"))
        let resolve = try run(["resolve", "amazon refund"])
        #expect(resolve.status == 0 && resolve.stdout.contains("[amazon]") && resolve.stdout.contains("[refund]"), "\(resolve.stderr)")

        // Installing again replaces the previous install (the removed profile comes back, nothing doubles).
        #expect(try Self.script(["--binary", CLI.binary.path, prefix.path]).status == 0)
        #expect(Self.files(under: prefix) == installed)

        let uninstall = try Self.script(["--uninstall", prefix.path])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(Self.files(under: prefix) == ["bin", "bin/other-tool"])
        let again = try Self.script(["--uninstall", prefix.path])
        #expect(again.status != 0 && again.stderr.contains("nothing to uninstall"))
    }
}
