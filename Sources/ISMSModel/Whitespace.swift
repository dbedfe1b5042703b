import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (`CharacterSet.whitespaces`).
    public func trimmingWhitespace() -> String {
        // Foundation's trimming bridges every string through NSString, a hot spot of loading;
        // almost every value is ASCII, and the set is consulted only for other scalars.
        func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s == " " || s == "\t" : CharacterSet.whitespaces.contains(s)
        }
        let text = String(self)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isWhitespace(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, isWhitespace(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }
}
