/// The one escaping function per output format. Every value that reaches output, whether it came
/// from a profile, the shopper's words, an option or a file name, goes through the function of the
/// format it is printed in:
///
/// - text: `OutputEscaping.text` on the whole document (and on each stderr message), which removes
///   C0/C1 controls and bidirectional controls and turns the renderer's own style marks into
///   ANSI codes only when colour is wanted;
/// - Markdown: `OutputEscaping.markdown` on each inline value, so no value can start a block,
///   open a code span, a link, an emphasis or raw HTML;
/// - JSON: `OutputEscaping.json` on the encoded document, which writes as `\uXXXX` what
///   `JSONEncoder` leaves raw (DEL, C1 controls, bidi controls, line and paragraph separators),
///   so a JSON document piped to a terminal cannot rewrite it either.
///
/// `displayLimit` bounds what one value may add to text and Markdown output.
public enum OutputEscaping {
    /// The most characters of one value that text or Markdown output shows; the rest is counted.
    public static let displayLimit = 2000

    // MARK: text

    /// Style marks a text renderer puts around its own headings; `text(_:color:)` turns them into
    /// ANSI codes or removes them. They are Unicode noncharacters, which never occur in
    /// interchanged text; `clean` removes any that a value brings in.
    public enum Style: UInt32, CaseIterable, Sendable {
        case bold = 0xFDD0, heading = 0xFDD1, warn = 0xFDD2, dim = 0xFDD3, good = 0xFDD4
        case reset = 0xFDDF

        var mark: String { String(Character(Unicode.Scalar(rawValue)!)) }

        var ansi: String {
            switch self {
            case .bold: return "\u{1B}[1m"
            case .heading: return "\u{1B}[1;36m"
            case .warn: return "\u{1B}[33m"
            case .dim: return "\u{1B}[2m"
            case .good: return "\u{1B}[32m"
            case .reset: return "\u{1B}[0m"
            }
        }

        /// `text` between this style's mark and the reset mark.
        public func wrap(_ text: String) -> String { mark + text + Style.reset.mark }
    }

