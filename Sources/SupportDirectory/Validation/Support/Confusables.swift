import Foundation

/// Unicode confusable skeletons (UTS #39 section 4) and the identity key names are compared by.
///
/// The skeleton maps every character to its prototype (Cyrillic `А` -> Latin `A`, `0` -> `O`, `1` -> `l`,
/// `m` -> `rn`), so two strings that look alike have the same skeleton. The table is Unicode's
/// confusables.txt (``ConfusableTable``), parsed once on first use.
enum Confusables {
    /// Source code point -> prototype.
    static let prototypes: [UInt32: [Unicode.Scalar]] = {
        var map: [UInt32: [Unicode.Scalar]] = [:]
        map.reserveCapacity(ConfusableTable.entryCount)
        for line in ConfusableTable.data.split(separator: "\n") {
            let fields = line.split(separator: " ").compactMap { UInt32($0, radix: 16) }
            guard fields.count >= 2 else { continue }
            map[fields[0]] = fields.dropFirst().compactMap(Unicode.Scalar.init)
        }
        return map
    }()

    /// The UTS #39 skeleton: NFD, every character replaced by its prototype, NFD again.
    static func skeleton(_ text: String) -> String {
        let nfd = text.decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in nfd.unicodeScalars {
            if let prototype = prototypes[scalar.value] {
                out.append(contentsOf: prototype)
                changed = true
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out).decomposedStringWithCanonicalMapping : nfd
    }

    /// What two names are compared by: the search key (``SearchKey/fold(_:)``: case, width, accents, spaces
    /// and punctuation ignored) of the skeleton of the search key, with `rn` written `m` (the skeleton maps `m`
    /// to `rn`; the other way round, a typing error in `amazon` stays one edit away). `Аmazon` (Cyrillic А),
    /// `AMAZ0N`, `arnazon`, `ａｍａｚｏｎ` and `amazon` have the same identity key.
    static func identityKey(_ text: String) -> String {
        identity(of: text).key
    }

    /// The search key and the identity key of `text`, computed together.
    static func identity(of text: String) -> (folded: String, key: String) {
        if let folded = asciiFold(text) { return (folded, identityKey(folded: folded)) }
        let folded = SearchKey.fold(text)
        return (folded, identityKey(folded: capitalsMapped(text).map(SearchKey.fold) ?? folded))
    }

    /// `text` with each non-ASCII capital letter whose prototype is Latin letters replaced by that prototype
    /// (Greek `Ν` -> `N`, Cyrillic `К` -> `K`), before case is folded: folded first, the capital would become a
    /// small letter with another prototype (`ν` -> `v`, `ε` -> `ɛ`), and `ΑΝΚΕR` would not look like `ANKER`.
    /// Trade mark signs are dropped as ® is: NFKC would turn `™` into the letters `TM`, and `Anker™` would not
    /// be `Anker`. Nil when `text` holds no such character.
    static func capitalsMapped(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if scalar.value == 0x2122 || scalar.value == 0x2120 {   // ™ ℠
                changed = true
            } else if !scalar.isASCII, scalar.properties.isUppercase, let prototype = prototypes[scalar.value],
               prototype.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
                out.append(contentsOf: prototype)
                changed = true
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out) : nil
    }

    /// ``SearchKey/fold(_:)`` of an ASCII text without Foundation's normalization (NFKC leaves ASCII alone):
    /// letters lowercased, separators dropped; nil when `text` is not ASCII.
    static func asciiFold(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            for b in bytes {
                guard b < 0x80 else { return nil }
                if SearchKey.isSeparator(Unicode.Scalar(b)) { continue }
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func identityKey(folded: String) -> String {
        // Most names hold no character of the table but `m` (handled below), once decomposed as the skeleton
        // does: skip the skeleton for them. After it, only case and width are folded again: a letter whose
        // prototype is punctuation (`ノ` -> `/`) must not vanish.
        let plain = folded.unicodeScalars.allSatisfy { $0.isASCII }
            ? folded.unicodeScalars.allSatisfy { $0 == "m" || prototypes[$0.value] == nil }
            : folded.decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy { prototypes[$0.value] == nil }
        let key = plain ? folded : SearchKey.normalize(skeleton(folded))
        return key.contains("rn") ? key.replacingOccurrences(of: "rn", with: "m") : key
    }

    /// The characters of `text` that have a different prototype (for messages): `'А' (U+0410 CYRILLIC CAPITAL LETTER A)`.
    static func lookalikeCharacters(in text: String) -> [String] {
        var seen = Set<UInt32>()
        var out: [String] = []
        for scalar in text.unicodeScalars where !scalar.isASCII && prototypes[scalar.value] != nil && seen.insert(scalar.value).inserted {
            let code = String(scalar.value, radix: 16, uppercase: true)
            let name = scalar.properties.name.map { " \($0)" } ?? ""
            out.append("'\(scalar)' (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)\(name))")
        }
        return out
    }
}
