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
        var out = HTMLBuffer(capacity: byteEstimate)
        write(into: &out)
        return out.string
    }

    /// About how many bytes the table's HTML takes, reckoned from its first row.
    var byteEstimate: Int { rows.count * (rows.first?.cells.reduce(24) { $0 + $1.utf8.count + 9 } ?? 0) + 256 }

    /// Appends the table's HTML. Into one buffer with the rest of the page: registers run to
    /// tens of thousands of rows, and each string made of a part was copied and checked again.
    func write(into out: inout HTMLBuffer) {
        out.add("<div class=\"table-wrap\"><table class=\"register\">\n<thead><tr>")
        for cell in head {
            out.add("<th scope=\"col\">")
            out.add(cell)
            out.add("</th>")
        }
        out.add("</tr></thead>\n<tbody>\n")
        for row in rows {
            if let tone = row.tone {
                out.add("<tr class=\"")
                out.add(tone)
                out.add("\">")
            } else {
                out.add("<tr>")
            }
            for cell in row.cells {
                out.add("<td>")
                out.add(cell)
                out.add("</td>")
            }
            out.add("</tr>\n")
        }
        out.add("</tbody>\n</table></div>\n")
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

    /// About how many bytes the section's HTML takes.
    var byteEstimate: Int { (table?.byteEstimate ?? 0) + items.reduce(160) { $0 + $1.utf8.count + 9 } + (html?.utf8.count ?? 0) }

    /// Appends the section's HTML; nothing when it is empty and says nothing about it.
    func write(into out: inout HTMLBuffer) {
        if isEmpty && empty == nil { return }
        out.add("<section>\n<h2 id=\"")
        out.add(anchor)
        out.add("\">")
        out.add(escaping: title)
        out.add("</h2>\n")
        if let html {
            out.add(html)
            out.add("\n")
        }
        if let table, !table.rows.isEmpty { table.write(into: &out) }
        if !items.isEmpty {
            out.add("<ul class=\"links\">")
            out.add(listItems: items)
            out.add("</ul>\n")
        }
        if isEmpty, let empty {
            out.add("<p class=\"muted\">")
            out.add(escaping: empty)
            out.add("</p>\n")
        }
        out.add("</section>\n")
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
    /// Made in one buffer: a string per fact, filtered and joined, cost more than reading them.
    var searchText: String {
        var text: [UInt8] = []
        for fact in facts {
            var value = fact.value
            value.withUTF8 { html in
                var reader = PlainTextReader(html)
                let plain = reader.readBytes()
                // Facts with nothing to say ("—") are left out.
                guard !plain.isEmpty, !plain.elementsEqual("—".utf8) else { return }
                if !text.isEmpty { text.append(UInt8(ascii: "\n")) }
                text.append(contentsOf: plain)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The values of the `record` template, by schema.
    static let schema = FrameSchema(template: "record",
                                    strings: ["badges", "facts", "id", "kind", "registerHref", "root", "sections", "title"], flags: [])

    /// The page's parts for the `record` template, for a page `root` away from the site's root.
    /// Badges, facts and sections are made here as HTML, like tables: running the template
    /// engine over every fact and section of tens of thousands of records was most of a large build.
    func model(root: String) -> FramedModel {
        FramedModel(Self.schema, strings: [
            .text(badgesHTML), facts.isEmpty ? nil : .html(factsHTML.bytes), id.isEmpty ? nil : .text(HTML.escape(id)),
            .text(HTML.escape(kind)), .text(registerHref), .text(root), .html(sectionsHTML.bytes), .text(HTML.escape(title)),
        ])
    }

    private var badgesHTML: String {
        var out = HTMLBuffer(capacity: badges.reduce(0) { $0 + $1.text.utf8.count + $1.tone.utf8.count + 32 })
        for badge in badges {
            out.add("<span class=\"tag ")
            out.add(badge.tone)
            out.add("\">")
            out.add(escaping: badge.text)
            out.add("</span> ")
        }
        return out.string
    }

    private var factsHTML: HTMLBuffer {
        var out = HTMLBuffer(capacity: facts.reduce(32) { $0 + $1.label.utf8.count + $1.value.utf8.count + 24 })
        out.add("<dl class=\"facts\">\n")
        for fact in facts {
            out.add("<dt>")
            out.add(escaping: fact.label)
            out.add("</dt><dd>")
            out.add(fact.value)
            out.add("</dd>\n")
        }
        out.add("</dl>\n")
        return out
    }

    /// All sections in one buffer: a register's table is the bulk of its page.
    private var sectionsHTML: HTMLBuffer {
        var out = HTMLBuffer(capacity: sections.reduce(0) { $0 + $1.byteEstimate })
        for section in sections { section.write(into: &out) }
        return out
    }
}
