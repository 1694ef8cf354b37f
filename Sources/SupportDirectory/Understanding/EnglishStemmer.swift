import CStemmer

/// Snowball's English (Porter 2) stemmer from the system's libstemmer: `canceling`,
/// `cancelled` and `cancels` all become `cancel`, `tracking` becomes `track`.
///
/// A libstemmer handle is not safe to share between threads, so each reader of a text makes
/// its own (it is a few hundred bytes) and keeps the stems it has computed.
final class EnglishStemmer {
    private let handle: OpaquePointer?
    private var cache: [String: String] = [:]

    init() { handle = sb_stemmer_new("english", "UTF_8") }

    deinit { if let handle { sb_stemmer_delete(handle) } }

    /// The stem of one folded Latin word; the word itself when the stemmer is unavailable.
    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        guard let handle, word.count > 2, word.utf8.count < 64 else { return word }
        let bytes = Array(word.utf8)
        let stemmed: String = bytes.withUnsafeBufferPointer { buffer in
            guard let out = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
        cache[word] = stemmed
        return stemmed
    }
}
