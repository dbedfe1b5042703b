// Mustache opens a section for an empty string and prints an Optional's nil as "nil",
// so optional texts are left out of a view model, never passed empty or nil.

/// A table of a page: escaped header cells and rows of HTML cells.
struct Table {
    struct Row {
        var cells: [String]
        /// A class for the row, e.g. `overdue` or `unacceptable`.
        var tone: String?
    }

    var head: [String]
    var rows: [Row]

    init(head: [String], rows: [Row]) {
        self.head = head.map(HTML.escape)
        self.rows = rows
    }

    init(head: [String], cells: [[String]]) {
        self.init(head: head, rows: cells.map { Row(cells: $0) })
    }

    /// The table as HTML, built here rather than by a Mustache partial: registers of tens of
    /// thousands of rows spent most of a large build in the template engine.
    var html: String {
        // Bytes rather than string appends: registers run to tens of thousands of rows.
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * (rows.first?.cells.reduce(24) { $0 + $1.utf8.count + 9 } ?? 0) + 256)
        out.append(contentsOf: "<div class=\"table-wrap\"><table class=\"register\">\n<thead><tr>".utf8)
        for cell in head {
            out.append(contentsOf: "<th scope=\"col\">".utf8)
            out.append(contentsOf: cell.utf8)
            out.append(contentsOf: "</th>".utf8)
        }
        out.append(contentsOf: "</tr></thead>\n<tbody>\n".utf8)
        for row in rows {
            if let tone = row.tone {
                out.append(contentsOf: "<tr class=\"".utf8)
                out.append(contentsOf: tone.utf8)
                out.append(contentsOf: "\">".utf8)
            } else {
                out.append(contentsOf: "<tr>".utf8)
            }
            for cell in row.cells {
                out.append(contentsOf: "<td>".utf8)
                out.append(contentsOf: cell.utf8)
                out.append(contentsOf: "</td>".utf8)
            }
            out.append(contentsOf: "</tr>\n".utf8)
        }
        out.append(contentsOf: "</tbody>\n</table></div>\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    var context: [String: Any] { ["html": html] }
}

/// A titled part of a record page: a table, a list, or ready HTML; empty parts say so.
struct Section {
    var title: String
    var anchor: String
    var table: Table?
    var items: [String] = []
    var html: String?
    /// Shown when there is nothing to list.
    var empty: String?

    var isEmpty: Bool { (table?.rows.isEmpty ?? true) && items.isEmpty && html == nil }

    /// The section as HTML; nil when it is empty and says nothing about it.
    var rendered: String? {
        if isEmpty && empty == nil { return nil }
        var out = "<section>\n<h2 id=\"\(anchor)\">\(HTML.escape(title))</h2>\n"
        if let html { out += html + "\n" }
        if let table, !table.rows.isEmpty { out += table.html }
        if !items.isEmpty { out += "<ul class=\"links\">" + HTML.listItems(items) + "</ul>\n" }
        if isEmpty, let empty { out += "<p class=\"muted\">\(HTML.escape(empty))</p>\n" }
        return out + "</section>\n"
    }
}

/// The view model of one record page: the `record` template shows any kind.
struct RecordView {
    var kind: String
    var registerHref: String
    var id: String
    var title: String
    var badges: [(text: String, tone: String)] = []
    var facts: [(label: String, value: String)] = []
    var sections: [Section] = []

    var pageTitle: String { title.isEmpty ? id : id.isEmpty ? title : "\(id) \(title)" }

    /// What search keeps of the record: its facts (owner, description, the records it names),
    /// not its tables, which repeat other records' titles and would match nearly every search.
    var searchText: String {
        facts.map { SearchIndex.plainText(fromHTML: $0.value) }.filter { !$0.isEmpty && $0 != "—" }.joined(separator: "\n")
    }

    /// The page's parts for the `record` template. Badges, facts and sections are made here
    /// as HTML, like tables: running the template engine over every fact and section of tens
    /// of thousands of records was most of a large build.
    var context: [String: Any] {
        var context: [String: Any] = [
            "kind": HTML.escape(kind),
            "registerHref": registerHref,
            "title": HTML.escape(title),
            "badges": badges.map { "<span class=\"tag \($0.tone)\">\(HTML.escape($0.text))</span> " }.joined(),
            "sections": sections.compactMap(\.rendered).joined(),
        ]
        if !facts.isEmpty {
            context["facts"] = "<dl class=\"facts\">\n" + facts.map { "<dt>\(HTML.escape($0.label))</dt><dd>\($0.value)</dd>\n" }.joined() + "</dl>\n"
        }
        if !id.isEmpty { context["id"] = HTML.escape(id) }
        return context
    }
}
