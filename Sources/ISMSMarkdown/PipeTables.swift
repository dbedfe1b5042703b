#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark

/// Pipe tables, which libcmark lacks: a paragraph whose second line is a delimiter row
/// (`|---|:--:|`) becomes an HTML table; cell contents keep their inline Markdown.
enum PipeTables {
    enum Alignment { case none, left, center, right }

    /// A line of a paragraph: the text and inline nodes between two line breaks.
    typealias Piece = (text: String?, node: OpaquePointer?)

    /// Replaces every table-shaped paragraph under `root` with a rendered table.
    static func convert(_ root: OpaquePointer, options: Int32) {
        var paragraphs: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                paragraphs.append(node)
            }
        }
        cmark_iter_free(iterator)
        for paragraph in paragraphs { convert(paragraph: paragraph, options: options) }
    }

    static func convert(paragraph: OpaquePointer, options: Int32) {
        guard mayBeTable(paragraph) else { return }
        var lines: [[Piece]] = [[]]
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: lines.append([])
            case CMARK_NODE_TEXT: lines[lines.count - 1].append((String(cString: cmark_node_get_literal(node)), nil))
            default: lines[lines.count - 1].append((nil, node))
            }
            child = cmark_node_next(node)
        }
        guard lines.count >= 2, let alignments = delimiterRow(lines[1]) else { return }
        let rows = lines.enumerated().filter { $0.offset != 1 }.map { cells($0.element) }
        guard rows[0].count == alignments.count else { return }

        var html = "<table>\n<thead>\n"
        for (r, row) in rows.enumerated() {
            if r == 1 { html += "<tbody>\n" }
            html += "<tr>\n"
            for (c, alignment) in alignments.enumerated() {
                let tag = r == 0 ? "th" : "td"
                // A class, not a style attribute: the pages' Content-Security-Policy allows no inline style.
                let align: String
                switch alignment {
                case .none: align = ""
                case .left: align = " class=\"align-left\""
                case .center: align = " class=\"align-center\""
                case .right: align = " class=\"align-right\""
                }
                html += "<\(tag)\(align)>" + (c < row.count ? render(row[c], options: options) : "") + "</\(tag)>\n"
            }
            html += "</tr>\n"
            if r == 0 { html += "</thead>\n" }
        }
        html += rows.count > 1 ? "</tbody>\n</table>\n" : "</table>\n"

        // A custom block prints its text as is; the cells were rendered (and escaped) by cmark.
        guard let table = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(table, html)
        cmark_node_replace(paragraph, table)
        cmark_node_free(paragraph)
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
    static func delimiterRow(_ line: [Piece]) -> [Alignment]? {
        guard line.allSatisfy({ $0.node == nil }) else { return nil }
        var text = line.compactMap(\.text).joined().trimmingSpaces
        guard text.contains("-") else { return nil }
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        var result: [Alignment] = []
        for raw in text.split(separator: "|", omittingEmptySubsequences: false) {
            let cell = String(raw).trimmingSpaces
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
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
            guard let text = piece.text else {
                cells[cells.count - 1].append(piece)
                continue
            }
            var current = ""
            for ch in text {
                if ch == "|" {
                    cells[cells.count - 1].append((current, nil))
                    cells.append([])
                    current = ""
                } else {
                    current.append(ch)
                }
            }
            cells[cells.count - 1].append((current, nil))
        }
        func isBlank(_ cell: [Piece]) -> Bool { cell.allSatisfy { $0.node == nil && ($0.text ?? "").trimmingSpaces.isEmpty } }
        if let first = cells.first, isBlank(first), cells.count > 1 { cells.removeFirst() }
        if let last = cells.last, isBlank(last), cells.count > 1 { cells.removeLast() }
        return cells
    }

    /// Renders a cell's inline content through cmark by moving it into a scratch paragraph.
    static func render(_ cell: [Piece], options: Int32) -> String {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return "" }
        defer { cmark_node_free(paragraph) }
        for (i, piece) in cell.enumerated() {
            if let node = piece.node {
                cmark_node_append_child(paragraph, node)
            } else if var text = piece.text {
                if i == 0 { text = String(text.drop { $0 == " " }) }
                if i == cell.count - 1 { while text.hasSuffix(" ") { text.removeLast() } }
                guard !text.isEmpty, let node = cmark_node_new(CMARK_NODE_TEXT) else { continue }
                cmark_node_set_literal(node, text)
                cmark_node_append_child(paragraph, node)
            }
        }
        guard let html = cmark_render_html(paragraph, options) else { return "" }
        defer { free(html) }
        var text = String(cString: html)
        if text.hasPrefix("<p>") { text.removeFirst(3) }
        if text.hasSuffix("</p>\n") { text.removeLast(5) }
        return text
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
