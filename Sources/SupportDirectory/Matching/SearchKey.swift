import Foundation
import YAMLDecoding

/// Text folded so that what people type matches what profiles say: case,
/// full-width/half-width forms (ＡＭＡＺＯＮ, ｱﾏｿﾞﾝ), Latin accents (é -> e), spaces and
/// punctuation are ignored. Kana voicing marks and Hangul are kept as written.
public enum SearchKey {
    /// The folded form of `text`, with every space and punctuation mark removed.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in normalize(text).unicodeScalars where !isSeparator(scalar) { out.append(scalar) }
        return String(out)
    }

    /// The folded words of `text` (split at spaces and punctuation), in order.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in normalize(text).unicodeScalars {
            if isSeparator(scalar) {
                if !current.isEmpty { words.append(String(current)); current = .init() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// NFKC (width forms), lowercase, Latin accents removed.
    public static func normalize(_ text: String) -> String {
        // Most text is ASCII, Hangul syllables, kana and common Han letters, which NFKC leaves as they are: only
        // the ASCII letters change (lowercase). Foundation's normalisation costs far more than this check.
        if text.unicodeScalars.allSatisfy(isNormalizedAsIs) { return text.lowercased() }
        return normalizeFully(text)
    }

    /// Scalars that NFKC, canonical decomposition and recomposition leave unchanged and that have no case
    /// outside ASCII: printable ASCII, 、。 and the CJK brackets, hiragana and katakana (not the lone sound
    /// marks ゛゜), the CJK unified ideographs, Hangul syllables.
    static func isNormalizedAsIs(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x0A: return true
        case 0x3001...0x3002, 0x3008...0x3011: return true
        case 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA, 0x30FC...0x30FE: return true
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        default: return false
        }
    }

    /// The full normalisation, through Foundation.
    static func normalizeFully(_ text: String) -> String {
        let compat = text.precomposedStringWithCompatibilityMapping.lowercased()
        guard compat.unicodeScalars.contains(where: { !$0.isASCII }) else { return compat }
        var kept = String.UnicodeScalarView()
        for scalar in compat.decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) {
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCompatibilityMapping
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "_" || scalar == "." || scalar == "'" { return true }
        let p = scalar.properties
        if p.isWhitespace { return true }
        switch p.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol, .control:
            return true
        default:
            return false
        }
    }

    /// Edit distance between two strings (``EditDistance/between(_:_:limit:)``).
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        EditDistance.between(a, b, limit: limit)
    }
}
