import Foundation
import YAMLDecoding

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The on-disk index as bytes: its layout, writing it, and reading it back without building
/// anything per profile, so a warm load costs one read of the file and no dictionary of names.
///
/// Layout (version 3). Integers are little-endian 32-bit words; a 64-bit value is two words, low first.
///
///     magic      24 bytes   "supportdir-index 3\n", then zero bytes
///     checksum    8 bytes   of everything after it (damage makes the file foreign)
///     word count  4 bytes
///     words                 the row count of each table, then the tables, one after the other
///     strings               the rest: UTF-8 text, referred to from the words as (offset, length)
///
/// Tables, in order, with their row width in words:
///
/// - folders (2): the folder paths the index was written for, in order.
/// - files (25): one per profile file, in load order: path, length of its name (the end of the path),
///   folder, stamp (size, modification and change times, inode), where the id is written, its errors,
///   and, when it decoded cleanly, what lookup needs: kind, id, group, marketplaces, folded names.
/// - errors (4): line, column, message.
/// - lists (2): strings of the files' `sells_on` and folded names.
/// - entries (1): the files that are registry entries (clean, id not taken), in registry order.
/// - problems (6): path, line, column, message: every problem of the files, in order.
/// - file names (1): a hash table (open addressing, a power of two of slots, at least twice the
///   files) of file row + 1 (0: empty), by ``fileNameHash(_:folder:)`` of the file's name and folder.
/// - four look-up tables of (string, value, extra) rows (4), sorted in Swift's `String` order so a name
///   is found by binary search (value: entry): ids, folded names (extra: the name's position among its
///   entry's names × 2, + 1 when it is all Latin letters and digits), groups (a profile's `group`, else
///   its id) and marketplaces (`sells_on`).
/// - longest name (1): one row, the most Unicode scalars in a folded name (no longer stretch of a
///   query can be one).
struct IndexFile: Sendable {
    /// Changes with the layout; the index's file name carries it too, so versions never read each other's.
    static let version = 3
    static let magic: [UInt8] = Array("supportdir-index \(version)\n".utf8) + Array(repeating: 0, count: 5)

    enum Table: Int, CaseIterable {
        case folders, files, errors, lists, entries, problems, fileNames, ids, names, groups, marketplaces, longestName

        var width: Int {
            switch self {
            case .folders, .lists: return 2
            case .files: return File.width
            case .errors: return 4
            case .entries, .fileNames, .longestName: return 1
            case .problems: return 6
            case .ids, .names, .groups, .marketplaces: return 4
            }
        }
    }

    /// Word offsets within a file row.
    enum File {
        static let path = 0, nameLength = 2, folder = 3, size = 4, modified = 6, changed = 8, inode = 10
        static let idLine = 12, idColumn = 13, errorsStart = 14, errorsCount = 15
        /// 0: no profile; k + 1: `MerchantKind.allCases[k]`.
        static let kind = 16
        static let id = 17, group = 19, sellsOnStart = 21, sellsOnCount = 22, namesStart = 23, namesCount = 24
        static let width = 25
    }

    static let none = UInt32.max

    /// The whole file, read once and never copied: words and strings are read in place.
    private let bytes: [UInt8]
    /// Byte offsets of the words and of the strings.
    private let wordsStart: Int, stringsStart: Int
    /// Word offset of each table, and its row count.
    private let starts: [Int]
    private let counts: [Int]

    var stringsCount: Int { bytes.count - stringsStart }

    func count(_ table: Table) -> Int { counts[table.rawValue] }

    /// Word `field` of row `row` of `table`.
    func word(_ table: Table, _ row: Int, _ field: Int = 0) -> UInt32 {
        let offset = wordsStart + 4 * (starts[table.rawValue] + row * table.width + field)
        return bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    func int(_ table: Table, _ row: Int, _ field: Int) -> Int { Int(word(table, row, field)) }

    func int64(_ table: Table, _ row: Int, _ field: Int) -> UInt64 {
        UInt64(word(table, row, field)) | UInt64(word(table, row, field + 1)) << 32
    }

    /// The string whose reference starts at `field` (nil for an absent optional one).
    func string(_ table: Table, _ row: Int, _ field: Int) -> String? {
        let offset = word(table, row, field)
        guard offset != Self.none else { return nil }
        return text(Int(offset), int(table, row, field + 1))
    }

    func text(_ offset: Int, _ length: Int) -> String {
        let start = stringsStart + offset
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the string whose reference starts at `field` (present).
    func withBytes<T>(_ table: Table, _ row: Int, _ field: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let start = stringsStart + int(table, row, field), count = int(table, row, field + 1)
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)])) }
    }

    /// The length in bytes of the string referred to at `field`.
    func length(_ table: Table, _ row: Int, _ field: Int) -> Int { int(table, row, field + 1) }
}

