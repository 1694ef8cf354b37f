/// How many typing slips apart two words are: insertions, deletions, substitutions, and a swap of
/// neighbours counting as one ("refnud" is one slip from "refund"). Used for every "did you mean"
/// in the decoder and, through this one function, by the rest of supportdir.
public enum EditDistance {
    /// The optimal string alignment distance between `a` and `b`, by Character; once the answer is
    /// sure to exceed `limit`, returns `limit + 1` without finishing.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > limit { return limit == .max ? limit : limit + 1 }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, beforePrevious[j - 2] + 1) }
                current[j] = d
                rowMin = min(rowMin, d)
            }
            if limit != .max, rowMin > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, ignoring case, if it is close enough to be a slip: one edit
    /// for words of up to 3 letters, two up to 6, three beyond (or `threshold` when given).
    public static func closest(to word: String, among candidates: [String], threshold: Int? = nil) -> String? {
        let w = word.lowercased()
        let limit = threshold ?? (w.count <= 3 ? 1 : w.count <= 6 ? 2 : 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = between(w, candidate.lowercased(), limit: limit)
            if d <= limit, d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }
}
