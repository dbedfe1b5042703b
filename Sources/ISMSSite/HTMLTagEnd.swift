/// Where a tag ends in HTML bytes, for the few places that edit finished pages.
public enum HTMLTagEnd {
    /// The index of the `>` that ends a tag whose name ends before `start`; a `>` inside a
    /// quoted attribute value does not end it. nil when the tag never ends.
    public static func of(_ bytes: [UInt8], from start: Int) -> Int? {
        var quote: UInt8?
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }
}
