import Foundation
import Testing
@testable import SupportDirectory

/// A scratch folder of profiles for one test.
struct ProfileFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }

    func remove(_ name: String) throws { try FileManager.default.removeItem(at: url.appendingPathComponent(name)) }

    static func profile(_ id: String, aliases: [String] = [], kind: String = "retailer", extra: String = "") -> String {
        """
        id: \(id)
        kind: \(kind)
        names: {en: \(id.capitalized), ja: \(id)ショップ}
        aliases: [\(aliases.joined(separator: ", "))]
        domains: [\(id).example]
        \(extra)
        """
    }
}

@Suite("Registry")
struct RegistryTests {
    @Test("loads every profile and finds them by id, alias, name and domain in any width or case")
    func lookup() throws {
        let folder = try ProfileFolder()
        try folder.write("amazon.yaml", ProfileFolder.profile("amazon", aliases: ["아마존", "アマゾン", "亚马逊", "Café Shop"]))
        try folder.write("aliexpress.yaml", ProfileFolder.profile("aliexpress", aliases: ["速卖通"]))
        let registry = Registry.load(folders: [folder.url])
        #expect(registry.problems.isEmpty)
        #expect(registry.ids == ["aliexpress", "amazon"])
        for query in ["amazon", "AMAZON", "ＡＭＡＺＯＮ", "아마존", "ｱﾏｿﾞﾝ", "アマゾン", "亚马逊", "amazon.example", "cafe shop", "CAFÉSHOP"] {
            #expect(registry.lookup(query).map(\.id) == ["amazon"], "lookup \(query)")
        }
        #expect(registry.lookup("速卖通").map(\.id) == ["aliexpress"])
        #expect(registry.lookup("ebay").isEmpty)
    }

    @Test("a broken file is reported at its line and column and the others still serve lookups")
    func brokenFile() throws {
        let folder = try ProfileFolder()
        try folder.write("good.yaml", ProfileFolder.profile("good"))
        try folder.write("bad.yaml", "id: bad\nkind: retailer\nnames: Bad\ndomains: [bad.example]\nphnoe: 1\n")
        let registry = Registry.load(folders: [folder.url])
        #expect(registry.ids == ["good"])
        #expect(registry.problems.count == 1)
        let problem = try #require(registry.problems.first)
        #expect(problem.error.path.hasSuffix("bad.yaml"))
        #expect(problem.error.line == 5)
        #expect(problem.error.column == 1)
        #expect(problem.error.message.contains("phnoe"))
    }

    @Test("an id used twice is a problem naming both files")
    func clash() throws {
        let first = try ProfileFolder(), second = try ProfileFolder()
        try first.write("shop.yaml", ProfileFolder.profile("shop"))
        try second.write("shop.yaml", ProfileFolder.profile("shop"))
        let registry = Registry.load(folders: [first.url, second.url])
        #expect(registry.ids == ["shop"])
        let problem = try #require(registry.problems.first)
        #expect(problem.error.path == second.url.appendingPathComponent("shop.yaml").path)
        #expect(problem.error.line == 1 && problem.error.column == 5)
        #expect(problem.error.message.contains(first.url.appendingPathComponent("shop.yaml").path))
    }

    @Test("an app registers a profile written in Swift beside the YAML ones; a taken id is refused")
    func registerInCode() throws {
        struct CornerShop: MerchantProfile {
            let id: String
            let kind = MerchantKind.retailer
            let names: LocalizedText = "Corner Shop"
            let domains = ["corner.example"]
            let aliases = ["街角"]
        }
        let folder = try ProfileFolder()
        try folder.write("amazon.yaml", ProfileFolder.profile("amazon"))
        var registry = Registry.load(folders: [folder.url])
        try registry.register(CornerShop(id: "corner-shop"))
        #expect(registry.lookup("街角").map(\.id) == ["corner-shop"])
        #expect(registry.origin(of: "corner-shop") == .code("CornerShop"))
        #expect(throws: RegistryProblem.self) { try registry.register(CornerShop(id: "amazon")) }
    }

    @Test("files starting with _ or . are not profiles; _vocabulary files are merged")
    func vocabulary() throws {
        let folder = try ProfileFolder()
        try folder.write("shop.yaml", ProfileFolder.profile("shop"))
        try folder.write("_draft.yaml", "not: a profile")
        try folder.write("_vocabulary/issues.yaml", """
            issues:
              - id: refund
                names: {en: Refund, ko: 환불}
                synonyms: {en: [refund], ko: [환불]}
            """)
        try folder.write("_vocabulary/more.yaml", """
            issues:
              - id: refund
                names: Refund
                synonyms: {zh: [退款]}
            """)
        let registry = Registry.load(folders: [folder.url])
        #expect(registry.problems.isEmpty)
        let refund = try #require(registry.vocabulary.issue(id: "refund"))
        #expect(refund.synonyms["zh"] == ["退款"])
        #expect(refund.synonyms["ko"] == ["환불"])
    }

    @Test("the built-in folder is found from the checkout, not the current directory")
    func builtInFolder() throws {
        let builtIn = try #require(MerchantFolders.builtIn())
        #expect(builtIn.lastPathComponent == "Merchants")
        #expect(FileManager.default.fileExists(atPath: builtIn.deletingLastPathComponent().appendingPathComponent("Package.swift").path))
    }

    @Test("SUPPORTDIR_PATH folders come after the built-in one and before --merchants folders")
    func folderOrder() {
        let folders = MerchantFolders.all(
            extra: [URL(fileURLWithPath: "/tmp/c")], environment: ["SUPPORTDIR_PATH": "/tmp/a:/tmp/b"], includeBuiltIn: false)
        #expect(folders.map(\.path) == ["/tmp/a", "/tmp/b", "/tmp/c"])
    }
}

@Suite("Registry groups")
struct RegistryGroupTests {
    @Test("a group's members are those naming it, and the profile whose id is the group's name")
    func members() throws {
        let folder = try ProfileFolder()
        try folder.write("shop.yaml", ProfileFolder.profile("shop"))
        try folder.write("shop-jp.yaml", ProfileFolder.profile("shop-jp", extra: "group: shop"))
        try folder.write("other.yaml", ProfileFolder.profile("other", extra: "group: elsewhere"))
        let registry = Registry.load(folders: [folder.url])
        #expect(registry.members(ofGroup: "shop").map(\.id) == ["shop", "shop-jp"])
        #expect(registry.members(ofGroup: "elsewhere").map(\.id) == ["other"])
    }
}
