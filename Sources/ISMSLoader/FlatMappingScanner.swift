/// Reads the shape nearly every front matter has, a mapping of single values and lists of them
/// (`key: value`, `key: "4.0"`, `key: [a, b]`, `key:` followed by `- item` lines), with one scan
/// of its bytes, into the very nodes that composing libyaml's events gives (`YAMLComposer`).
///
/// libyaml spent some 57,000 instructions on a ten-line front matter, more than everything else
/// of reading a document but its Markdown. Whatever this scan is not sure of (comments, empty
/// values, escapes, nesting, tabs, characters YAML treats specially) it leaves to libyaml: nil.
struct FlatMappingScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var composer = YAMLComposer()

    /// The document, or nil when the text is not of this shape or might not be.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLDocument? {
        var scanner = FlatMappingScanner(bytes: bytes)
        return scanner.mapping()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func mapping() -> YAMLDocument? {
        skipBlankLines()
        // No document at all is libyaml's to tell.
        guard i < bytes.count else { return nil }
        composer.open(mapping: true, line: line, column: 1)
        while i < bytes.count {
            guard pair() else { return nil }
            skipBlankLines()
        }
        let closed = composer.close(mapping: true)
        guard !closed.refused, let root = closed.root else { return nil }
        return composer.document(root: root)
    }

    /// `key: value` or `key:` and a list on the lines below, from the start of a line.
    private mutating func pair() -> Bool {
        let start = i
        guard i < bytes.count, Self.isKeyStart(bytes[i]) else { return false }
        while i < bytes.count, Self.isKeyByte(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return false }
        _ = composer.add(scalar: text(start, i), plain: true, line: line, column: 1)
        i += 1
        if i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
            guard newLine() else { return false }
            return blockSequence()
        }
        guard bytes[i] == UInt8(ascii: " ") else { return false }
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        return value(flow: true) && endOfLine()
    }

    /// `- item` lines, all indented alike, from the start of the first.
    private mutating func blockSequence() -> Bool {
        var indent = 0
        while i + indent < bytes.count, bytes[i + indent] == UInt8(ascii: " ") { indent += 1 }
        // `key:` with nothing under it, or a mapping under it, is libyaml's.
        guard isItem(at: i, indent: indent) else { return false }
        composer.open(mapping: false, line: line, column: indent + 1)
        repeat {
            i += indent + 1
            guard i < bytes.count, bytes[i] == UInt8(ascii: " ") else { return false }
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
            guard value(flow: false), endOfLine() else { return false }
        } while isItem(at: i, indent: indent)
        return !composer.close(mapping: false).refused
    }

    /// Whether the line starting at `k` is `indent` spaces and then `-`.
    private func isItem(at k: Int, indent: Int) -> Bool {
        guard k + indent < bytes.count else { return false }
        for j in k..<k + indent where bytes[j] != UInt8(ascii: " ") { return false }
        return bytes[k + indent] == UInt8(ascii: "-")
    }

    /// A single value, or (in a mapping's value) a `[a, b]` list of plain ones, up to the end of its line.
    private mutating func value(flow: Bool) -> Bool {
        guard let end = safeLineEnd() else { return false }
        let column = i - lineStart + 1
        let first = bytes[i]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            // A quoted value without escapes: its text is what stands between the quotes.
            guard end - i >= 2, bytes[end - 1] == first else { return false }
            for k in i + 1..<end - 1 where bytes[k] == first || bytes[k] == UInt8(ascii: "\\") { return false }
            _ = composer.add(scalar: text(i + 1, end - 1), plain: false, line: line, column: column)
            i = end
            return true
        }
        if first == UInt8(ascii: "["), flow { return flowSequence(end: end, column: column) }
        guard Self.isPlainStart(first), bytes[end - 1] != UInt8(ascii: " "), bytes[end - 1] != UInt8(ascii: ":") else { return false }
        for k in i..<end - 1 where bytes[k] == UInt8(ascii: ":") && bytes[k + 1] == UInt8(ascii: " ") { return false }
        _ = composer.add(scalar: text(i, end), plain: true, line: line, column: column)
        i = end
        return true
    }

    /// `[a, b]` of plain ASCII items, the whole rest of the line.
    private mutating func flowSequence(end: Int, column: Int) -> Bool {
        guard bytes[end - 1] == UInt8(ascii: "]") else { return false }
        // Columns count characters: with ASCII only, they are byte offsets.
        for k in i..<end where bytes[k] >= 0x80 { return false }
        composer.open(mapping: false, line: line, column: column)
        i += 1
        skipSpaces()
        if bytes[i] != UInt8(ascii: "]") {
            while true {
                let start = i
                guard Self.isPlainStart(bytes[i]) else { return false }
                while i < end - 1, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "]") {
                    guard Self.isFlowItemByte(bytes[i]) else { return false }
                    i += 1
                }
                var last = i
                while bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                _ = composer.add(scalar: text(start, last), plain: true, line: line, column: start - lineStart + 1)
                guard bytes[i] == UInt8(ascii: ",") else { break }
                i += 1
                skipSpaces()
                // `[a, ]` and `[a,, b]` are libyaml's to judge.
                guard bytes[i] != UInt8(ascii: "]"), bytes[i] != UInt8(ascii: ",") else { return false }
            }
        }
        // Only the closing bracket can be left: a `]` inside would have ended the items.
        guard i == end - 1 else { return false }
        i = end
        return !composer.close(mapping: false).refused
    }

    /// Where the current line ends, when each of its bytes from `i` on is one this scan
    /// understands: none that starts a comment, a tab, a control character, a byte order mark,
    /// a non-character or a line break other than `\n`.
    private func safeLineEnd() -> Int? {
        var k = i
        while k < bytes.count {
            let b = bytes[k]
            if b == UInt8(ascii: "\n") { break }
            if b < 0x20 || b == 0x7F || b == UInt8(ascii: "#") { return nil }
            if b >= 0x80 {
                let next = k + 1 < bytes.count ? bytes[k + 1] : 0
                let after = k + 2 < bytes.count ? bytes[k + 2] : 0
                // U+0080–U+009F (NEL among them), U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF.
                if b == 0xC2 && next < 0xA0 { return nil }
                if b == 0xE2 && next == 0x80 && (after == 0xA8 || after == 0xA9) { return nil }
                if b == 0xEF && ((next == 0xBB && after == 0xBF) || (next == 0xBF && after >= 0xBE)) { return nil }
            }
            k += 1
        }
        return k > i ? k : nil
    }

    /// At the end of a value: the line must end here.
    private mutating func endOfLine() -> Bool {
        if i == bytes.count { return true }
        return bytes[i] == UInt8(ascii: "\n") && newLine()
    }

    /// Steps over the `\n` at `i`.
    private mutating func newLine() -> Bool {
        if i < bytes.count { i += 1 }
        line += 1
        lineStart = i
        return true
    }

    private mutating func skipBlankLines() {
        while i < bytes.count, bytes[i] == UInt8(ascii: "\n") { _ = newLine() }
    }

    private mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func isKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ b: UInt8) -> Bool { isKeyStart(b) || b == UInt8(ascii: "-") }

    /// Not a space nor one of YAML's indicators, which can give a value another meaning.
    private static func isPlainStart(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"),
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// A byte of a plain item of a `[…]` list: none that opens, closes or quotes anything there.
    private static func isFlowItemByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ":"),
             UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "#"):
            return false
        default:
            return true
        }
    }
}
