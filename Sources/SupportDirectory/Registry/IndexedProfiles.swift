import Foundation
import YAMLDecoding

/// The profiles of a registry loaded through the on-disk index, served straight from the index's
/// bytes: ids, names, groups and marketplaces are found by binary search in its sorted tables, an
/// entry is built only when asked for, and a profile is decoded on first use. Nothing is built per
/// profile when the registry is made, and releasing it frees a few buffers.
final class IndexedProfiles: @unchecked Sendable {
    let index: IndexFile
    private let loader: ProfileLoader
    private let lock = NSLock()
    /// One per entry, made on first use, so an entry asked for twice decodes once.
    private var slots: [ProfileSlot?]

    /// `decoded`: profiles already decoded while the index was written, by file row.
    init(index: IndexFile, loader: ProfileLoader, decoded: [Int: any MerchantProfile] = [:]) {
        self.index = index
        self.loader = loader
        slots = Array(repeating: nil, count: index.count(.entries))
        if !decoded.isEmpty {
            for e in 0..<slots.count {
                if let profile = decoded[file(of: e)] { slots[e] = ProfileSlot(loaded: profile) }
            }
        }
    }

    var count: Int { index.count(.entries) }

    private func file(of entry: Int) -> Int { index.int(.entries, entry, 0) }

    func id(of entry: Int) -> String { index.string(.files, file(of: entry), IndexFile.File.id)! }

    func path(of entry: Int) -> String { index.string(.files, file(of: entry), IndexFile.File.path)! }

    private func list(_ start: Int, _ count: Int) -> [String] {
        (start..<(start + count)).map { index.string(.lists, $0, 0)! }
    }

    func slot(of entry: Int) -> ProfileSlot {
        lock.withLock {
            if let slot = slots[entry] { return slot }
            let slot = ProfileSlot(path: path(of: entry), loader: loader)
            slots[entry] = slot
            return slot
        }
    }

    func entry(_ e: Int) -> Registry.Entry {
        let f = file(of: e)
        typealias Field = IndexFile.File
        return Registry.Entry(
            id: id(of: e), kind: MerchantKind.allCases[index.int(.files, f, Field.kind) - 1],
            group: index.string(.files, f, Field.group),
            sellsOn: list(index.int(.files, f, Field.sellsOnStart), index.int(.files, f, Field.sellsOnCount)),
            origin: .file(path(of: e)),
            keys: list(index.int(.files, f, Field.namesStart), index.int(.files, f, Field.namesCount)),
            slot: slot(of: e))
    }

    var entries: [Registry.Entry] { (0..<count).map(entry) }

    var ids: [String] { (0..<count).map(id(of:)) }

    /// The entry whose id is `id`.
    func entry(id: String) -> Int? {
        index.rows(.ids, equalTo: id).first.map { index.int(.ids, $0, 2) }
    }

    /// The entries having `key` among their folded names.
    func entries(named key: String) -> [Int] { values(.names, key) }

    /// The entries of `group` (their `group`, else their id).
    func members(ofGroup group: String) -> [Int] { values(.groups, group) }

    /// The entries naming `marketplace` in `sells_on`.
    func sellers(on marketplace: String) -> [Int] { values(.marketplaces, marketplace) }

    private func values(_ table: IndexFile.Table, _ string: String) -> [Int] {
        var seen = Set<Int>()
        return index.rows(table, equalTo: string).map { index.int(table, $0, 2) }.filter { seen.insert($0).inserted }
    }

    /// Every (folded name, id), entries in order, each entry's names in order.
    var lookupTable: [(key: String, id: String)] {
        var table: [(key: String, id: String)] = []
        table.reserveCapacity(index.count(.names))
        for e in 0..<count {
            let f = file(of: e), id = id(of: e)
            for key in list(index.int(.files, f, IndexFile.File.namesStart), index.int(.files, f, IndexFile.File.namesCount)) {
                table.append((key, id))
            }
        }
        return table
    }

    /// The part of ``lookupTable`` that `query.find(folded:)` could match, in the same order: Latin
    /// names starting like a run of the query's words and about as long, and other names written in
    /// the query as they are. Found in the sorted table of names; no other name is looked at.
    func names(possiblyIn query: QueryText) -> [(key: String, id: String)] {
        var found = Set<UInt64>()  // entry << 32 | position of the name in the entry
        func add(_ row: Int) { found.insert(UInt64(index.word(.names, row, 2)) << 32 | UInt64(index.word(.names, row, 3) >> 1)) }
        // Latin names: only among those starting like a run of the query's words.
        for first in Set(query.latinRuns.map { $0[0] }) {
            let rows = index.lowerBound(.names, String(UnicodeScalar(first)))..<index.lowerBound(.names, String(UnicodeScalar(first + 1)))
            for row in rows where index.word(.names, row, 3) & 1 == 1 && index.withBytes(.names, row, 0, query.mayFindLatin) {
                add(row)
            }
        }
        // Other names: only those equal to a stretch of the folded query (no longer than the longest name).
        let scalars = query.scalars, longest = index.int(.longestName, 0, 0)
        for start in scalars.indices {
            var view = String.UnicodeScalarView()
            for scalar in scalars[start..<min(scalars.count, start + longest)] {
                view.append(scalar)
                for row in index.rows(.names, equalTo: String(view)) where index.word(.names, row, 3) & 1 == 0 { add(row) }
            }
        }
        return found.sorted().map { code in
            let e = Int(code >> 32), position = Int(code & 0xFFFF_FFFF)
            let f = file(of: e)
            return (index.string(.lists, index.int(.files, f, IndexFile.File.namesStart) + position, 0)!, id(of: e))
        }
    }

    /// The problems recorded with the index (file errors and clashing ids), in order.
    var problems: [RegistryProblem] {
        (0..<index.count(.problems)).map { row in
            RegistryProblem(error: YAMLError(
                path: index.string(.problems, row, 0)!, line: index.int(.problems, row, 2),
                column: index.int(.problems, row, 3), message: index.string(.problems, row, 4)!))
        }
    }
}
