import YAMLDecoding

/// No control characters or bidirectional-override characters anywhere: they hide what a reviewer reads
/// (`+1 800…` that displays reversed) and can rewrite a terminal.
struct HiddenCharacterRule: ValidationRule {
    static let id = "hidden-characters"
    static let description = "No control, bidirectional-override or invisible characters in any key, value or comment."
    static let defaultSeverity = Severity.error

    static let triggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: "Shop ↓\\u202Emoc.live"
            domains: [example.com]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop ↓\u{200B}Online
            domains: [example.com]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: Shop
            domains: [example.com]  # ↓\u{2066}note
            """),
        // A soft hyphen is not shown: `Ama\u{AD}zon` displays as `Amazon` but is another name to every comparison.
        RuleExample("""
            id: shop
            kind: retailer
            names: Ama↓\u{AD}zon Deals
            domains: [example.com]
            """),
        RuleExample("""
            id: shop
            kind: retailer
            names: "Shop ↓\\e[2J"
            domains: [example.com]
            """),
    ]
    static let nonTriggeringExamples = [
        RuleExample("""
            id: shop
            kind: retailer
            names: {en: Shop, ko: 상점, ja: ショップ, ar: متجر}
            domains: [example.com]
            notes: |
              Two lines
              of notes.
            """),
    ]

    /// A name for a character that must not appear, or nil when it is fine.
    static func name(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F: return "the control character U+\(hex(scalar))"
        case 0x80...0x9F: return "the C1 control character U+\(hex(scalar))"
        case 0x202A...0x202E, 0x2066...0x2069: return "the bidirectional override U+\(hex(scalar))"
        case 0x200E, 0x200F, 0x061C: return "the invisible direction mark U+\(hex(scalar))"
        case 0x200B, 0x2060...0x2064, 0xFEFF: return "the invisible character U+\(hex(scalar))"
        case 0x00AD: return "the invisible soft hyphen U+00AD"
        case 0x200C, 0x200D: return "the invisible joiner U+\(hex(scalar))"
        case 0x2028, 0x2029: return "the line separator U+\(hex(scalar))"
        default: return nil
        }
    }

    /// Zero-width (non-)joiners are part of writing in Arabic and Indic scripts and of emoji sequences: they
    /// are hidden characters only elsewhere (`Sh\u{200C}op`).
    static func joinerBelongs(in character: Character, line: Substring) -> Bool {
        joinerBelongs(in: character, joiningScript: { hasJoiningScript(line) })
    }

    /// The same, with whether the line is in a script that joins (asked only for a joiner).
    static func joinerBelongs(in character: Character, joiningScript: () -> Bool) -> Bool {
        guard character.unicodeScalars.contains(where: { $0.value == 0x200C || $0.value == 0x200D }),
              !character.unicodeScalars.contains(where: { name(of: $0) != nil && $0.value != 0x200C && $0.value != 0x200D }) else { return false }
        if character.unicodeScalars.contains(where: { $0.properties.isEmoji && $0.value > 0x7F }) { return true }
        return joiningScript()
    }

    static func hasJoiningScript(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0900...0x0DFF).contains($0.value) }
    }

    /// Hidden characters reported one by one per line; the rest of a line is counted in one finding.
    static let perLine = 8

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let h = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    /// Each hidden character written into a double-quoted value as an escape, once per character with how many
    /// times it is there, at its escape (`\\u200C` after `\\u200B` is its own finding); past ``perLine`` characters,
    /// one finding counts the rest.
    private func escapedFindings(in text: String, node: YAMLNode, file: ValidatedFile) -> [Finding] {
        var order: [Unicode.Scalar] = []
        var counts: [Unicode.Scalar: Int] = [:]
        var joining: Bool?
        func joiningScript() -> Bool {
            if let joining { return joining }
            let found = Self.hasJoiningScript(text[...])
            joining = found
            return found
        }
        for character in text where !Self.joinerBelongs(in: character, joiningScript: joiningScript) {
            for scalar in character.unicodeScalars where Self.name(of: scalar) != nil {
                if counts[scalar] == nil { order.append(scalar) }
                counts[scalar, default: 0] += 1
            }
        }
        var findings: [Finding] = []
        for scalar in order.prefix(Self.perLine) {
            guard let name = Self.name(of: scalar) else { continue }
            let hex = Self.hex(scalar)
            var at = node.location
            for escape in ["\\u" + hex, "\\u" + hex.lowercased(), "\\U" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex] where at == node.location {
                at = file.location(of: escape, in: node)
            }
            if at == node.location { at = file.location(of: "\\", in: node) }
            let times = counts[scalar, default: 1]
            findings.append(finding("\(name) is written into this value (as an escape\(times > 1 ? ", \(times) times" : "")); remove it",
                                    in: file, at: at))
        }
        if order.count > Self.perLine {
            findings.append(finding("\(order.count - Self.perLine) more kinds of hidden character are written into this value; remove them",
                                    in: file, at: node.location))
        }
        return findings
    }

    func validate(_ file: ValidatedFile, in context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        var reportedLines = Set<Int>()
        // Raw text first: catches characters in comments and gives exact columns. Most files hold
        // no byte that could start a flagged character; they skip the Character walk.
        let (suspect, escapes) = file.bytes.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return (ByteSearch.mayHoldHiddenCharacter(bytes), ByteSearch.contains(bytes, byte: UInt8(ascii: "\\")))
        }
        let lines = suspect ? file.text.split(separator: "\n", omittingEmptySubsequences: false) : []
        for (index, line) in lines.enumerated() where ByteSearch.mayHoldHiddenCharacter(String(line)) {
            // Every hidden character of the line, each at its column; past a few, one finding counts the rest
            // (a line of thousands must not print thousands of findings).
            var column = 1
            var found = 0
            var more: (count: Int, column: Int)?
            for character in line {
                if let name = character.unicodeScalars.lazy.compactMap(Self.name(of:)).first,
                   !(character == "\r\n" || character == "\r"), !Self.joinerBelongs(in: character, line: line) {
                    found += 1
                    if found <= Self.perLine {
                        findings.append(finding("\(name) is hidden in this line; delete it (it can make text display differently from what it is)",
                                                in: file, at: SourceLocation(line: index + 1, column: column)))
                    } else {
                        more = (count: (more?.count ?? 0) + 1, column: more?.column ?? column)
                    }
                    reportedLines.insert(index + 1)
                }
                column += 1
            }
            if let more {
                findings.append(finding("\(more.count) more hidden characters in this line from here; delete them",
                                        in: file, at: SourceLocation(line: index + 1, column: more.column)))
            }
        }
        // Then the values: escapes such as "\u202E" only appear once decoded, and only double-quoted
        // scalars have escapes; a file with no backslash has none. (A character written as itself
        // was found above, in whatever style.)
        guard escapes, let root = file.document?.root else { return findings }
        var stack = [root]
        var visited = 0
        while let node = stack.popLast(), visited < 200_000 {
            visited += 1
            switch node.kind {
            case let .scalar(text, style):
                guard style == .doubleQuoted, ByteSearch.mayHoldHiddenCharacter(text), !reportedLines.contains(node.location.line)
                else { continue }
                findings += escapedFindings(in: text, node: node, file: file)
                reportedLines.insert(node.location.line)
            case let .sequence(items):
                stack.append(contentsOf: items.reversed())
            case let .mapping(pairs):
                for pair in pairs.reversed() { stack.append(pair.value); stack.append(pair.key) }
            }
        }
        return findings.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}
