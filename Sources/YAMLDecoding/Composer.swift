internal import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads libyaml's event stream once and builds the node tree, enforcing the limits and
/// rejecting duplicate keys, undefined aliases and more than one document as it goes.
struct Composer {
    let path: String
    let limits: YAMLLimits
    let source: SourceText

    private struct Frame {
        var isMapping: Bool
        var line0: Int
        var column0: Int
        var tag: Int32
        var anchor: Int32
        var anchorName: String?
        /// Where this collection's children start on the shared pending-child stack (keys and values alternate).
        var childStart: Int
        var keyIndex: [String: Int]?
        var expandedCount = 1
    }

    /// Mappings up to this many keys are searched linearly (bytes compared; no String per key, no hashing).
    static let smallMappingLimit = 24

    init(path: String, limits: YAMLLimits, source: SourceText) {
        self.path = path
        self.limits = limits
        self.source = source
    }

    func error(_ message: String, at location: SourceLocation) -> YAMLError {
        YAMLError(path: path, location: location, message: message, sourceLine: source.line(location.line))
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        source.location(line0: Int(mark.line), codePointColumn0: Int(mark.column))
    }

    func location(_ r: NodeRecord) -> SourceLocation {
        source.location(line0: r.line0, codePointColumn0: r.column0)
    }

