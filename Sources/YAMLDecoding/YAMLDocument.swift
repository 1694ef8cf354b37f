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
                guard let index = key.intValue, items.indices.contains(index) else { return node }
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

/// The bytes given to libyaml (after any UTF-8 BOM) and where their lines start, as libyaml counts lines.
final class SourceText: Sendable {
    let bytes: [UInt8]
    /// Byte offset of each line start (line 1 at index 0).
    let lineStarts: [Int]
    /// Lines holding bytes >= 0x80; only those need work to turn code-point columns into Character columns.
    /// For each line (0-based): does it hold bytes >= 0x80; ? Empty when the whole text is ASCII.
    let nonASCIILines: [Bool]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var nonASCII: [Int] = []
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            var lineHasHigh = false
            while i < n {
                let b = buf[i]
                if b < 0x80 {
                    if b == 0x0A {
                        if lineHasHigh { nonASCII.append(starts.count - 1); lineHasHigh = false }
                        starts.append(i + 1)
                    } else if b == 0x0D {
                        if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
                        if lineHasHigh { nonASCII.append(starts.count - 1); lineHasHigh = false }
                        starts.append(i + 1)
                    }
                    i += 1
                    continue
                }
                lineHasHigh = true
                // libyaml also breaks lines at NEL (C2 85), LS (E2 80 A8) and PS (E2 80 A9).
                if b == 0xC2, i + 1 < n, buf[i + 1] == 0x85 {
                    nonASCII.append(starts.count - 1); lineHasHigh = false
                    starts.append(i + 2)
                    i += 2
                    continue
                }
                if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 {
                    nonASCII.append(starts.count - 1); lineHasHigh = false
                    starts.append(i + 3)
                    i += 3
                    continue
                }
                i += 1
            }
            if lineHasHigh { nonASCII.append(starts.count - 1) }
        }
        self.lineStarts = starts
        if nonASCII.isEmpty {
            self.nonASCIILines = []
        } else {
            var flags = [Bool](repeating: false, count: starts.count)
            for line in nonASCII { flags[line] = true }
            self.nonASCIILines = flags
        }
    }

    /// Byte range of a 1-based line, without its line break.
    func lineRange(_ line: Int) -> Range<Int>? {
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
    @inline(__always)
    func location(line0: Int, codePointColumn0: Int) -> SourceLocation {
        if nonASCIILines.isEmpty || line0 >= nonASCIILines.count || !nonASCIILines[line0] {
            return SourceLocation(line: line0 + 1, column: codePointColumn0 + 1)
        }
        return SourceLocation(line: line0 + 1, column: characterColumn(line0: line0, codePointColumn0: codePointColumn0))
    }

    private func characterColumn(line0: Int, codePointColumn0: Int) -> Int {
        guard line0 < lineStarts.count else { return codePointColumn0 + 1 }
        let start = lineStarts[line0]
        var i = start
        var remaining = codePointColumn0
        while remaining > 0 && i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { break }
            i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            remaining -= 1
        }
        i = min(i, bytes.count)
        return String(decoding: bytes[start..<i], as: UTF8.self).count + remaining + 1
    }

    /// 1-based location of a byte offset (for reader errors, which libyaml reports as offsets).
    func location(byteOffset: Int) -> SourceLocation {
        let offset = min(max(0, byteOffset), bytes.count)
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
