#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed YAML file: its node tree plus the source, for messages that quote the offending line.
public struct YAMLDocument: Sendable {
    /// The path given to the decoder; only used in messages.
    public let path: String
    public let root: YAMLNode
    let source: SourceText

    init(path: String, root: YAMLNode, source: SourceText) {
        self.path = path
        self.root = root
        self.source = source
    }

    /// The text of a 1-based line, without its line break; nil past the end.
    public func sourceLine(_ line: Int) -> String? {
        source.line(line)
    }

    /// The node at a Codable coding path (keys by `stringValue`, list items by `intValue`),
    /// or the deepest ancestor that exists.
    public func node(at codingPath: [any CodingKey]) -> YAMLNode? {
        var node = root
        for key in codingPath {
            switch node.kind {
            case .mapping:
                guard let child = node[key.stringValue] else { return node }
                node = child
            case .sequence(let items):
                guard let index = key.intValue, index >= 0, index < items.count else { return node }
                node = items[index]
            case .scalar:
                return node
            }
        }
        return node
    }

    /// The position of the node at a coding path, falling back to the nearest ancestor that exists.
    public func location(of codingPath: [any CodingKey]) -> SourceLocation {
        node(at: codingPath)?.location ?? SourceLocation(line: 1, column: 1)
    }

    /// An error at a position in this document, carrying the path and the source line.
    public func error(_ message: String, at location: SourceLocation) -> YAMLError {
        YAMLError(path: path, location: location, message: message, sourceLine: source.line(location.line))
    }
}

/// The bytes given to libyaml (after any UTF-8 BOM) and, built on first use, where their lines start,
/// as libyaml counts lines. Decoding that succeeds never needs a position, so never builds the index.
final class SourceText: @unchecked Sendable {
    let bytes: [UInt8]
    private let lock = Lock()
    /// Guarded by `lock`.
    private var builtLines: LineIndex?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var lines: LineIndex {
        lock.withLock {
            if let builtLines { return builtLines }
            let built = LineIndex(bytes: bytes)
            builtLines = built
            return built
        }
    }

    var lineStarts: [Int] { lines.lineStarts }

    /// Byte range of a 1-based line, without its line break.
    func lineRange(_ line: Int) -> Range<Int>? {
        let lineStarts = self.lineStarts
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        // Strip the break: \n, \r\n, \r, NEL, LS, PS.
        if end > start, line < lineStarts.count {
            if bytes[end - 1] == 0x0A {
                end -= 1
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            } else if bytes[end - 1] == 0x0D {
                end -= 1
            } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 {
                end -= 2
            } else if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 {
                end -= 3
            }
        }
        return start..<end
    }

    func line(_ line: Int) -> String? {
        guard let range = lineRange(line) else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// 1-based location from libyaml's 0-based line and code-point column.
    func location(line0: Int, codePointColumn0: Int) -> SourceLocation {
        SourceLocation(line: line0 + 1, column: characterColumn(line0: line0, codePointColumn0: codePointColumn0, lineStarts: lines.lineStarts))
    }

    /// The Character column of a code-point column. Walks the code points before it; when each
    /// is one that never joins a neighbour (Hangul syllables, CJK ideographs, kana, full-width
    /// forms, Latin-1, common punctuation) the two columns are equal; otherwise the prefix is
    /// counted as Characters.
    private func characterColumn(line0: Int, codePointColumn0: Int, lineStarts: [Int]) -> Int {
        guard line0 < lineStarts.count else { return codePointColumn0 + 1 }
        let start = lineStarts[line0]
        return bytes.withUnsafeBufferPointer { buf in
            var i = start
            var remaining = codePointColumn0
            var simple = true
            while remaining > 0 && i < buf.count {
                let b = buf[i]
                if b == 0x0A || b == 0x0D { break }
                if b < 0x80 {
                    i += 1
                } else if b < 0xE0, i + 1 < buf.count {
                    let scalar = UInt32(b & 0x1F) << 6 | UInt32(buf[i + 1] & 0x3F)
                    if scalar < 0xA0 || scalar > 0x2FF { simple = false }
                    i += 2
                } else if b < 0xF0, i + 2 < buf.count {
                    let scalar = UInt32(b & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F)
                    if simple && !SourceText.standsAlone(scalar) { simple = false }
                    i += 3
                } else {
                    simple = false
                    i += 4
                }
                remaining -= 1
            }
            if simple { return codePointColumn0 + 1 }
            i = min(i, buf.count)
            return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self).count + remaining + 1
        }
    }

