/// Korean particles after a filled-in word. A Korean string written before its value is known carries both
/// forms of a particle, `%1을(를)`; once the value is there, the right one can be chosen from the last syllable:
/// `환불을`, `교환를` is wrong, `교환을` right; `아마존이`, `알리익스프레스가`. The choice follows whether the
/// syllable ends in a consonant (batchim), and for `(으)로` whether that consonant is ㄹ (`서울로`, `집으로`).
///
/// Only a Hangul syllable decides: after Latin letters, digits or anything else the written pair is kept, since
/// `Amazon` or `30` would have to be read aloud first. Quotes are looked through, and a parenthesis is passed over
/// (`월마트(Walmart)이(가)` -> `월마트(Walmart)가`). A blank left in a message (`[상품명]을(를)`) keeps both forms: the
/// shopper writes their own word there.
public enum KoreanParticles {
    /// The pairs, each with its form after a consonant and after a vowel.
    private static let pairs: [(written: [Character], afterConsonant: String, afterVowel: String)] = [
        ("을(를)", "을", "를"), ("를(을)", "을", "를"),
        ("이(가)", "이", "가"), ("가(이)", "이", "가"),
        ("은(는)", "은", "는"), ("는(은)", "은", "는"),
        ("과(와)", "과", "와"), ("와(과)", "과", "와"),
        ("으로(로)", "으로", "로"), ("(으)로", "으로", "로"),
    ].map { (Array($0.0), $0.1, $0.2) }
    /// The first letter of every pair: only where one stands can a pair start.
    private static let starts = Set(pairs.compactMap(\.written.first))
    private static let transparent: Set<Character> = ["'", "\"", "」", "』", "’", "”", "》", "〉"]

    /// `text` with every written pair settled where the syllable before it decides; the rest unchanged.
    /// One pass over the text: cost linear in its length.
    public static func settle(_ text: String) -> String {
        guard text.contains("(") else { return text }
        let characters = Array(text)
        var out: [Character] = []
        out.reserveCapacity(characters.count)
        var i = 0
        while i < characters.count {
            if starts.contains(characters[i]), let pair = pairs.first(where: { characters[i...].starts(with: $0.written) }),
               let syllable = lastSyllable(of: out) {
                out.append(contentsOf: form(after: syllable, pair.written) ? pair.afterConsonant : pair.afterVowel)
                i += pair.written.count
            } else {
                out.append(characters[i])
                i += 1
            }
        }
        return String(out)
    }

    /// True when the consonant form follows `syllable` (for `(으)로`: a final consonant other than ㄹ).
    private static func form(after syllable: Unicode.Scalar, _ written: [Character]) -> Bool {
        let final = (syllable.value - 0xAC00) % 28
        if written.contains("로") { return final != 0 && final != 8 }
        return final != 0
    }

    /// The last Hangul syllable of `text`, looking through closing quotes and past a
    /// parenthesis (`월마트(Walmart)` is read as `월마트`, as Korean attaches the particle to the word before it);
    /// nil when something else (a Latin letter, a digit, a space) comes last.
    private static func lastSyllable(of text: [Character]) -> Unicode.Scalar? {
        var depth = 0
        // A word and its parenthesis are short: looking back at most 64 characters keeps the pass linear.
        for character in text.suffix(64).reversed() {
            if character == ")" { depth += 1; continue }
            if depth > 0 {
                if character == "(" { depth -= 1 }
                continue
            }
            if transparent.contains(character) { continue }
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                  (0xAC00...0xD7A3).contains(scalar.value) else { return nil }
            return scalar
        }
        return nil
    }
}
