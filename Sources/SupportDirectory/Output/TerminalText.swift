/// Making profile text safe and measurable for a terminal.
public enum TerminalText {
    /// Removes control characters (except newline and tab) and bidirectional controls, which
    /// could rewrite a terminal or hide what a reader sees.
    /// Noncharacters go too: the text renderer uses some as its style marks.
    public static func sanitize(_ text: String) -> String { OutputEscaping.clean(text) }

    /// True for C0/C1 controls other than newline and tab, and for bidirectional embedding,
    /// override, isolate and mark characters.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // The general category Cc is exactly U+0000-U+001F and U+007F-U+009F (fixed by Unicode's stability policy):
        // compared by value, without the property table.
        if v < 0x20 { return s != "\n" && s != "\t" }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            || v == 0x061C
    }

    /// Display cells: East Asian wide and full-width characters take two, combining marks none.
    public static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            let v = s.value
            if s.properties.generalCategory == .nonspacingMark { return sum }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}
