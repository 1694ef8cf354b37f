/// Merchant names run together with other words in a hashtag or a handle (`#amazonfail`, `@AmazonHelp`,
/// `#ebaysucks`): the name is set apart (`#amazon fail`) so the merchant recogniser finds it as a word.
///
/// Only a tag's Latin letters and digits are looked at, only a name the directory holds exactly (by
/// ``Registry/lookup(_:)``, an index look-up), and only the longest one at the tag's start, so a tag that merely
/// begins like a name is left alone. The cost stays bounded for any input: at most ``maximumTags`` tags of at most
/// ``maximumTagLength`` letters each.
struct TaggedNames: Sendable {
    let registry: Registry
    /// The fewest letters a name in a tag must have, and the fewest that must follow it (`#amazon` needs no help).
    static let minimumName = 4
    static let minimumRest = 2
    static let maximumTags = 16
    static let maximumTagLength = 40

    /// `text` with the merchant name at the start of each hashtag or handle followed by a space; the text itself
    /// when no tag starts with a name.
    func separated(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "#" || $0 == "@" }) else { return text }
        var out = String.UnicodeScalarView()
        var tags = 0
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            out.append(s)
            i += 1
            guard s == "#" || s == "@", tags < Self.maximumTags, i == 1 || !Self.isTagLetter(scalars[i - 2]) else { continue }
            var end = i
            while end < scalars.count, Self.isTagLetter(scalars[end]) { end += 1 }
            let tag = scalars[i..<end]
            guard tag.count >= Self.minimumName + Self.minimumRest, tag.count <= Self.maximumTagLength else { continue }
            tags += 1
            if let length = nameLength(at: tag) {
                out.append(contentsOf: tag.prefix(length))
                out.append(" ")
                out.append(contentsOf: tag.dropFirst(length))
                i = end
            }
        }
        return String(out)
    }

    /// The length of the longest directory name the tag starts with, leaving at least ``minimumRest`` letters.
    func nameLength(at tag: ArraySlice<Unicode.Scalar>) -> Int? {
        for length in stride(from: tag.count - Self.minimumRest, through: Self.minimumName, by: -1) {
            let name = String(String.UnicodeScalarView(tag.prefix(length)))
            if !registry.lookup(name).isEmpty { return length }
        }
        return nil
    }

    static func isTagLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }
}
