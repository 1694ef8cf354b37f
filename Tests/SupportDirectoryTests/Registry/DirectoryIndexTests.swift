import Foundation
import Testing
@testable import SupportDirectory

@Suite("On-disk index")
struct DirectoryIndexTests {
    func cache() throws -> IndexCache {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-cache-\(UUID().uuidString)")
        return IndexCache(directory: dir)
    }

    @Test("a second load decodes nothing and serves the same lookups")
    func reuse() throws {
        let folder = try ProfileFolder(), cache = try cache()
        try folder.write("amazon.yaml", ProfileFolder.profile("amazon", aliases: ["아마존"]))
        try folder.write("shop.yaml", ProfileFolder.profile("shop", kind: "seller", extra: "sells_on: [amazon]"))
        let first = Registry.loadIndexed(folders: [folder.url], cache: cache)
        #expect(first.ids == ["amazon", "shop"])
        let second = Registry.loadIndexed(folders: [folder.url], cache: cache)
        // Nothing decoded yet: every slot is lazy until asked.
        #expect(second.entries.allSatisfy { !$0.slot.isLoaded })
        #expect(second.lookup("아마존").map(\.id) == ["amazon"])
        #expect(second.sellers(on: "amazon").map(\.id) == ["shop"])
        #expect(second.entries.filter { $0.slot.isLoaded }.map(\.id).sorted() == ["amazon", "shop"])
    }

    @Test("adding, changing and removing a profile are seen on the next load")
    func invalidation() throws {
        let folder = try ProfileFolder(), cache = try cache()
        try folder.write("a.yaml", ProfileFolder.profile("a", aliases: ["old"]))
        try folder.write("b.yaml", ProfileFolder.profile("b"))
        _ = Registry.loadIndexed(folders: [folder.url], cache: cache)
        try folder.write("a.yaml", ProfileFolder.profile("a", aliases: ["new-name"]))
        try folder.write("c.yaml", ProfileFolder.profile("c"))
        try folder.remove("b.yaml")
        let registry = Registry.loadIndexed(folders: [folder.url], cache: cache)
        #expect(registry.ids == ["a", "c"])
        #expect(registry.lookup("new-name").map(\.id) == ["a"])
        #expect(registry.lookup("old").isEmpty)
    }

    @Test("a broken file stays reported while it is broken, from the index too")
    func brokenStaysReported() throws {
        let folder = try ProfileFolder(), cache = try cache()
        try folder.write("bad.yaml", "id: bad\nkind: shop\n")
        for _ in 0..<2 {
            let registry = Registry.loadIndexed(folders: [folder.url], cache: cache)
            #expect(registry.ids.isEmpty)
            let problem = try #require(registry.problems.first)
            #expect(problem.error.line == 2 && problem.error.column == 7)
        }
    }

