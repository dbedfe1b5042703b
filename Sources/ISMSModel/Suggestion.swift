/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` within a small edit distance, if any.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        // One- and two-letter words are too short for a useful guess.
        guard word.count >= 3 else { return nil }
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in Set(candidates).sorted() {
            let d = distance(lower, candidate.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance between two strings, by Character.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
