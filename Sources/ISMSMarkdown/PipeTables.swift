#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark

/// Pipe tables, which libcmark lacks: a paragraph whose second line is a delimiter row
/// (`|---|:--:|`) becomes an HTML table; cell contents keep their inline Markdown.
enum PipeTables {
    enum Alignment: Int, CaseIterable {
        case none, left, center, right

        /// The tags of a heading cell and of a body cell in a column so aligned, as C strings
        /// for cmark, made once rather than once per cell.
        var head: (enter: [CChar], exit: [CChar]) { Self.tags[rawValue].head }
        var cell: (enter: [CChar], exit: [CChar]) { Self.tags[rawValue].cell }

        private static let tags: [(head: (enter: [CChar], exit: [CChar]), cell: (enter: [CChar], exit: [CChar]))] = {
            func tags(_ tag: String, _ alignment: Alignment) -> (enter: [CChar], exit: [CChar]) {
                // A class, not a style attribute: the pages' Content-Security-Policy allows no inline style.
                let align: String
                switch alignment {
                case .none: align = ""
                case .left: align = " class=\"align-left\""
                case .center: align = " class=\"align-center\""
                case .right: align = " class=\"align-right\""
                }
                return (Array("<\(tag)\(align)>".utf8CString), Array("</\(tag)>\n".utf8CString))
            }
            return allCases.map { (tags("th", $0), tags("td", $0)) }
        }()
    }

    /// A piece of a paragraph's line: bytes of a text node's literal, which cmark keeps until
    /// the paragraph is freed (read in place, not copied), or any other inline node.
    enum Piece {
        case text(UnsafeBufferPointer<UInt8>)
        case node(OpaquePointer)

        var bytes: UnsafeBufferPointer<UInt8>? { if case .text(let b) = self { b } else { nil } }
    }

