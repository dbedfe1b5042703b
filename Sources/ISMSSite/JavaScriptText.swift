import ISMSModel

/// UTF-8 bytes of generated JavaScript, written straight into a buffer because indexes run to megabytes.
struct JavaScriptText {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A posting list as a string literal: the gaps between ascending page numbers (the first from 0),
    /// each in base 32, least significant digit first, with digits `0`–`v` ending a number and `w`–`z`,
    /// `A`–`Z`, `-`, `_` (the same values plus 32) continuing it. Half the size of a JSON array of numbers,
    /// and a browser holds one string per term instead of an array of numbers.
    mutating func postings(_ pages: ArraySlice<Int32>) {
        bytes.append(UInt8(ascii: "\""))
        var previous: Int32 = 0
        for page in pages {
            var gap = page - previous
            previous = page
            repeat {
                let digit = Int(gap & 31)
                gap >>= 5
                bytes.append(JavaScriptText.digits[gap > 0 ? digit + 32 : digit])
            } while gap > 0
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// A double-quoted string literal that is also valid JSON. `<` and `>` are escaped so the text can never
    /// close a script element or open or close an HTML comment, and U+2028/U+2029 because older engines
    /// take them for line ends.
    mutating func string(_ text: String) {
        text.withUTF8Bytes { string($0) }
    }

    /// A string literal of UTF-8 bytes, escaped as `string(_:)` does.
    mutating func string<Bytes: RandomAccessCollection>(_ utf8: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        bytes.append(UInt8(ascii: "\""))
        var i = utf8.startIndex
        while i < utf8.endIndex {
            // A run of bytes that stand for themselves is copied at once: appending byte by
            // byte checked the array's room and uniqueness for each.
            let run = i
            while i < utf8.endIndex, Self.standsForItself(utf8[i]) { i += 1 }
            if i > run {
                bytes.append(contentsOf: utf8[run..<i])
                continue
            }
            let b = utf8[i]
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case UInt8(ascii: "<"): raw("\\u003c")
            case UInt8(ascii: ">"): raw("\\u003e")
            case 0..<0x20:
                raw("\\u00")
                bytes.append(JavaScriptText.hex[Int(b >> 4)])
                bytes.append(JavaScriptText.hex[Int(b & 0xF)])
            case 0xE2 where i + 2 < utf8.endIndex && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                raw(utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                bytes.append(b)
            }
            i += 1
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Whether a byte is written as it is in a string literal: not a control character, a
    /// quote, a backslash, `<`, `>`, or the first byte of U+2028 and U+2029.
    @inline(__always)
    static func standsForItself(_ b: UInt8) -> Bool {
        b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != UInt8(ascii: "<") && b != UInt8(ascii: ">") && b != 0xE2
    }
}