    /// Escapes a whole text document (or one message) for a terminal: controls other than newline
    /// and tab, bidirectional controls and noncharacters are removed; the renderer's style marks
    /// become ANSI codes when `color` is true and vanish otherwise.
    public static func text(_ document: String, color: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for s in document.unicodeScalars {
            if let style = Style(rawValue: s.value) {
                if color { out.append(contentsOf: style.ansi.unicodeScalars) }
                continue
            }
            if TerminalText.isUnsafe(s) || isNoncharacter(s) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// One value for a single line of text: unsafe characters removed, every line break or run of
    /// white space made one space, at most `displayLimit` characters shown.
    public static func line(_ value: String, limit: Int = displayLimit) -> String {
        var out = ""
        var pendingSpace = false
        var count = 0
        var shown = 0
        for ch in value {
            count += 1
            if shown >= limit { continue }
            if ch.isWhitespace || ch.isNewline {
                pendingSpace = !out.isEmpty
                continue
            }
            let cleaned = clean(String(ch))
            if cleaned.isEmpty { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out += cleaned
            shown += 1
        }
        if count > shown, shown >= limit { out += "\u{2026} (\(count - shown) more characters)" }
        return out
    }

    /// A value quoted in a message: `'value'` on one line, at most 80 characters of it.
    public static func quoted(_ value: String) -> String { "'" + line(value, limit: 80) + "'" }

    /// A value with unsafe characters and noncharacters removed, line breaks kept.
    public static func clean(_ value: String) -> String {
        // Most values are printable ASCII (or hold nothing to remove): returned as they are, without a copy.
        if value.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return value }
        guard value.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) || isNoncharacter($0) }) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter { !TerminalText.isUnsafe($0) && !isNoncharacter($0) }))
    }

    static func isNoncharacter(_ s: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(s.value) || s.value & 0xFFFE == 0xFFFE
    }

    // MARK: Markdown

    /// One inline Markdown value: shown on one line (line breaks become spaces), at most
    /// `displayLimit` characters, with every character that could start a block or open inline
    /// markup backslash-escaped.
    public static func markdown(_ value: String, limit: Int = displayLimit) -> String {
        var out = ""
        for ch in line(value, limit: limit) {
            if "\\`*_[]<>|#~&".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        // A leading list, heading-underline or ordered-list marker would start a block where the
        // value begins a line.
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex,
           out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// One value as a Markdown code span: on one line, fenced by more backticks than any run of
    /// backticks it holds, so it cannot close its span early.
    public static func markdownCode(_ value: String, limit: Int = displayLimit) -> String {
        let text = line(value, limit: limit)
        var longest = 0, run = 0
        for ch in text { run = ch == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = longest > 0 || text.hasPrefix(" ") || text.hasSuffix(" ") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// Several lines of a value, each a Markdown block quote line.
    public static func markdownQuote(_ value: String) -> String {
        value.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + markdown(String($0)) }.joined(separator: "\n")
    }

    // MARK: JSON

    /// An encoded JSON document with every character a terminal could act on written as an
    /// escape. Such characters can only occur inside JSON strings, so this keeps the document's
    /// meaning exactly.
    public static func json(_ document: String) -> String {
        // The UTF-8 bytes looked over for the few sequences that can encode a scalar to escape (most documents, in
        // any script, have none), before the scalars themselves.
        if document.utf8.withContiguousStorageIfAvailable({ mayNeedJSONEscape($0) }) == false { return document }
        guard document.unicodeScalars.contains(where: needsJSONEscape) else { return document }
        var out = ""
        for s in document.unicodeScalars {
            if needsJSONEscape(s) {
                for unit in String(s).utf16 { out += "\\u" + hex4(unit) }
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// False only when no scalar of the UTF-8 `bytes` is one ``needsJSONEscape(_:)`` escapes: the control
    /// characters, U+0080-U+009F (C2 80-9F), U+061C (D8 9C), U+200E/F, U+2028-U+202E (E2 80 ..), U+2066-U+2069
    /// (E2 81 A6-A9), and the noncharacters U+FDD0-U+FDEF (EF B7 90-AF) and U+xFFFE/F (.. BF BE/BF).
    static func mayNeedJSONEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b < 0x20 && b != 0x0A && b != 0x09 && b != 0x0D) || b == 0x7F { return true }
            } else {
                switch b {
                case 0xC2: if i + 1 < n, bytes[i + 1] <= 0x9F { return true }
                case 0xD8: if i + 1 < n, bytes[i + 1] == 0x9C { return true }
                case 0xE2:
                    if i + 2 < n {
                        let b1 = bytes[i + 1], b2 = bytes[i + 2]
                        if b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (0xA8...0xAE).contains(b2) { return true }
                        if b1 == 0x81, (0xA6...0xA9).contains(b2) { return true }
                    }
                case 0xEF:
                    if i + 2 < n {
                        let b1 = bytes[i + 1], b2 = bytes[i + 2]
                        if b1 == 0xB7, (0x90...0xAF).contains(b2) { return true }
                        if b1 == 0xBF, b2 >= 0xBE { return true }
                    }
                case 0xF0...0xF4:
                    if i + 3 < n, bytes[i + 1] & 0x0F == 0x0F, bytes[i + 2] == 0xBF, bytes[i + 3] >= 0xBE { return true }
                default: break   // another lead byte, or a continuation byte (never one of the leads above)
                }
            }
            i += 1
        }
        return false
    }

    static func needsJSONEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v < 0x20 && v != 0x0A && v != 0x09 && v != 0x0D) || v == 0x7F }
        return v <= 0x9F || v == 0x2028 || v == 0x2029 || TerminalText.isUnsafe(s) || isNoncharacter(s)
    }

    static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