// MARK: Reading

extension IndexFile {
    /// Reads and checks the file at `path`; nil when it is missing, damaged or not one this version wrote.
    init?(contentsOf path: String) {
        guard let bytes = IndexFile.readAll(path) else { return nil }
        self.init(bytes: bytes)
    }

    /// Checks `bytes` whole (magic, checksum, and that every count, reference and row number is in
    /// range), so that reading a row later can never fail.
    init?(bytes: [UInt8]) {
        let header = IndexFile.magic.count + 8 + 4
        guard bytes.count >= header, bytes.starts(with: IndexFile.magic) else { return nil }
        func load<T: FixedWidthInteger>(_ offset: Int, as: T.Type) -> T {
            bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        }
        let checksum = load(IndexFile.magic.count, as: UInt64.self)
        guard bytes.withUnsafeBytes({ IndexFile.checksum(UnsafeRawBufferPointer(rebasing: $0[(IndexFile.magic.count + 8)...])) }) == checksum
        else { return nil }
        let wordCount = Int(load(IndexFile.magic.count + 8, as: UInt32.self))
        guard wordCount >= Table.allCases.count, wordCount <= (bytes.count - header) / 4 else { return nil }
        var counts: [Int] = []
        var starts: [Int] = []
        var next = Table.allCases.count
        for table in Table.allCases {
            let count = Int(load(header + 4 * table.rawValue, as: UInt32.self))
            counts.append(count)
            starts.append(next)
            next += count * table.width
            guard next <= wordCount else { return nil }
        }
        guard next == wordCount else { return nil }
        self.bytes = bytes
        self.wordsStart = header
        self.stringsStart = header + wordCount * 4
        self.counts = counts
        self.starts = starts
        guard isWellFormed() else { return nil }
    }

    private func isWellFormed() -> Bool {
        let stringCount = stringsCount
        func ref(_ table: Table, _ row: Int, _ field: Int, optional: Bool = false) -> Bool {
            let offset = word(table, row, field), length = Int(word(table, row, field + 1))
            if offset == Self.none { return optional && length == 0 }
            return Int(offset) <= stringCount && length <= stringCount - Int(offset)
        }
        func span(_ start: Int, _ count: Int, within total: Int) -> Bool { start <= total && count <= total - start }
        let files = count(.files), lists = count(.lists), errors = count(.errors), entries = count(.entries)
        for row in 0..<count(.folders) where !ref(.folders, row, 0) { return false }
        for row in 0..<errors where !ref(.errors, row, 2) { return false }
        for row in 0..<lists where !ref(.lists, row, 0) { return false }
        for row in 0..<count(.problems) where !ref(.problems, row, 0) || !ref(.problems, row, 4) { return false }
        for row in 0..<files {
            guard ref(.files, row, File.path), int(.files, row, File.nameLength) <= length(.files, row, File.path),
                  int(.files, row, File.folder) < count(.folders),
                  span(int(.files, row, File.errorsStart), int(.files, row, File.errorsCount), within: errors),
                  int(.files, row, File.kind) <= MerchantKind.allCases.count
            else { return false }
            if int(.files, row, File.kind) > 0 {
                guard ref(.files, row, File.id), ref(.files, row, File.group, optional: true),
                      span(int(.files, row, File.sellsOnStart), int(.files, row, File.sellsOnCount), within: lists),
                      span(int(.files, row, File.namesStart), int(.files, row, File.namesCount), within: lists)
                else { return false }
            }
        }
        for row in 0..<entries {
            let file = int(.entries, row, 0)
            guard file < files, int(.files, file, File.kind) > 0 else { return false }
        }
        guard count(.longestName) == 1 else { return false }
        let slots = count(.fileNames)
        guard slots.nonzeroBitCount == 1, slots >= 2 * files else { return false }
        for slot in 0..<slots where int(.fileNames, slot, 0) > files { return false }
        for table in [Table.ids, .names, .groups, .marketplaces] {
            for row in 0..<count(table) where !ref(table, row, 0) || int(table, row, 2) >= entries { return false }
        }
        for row in 0..<count(.names) {
            let file = int(.entries, int(.names, row, 2), 0)
            guard int(.names, row, 3) >> 1 < int(.files, file, File.namesCount) else { return false }
        }
        return true
    }

