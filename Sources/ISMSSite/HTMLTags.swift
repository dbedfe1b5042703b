/// Finding tags in finished HTML bytes, for the few places that edit pages after they are
/// made: the preview's decoration, the policy put into a theme's page, the printed links.
/// Tag names are compared in any case of ASCII.
public enum HTMLTags {
    /// The index of the `>` that ends a tag whose name ends before `start`; a `>` inside a
    /// quoted attribute value does not end it. nil when the tag never ends.
    public static func end(_ bytes: [UInt8], from start: Int) -> Int? {
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

    /// The first place where `name` (`<body`, `</head`) starts a tag of that name, not of a longer one (`<bodyguard>`).
    public static func first(_ name: String, in bytes: [UInt8]) -> Int? {
        var from = 0
        while let found = firstIndex(of: name, in: bytes, from: from) {
            if endsName(bytes, at: found + name.utf8.count) { return found }
            from = found + 1
        }
        return nil
    }

    /// The last place where `name` starts a tag of that name.
    public static func last(_ name: String, in bytes: [UInt8]) -> Int? {
        var before = bytes.count
        while let found = lastIndex(of: name, in: bytes, before: before) {
            if endsName(bytes, at: found + name.utf8.count) { return found }
            before = found
        }
        return nil
    }

    /// The first match of a lower-case `needle` at or after `start`.
    public static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { matches(pattern, bytes, at: $0) }
    }

    /// The last match of a lower-case `needle` that starts before `before`.
    public static func lastIndex(of needle: String, in bytes: [UInt8], before: Int) -> Int? {
        let pattern = Array(needle.utf8)
        let last = min(before - 1, bytes.count - pattern.count)
        guard last >= 0 else { return nil }
        return (0...last).reversed().first { matches(pattern, bytes, at: $0) }
    }

    /// HTML's white space: space, tab, line feed, form feed, carriage return.
    public static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    /// A tag name ends at `>`, `/` or white space; the end of the bytes counts, for a tag cut short.
    private static func endsName(_ bytes: [UInt8], at index: Int) -> Bool {
        index >= bytes.count || bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/") || isSpace(bytes[index])
    }

    /// ASCII case-insensitive comparison; the pattern is lower case.
    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        for (k, p) in pattern.enumerated() {
            var b = bytes[index + k]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { b += 32 }
            if b != p { return false }
        }
        return true
    }
}
