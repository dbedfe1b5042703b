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
        guard text.withUTF8Bytes({ $0.contains(where: needsEscape) }) else { return text }
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