    /// The whole file, in one read.
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failed = n < 0; break }
                count += n
            }
        }
        return failed ? nil : bytes
    }

    /// A fast 64-bit checksum of whole words (and the odd bytes at the end), so damage is noticed.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            hash = ((hash ^ word) &* 0x100_0000_01b3).rotatedLeft(by: 29)
            i += 8
        }
        while i < bytes.count {
            hash = ((hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3).rotatedLeft(by: 29)
            i += 1
        }
        return hash
    }
}

extension Int {
    fileprivate var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}

extension UInt64 {
    fileprivate func rotatedLeft(by n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}

// MARK: Look-up tables

extension IndexFile {
    /// The rows of a `String`-ordered table whose string equals `target` (as Swift compares strings).
    func rows(_ table: Table, equalTo target: String) -> Range<Int> {
        lowerBound(table, target)..<upperBound(table, target)
    }

    /// The first row of a `String`-ordered table whose string is not below `target`.
    func lowerBound(_ table: Table, _ target: String) -> Int {
        var low = 0, high = count(table)
        while low < high {
            let mid = (low + high) / 2
            if string(table, mid, 0)! < target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func upperBound(_ table: Table, _ target: String) -> Int {
        var low = 0, high = count(table)
        while low < high {
            let mid = (low + high) / 2
            if target < string(table, mid, 0)! { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The file row named `name` (bytes, as the folder lists it) in folder `folder`.
    func file(named name: UnsafeRawBufferPointer, inFolder folder: Int) -> Int? {
        let mask = count(.fileNames) - 1
        var slot = Int(truncatingIfNeeded: IndexFile.fileNameHash(name, folder: folder)) & mask
        return bytes.withUnsafeBytes { file -> Int? in
            let pool = file.baseAddress! + stringsStart
            for _ in 0...mask {
                let value = int(.fileNames, slot, 0)
                if value == 0 { return nil }
                let file = value - 1
                let end = int(.files, file, File.path) + length(.files, file, File.path)
                let nameLength = int(.files, file, File.nameLength)
                if int(.files, file, File.folder) == folder, nameLength == name.count,
                   nameLength == 0 || memcmp(pool + (end - nameLength), name.baseAddress!, nameLength) == 0 {
                    return file
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// FNV-1a of a file's name, then of its folder's position.
    static func fileNameHash(_ name: UnsafeRawBufferPointer, folder: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ UInt64(truncatingIfNeeded: folder)) &* 0x100_0000_01b3
    }
}

// MARK: Writing

extension IndexFile {
    /// What a file row holds, as the registry computed it.
    struct Contents {
        var folders: [String]
        /// In load order; `folder` indexes `folders`.
        var files: [(folder: Int, record: IndexRecord)]
        /// Indices into `files` of the registry's entries, in order.
        var entries: [Int]
        var problems: [YAMLError]
    }

    /// The bytes of an index holding `contents`.
    static func encode(_ contents: Contents) -> [UInt8] {
        var strings: [UInt8] = []
        func add(_ s: String) -> (UInt32, UInt32) {
            let offset = UInt32(strings.count)
            strings.append(contentsOf: s.utf8)
            return (offset, UInt32(strings.count) - offset)
        }
        var tables = [[UInt32]](repeating: [], count: Table.allCases.count)
        func append(_ table: Table, _ row: [UInt32]) {
            precondition(row.count == table.width)
            tables[table.rawValue] += row
        }
        func split(_ v: UInt64) -> [UInt32] { [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)] }
        func small(_ n: Int) -> UInt32 { UInt32(clamping: n) }
        func ref(_ r: (UInt32, UInt32)) -> [UInt32] { [r.0, r.1] }

        for folder in contents.folders { append(.folders, ref(add(folder))) }
        var nameRefs: [[(UInt32, UInt32)]] = []
        var idRefs: [(UInt32, UInt32)] = []
        var fileNameSlots = [UInt32](repeating: 0, count: max(2, (2 * contents.files.count).nextPowerOfTwo))
        var errorCount = 0, listCount = 0
        for (i, (folder, record)) in contents.files.enumerated() {
            let path = add(record.path)
            // The file's name is the end of its path, after the last "/".
            let pathBytes = Array(record.path.utf8)
            let nameLength = pathBytes.count - (pathBytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0)
            let hash = pathBytes.suffix(nameLength).withUnsafeBytes { IndexFile.fileNameHash($0, folder: folder) }
            var slot = Int(truncatingIfNeeded: hash) & (fileNameSlots.count - 1)
            while fileNameSlots[slot] != 0 { slot = (slot + 1) & (fileNameSlots.count - 1) }
            fileNameSlots[slot] = UInt32(i + 1)
            for error in record.errors { append(.errors, [small(error.line), small(error.column)] + ref(add(error.message))) }
            var row = ref(path) + [UInt32(nameLength), UInt32(folder)]
            row += split(UInt64(bitPattern: record.stamp.size)) + split(UInt64(bitPattern: record.stamp.modified))
            row += split(UInt64(bitPattern: record.stamp.changed)) + split(record.stamp.inode)
            row += [small(record.idLocation.line), small(record.idLocation.column), UInt32(errorCount), UInt32(record.errors.count)]
            errorCount += record.errors.count
            var names: [(UInt32, UInt32)] = []
            if let profile = record.profile {
                let kind = MerchantKind.allCases.firstIndex(of: profile.kind)! + 1
                let id = add(profile.id)
                idRefs.append(id)
                row += [UInt32(kind)] + ref(id) + (profile.group.map { ref(add($0)) } ?? [Self.none, 0])
                for market in profile.sellsOn { append(.lists, ref(add(market))) }
                row += [UInt32(listCount), UInt32(profile.sellsOn.count)]
                listCount += profile.sellsOn.count
                for key in profile.keys {
                    let r = add(key)
                    names.append(r)
                    append(.lists, ref(r))
                }
                row += [UInt32(listCount), UInt32(profile.keys.count)]
                listCount += profile.keys.count
            } else {
                idRefs.append((Self.none, 0))
                row += [0, Self.none, 0, Self.none, 0, 0, 0, 0, 0]
            }
            nameRefs.append(names)
            append(.files, row)
        }
        for file in contents.entries { append(.entries, [UInt32(file)]) }
        for problem in contents.problems {
            append(.problems, ref(add(problem.path)) + [small(problem.line), small(problem.column)] + ref(add(problem.message)))
        }

        tables[Table.fileNames.rawValue] = fileNameSlots
        // The other tables, sorted as Swift compares strings, then by entry and position.
        var ids: [(String, [UInt32])] = [], keys: [(String, [UInt32])] = [], groups: [(String, [UInt32])] = []
        var markets: [(String, [UInt32])] = []
        var longestName = 0
        for (e, file) in contents.entries.enumerated() {
            guard let profile = contents.files[file].record.profile else { continue }
            longestName = profile.keys.reduce(longestName) { max($0, $1.unicodeScalars.count) }
            ids.append((profile.id, ref(idRefs[file]) + [UInt32(e), 0]))
            for (n, key) in profile.keys.enumerated() {
                let latin: UInt32 = key.unicodeScalars.allSatisfy(QueryText.isLatin) ? 1 : 0
                keys.append((key, ref(nameRefs[file][n]) + [UInt32(e), UInt32(n) << 1 | latin]))
            }
            let group = profile.group ?? profile.id
            groups.append((group, ref(add(group)) + [UInt32(e), 0]))
            for market in profile.sellsOn { markets.append((market, ref(add(market)) + [UInt32(e), 0])) }
        }
        for (table, rows) in [(Table.ids, ids), (.names, keys), (.groups, groups), (.marketplaces, markets)] {
            let sorted = rows.sorted { a, b in
                a.0 != b.0 ? a.0 < b.0 : (a.1[2], a.1[3]) < (b.1[2], b.1[3])
            }
            for (_, row) in sorted { append(table, row) }
        }
        append(.longestName, [UInt32(clamping: longestName)])

        var words = Table.allCases.map { UInt32(tables[$0.rawValue].count / $0.width) }
        for table in Table.allCases { words += tables[table.rawValue] }
        var body: [UInt8] = []
        body.reserveCapacity(4 + words.count * 4 + strings.count)
        withUnsafeBytes(of: UInt32(words.count).littleEndian) { body += $0 }
        for word in words { withUnsafeBytes(of: word.littleEndian) { body += $0 } }
        body += strings
        var bytes = IndexFile.magic
        withUnsafeBytes(of: body.withUnsafeBytes { checksum($0) }.littleEndian) { bytes += $0 }
        return bytes + body
    }
}