    /// Replaces a table-shaped paragraph with a table made of custom nodes, which the one HTML
    /// rendering of the document prints.
    static func convert(paragraph: OpaquePointer) {
        guard mayBeTable(paragraph) else { return }
        var lines: [[Piece]] = [[]]
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: lines.append([])
            case CMARK_NODE_TEXT: lines[lines.count - 1].append(.text(literal(node)))
            default: lines[lines.count - 1].append(.node(node))
            }
            child = cmark_node_next(node)
        }
        guard lines.count >= 2, let alignments = delimiterRow(lines[1]) else { return }
        let rows = lines.enumerated().filter { $0.offset != 1 }.map { cells($0.element) }
        guard rows[0].count == alignments.count else { return }

        // Blocks print a line break around their text where there is none; cells are inline.
        // The result is `<table>\n<thead>\n<tr>\n<th>…</th>\n</tr>\n</thead>\n<tbody>…</table>\n`.
        guard let table = block("<table>", "</table>"), let head = block("<thead>", "</thead>") else { return }
        cmark_node_append_child(table, head)
        var body: OpaquePointer?
        if rows.count > 1, let b = block("<tbody>", "</tbody>") {
            cmark_node_append_child(table, b)
            body = b
        }
        // One buffer for the text of every cell, as cmark takes C strings.
        var scratch: [UInt8] = []
        for (r, row) in rows.enumerated() {
            guard let tr = block("<tr>", "</tr>") else { continue }
            cmark_node_append_child(r == 0 ? head : body!, tr)
            for (c, alignment) in alignments.enumerated() {
                guard let cell = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                let tag = r == 0 ? alignment.head : alignment.cell
                tag.enter.withUnsafeBufferPointer { cmark_node_set_on_enter(cell, $0.baseAddress) }
                tag.exit.withUnsafeBufferPointer { cmark_node_set_on_exit(cell, $0.baseAddress) }
                cmark_node_append_child(tr, cell)
                if c < row.count { fill(cell, with: row[c], scratch: &scratch) }
            }
        }
        cmark_node_replace(paragraph, table)
        // Nodes of cells beyond the delimiter row's columns go with the paragraph.
        cmark_node_free(paragraph)
    }

    static func block(_ enter: String, _ exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    static func literal(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let c = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c))
    }

    /// Whether the paragraph's second line is made only of text in the characters of a
    /// delimiter row (`|`, `:`, `-`, spaces) with a dash: a look at cmark's own bytes, so
    /// that the many paragraphs that are not tables cost next to nothing.
    static func mayBeTable(_ paragraph: OpaquePointer) -> Bool {
        var node = cmark_node_first_child(paragraph)
        while let n = node, cmark_node_get_type(n) != CMARK_NODE_SOFTBREAK && cmark_node_get_type(n) != CMARK_NODE_LINEBREAK {
            node = cmark_node_next(n)
        }
        guard let lineBreak = node else { return false }
        var dash = false, any = false
        node = cmark_node_next(lineBreak)
        while let n = node {
            let type = cmark_node_get_type(n)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { break }
            guard type == CMARK_NODE_TEXT, var c = cmark_node_get_literal(n) else { return false }
            while c.pointee != 0 {
                switch UInt8(bitPattern: c.pointee) {
                case UInt8(ascii: "-"): dash = true
                case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): break
                default: return false
                }
                c += 1
            }
            any = true
            node = cmark_node_next(n)
        }
        return any && dash
    }

    /// The alignments of a delimiter row such as `| --- | :---: |`, or nil when the line is not one.
    /// `mayBeTable` let through only `|`, `:`, `-`, spaces and tabs, so bytes are characters here.
    static func delimiterRow(_ line: [Piece]) -> [Alignment]? {
        var text: [UInt8] = []
        for piece in line {
            guard let bytes = piece.bytes else { return nil }
            text += bytes
        }
        var row = trimmed(text[...])
        guard row.contains(UInt8(ascii: "-")) else { return nil }
        if row.first == UInt8(ascii: "|") { row = row.dropFirst() }
        if row.last == UInt8(ascii: "|") { row = row.dropLast() }
        var result: [Alignment] = []
        for raw in row.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let cell = trimmed(raw)
            let dashes = cell.drop { $0 == UInt8(ascii: ":") }.reversed().drop { $0 == UInt8(ascii: ":") }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (cell.first == UInt8(ascii: ":"), cell.last == UInt8(ascii: ":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result
    }

    /// Splits a line at the pipes in its text (escaped ones arrive as a stand-in), dropping the outer pipes.
    static func cells(_ line: [Piece]) -> [[Piece]] {
        var cells: [[Piece]] = [[]]
        for piece in line {
            guard let text = piece.bytes, let base = text.baseAddress, memchr(base, Int32(UInt8(ascii: "|")), text.count) != nil else {
                cells[cells.count - 1].append(piece)
                continue
            }
            var first = true
            forEachPart(ofSplittingAtPipes: text) { part in
                if first { cells[cells.count - 1].append(.text(part)) } else { cells.append([.text(part)]) }
                first = false
            }
        }
        func isBlank(_ cell: [Piece]) -> Bool {
            cell.allSatisfy { piece in piece.bytes.map { trimmedText($0).isEmpty } ?? false }
        }
        if let first = cells.first, isBlank(first), cells.count > 1 { cells.removeFirst() }
        if let last = cells.last, isBlank(last), cells.count > 1 { cells.removeLast() }
        return cells
    }

    /// The text between the pipes, as Markdown readers split it: at pipes that are characters of
    /// their own. In ASCII every byte is one; otherwise a pipe can join a mark after it into one
    /// character (or a prefix before it), so the text is split by characters. The parts are
    /// stretches of `text` itself: cmark's text is valid UTF-8, so characters keep their bytes.
    static func forEachPart(ofSplittingAtPipes text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        if text.allSatisfy({ $0 < 0x80 }) {
            for i in text.indices where text[i] == UInt8(ascii: "|") {
                body(UnsafeBufferPointer(rebasing: text[start..<i]))
                start = i + 1
            }
        } else {
            var offset = 0
            for ch in String(decoding: text, as: UTF8.self) {
                let length = ch.utf8.count
                if ch == "|" {
                    body(UnsafeBufferPointer(rebasing: text[start..<offset]))
                    start = offset + length
                }
                offset += length
            }
        }
        body(UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// Moves a cell's inline content into the cell's node; the text at its edges loses its spaces.
    static func fill(_ cell: OpaquePointer, with pieces: [Piece], scratch: inout [UInt8]) {
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case .node(let node):
                cmark_node_append_child(cell, node)
            case .text(var text):
                if i == 0 { text = droppingSpaces(text, leading: true) }
                if i == pieces.count - 1 { text = droppingSpaces(text, leading: false) }
                guard !text.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) else { continue }
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: text)
                scratch.append(0)
                scratch.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
                }
                cmark_node_append_child(cell, node)
            }
        }
    }

    static func isSpaceOrTab(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }

    /// Bytes without spaces and tabs at either end; only for text known to be ASCII.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let b = slice.first, isSpaceOrTab(b) { slice = slice.dropFirst() }
        while let b = slice.last, isSpaceOrTab(b) { slice = slice.dropLast() }
        return slice
    }

    /// Text without spaces and tabs at either end, as characters: a space followed by a mark is no space.
    static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return Array(String(decoding: bytes, as: UTF8.self).trimmingSpaces.utf8)[...] }
        return trimmed(Array(bytes)[...])
    }

    /// Text without the spaces (not tabs) at its start or at its end, as characters: the same
    /// stretch of bytes, shorter.
    static func droppingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, leading: Bool) -> UnsafeBufferPointer<UInt8> {
        // A space character is the byte alone: with no space byte at that end there is none to drop.
        guard (leading ? bytes.first : bytes.last) == UInt8(ascii: " ") else { return bytes }
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            var text = String(decoding: bytes, as: UTF8.self)
            if leading { text = String(text.drop { $0 == " " }) } else { while text.hasSuffix(" ") { text.removeLast() } }
            let kept = text.utf8.count
            return leading ? UnsafeBufferPointer(rebasing: bytes[(bytes.count - kept)...]) : UnsafeBufferPointer(rebasing: bytes[..<kept])
        }
        var start = 0, end = bytes.count
        if leading {
            while start < end && bytes[start] == UInt8(ascii: " ") { start += 1 }
        } else {
            while end > start && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
