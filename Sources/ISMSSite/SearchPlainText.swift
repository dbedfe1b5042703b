import ISMSModel

// Plain text of a rendered page for the search index. Works on UTF-8 bytes: tags and entities are
// ASCII, so every other byte is copied through untouched, which keeps 30,000 pages cheap.
extension SearchIndex {
    /// The visible text of an HTML fragment: tags stripped, script and style dropped, entities decoded, whitespace collapsed.
    public static func plainText(fromHTML html: String) -> String {
        return html.withUTF8Bytes { bytes in
            var reader = PlainTextReader(bytes)
            return reader.read()
        }
    }
}

struct PlainTextReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var out: [UInt8] = []
    /// Whitespace or a block boundary was seen; becomes one space before the next visible text.
    var space = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        out.reserveCapacity(bytes.count)
    }

    /// Elements that sit inside a line of text, so their tags must not split a word.
    /// Sorted, for a binary search: hashing each tag's name for a Set cost more than the rest of reading the tag.
    static let inline: [UInt64] = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ].map(packed).sorted()

    /// Whether a packed name is one of `inline`. The names are spelt out as numbers so the
    /// compiler can turn the test into a few comparisons; a binary search over the table cost
    /// a hundred instructions a tag. A test checks that the two name the same elements.
    static func isInline(_ name: UInt64) -> Bool {
        switch name {
        case 0x61, 0x6162_6272, 0x62, 0x62_6469, 0x62_646f, 0x6369_7465, 0x636f_6465, 0x6461_7461, // a abbr b bdi bdo cite code data
             0x64_656c, 0x64_666e, 0x656d, 0x69, 0x69_6e73, 0x6b_6264, 0x6d61_726b, 0x71, 0x73, // del dfn em i ins kbd mark q s
             0x7361_6d70, 0x73_6d61_6c6c, 0x7370_616e, 0x7374_726f_6e67, 0x73_7562, 0x73_7570, // samp small span strong sub sup
             0x7469_6d65, 0x75, 0x76_6172, 0x77_6272: // time u var wbr
            return true
        default:
            return false
        }
    }

    static let script = packed("script"), style = packed("style")

    /// A tag name of up to eight letters as one number, its bytes in order.
    static func packed(_ name: String) -> UInt64 { name.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    mutating func read() -> String { String(decoding: readBytes(), as: UTF8.self) }

    /// The plain text as UTF-8 bytes.
    mutating func readBytes() -> [UInt8] {
        while i < bytes.count {
            // Text up to the next tag, entity or other whitespace is copied as one run. A single
            // space between two bytes of text stays in the run: it is the one space the words
            // around it would be joined with anyway, and a copy per word cost more than the text.
            let start = i
            while i < bytes.count {
                if Self.isPlain(bytes[i]) {
                    i += 1
                } else if bytes[i] == 0x20, i > start, i + 1 < bytes.count, Self.isPlain(bytes[i + 1]) {
                    i += 2
                } else {
                    break
                }
            }
            if i > start {
                if space {
                    if !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    space = false
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                continue
            }
            let b = bytes[i]
            if b == UInt8(ascii: "<"), tag() { continue }
            if b == UInt8(ascii: "&"), let scalar = entity() {
                if scalar.isASCII, isSpace(UInt8(scalar.value)) { space = true } else { for byte in String(scalar).utf8 { visible(byte) } }
                continue
            }
            if isSpace(b) { space = true } else { visible(b) }
            i += 1
        }
        return out
    }

    /// Whether the byte is text whatever follows: all but `<`, `&` and whitespace.
    @inline(__always) static func isPlain(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x20, 0x09, 0x0A, 0x0C, 0x0D: return false
        default: return true
        }
    }

    mutating func visible(_ byte: UInt8) {
        if space {
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            space = false
        }
        out.append(byte)
    }

    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

    func hasPrefix(_ prefix: String, at position: Int, ignoringCase: Bool = false) -> Bool {
        var p = position
        for c in prefix.utf8 {
            guard p < bytes.count else { return false }
            if bytes[p] != c && !(ignoringCase && isLetter(c) && bytes[p] | 0x20 == c) { return false }
            p += 1
        }
        return true
    }

    /// Index just past the first `end` at or after `position`, or the end of the input.
    func skip(past end: String, from position: Int, ignoringCase: Bool = false) -> Int {
        var p = position
        while p < bytes.count {
            if hasPrefix(end, at: p, ignoringCase: ignoringCase) { return p + end.utf8.count }
            p += 1
        }
        return bytes.count
    }

    /// Skips a tag, comment or declaration at `i`; false when the `<` is just text.
    mutating func tag() -> Bool {
        if i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
            i = skip(past: "-->", from: i + 4)
            return true
        }
        var p = i + 1
        guard p < bytes.count else { return false }
        if bytes[p] == UInt8(ascii: "!") || bytes[p] == UInt8(ascii: "?") {
            i = skip(past: ">", from: p)
            space = true
            return true
        }
        let closing = bytes[p] == UInt8(ascii: "/")
        if closing { p += 1 }
        let nameStart = p
        guard p < bytes.count, isLetter(bytes[p]) else { return false }
        while p < bytes.count, isLetter(bytes[p]) || (bytes[p] >= 0x30 && bytes[p] <= 0x39) { p += 1 }
        // The name in lower case, packed into a number: names are ASCII, and those that matter are short.
        let name = p - nameStart <= 8 ? bytes[nameStart..<p].reduce(UInt64(0)) { $0 << 8 | UInt64($1 | 0x20) } : 0
        // Attribute values may hold `>`, so the tag ends at the first `>` outside quotes.
        var quote: UInt8? = nil
        while p < bytes.count {
            let b = bytes[p]
            if let q = quote { if b == q { quote = nil } } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b } else if b == UInt8(ascii: ">") { break }
            p += 1
        }
        i = min(p + 1, bytes.count)
        if !closing && (name == Self.script || name == Self.style) {
            i = skip(past: ">", from: skip(past: name == Self.script ? "</script" : "</style", from: i, ignoringCase: true))
        }
        if !Self.isInline(name) { space = true }
        return true
    }

    /// The entities `HTML.escape` writes by name (`&#39;` is read as a number).
    static let namedEntities: [(String, Unicode.Scalar)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")]

    /// Decodes the entity at `i` and moves past it; nil (and no move) when it is not one we write.
    mutating func entity() -> Unicode.Scalar? {
        for (name, scalar) in Self.namedEntities where hasPrefix(name, at: i) {
            i += name.utf8.count
            return scalar
        }
        guard hasPrefix("&#", at: i) else { return nil }
        var p = i + 2
        let hex = p < bytes.count && (bytes[p] | 0x20) == UInt8(ascii: "x")
        if hex { p += 1 }
        var value: UInt32 = 0, digits = 0
        while p < bytes.count, let digit = digitValue(bytes[p], hex: hex), digits < 8 {
            value = value * (hex ? 16 : 10) + digit
            digits += 1
            p += 1
        }
        guard digits > 0, p < bytes.count, bytes[p] == UInt8(ascii: ";") else { return nil }
        i = p + 1
        // Like a browser: NUL, surrogates and values past Unicode become U+FFFD.
        return value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