    func compose() throws(YAMLError) -> YAMLNode {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw error("could not start the YAML parser (out of memory)", at: SourceLocation(line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        return try source.bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode in
            // libyaml never reads a NULL input; give it a valid pointer even for empty input.
            var empty: UInt8 = 0
            let base = buffer.baseAddress ?? withUnsafeMutablePointer(to: &empty) { UnsafePointer($0) }
            yaml_parser_set_input_string(parser, base, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            return try run(parser)
        }
    }

    private func run(_ parser: UnsafeMutablePointer<yaml_parser_t>) throws(YAMLError) -> YAMLNode {
        var event = yaml_event_t()
        var stack: [Frame] = []
        stack.reserveCapacity(16)
        // Every duplicate key is reported, not only the first: they are collected while composing and thrown
        // together at the end (the first, with the others in `others`).
        var duplicates: [YAMLError] = []
        // The document's storage, filled as nodes finish.
        var records = PODBuffer<NodeRecord>(capacity: source.bytes.count / 24 + 8)
        var text = PODBuffer<UInt8>(capacity: source.bytes.count)
        var children = PODBuffer<Int>(capacity: source.bytes.count / 24 + 8)
        // Records, text and children become the document's; freed here only if composing fails.
        var handedOver = false
        defer {
            if !handedOver {
                records.deallocate()
                text.deallocate()
                children.deallocate()
            }
        }
        var names: [String] = []
        var keyIndexes: [[String: Int]] = []
        // Children of all open collections, so that each collection's children land contiguously at its end.
        var pending = PODBuffer<Int>(capacity: 256)
        defer { pending.deallocate() }
        var anchors: [String: Int] = [:]
        var openAnchors: Set<String> = []
        var aliasTotal = 0
        var root: Int?
        var documents = 0

        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw SyntaxError.make(parser.pointee, composer: self)
            }
            defer { yaml_event_delete(&event) }
            let type = event.type
            let finished: Int

            switch type {
            case YAML_STREAM_START_EVENT:
                continue
            case YAML_STREAM_END_EVENT:
                guard let root else {
                    throw error("the file is empty; expected a mapping (for example 'id: ...')", at: SourceLocation(line: 1, column: 1))
                }
                if var first = duplicates.first {
                    first.others = Array(duplicates.dropFirst())
                    throw first
                }
                let storage = NodeStorage(records: records.buffer, children: children.buffer, text: text.buffer, names: names,
                                          keyIndexes: keyIndexes, source: source)
                handedOver = true
                return YAMLNode(storage: storage, index: root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw error("a file may hold only one YAML document, but a second one starts here; remove the '---' line or split the file", at: location(event.start_mark))
                }
                continue
            case YAML_DOCUMENT_END_EVENT:
                continue
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                let at = location(event.start_mark)
                guard let target = anchors[name] else {
                    if openAnchors.contains(name) {
                        throw error("the alias '*\(name)' refers to the node it is inside of", at: at)
                    }
                    throw error("the alias '*\(name)' refers to no anchor; define '&\(name)' before using it", at: at)
                }
                var record = records[target]
                aliasTotal = aliasTotal.addingSaturating(record.expandedCount)
                if aliasTotal > limits.maxAliasExpansion {
                    throw error("aliases expand to more than \(limits.maxAliasExpansion) nodes; this file repeats too much through '*' aliases (limit maxAliasExpansion)", at: at)
                }
                record.line0 = Int(event.start_mark.line)
                record.column0 = Int(event.start_mark.column)
                record.anchor = -1
                finished = records.count
                records.append(record)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let length = Int(scalar.length)
                if length > limits.maxScalarLength {
                    throw error("this value is \(length) bytes long; the limit is \(limits.maxScalarLength) (limit maxScalarLength)",
                                at: location(event.start_mark))
                }
                let style: YAMLNode.ScalarStyle
                switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                var tag: Int32 = -1
                if let pointer = scalar.tag {
                    tag = Int32(names.count)
                    names.append(String(cString: pointer))
                }
                var anchor: Int32 = -1
                var anchorName: String?
                if let pointer = scalar.anchor {
                    anchor = Int32(names.count)
                    let name = String(cString: pointer)
                    names.append(name)
                    anchorName = name
                }
                let bytes = UnsafeBufferPointer(start: scalar.value, count: length)
                let offset = text.count
                var ascii = true
                if length > 0 {
                    ascii = isASCII(bytes)
                    text.append(contentsOf: bytes)
                }
                finished = records.count
                records.append(NodeRecord(line0: Int(event.start_mark.line), column0: Int(event.start_mark.column), start: offset, count: length, expandedCount: 1, tag: tag, anchor: anchor,
                                          keyIndex: -1, kind: .scalar, style: style, isASCII: ascii))
                if let anchorName { anchors[anchorName] = finished }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if stack.count >= limits.maxDepth {
                    throw error("lists and mappings are nested more than \(limits.maxDepth) levels deep (limit maxDepth)",
                                at: location(event.start_mark))
                }
                let isMapping = type == YAML_MAPPING_START_EVENT
                let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                var tag: Int32 = -1
                if let tagPointer {
                    tag = Int32(names.count)
                    names.append(String(cString: tagPointer))
                }
                var anchor: Int32 = -1
                var anchorName: String?
                if let anchorPointer {
                    let name = String(cString: anchorPointer)
                    anchor = Int32(names.count)
                    names.append(name)
                    openAnchors.insert(name)
                    anchorName = name
                }
                stack.append(Frame(isMapping: isMapping, line0: Int(event.start_mark.line), column0: Int(event.start_mark.column), tag: tag, anchor: anchor, anchorName: anchorName,
                                   childStart: pending.count))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let start = frame.childStart
                let childCount = pending.count - start
                let offset = children.count
                children.append(contentsOf: UnsafeBufferPointer(start: pending.base + start, count: childCount))
                pending.removeLast(childCount)
                var keyIndex: Int32 = -1
                if let index = frame.keyIndex {
                    keyIndex = Int32(keyIndexes.count)
                    keyIndexes.append(index)
                }
                finished = records.count
                records.append(NodeRecord(line0: frame.line0, column0: frame.column0, start: offset, count: frame.isMapping ? childCount / 2 : childCount,
                                          expandedCount: frame.expandedCount, tag: frame.tag, anchor: frame.anchor, keyIndex: keyIndex,
                                          kind: frame.isMapping ? .mapping : .sequence, style: .plain, isASCII: true))
                if let anchor = frame.anchorName {
                    openAnchors.remove(anchor)
                    anchors[anchor] = finished
                }
            default:
                continue
            }

            if stack.isEmpty {
                root = finished
                continue
            }
            let top = stack.count - 1
            stack[top].expandedCount = stack[top].expandedCount.addingSaturating(records[finished].expandedCount)
            if stack[top].isMapping && (pending.count - stack[top].childStart) & 1 == 0 {
                if let duplicate = checkDuplicate(key: finished, in: &stack[top], pending: pending, records: records, text: text.buffer),
                   duplicates.count < Self.maxReportedDuplicates {
                    duplicates.append(duplicate)
                }
            }
            pending.append(finished)
        }
    }

