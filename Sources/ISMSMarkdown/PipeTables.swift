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
    /// rendering of the document prints. New nodes come from `memory`, the tree's allocator.
    static func convert(paragraph: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) {
        guard mayBeTable(paragraph) else { return }
        // The paragraph's pieces end to end, and where each line of them ends: one array for
        // all lines (and below one for all cells of a row), not an array per line and per cell.
        var pieces: [Piece] = []
        var lineEnds: [Int] = []
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: lineEnds.append(pieces.count)
            case CMARK_NODE_TEXT: pieces.append(.text(literal(node)))
            default: pieces.append(.node(node))
            }
            child = cmark_node_next(node)
        }
        lineEnds.append(pieces.count)
        func line(_ n: Int) -> ArraySlice<Piece> { pieces[(n == 0 ? 0 : lineEnds[n - 1])..<lineEnds[n]] }
        guard lineEnds.count >= 2, let alignments = delimiterRow(line(1)) else { return }
        var row = Cells()
        row.split(line(0))
        guard row.count == alignments.count else { return }

        // Blocks print a line break around their text where there is none; cells are inline.
        // The result is `<table>\n<thead>\n<tr>\n<th>…</th>\n</tr>\n</thead>\n<tbody>…</table>\n`.
        guard let table = block("<table>", "</table>", memory), let head = block("<thead>", "</thead>", memory) else { return }
        cmark_node_append_child(table, head)
        var body: OpaquePointer?
        if lineEnds.count > 2, let b = block("<tbody>", "</tbody>", memory) {
            cmark_node_append_child(table, b)
            body = b
        }
        // One buffer for the text of every cell, as cmark takes C strings.
        var scratch: [UInt8] = []
        // The heading row, then each line after the delimiter row.
        for n in 0..<lineEnds.count where n != 1 {
            if n > 0 { row.split(line(n)) }
            guard let tr = block("<tr>", "</tr>", memory) else { continue }
            cmark_node_append_child(n == 0 ? head : body!, tr)
            for (c, alignment) in alignments.enumerated() {
                guard let cell = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { continue }
                let tag = n == 0 ? alignment.head : alignment.cell
                _ = tag.enter.withUnsafeBufferPointer { cmark_node_set_on_enter(cell, $0.baseAddress) }
                _ = tag.exit.withUnsafeBufferPointer { cmark_node_set_on_exit(cell, $0.baseAddress) }
                cmark_node_append_child(tr, cell)
                if c < row.count { fill(cell, with: row[c], scratch: &scratch, memory: memory) }
            }
        }
        cmark_node_replace(paragraph, table)
        // Nodes of cells beyond the delimiter row's columns go with the paragraph.
        cmark_node_free(paragraph)
    }

    /// A custom block printing `enter` and `exit` around its children; literals are C strings already.
    static func block(_ enter: StaticString, _ exit: StaticString, _ memory: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer? {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { return nil }
        cmark_node_set_on_enter(node, UnsafeRawPointer(enter.utf8Start).assumingMemoryBound(to: CChar.self))
        cmark_node_set_on_exit(node, UnsafeRawPointer(exit.utf8Start).assumingMemoryBound(to: CChar.self))
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
    static func delimiterRow(_ line: ArraySlice<Piece>) -> [Alignment]? {
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

    /// The cells of one line: their pieces end to end, reused from line to line.
    struct Cells {
        private var pieces: [Piece] = []
        /// Where each cell's pieces end; cells before `first` were dropped.
        private var ends: [Int] = []
        private var first = 0

        var count: Int { ends.count - first }

        subscript(_ c: Int) -> ArraySlice<Piece> {
            let k = first + c
            return pieces[(k == 0 ? 0 : ends[k - 1])..<ends[k]]
        }

        /// Splits a line at the pipes in its text (escaped ones arrive as a stand-in), dropping the outer pipes.
        mutating func split(_ line: ArraySlice<Piece>) {
            pieces.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            first = 0
            for piece in line {
                guard let text = piece.bytes, let base = text.baseAddress, memchr(base, Int32(UInt8(ascii: "|")), text.count) != nil else {
                    pieces.append(piece)
                    continue
                }
                var opening = true
                forEachPart(ofSplittingAtPipes: text) { part in
                    if !opening { ends.append(pieces.count) }
                    pieces.append(.text(part))
                    opening = false
                }
            }
            ends.append(pieces.count)
            // A cell of nothing but spaces and tabs before the first pipe or after the last is
            // no cell. Text with any other byte holds another character, so it is not blank.
            func isBlank(_ c: Int) -> Bool {
                self[c].allSatisfy { piece in piece.bytes?.allSatisfy(isSpaceOrTab) ?? false }
            }
            if count > 1, isBlank(0) { first = 1 }
            if count > 1, isBlank(count - 1) { ends.removeLast() }
        }
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
    static func fill(_ cell: OpaquePointer, with pieces: ArraySlice<Piece>, scratch: inout [UInt8], memory: UnsafeMutablePointer<cmark_mem>) {
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case .node(let node):
                cmark_node_append_child(cell, node)
            case .text(var text):
                if i == 0 { text = droppingSpaces(text, leading: true) }
                if i == pieces.count - 1 { text = droppingSpaces(text, leading: false) }
                guard !text.isEmpty, let node = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory) else { continue }
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