    @Test("a corrupt or foreign index file is ignored and rebuilt")
    func corrupt() throws {
        let folder = try ProfileFolder(), cache = try cache()
        try folder.write("a.yaml", ProfileFolder.profile("a"))
        let file = try #require(cache.file(for: [folder.url]))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        for garbage in ["not an index", "supportdir-index 1\n\(folder.url.path)/a.yaml\t1\t2\n", "\u{0}\u{1}\u{2}"] {
            try garbage.write(to: file, atomically: true, encoding: .utf8)
            let registry = Registry.loadIndexed(folders: [folder.url], cache: cache)
            #expect(registry.ids == ["a"])
            #expect(registry.problems.isEmpty)
            let rebuilt = try Data(contentsOf: file)
            #expect(rebuilt.starts(with: IndexFile.magic))
            #expect(IndexFile(bytes: [UInt8](rebuilt)) != nil)
        }
    }

    @Test("a damaged or cut index is ignored and rebuilt, never served")
    func damaged() throws {
        let folder = try ProfileFolder(), cache = try cache()
        try folder.write("a.yaml", ProfileFolder.profile("a", aliases: ["alpha"]))
        _ = Registry.loadIndexed(folders: [folder.url], cache: cache)
        let file = try #require(cache.file(for: [folder.url]))
        let good = try [UInt8](Data(contentsOf: file))
        #expect(IndexFile(bytes: good) != nil)
        var flipped = good
        flipped[good.count - 3] ^= 0x20  // in the strings: a name changes
        for bad in [flipped, Array(good.dropLast(7)), Array(good.prefix(40))] {
            #expect(IndexFile(bytes: bad) == nil)
            try Data(bad).write(to: file)
            let registry = Registry.loadIndexed(folders: [folder.url], cache: cache)
            #expect(registry.lookup("alpha").map(\.id) == ["a"])
            #expect(try [UInt8](Data(contentsOf: file)) == good || IndexFile(bytes: [UInt8](Data(contentsOf: file))) != nil)
        }
    }

    @Test("with nothing changed the index is served as is, also when a folder cannot be read")
    func servedAsIs() throws {
        let folder = try ProfileFolder(), cache = try cache()
        let missing = folder.url.appendingPathComponent("missing")
        try folder.write("a.yaml", ProfileFolder.profile("a"))
        let folders = [folder.url, missing]
        let first = Registry.loadIndexed(folders: folders, cache: cache)
        let file = try #require(cache.file(for: folders))
        func inode() throws -> Int { try #require(FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int) }
        let written = try inode()
        for _ in 0..<2 {
            let registry = Registry.loadIndexed(folders: folders, cache: cache)
            #expect(try inode() == written)  // not rewritten: served from the index
            #expect(registry.ids == ["a"])
            #expect(registry.problems.map(\.description) == first.problems.map(\.description))
            #expect(registry.problems.count == 1 && registry.problems[0].error.path == missing.path)
        }
        try folder.write("b.yaml", ProfileFolder.profile("b"))
        #expect(Registry.loadIndexed(folders: folders, cache: cache).ids == ["a", "b"])
        #expect(try inode() != written)
    }

    @Test("a clash across folders, a broken file and a profile registered in code read the same from a warm index")
    func warmEqualsCold() throws {
        struct CornerShop: MerchantProfile {
            let id: String
            let kind = MerchantKind.retailer
            let names: LocalizedText = "Corner Shop"
            let domains = ["corner.example"]
            let aliases = ["amazon"]
        }
        let first = try ProfileFolder(), second = try ProfileFolder(), cache = try cache()
        try first.write("amazon.yaml", ProfileFolder.profile("amazon", aliases: ["아마존"], extra: "group: amazon"))
        try first.write("amazon-jp.yaml", ProfileFolder.profile("amazon-jp", kind: "marketplace", extra: "group: amazon"))
        try first.write("shop.yaml", ProfileFolder.profile("shop", kind: "seller", extra: "sells_on: [amazon, amazon-jp]"))
        try second.write("shop.yaml", ProfileFolder.profile("shop"))
        try second.write("bad.yaml", "id: bad\nkind: shop\n")
        var registries: [Registry] = []
        for _ in 0..<2 {
            var registry = Registry.loadIndexed(folders: [first.url, second.url], cache: cache)
            try registry.register(CornerShop(id: "corner-shop"))
            #expect(throws: RegistryProblem.self) { try registry.register(CornerShop(id: "shop")) }
            registries.append(registry)
        }
        let (cold, warm) = (registries[0], registries[1])
        #expect(warm.entries.allSatisfy { $0.id == "corner-shop" || !$0.slot.isLoaded })
        #expect(warm.problems.map(\.description) == cold.problems.map(\.description))
        #expect(warm.problems.count == 2)
        #expect(warm.problems.contains { $0.error.message.contains(first.url.appendingPathComponent("shop.yaml").path) })
        for r in [cold, warm] {
            #expect(r.ids == ["amazon", "amazon-jp", "corner-shop", "shop"])
            #expect(r.entries.map(\.id) == ["amazon-jp", "amazon", "shop", "corner-shop"])  // files by name: "-" < "."
            #expect(r.lookup("AMAZON").map(\.id) == ["amazon", "corner-shop"])
            #expect(r.members(ofGroup: "amazon").map(\.id) == ["amazon", "amazon-jp"])
            #expect(r.sellers(on: "amazon-jp").map(\.id) == ["shop"])
            #expect(r.origin(of: "shop") == .file(first.url.appendingPathComponent("shop.yaml").path))
            #expect(r.profile(id: "missing") == nil)
        }
        #expect(warm.lookupTable.map { "\($0.id):\($0.key)" } == cold.lookupTable.map { "\($0.id):\($0.key)" })
    }

    @Test("names looked up in the index's sorted table are exactly those a full scan would match")
    func namesPossiblyInQuery() throws {
        let folder = try ProfileFolder(), cache = try cache()
        try folder.write("amazon.yaml", ProfileFolder.profile("amazon", aliases: ["아마존", "アマゾン", "亚马逊", "Café Shop"]))
        try folder.write("amazonia.yaml", ProfileFolder.profile("amazonia", aliases: ["amazon basics", "ama"]))
        try folder.write("rakuten.yaml", ProfileFolder.profile("rakuten", aliases: ["楽天", "라쿠텐", "rakuten ichiba"]))
        try folder.write("aliexpress.yaml", ProfileFolder.profile("aliexpress", aliases: ["速卖通", "ali express"]))
        _ = Registry.loadIndexed(folders: [folder.url], cache: cache)
        let registry = Registry.loadIndexed(folders: [folder.url], cache: cache)
        #expect(registry.indexed != nil)
        for text in ["amazon refund", "amazn refnd", "amzaon refnud", "raktuen", "AMAZON basics", "아마존 환불", "アマゾンで返品", "楽天 라쿠텐", "rakuten-ichiba",
                     "ali express", "aliexpres", "cafe shop", "café", "amazonia.example", "速卖通退款", "a", ""] {
            let query = QueryText(text)
            func matched(_ names: [(key: String, id: String)]) -> [String] {
                names.filter { !query.find(folded: $0.key).isEmpty }.map { "\($0.id):\($0.key)" }
            }
            let all = matched(registry.lookupTable)
            #expect(matched(registry.names(possiblyIn: query)) == all, "\(text)")
            #expect(!all.isEmpty || ["a", "", "café"].contains(text), "\(text)")
        }
    }

    @Test("several processes loading at once each get a complete registry")
    func concurrent() async throws {
        let folder = try ProfileFolder(), cache = try cache()
        for i in 0..<40 { try folder.write("p\(i).yaml", ProfileFolder.profile("p\(i)")) }
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { Registry.loadIndexed(folders: [folder.url], cache: cache).ids.count } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 40, count: 8))
        #expect(Registry.loadIndexed(folders: [folder.url], cache: cache).ids.count == 40)
    }
}