    /// Three-byte code points that are always a Character of their own.
    @inline(__always)
    static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }

    /// 1-based location of a byte offset (for reader errors, which libyaml reports as offsets).
    func location(byteOffset: Int) -> SourceLocation {
        let offset = min(max(0, byteOffset), bytes.count)
        let lineStarts = self.lineStarts
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        // Count Characters of the valid prefix; an invalid byte stands for itself.
        let prefix = String(decoding: bytes[start..<offset], as: UTF8.self)
        return SourceLocation(line: lo + 1, column: prefix.count + 1)
    }
}

/// Where the lines of a text start, as libyaml counts lines (it also breaks at \r, NEL, LS and PS).
struct LineIndex: Sendable {
    /// Byte offset of each line start (line 1 at index 0).
    let lineStarts: [Int]

    init(bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let n = buf.count
            // Most files break lines only at \n: then each line is found with memchr alone.
            let onlyNewlines = !LineIndex.holdsOtherBreaks(base, count: n)
            var i = 0
            while i < n {
                let end = memchr(base + i, 0x0A, n - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? n
                if onlyNewlines || !LineIndex.mayHoldOtherBreak(base + i, count: end - i) {
                    if end < n { starts.append(end + 1) }
                    i = end + 1
                    continue
                }
                // A \r, or a lead byte of NEL, LS or PS: look at each byte.
                var j = i
                while j < end {
                    let b = base[j]
                    if b == 0x0D {
                        if j + 1 == end && end < n {
                            j += 1 // \r\n: the \n ends the line below
                            break
                        }
                        starts.append(j + 1)
                        j += 1
                        continue
                    }
                    if b == 0xC2, j + 1 < n, base[j + 1] == 0x85 {
                        starts.append(j + 2)
                        j += 2
                        continue
                    }
                    if b == 0xE2, j + 2 < n, base[j + 1] == 0x80, base[j + 2] == 0xA8 || base[j + 2] == 0xA9 {
                        starts.append(j + 3)
                        j += 3
                        continue
                    }
                    j += 1
                }
                if end < n { starts.append(end + 1) }
                i = end + 1
            }
        }
        self.lineStarts = starts
    }

    /// Whether the text holds a \r, NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9).
    static func holdsOtherBreaks(_ base: UnsafePointer<UInt8>, count n: Int) -> Bool {
        if memchr(base, 0x0D, n) != nil { return true }
        var i = 0
        while i < n, let hit = memchr(base + i, 0xC2, n - i) {
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if at + 1 < n && base[at + 1] == 0x85 { return true }
            i = at + 1
        }
        i = 0
        while i < n, let hit = memchr(base + i, 0xE2, n - i) {
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if at + 2 < n && base[at + 1] == 0x80 && (base[at + 2] == 0xA8 || base[at + 2] == 0xA9) { return true }
            i = at + 1
        }
        return false
    }

    /// Whether a line (without its \n) holds a \r, 0xC2 or 0xE2 (which lead NEL, LS and PS). 8 bytes at a time.
    @inline(__always)
    static func mayHoldOtherBreak(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        let c2: UInt64 = 0xC2C2_C2C2_C2C2_C2C2
        let e2: UInt64 = 0xE2E2_E2E2_E2E2_E2E2
        var special: UInt64 = 0
        var k = 0
        let raw = UnsafeRawPointer(p)
        while k + 8 <= count {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            let x = w ^ cr, y = w ^ c2, z = w ^ e2
            special |= ((x &- ones) & ~x) | ((y &- ones) & ~y) | ((z &- ones) & ~z)
            k += 8
        }
        while k < count {
            let b = p[k]
            if b == 0x0D || b == 0xC2 || b == 0xE2 { return true }
            k += 1
        }
        return special & high != 0
    }
}

/// A plain mutex (pthread), for the few values computed once and shared between threads.
final class Lock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    @inline(__always)
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
