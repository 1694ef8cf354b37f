import Foundation
import Testing
@testable import SupportDirectory

@Suite("Where profiles come from")
struct DirectorySelectionTests {
    /// A fake installation: `<root>/prefix/bin/supportdir`, `<root>/prefix/share/supportdir/Merchants`, a cache.
    struct Layout {
        let root: URL
        var executable: URL { root.appendingPathComponent("prefix/bin/supportdir") }
        var installed: URL { root.appendingPathComponent("prefix/share/supportdir/Merchants") }
        var cache: URL { root.appendingPathComponent("cache") }

        init(installed: Bool) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-sel-\(UUID().uuidString)")
            let fm = FileManager.default
            try fm.createDirectory(at: executable.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: executable)
            if installed { try fm.createDirectory(at: self.installed, withIntermediateDirectories: true) }
        }

        func select(extra: [URL] = [], environment: [String: String] = [:], snapshot: DirectorySnapshot? = nil,
                    includeDirectory: Bool = true) -> DirectorySelection {
            DirectorySelection.select(extra: extra, environment: environment, includeDirectory: includeDirectory,
                                      executable: executable, snapshot: snapshot, cache: cache)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static let snapshot = DirectorySnapshot(digest: "test1", files: [
        ("shop.yaml", Data("id: shop\n".utf8).base64EncodedString()),
        ("_vocabulary/issues.yaml", Data("issues: []\n".utf8).base64EncodedString()),
    ])

    @Test("the installed folder is used, the snapshot is shadowed")
    func installedFirst() throws {
        let layout = try Layout(installed: true)
        defer { layout.remove() }
        let selection = layout.select(snapshot: Self.snapshot)
        #expect(selection.directory?.kind == .installed)
        #expect(selection.folders.map(\.path) == [layout.installed.path])
        #expect(selection.sources.map(\.kind) == [.downloaded, .installed, .checkout, .builtIn])
        // Shadowed: never unpacked.
        #expect(!FileManager.default.fileExists(atPath: Self.snapshot.folder(in: layout.cache).path))
    }

    @Test("a downloaded directory comes before the installed one")
    func downloadedFirst() throws {
        let layout = try Layout(installed: true)
        defer { layout.remove() }
        let store = DirectoryStore(cache: layout.cache)
        let staged = try store.makeStagingFolder()
        try store.swap(in: staged)
        let selection = layout.select(snapshot: Self.snapshot)
        #expect(selection.directory?.kind == .downloaded)
        #expect(selection.folders.map(\.path) == [store.current.path])
    }

    @Test("with nothing else the snapshot is unpacked, whole, into the cache and read")
    func snapshotLast() throws {
        let layout = try Layout(installed: false)
        defer { layout.remove() }
        let selection = layout.select(snapshot: Self.snapshot)
        let folder = Self.snapshot.folder(in: layout.cache)
        #expect(selection.directory?.kind == .builtIn)
        #expect(selection.folders.map(\.path) == [folder.path])
        #expect(try String(contentsOf: folder.appendingPathComponent("shop.yaml"), encoding: .utf8) == "id: shop\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_vocabulary/issues.yaml").path))
        let manifest = try #require(DirectoryManifest.read(in: folder))
        #expect(manifest.files.map(\.path) == ["shop.yaml", "_vocabulary/issues.yaml"])
        // No temporary folder is left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: layout.cache.path)
        #expect(names == ["builtin-test1"])
    }

    @Test("SUPPORTDIR_PATH and --merchants are read beside the directory, in that order, and listed first")
    func extras() throws {
        let layout = try Layout(installed: true)
        defer { layout.remove() }
        let selection = layout.select(extra: [URL(fileURLWithPath: "/tmp/c")], environment: ["SUPPORTDIR_PATH": "/tmp/a:/tmp/b"])
        #expect(selection.sources.prefix(3).map(\.kind) == [.option, .environment, .environment])
        #expect(selection.folders.map(\.path) == [layout.installed.path, "/tmp/a", "/tmp/b", "/tmp/c"])
        let none = layout.select(extra: [URL(fileURLWithPath: "/tmp/c")], snapshot: Self.snapshot, includeDirectory: false)
        #expect(none.folders.map(\.path) == ["/tmp/c"])
        #expect(none.directory == nil)
    }

    @Test("a snapshot path that leaves its folder is refused")
    func unsafePaths() {
        for bad in ["../x.yaml", "/etc/x.yaml", "a/b.yaml", "_vocabulary/../../x.yaml", ".hidden.yaml", "x.txt",
                    "_private.yaml", "_vocabulary/a/b.yaml", ""] {
            #expect(ArchivePath(bad) == nil, "\(bad)")
        }
        for good in ["amazon.yaml", "_vocabulary/issues.yaml", "a.yml"] { #expect(ArchivePath(good) != nil) }
    }

    @Test("the date of a folder is its newest source")
    func newestSeen() {
        let text = "sources:\n  - url: https://a\n    seen: 2026-10-01\n  seen: \"2026-11-05\"\nnote: seen: 2027-99-99\n"
        #expect(DirectoryManifest.newestSeen(in: Data(text.utf8)) == "2026-11-05")
    }
}

@Suite("What an update changed")
struct DirectoryChangesTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-changes-\(UUID().uuidString)")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }

    /// The shipped anker.yaml under another id, its support email replaced by `email`.
    static func profile(_ id: String, email: String) throws -> String {
        let shipped = try #require(MerchantFolders.builtIn()).appendingPathComponent("anker.yaml")
        let text = try String(contentsOf: shipped, encoding: .utf8)
        #expect(text.contains("id: anker\n") && text.contains("email: support@anker.com\n"), "anker.yaml changed; update this test")
        return text.replacingOccurrences(of: "id: anker\n", with: "id: \(id)\n")
            .replacingOccurrences(of: "email: support@anker.com\n", with: "email: \(email)\n")
    }

    @Test("merchants added and removed, an email changed, a vocabulary file changed")
    func changes() throws {
        let old = try folder(["a.yaml": Self.profile("a", email: "support@anker.com"), "b.yaml": Self.profile("b", email: "support@anker.com"),
                              "_vocabulary/issues.yaml": "issues: []\n"])
        let new = try folder(["a.yaml": Self.profile("a", email: "help@anker.com"), "c.yaml": Self.profile("c", email: "support@anker.com"),
                              "_vocabulary/issues.yaml": "issues: [] # changed\n"])
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let changes = DirectoryChanges.between(old, new)
        #expect(changes.added == ["c"])
        #expect(changes.removed == ["b"])
        #expect(changes.changed.map(\.id) == ["a"])
        let lines = try #require(changes.changed.first?.lines)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("+ email help@anker.com (channel '") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("- email support@anker.com (channel '") == true, "\(lines)")
        #expect(changes.vocabularyChanged == ["issues.yaml"])
        #expect(DirectoryChanges.between(new, new).isEmpty)
    }
}

@Suite("Unpacked snapshots")
struct SnapshotHousekeepingTests {
    @Test("another build's snapshot unused for 30 days is removed when a new one is unpacked; a recent one stays")
    func oldSnapshotsGo() throws {
        let fm = FileManager.default
        let cache = fm.temporaryDirectory.appendingPathComponent("supportdir-snap-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: cache) }
        for (name, age) in [("builtin-old", 31.0), ("builtin-recent", 2.0)] {
            let folder = cache.appendingPathComponent(name)
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try fm.setAttributes([.modificationDate: Date() - age * 86_400], ofItemAtPath: folder.path)
        }
        let snapshot = DirectorySnapshot(digest: "new", files: [("a.yaml", Data("id: a\n".utf8).base64EncodedString())])
        #expect(snapshot.unpacked(cache: cache)?.lastPathComponent == "builtin-new")
        #expect(try fm.contentsOfDirectory(atPath: cache.path).sorted() == ["builtin-new", "builtin-recent"])
    }

    @Test("a shared temporary folder someone else can write is not used")
    func privateFolder() throws {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("supportdir-open-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: folder) }
        #expect(DirectorySnapshot.isPrivateFolder(folder))
        try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        #expect(!DirectorySnapshot.isPrivateFolder(folder))
    }
}
