import ISMSModel

/// HTML escaping by Unicode scalar, so a quote followed by a combining mark is still escaped.
public enum HTML {
    /// Each of `items` (HTML) as an `<li>`, in one string given its room at once.
    static func listItems(_ items: [String]) -> String {
        var html = HTMLBuffer(capacity: items.reduce(0) { $0 + $1.utf8.count + 9 })
        html.add(listItems: items)
        return html.string
    }

    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
    public static func escape(_ text: String) -> String {
        // The five characters are ASCII, and in UTF-8 no byte of another scalar is below 0x80,
        // so working on bytes escapes each scalar on its own, whatever follows it (a combining
        // mark does not hide a quote as it would in a Character-wise loop).
        // Text with none of them, most text, is returned as it is, without a copy.
        guard text.withUTF8Bytes({ firstToEscape(in: $0, from: 0) != nil }) else { return text }
        var html = HTMLBuffer(capacity: text.utf8.count + 16)
        html.add(escaping: text)
        return html.string
    }

    /// Appends one byte of UTF-8 text, as a character reference when it is one of the five.
    @inline(__always)
    static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        guard needsEscape(byte) else { return out.append(byte) }
        let reference = reference(for: byte)
        out.append(contentsOf: UnsafeBufferPointer(start: reference.utf8Start, count: reference.utf8CodeUnitCount))
    }

    /// The offset of the first of the five bytes at or after `start`, looked for eight bytes
    /// at a time: a word holds none of them unless one of its bytes, XORed with it, is zero.
    /// Most text holds none, and a test per byte was most of the cost of escaping it.
    static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        @inline(__always) func holds(_ word: UInt64, _ byte: UInt64) -> Bool {
            let x = word ^ (0x0101_0101_0101_0101 &* byte)
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }
        var i = start
        while i + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if holds(word, 0x26) || holds(word, 0x3C) || holds(word, 0x3E) || holds(word, 0x22) || holds(word, 0x27) { break }
            i += 8
        }
        while i < bytes.count {
            if needsEscape(bytes[i]) { return i }
            i += 1
        }
        return nil
    }

    /// The character reference of one of the five bytes `needsEscape` names.
    @inline(__always)
    static func reference(for byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        default: return "&#39;"
        }
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
