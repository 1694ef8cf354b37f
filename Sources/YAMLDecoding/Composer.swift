internal import CLibYAML

/// Reads libyaml's event stream once and builds the node tree, enforcing the limits and
/// rejecting duplicate keys, undefined aliases and more than one document as it goes.
struct Composer {
    let path: String
    let limits: YAMLLimits
    let source: SourceText

    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        /// Where this collection's children start on the shared child stack (keys and values alternate).
        var childStart: Int
        var keyIndex: [String: Int]?
        var expandedCount = 1
    }

    static let smallMappingLimit = 8

    init(path: String, limits: YAMLLimits, source: SourceText) {
        self.path = path
        self.limits = limits
        self.source = source
    }

    func error(_ message: String, at location: SourceLocation) -> YAMLError {
        YAMLError(path: path, location: location, message: message, sourceLine: source.line(location.line))
    }

    @inline(__always)
    func location(_ mark: yaml_mark_t) -> SourceLocation {
        source.location(line0: Int(mark.line), codePointColumn0: Int(mark.column))
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
        // Children of all open collections, so that each collection allocates its array once, at its end.
        var children: [YAMLNode] = []
        children.reserveCapacity(256)
        var anchors: [String: YAMLNode] = [:]
        var openAnchors: Set<String> = []
        var aliasTotal = 0
        var root: YAMLNode?
        var documents = 0

        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw SyntaxError.make(parser.pointee, composer: self)
            }
            defer { yaml_event_delete(&event) }
            let type = event.type
            var finished: YAMLNode?

            switch type {
            case YAML_STREAM_START_EVENT:
                continue
            case YAML_STREAM_END_EVENT:
                guard let root else {
                    throw error("the file is empty; expected a mapping (for example 'id: ...')", at: SourceLocation(line: 1, column: 1))
                }
                return root
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
                aliasTotal = aliasTotal.addingSaturating(target.expandedCount)
                if aliasTotal > limits.maxAliasExpansion {
                    throw error("aliases expand to more than \(limits.maxAliasExpansion) nodes; this file repeats too much through '*' aliases (limit maxAliasExpansion)", at: at)
                }
                finished = YAMLNode(kind: target.kind, location: at, tag: target.tag, anchor: nil,
                                    keyIndex: target.keyIndex, expandedCount: target.expandedCount)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let length = Int(scalar.length)
                let at = location(event.start_mark)
                if length > limits.maxScalarLength {
                    throw error("this value is \(length) bytes long; the limit is \(limits.maxScalarLength) (limit maxScalarLength)", at: at)
                }
                let text = length == 0 ? "" : String(decoding: UnsafeBufferPointer(start: scalar.value, count: length), as: UTF8.self)
                let style: YAMLNode.ScalarStyle
                switch scalar.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                let tag = scalar.tag.map { String(cString: $0) }
                let anchor = scalar.anchor.map { String(cString: $0) }
                let node = YAMLNode(kind: .scalar(text, style), location: at, tag: tag, anchor: anchor)
                if let anchor { anchors[anchor] = node }
                finished = node
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let at = location(event.start_mark)
                if stack.count >= limits.maxDepth {
                    throw error("lists and mappings are nested more than \(limits.maxDepth) levels deep (limit maxDepth)", at: at)
                }
                let isMapping = type == YAML_MAPPING_START_EVENT
                let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let anchor = anchorPointer.map { String(cString: $0) }
                if let anchor { openAnchors.insert(anchor) }
                stack.append(Frame(isMapping: isMapping, location: at, tag: tagPointer.map { String(cString: $0) }, anchor: anchor,
                                   childStart: children.count))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let start = frame.childStart
                let node: YAMLNode
                if frame.isMapping {
                    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                    pairs.reserveCapacity((children.count - start) / 2)
                    var i = start
                    while i + 1 < children.count {
                        pairs.append((key: children[i], value: children[i + 1]))
                        i += 2
                    }
                    node = YAMLNode(kind: .mapping(pairs), location: frame.location, tag: frame.tag, anchor: frame.anchor,
                                    keyIndex: frame.keyIndex, expandedCount: frame.expandedCount)
                } else {
                    node = YAMLNode(kind: .sequence(Array(children[start...])), location: frame.location, tag: frame.tag,
                                    anchor: frame.anchor, expandedCount: frame.expandedCount)
                }
                children.removeSubrange(start...)
                if let anchor = frame.anchor {
                    openAnchors.remove(anchor)
                    anchors[anchor] = node
                }
                finished = node
            default:
                continue
            }

            guard let node = finished else { continue }
            if stack.isEmpty {
                root = node
                continue
            }
            let top = stack.count - 1
            stack[top].expandedCount = stack[top].expandedCount.addingSaturating(node.expandedCount)
            if stack[top].isMapping && (children.count - stack[top].childStart) & 1 == 0 {
                try checkDuplicate(key: node, in: &stack[top], children: children)
            }
            children.append(node)
        }
    }

    /// Rejects a second occurrence of a scalar key, pointing at it and naming the first's line.
    private func checkDuplicate(key: YAMLNode, in frame: inout Frame, children: [YAMLNode]) throws(YAMLError) {
        guard case .scalar(let text, _) = key.kind else { return }
        let start = frame.childStart
        let index = (children.count - start) / 2
        if frame.keyIndex == nil && index < Self.smallMappingLimit {
            var i = start
            while i < children.count {
                if case .scalar(let other, _) = children[i].kind, other == text {
                    throw duplicate(text, at: key.location, first: children[i].location)
                }
                i += 2
            }
            return
        }
        if frame.keyIndex == nil {
            var built = [String: Int](minimumCapacity: 16)
            for pair in 0..<index {
                if case .scalar(let other, _) = children[start + 2 * pair].kind, built[other] == nil { built[other] = pair }
            }
            frame.keyIndex = built
        }
        if let first = frame.keyIndex![text] {
            throw duplicate(text, at: key.location, first: children[start + 2 * first].location)
        }
        frame.keyIndex![text] = index
    }

    private func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> YAMLError {
        error("duplicate key '\(key)' (first defined on line \(first.line))", at: location)
    }
}

extension Int {
    @inline(__always)
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
