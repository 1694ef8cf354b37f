import Foundation
@testable import SupportDirectorySite
import SupportDirectory
import Testing

/// Writing a site over an earlier build: what the new build lacks goes, links are never followed, and the
/// folder ends holding exactly the new files with the new bytes.
@Suite("Site folder replaced in place")
struct SiteWriteTests {
    static func site(_ files: [String: String]) -> SiteFiles {
        var all = files
        all[SiteFiles.marker] = "marker\n"
        return SiteFiles(files: all.sorted { $0.key < $1.key }.map { SiteFile(path: $0.key, data: Data($0.value.utf8)) },
                         merchants: 0, plans: 0, today: CalendarDate(year: 2026, month: 12, day: 3)!)
    }

    static func listing(_ folder: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            out[path] = isFolder.boolValue ? "/" : String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        return out
    }

    @Test("a second build removes stale files, folders and links, cuts longer files, rewrites ones of the same length, and never writes through a link")
    func replaceInPlace() throws {
        let fm = FileManager.default
        let root = SiteTests.temporaryFolder("replace")
        defer { try? fm.removeItem(at: root) }
        let out = root.appendingPathComponent("site")
        let outside = root.appendingPathComponent("outside.txt")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("not the site's\n".utf8).write(to: outside)

        try Self.site(["en/index.html": "a long first version of the page\n", "en/old/index.html": "old\n",
                       "api/v1/x.json": "{}\n", "gone.txt": "gone\n", "same.txt": "same length a\n", "kept.txt": "kept\n"]).write(to: out)
        // Someone (or an earlier tool) left a link where the new build writes a page, and one to a folder.
        try fm.removeItem(at: out.appendingPathComponent("api/v1/x.json"))
        try fm.createSymbolicLink(at: out.appendingPathComponent("api/v1/x.json"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: out.appendingPathComponent("ko"), withDestinationURL: root)

        let second = Self.site(["en/index.html": "short\n", "api/v1/x.json": "{\"v\":2}\n", "ko/index.html": "ko\n",
                                "en/old": "now a file\n", "same.txt": "same length b\n", "kept.txt": "kept\n"])
        try second.write(to: out)

        #expect(try Self.listing(out) == [
            ".supportdir-site": "marker\n", "api": "/", "api/v1": "/", "api/v1/x.json": "{\"v\":2}\n", "en": "/",
            "en/index.html": "short\n", "en/old": "now a file\n", "kept.txt": "kept\n", "ko": "/", "ko/index.html": "ko\n",
            "same.txt": "same length b\n",
        ])
        #expect(try String(contentsOf: outside, encoding: .utf8) == "not the site's\n", "a link was written through")
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("index.html").path), "a linked folder was written into")
    }

    @Test("plans made three shops at a time give the same files, and the folder holds exactly them, no folder of a plan that has none")
    func batchesOfShops() throws {
        let fm = FileManager.default
        var site = try SiteBuilder(registry: Registry.load(folders: [SiteTests.merchants])).prepare()
        site.batchSize = 3
        #expect(site.merchants > 3 * 5, "several batches")
        let whole = SiteTests.shipped, batched = site.files()
        #expect(batched.files.map(\.path) == whole.files.map(\.path))
        #expect(batched.files == whole.files, "the same bytes")
        #expect(batched.plans == whole.plans)
        // A plan a profile may have and has not (the sellers' profiles answer no refund of their own), written by a
        // stale build: it goes, with its folders.
        let stale = ["en/amazon-sellers/refund/index.html", "api/v1/plans/amazon-sellers/refund.en.json"]
        for path in stale { #expect(whole.file(path) == nil, "\(path) is not part of the site") }
        let out = SiteTests.temporaryFolder("batches")
        defer { try? fm.removeItem(at: out) }
        for round in ["fresh", "over a stale build"] {
            if round != "fresh" {
                for path in stale {
                    try fm.createDirectory(at: out.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data("stale\n".utf8).write(to: out.appendingPathComponent(path))
                }
            }
            let written = try site.write(to: out)
            #expect(written.files == whole.files.count && written.plans == whole.plans, "\(round)")
            var expected: [String: String] = [:]
            for file in whole.files {
                expected[file.path] = String(decoding: file.data, as: UTF8.self)
                var folder = file.path.split(separator: "/").dropLast()
                while !folder.isEmpty { expected[folder.joined(separator: "/")] = "/"; folder = folder.dropLast() }
            }
            let listing = try Self.listing(out)
            #expect(listing.keys.sorted() == expected.keys.sorted(), "\(round): \(Set(listing.keys).symmetricDifference(expected.keys).sorted().prefix(5))")
            #expect(listing == expected, "\(round): the same bytes")
        }
    }

    @Test("a file that cannot be written is an error naming it in full")
    func unwritable() throws {
        let root = SiteTests.temporaryFolder("unwritable-with-a-long-folder-name-so-the-path-is-over-eighty-characters")
        let reason = SiteFileWriter.save(SiteFile(path: "missing/file.html", text: "x"), to: root.appendingPathComponent("missing/file.html").path)
        #expect(reason?.contains(root.path + "/missing/file.html") == true, "\(reason ?? "nil")")
        #expect(reason?.contains("No such file") == true, "\(reason ?? "nil")")
    }
}
