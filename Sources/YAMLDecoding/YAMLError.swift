/// A 1-based position in a YAML source; `column` counts Characters, not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The one error type of this module: where the problem is, what it is, and the line it is on.
public struct YAMLError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file path as given to the decoder (only used in messages).
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Characters.
    public var column: Int
    /// What is wrong and, where possible, what would be right.
    public var message: String
    /// The text of the offending line, without its line break.
    public var sourceLine: String?
    /// Further problems of the same file found in the same pass (every duplicate key after the first).
    public var others: [YAMLError] = []

    public init(path: String, line: Int, column: Int, message: String, sourceLine: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    public init(path: String, location: SourceLocation, message: String, sourceLine: String? = nil) {
        self.init(path: path, line: location.line, column: location.column, message: message, sourceLine: sourceLine)
    }

    public var location: SourceLocation {
        get { SourceLocation(line: line, column: column) }
        set {
            line = newValue.line
            column = newValue.column
        }
    }

    /// `path:line:col: error: message`, one line.
    public var description: String { "\(path):\(line):\(column): error: \(message)" }

    /// The description, then the source line and (with `caret`) a `^` under the column.
    /// The caret is aligned by terminal cells: tabs are copied, East Asian wide characters count two.
    public func rendered(caret: Bool = true) -> String {
        guard let sourceLine else { return description }
        var out = description + "\n" + sourceLine
        if caret {
            var pad = ""
            for character in sourceLine.prefix(max(0, column - 1)) {
                if character == "\t" {
                    pad.append("\t")
                } else {
                    pad.append(String(repeating: " ", count: TerminalWidth.cells(of: character)))
                }
            }
            out += "\n" + pad + "^"
        }
        return out
    }
}

enum TerminalWidth {
    /// Cells a character takes in a terminal: 0 for combining-only, 2 for East Asian wide and emoji, else 1.
    static func cells(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x1100 { return 1 }
        if isWide(v) { return 2 }
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
