import Foundation
import Testing
@testable import SupportDirectory

/// Issue 12, section 3: when thousands of profiles share a name, understanding decides "several merchants" from the
/// on-disk index without decoding them, offers a few candidates and counts the rest, and lists of storefronts in
/// notes are capped the same way.
@Suite("Plan: many profiles sharing one name")
struct NameClashTests {
    static let clones = 300

    /// The plan fixtures, plus `clones` retailers and 40 sellers that all call themselves "TestMart", served warm
    /// from the on-disk index (nothing decoded until asked).
    static func clashingRegistry() throws -> Registry {
        let folder = try ProfileFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: PlanFixtures.folder.path) {
            try FileManager.default.copyItem(at: PlanFixtures.folder.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        for i in 0..<clones {
            try folder.write("clone-\(i).yaml", "id: clone-\(i)\nkind: retailer\nnames: {en: TestMart}\ndomains: [clone-\(i).example]\n")
        }
        for i in 0..<40 {
            try folder.write("seller-\(i).yaml", "id: seller-\(i)\nkind: seller\nnames: {en: TestMart}\ndomains: [seller-\(i).example]\nsells_on: [testmart]\n")
        }
        let cache = IndexCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("supportdir-cache-\(UUID().uuidString)"))
        _ = Registry.loadIndexed(folders: [folder.url], cache: cache)
        let warm = Registry.loadIndexed(folders: [folder.url], cache: cache)
        #expect(warm.entries.allSatisfy { !$0.slot.isLoaded })
        return warm
    }

    @Test("ambiguity is decided from the index: a few candidates decoded, the rest counted in a note")
    func boundedCandidates() throws {
        let registry = try Self.clashingRegistry()
        let understood = QueryUnderstanding(registry: registry).understand(PlanFixtures.request("testmart refund"))
        #expect(understood.merchantStatus == .ambiguous)
        #expect(understood.merchantCandidates.count == QueryUnderstanding.candidateLimit)
        // testmart's group (testmart, testmart-jp; the sellers sell on it) and the 300 clones: 301 merchants.
        let more = 1 + Self.clones - QueryUnderstanding.candidateLimit
        #expect(understood.notes.contains { $0.hasPrefix("\(more) more merchants match these words") }, "\(understood.notes)")
        let decoded = registry.entries.filter { $0.slot.isLoaded }.count
        #expect(decoded <= QueryUnderstanding.candidateLimit + QueryUnderstanding.sellerDecodeLimit + 4,
                "\(decoded) of \(registry.entries.count) profiles decoded")
        // The printed outcome is bounded too: one line per candidate, and the count.
        if case let .unresolved(why) = ContactPlanner(registry: registry).resolve(PlanFixtures.request("testmart refund")) {
            let text = PlanTextRenderer().render(why)
            #expect(text.components(separatedBy: "\n  - ").count - 1 == QueryUnderstanding.candidateLimit, "\(text)")
            #expect(text.contains("\(more) more merchants"))
            #expect(text.count < 3_000, "\(text.count) characters")
        } else {
            Issue.record("expected an unresolved outcome")
        }
    }

    @Test("the shipped-size case is unchanged: one TestMart, found")
    func singleNameStillFound() {
        let understood = PlanFixtures.understand(PlanFixtures.request("testmart refund"))
        #expect(understood.merchantStatus == .found)
        #expect(!understood.notes.contains { $0.contains("more merchants") })
    }

    @Test("a list of storefronts in a note is capped with a count")
    func listedIsCapped() {
        let few = (1...3).map { "store-\($0)" }, many = (1...50).map { "store-\($0)" }
        #expect(QueryUnderstanding.listed(few) == "store-1, store-2, store-3")
        let capped = QueryUnderstanding.listed(many)
        #expect(capped.hasSuffix(" (+\(50 - QueryUnderstanding.candidateLimit))"), "\(capped)")
        #expect(capped.components(separatedBy: ", ").count == QueryUnderstanding.candidateLimit)
    }
}
