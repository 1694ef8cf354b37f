import Foundation

/// A small YAML tree and a block-style writer shaped like the shipped profiles: two-space indents,
/// block mappings, flow lists for short ids, long plain text folded over several lines, a mix of
/// plain, single- and double-quoted scalars.
indirect enum Y {
    enum Style { case plain, single, double }
    case scalar(String, Style)
    /// A list of short plain words written `[a, b, c]`.
    case flow([String])
    case seq([Y])
    case map([(String, Y)])
    /// A small mapping written `{k: v, ...}` (values already safe in flow context).
    case flowMap([(String, Y)])

    static func plain(_ s: String) -> Y { .scalar(s, .plain) }
}

struct YAMLWriter {
    /// `- ` at the parent key's indent (amazon.yaml) or two spaces deeper (amazon-sellers.yaml).
    var indentlessSequences: Bool
    var foldWidth = 112
    private(set) var out: String = ""

    init(indentlessSequences: Bool) { self.indentlessSequences = indentlessSequences }

    mutating func comment(_ text: String) { out += "# " + text + "\n" }

    mutating func document(_ root: [(String, Y)]) { writeMap(root, indent: 0, firstLinePrefix: nil) }

    private static func spaces(_ n: Int) -> String { String(repeating: " ", count: n) }

    /// Writes a mapping; the first pair goes after `firstLinePrefix` (a `- `) when given.
    private mutating func writeMap(_ pairs: [(String, Y)], indent: Int, firstLinePrefix: String?) {
        for (i, (key, value)) in pairs.enumerated() {
            if i == 0, let prefix = firstLinePrefix { out += prefix } else { out += Self.spaces(indent) }
            out += key + ":"
            writeValue(value, indent: indent)
        }
    }

    /// Writes what follows `key:` (a space and a scalar, or a newline and a nested block).
    private mutating func writeValue(_ value: Y, indent: Int) {
        switch value {
        case let .scalar(text, style):
            out += " "
            writeScalar(text, style: style, column: indent + 2)
            out += "\n"
        case let .flow(items):
            out += " [" + items.joined(separator: ", ") + "]\n"
        case let .flowMap(pairs):
            out += " " + flowMap(pairs) + "\n"
        case let .seq(items):
            if items.isEmpty { out += " []\n"; return }
            out += "\n"
            writeSeq(items, indent: indentlessSequences ? indent : indent + 2)
        case let .map(pairs):
            if pairs.isEmpty { out += " {}\n"; return }
            out += "\n"
            writeMap(pairs, indent: indent + 2, firstLinePrefix: nil)
        }
    }

    private mutating func writeSeq(_ items: [Y], indent: Int) {
        let dash = Self.spaces(indent) + "- "
        for item in items {
            switch item {
            case let .map(pairs) where !pairs.isEmpty:
                writeMap(pairs, indent: indent + 2, firstLinePrefix: dash)
            case let .scalar(text, style):
                out += dash
                writeScalar(text, style: style, column: indent + 2)
                out += "\n"
            case let .flowMap(pairs):
                out += dash + flowMap(pairs) + "\n"
            case let .flow(words):
                out += dash + "[" + words.joined(separator: ", ") + "]\n"
            default:
                fatalError("unsupported sequence item")
            }
        }
    }

    private func flowMap(_ pairs: [(String, Y)]) -> String {
        "{" + pairs.map { key, value -> String in
            switch value {
            case let .scalar(text, .double): return key + ": " + Self.doubleQuoted(text)
            case let .scalar(text, .single): return key + ": " + Self.singleQuoted(text)
            case let .scalar(text, .plain): return key + ": " + text
            case let .flow(items): return key + ": [" + items.joined(separator: ", ") + "]"
            default: fatalError("unsupported flow value")
            }
        }.joined(separator: ", ") + "}"
    }

    /// Long plain and single-quoted texts are folded at spaces onto continuation lines indented
    /// to `column`, as the shipped files are; libyaml joins them back with single spaces.
    private mutating func writeScalar(_ text: String, style: Y.Style, column: Int) {
        switch style {
        case .double:
            out += Self.doubleQuoted(text)
        case .plain:
            out += fold(text, column: column)
        case .single:
            out += fold(Self.singleQuoted(text), column: column)
        }
    }

    private func fold(_ text: String, column: Int) -> String {
        guard text.utf8.count > foldWidth, text.contains(" ") else { return text }
        var lines: [Substring] = []
        var rest = Substring(text)
        while rest.utf8.count > foldWidth {
            // Break at the last single space within the width.
            var cut: Substring.Index?
            var bytes = 0
            var previous: Character = " "
            for i in rest.indices {
                let ch = rest[i]
                if bytes > foldWidth { break }
                if ch == " ", previous != " ", i > rest.startIndex { cut = i }
                bytes += ch.utf8.count
                previous = ch
            }
            guard let at = cut, rest.index(after: at) < rest.endIndex, rest[rest.index(after: at)] != " " else { break }
            lines.append(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        lines.append(rest)
        return lines.joined(separator: "\n" + Self.spaces(column))
    }

    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func doubleQuoted(_ text: String) -> String {
        var s = "\""
        for ch in text.unicodeScalars {
            switch ch {
            case "\"": s += "\\\""
            case "\\": s += "\\\\"
            case "\n": s += "\\n"
            default: s.unicodeScalars.append(ch)
            }
        }
        return s + "\""
    }
}
