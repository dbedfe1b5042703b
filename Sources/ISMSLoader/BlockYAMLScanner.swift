/// Reads the shape nearly all front matter and registers have with one scan of their bytes,
/// into the very nodes that composing libyaml's events gives (`YAMLComposer`): block mappings
/// and sequences nested by indentation, of single values (plain, or quoted without escapes) and
/// one-line `[a, "b"]` lists of them, with blank and comment lines between them.
///
/// libyaml spent some 57,000 instructions on a ten-line front matter, more than everything else
/// of reading a document but its Markdown, and about 200 instructions a byte of a register.
/// Whatever this scan is not sure of (comments after a value, empty values, escapes, values
/// over several lines, flow mappings, tabs, characters YAML treats specially) it leaves to
/// libyaml: nil.
struct BlockYAMLScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var composer = YAMLComposer()
    private var root: Int?
    /// Set when a line stands further in than any collection open: the scan gives up.
    private var refused = false
    /// Collections open. Records nest a few levels; deeper text is libyaml's, which refuses
    /// more than 1,000 levels with an error of its own.
    private var depth = 0
    private static let depthLimit = 64

    /// The document, or nil when the text is not of this shape or might not be.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLDocument? {
        var scanner = BlockYAMLScanner(bytes: bytes)
        return scanner.document()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func document() -> YAMLDocument? {
        guard skipBlankLines(), i < bytes.count, indentation() == 0 else { return nil }
        // No document at all, or one that is a single value, is libyaml's to tell.
        guard isItem(at: i) ? sequence(indent: 0) : mapping(indent: 0) else { return nil }
        // Anything left is a line the structure above did not take.
        guard i == bytes.count, let root else { return nil }
        return composer.document(root: root)
    }

    /// A block mapping whose keys stand `indent` columns in, the first at `i`. Leaves `i` at
    /// the start of the first line after it that holds anything.
    private mutating func mapping(indent: Int) -> Bool {
        guard open(mapping: true, column: indent + 1) else { return false }
        repeat {
            guard pair(indent: indent) else { return false }
        } while next(indent: indent, item: false)
        return close(mapping: true)
    }

    /// A block sequence whose `-` stand `indent` columns in, the first at `i`.
    private mutating func sequence(indent: Int) -> Bool {
        guard open(mapping: false, column: indent + 1) else { return false }
        repeat {
            i += 1
            guard i < bytes.count, bytes[i] == UInt8(ascii: " ") else { return false }
            skipSpaces()
            if keyEnd() != nil {
                // `- key: value`: a mapping whose keys stand where this first one does.
                guard mapping(indent: i - lineStart) else { return false }
            } else {
                guard value(flow: false), endOfLine(), skipBlankLines() else { return false }
            }
        } while next(indent: indent, item: true)
        return close(mapping: false)
    }

    /// Whether the collection `indent` columns in goes on at the line at `i`: yes when the line
    /// stands as far in (and, for a sequence, is an item), with `i` moved past its indentation;
    /// no when the file ends or the line stands less far in, or, for a sequence, is no item
    /// (the mapping around it goes on there). A line further in is refused: it would continue
    /// a value over lines, or be a mistake, which are libyaml's to read.
    private mutating func next(indent: Int, item: Bool) -> Bool {
        guard !refused, i < bytes.count else { return false }
        let spaces = indentation()
        if spaces < indent { return false }
        guard spaces == indent else {
            refused = true
            return false
        }
        if item && !isItem(at: i + spaces) { return false }
        i += spaces
        return true
    }

    /// Opens a collection on the current line, unless it would nest deeper than the limit.
    private mutating func open(mapping: Bool, column: Int) -> Bool {
        guard depth < Self.depthLimit else { return false }
        depth += 1
        composer.open(mapping: mapping, line: line, column: column)
        return true
    }

    private mutating func close(mapping: Bool) -> Bool {
        depth -= 1
        guard !refused else { return false }
        let closed = composer.close(mapping: mapping)
        if closed.refused { return false }
        if let node = closed.root { root = node }
        return true
    }

    /// `key: value`, or `key:` and a collection on the lines below, from the key at `i`.
    private mutating func pair(indent: Int) -> Bool {
        guard let end = keyEnd() else { return false }
        _ = composer.add(scalar: text(i, end), plain: true, line: line, column: i - lineStart + 1)
        i = end + 1
        guard i < bytes.count, bytes[i] != UInt8(ascii: "\n") else {
            // A sequence below, as far in as the key or further, or a mapping further in.
            // Nothing below (a null) is libyaml's.
            guard endOfLine(), skipBlankLines(), i < bytes.count else { return false }
            let below = indentation()
            if isItem(at: i + below), below >= indent {
                i += below
                return sequence(indent: below)
            }
            guard below > indent else { return false }
            i += below
            return mapping(indent: below)
        }
        skipSpaces()
        return value(flow: true) && endOfLine() && skipBlankLines()
    }

    /// Where a key that starts at `i` ends: at its `:`, which a space or the line's end follows.
    private func keyEnd() -> Int? {
        guard i < bytes.count, Self.isKeyStart(bytes[i]) else { return nil }
        var k = i + 1
        while k < bytes.count, Self.isKeyByte(bytes[k]) { k += 1 }
        guard k < bytes.count, bytes[k] == UInt8(ascii: ":") else { return nil }
        guard k + 1 == bytes.count || bytes[k + 1] == UInt8(ascii: " ") || bytes[k + 1] == UInt8(ascii: "\n") else { return nil }
        return k
    }

    /// Whether `-` and a space stand at `k`.
    private func isItem(at k: Int) -> Bool {
        k + 1 < bytes.count && bytes[k] == UInt8(ascii: "-") && bytes[k + 1] == UInt8(ascii: " ")
    }

    /// The spaces at the start of the line at `i`.
    private func indentation() -> Int {
        var k = i
        while k < bytes.count, bytes[k] == UInt8(ascii: " ") { k += 1 }
        return k - i
    }

    /// A single value, or (in a mapping's value) a `[a, "b"]` list of them, up to the end of its line.
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

    /// `[a, "b"]` of plain items and quoted ones without escapes, in ASCII, the whole rest of the line.
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
                if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    // A quoted item without escapes, then at most spaces before the `,` or `]`.
                    let quote = bytes[i]
                    i += 1
                    while i < end - 1, bytes[i] != quote {
                        guard bytes[i] != UInt8(ascii: "\\") else { return false }
                        i += 1
                    }
                    guard i < end - 1 else { return false }
                    _ = composer.add(scalar: text(start + 1, i), plain: false, line: line, column: start - lineStart + 1)
                    i += 1
                    skipSpaces()
                    guard bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "]") else { return false }
                } else {
                    guard Self.isPlainStart(bytes[i]) else { return false }
                    while i < end - 1, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "]") {
                        guard Self.isFlowItemByte(bytes[i]) else { return false }
                        i += 1
                    }
                    var last = i
                    while bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                    _ = composer.add(scalar: text(start, last), plain: true, line: line, column: start - lineStart + 1)
                }
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
    /// understands (`isSafe`, and no `#`, which may start a comment).
    private func safeLineEnd() -> Int? {
        var k = i
        while k < bytes.count {
            let b = bytes[k]
            // Printable ASCII but `#`, nearly every byte, settled by two comparisons.
            if b >= 0x20 && b < 0x7F && b != UInt8(ascii: "#") {
                k += 1
                continue
            }
            if b == UInt8(ascii: "\n") { break }
            guard Self.isSafe(bytes, at: k, allowingHash: false) else { return nil }
            k += 1
        }
        return k > i ? k : nil
    }

    /// Whether the byte at `k` is one this scan understands: not a tab, a control character,
    /// a byte order mark, a non-character or a line break other than `\n`.
    private static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, allowingHash: Bool) -> Bool {
        let b = bytes[k]
        if b < 0x20 || b == 0x7F || (b == UInt8(ascii: "#") && !allowingHash) { return false }
        guard b >= 0x80 else { return true }
        let next = k + 1 < bytes.count ? bytes[k + 1] : 0
        let after = k + 2 < bytes.count ? bytes[k + 2] : 0
        // U+0080–U+009F (NEL among them), U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF.
        if b == 0xC2 && next < 0xA0 { return false }
        if b == 0xE2 && next == 0x80 && (after == 0xA8 || after == 0xA9) { return false }
        if b == 0xEF && ((next == 0xBB && after == 0xBF) || (next == 0xBF && after >= 0xBE)) { return false }
        return true
    }

    /// Whether the line starting at `i` holds nothing but spaces, or spaces and a comment.
    private func isBlankOrComment() -> Bool {
        var k = i
        while k < bytes.count, bytes[k] == UInt8(ascii: " ") { k += 1 }
        guard k < bytes.count, bytes[k] != UInt8(ascii: "\n") else { return true }
        return bytes[k] == UInt8(ascii: "#")
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

    /// Steps over blank and comment lines from the start of a line. False when a comment holds
    /// a byte this scan does not understand (a line break of another kind may end it early).
    private mutating func skipBlankLines() -> Bool {
        while i < bytes.count, isBlankOrComment() {
            while i < bytes.count, bytes[i] != UInt8(ascii: "\n") {
                guard Self.isSafe(bytes, at: i, allowingHash: true) else { return false }
                i += 1
            }
            _ = newLine()
        }
        return true
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