    /// Duplicate keys reported per file (the rest are not counted; output stays bounded).
    static let maxReportedDuplicates = 100

    /// A second occurrence of a scalar key, pointing at it and naming the first's line; nil when the key is new.
    private func checkDuplicate(key: Int, in frame: inout Frame, pending: PODBuffer<Int>, records: PODBuffer<NodeRecord>,
                                text: UnsafeBufferPointer<UInt8>) -> YAMLError? {
        let keyRecord = records[key]
        guard keyRecord.kind == .scalar else { return nil }
        let start = frame.childStart
        let index = (pending.count - start) / 2
        if frame.keyIndex == nil && index < Self.smallMappingLimit {
            var found: Int?
            var i = start
            while i < pending.count {
                let other = records[pending[i]]
                if other.kind == .scalar && Self.sameText(keyRecord, other, text) {
                    found = i
                    break
                }
                i += 2
            }
            if let found {
                return duplicate(Self.string(keyRecord, text), at: location(keyRecord), first: location(records[pending[found]]))
            }
            return nil
        }
        if frame.keyIndex == nil {
            var built = [String: Int](minimumCapacity: 16)
            for pair in 0..<index {
                let other = records[pending[start + 2 * pair]]
                if other.kind == .scalar {
                    let name = Self.string(other, text)
                    if built[name] == nil { built[name] = pair }
                }
            }
            frame.keyIndex = built
        }
        let name = Self.string(keyRecord, text)
        if let first = frame.keyIndex![name] {
            return duplicate(name, at: location(keyRecord), first: location(records[pending[start + 2 * first]]))
        }
        frame.keyIndex![name] = index
        return nil
    }

    private static func string(_ r: NodeRecord, _ text: UnsafeBufferPointer<UInt8>) -> String {
        if r.count == 0 { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: text[r.start..<(r.start + r.count)]), as: UTF8.self)
    }

    /// String equality of two scalars' text, by bytes when that decides it.
    @inline(__always)
    private static func sameText(_ a: NodeRecord, _ b: NodeRecord, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.count == b.count && (a.count == 0 || memcmp(text.baseAddress! + a.start, text.baseAddress! + b.start, a.count) == 0) {
            return true
        }
        if a.isASCII && b.isASCII { return false }
        return String(decoding: UnsafeBufferPointer(rebasing: text[a.start..<(a.start + a.count)]), as: UTF8.self)
            == String(decoding: UnsafeBufferPointer(rebasing: text[b.start..<(b.start + b.count)]), as: UTF8.self)
    }

    private func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> YAMLError {
        error("duplicate key '\(key)' (first defined on line \(first.line))", at: location)
    }
}

/// A growable buffer of trivial values (records, child indices, scalar bytes) while composing: appends
/// without an Array's uniqueness and capacity bookkeeping. Its memory is handed to the document at the end.
struct PODBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        assert(_isPOD(Element.self), "only for trivial types: nothing is deinitialized")
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    func deallocate() { base.deallocate() }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        let n = elements.count
        guard n > 0 else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + count).initialize(from: elements.baseAddress!, count: n)
        count += n
    }

    @inline(__always)
    mutating func removeLast(_ n: Int) {
        count -= n
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension Int {
    @inline(__always)
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
