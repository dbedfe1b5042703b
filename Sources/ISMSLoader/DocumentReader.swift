import ISMSMarkdown
import ISMSModel

/// Reads one Markdown document: front matter fields, then the body.
enum DocumentReader {
    /// Front-matter fields whose absence is worth a warning (approval is checked by the rules).
    static let expectedFields = ["id", "title", "type", "owner", "approver", "version", "review", "classification"]

    static func document(path: String, text: String, log: LoadLog, bodies: BodyReading = .rendered) -> Document {
        let split = FrontMatter(splitting: text)
        let start = SourceLocation(file: path, line: 1, column: 1)
        let stem = Self.stem(String(path.pathPieces().last ?? Substring(path)))
        var doc = Document(id: stem, path: path, origin: Origin(start))
        doc.body = split.body
        doc.bodyLine = split.bodyLine
        if split.unterminated {
            log.error("yaml-syntax", "front matter opened with '---' is never closed", at: start, hint: "end it with a line holding only '---'")
        }
        var fields: Fields?
        // Front matter that could not be read has been reported; a warning per missing field would bury that.
        var broken = split.unterminated
        if let yaml = split.yaml {
            let reported = log.diagnostics.count
            if let document = YAMLText.compose(yaml, file: path, lineOffset: split.yamlLine - 1, log: log) {
                let root = document.root
                if document.kind(root) == .mapping {
                    let f = Fields(document, mapping: root, file: path, lineOffset: split.yamlLine - 1, log: log)
                    read(f, into: &doc)
                    fields = f
                    doc.origin = Origin(start, fields: f.origin.fields)
                } else {
                    broken = true
                    log.error("wrong-type", "front matter must be a mapping of keys and values, found \(document.kindName(root))",
                              at: document.location(root, in: path, lineOffset: split.yamlLine - 1))
                }
            } else {
                // Nothing composed: a syntax error (reported) or front matter with nothing in it.
                broken = log.diagnostics.count > reported
            }
        } else {
            doc.hasFrontMatter = false
        }
        if doc.title.isEmpty { doc.title = FrontMatter.firstHeading(in: split.body) ?? stem }
        // Rendered here, once, for a site: the checks need its links and headings, and its page
        // needs only to point the links where the site has their targets.
        let outline: (links: [MarkdownLink], headings: [MarkdownHeading])
        switch bodies {
        case .outline:
            outline = Markdown.outline(split.body, title: doc.title)
        case .rendered:
            let prepared = Markdown.prepare(split.body, title: doc.title)
            doc.rendered = prepared.body
            outline = (prepared.links, prepared.headings)
        }
        doc.anchors = outline.headings.map(\.anchor)
        doc.links = outline.links.map {
            DocumentLink(destination: $0.destination, location: SourceLocation(file: path, line: split.bodyLine + $0.line - 1, column: $0.column))
        }
        for field in expectedFields where !broken && fields?.has(field) != true {
            let consequence: String
            switch field {
            case "id": consequence = "; the file name '\(stem)' is used"
            case "title": consequence = "; the title '\(doc.title)' is taken from the text"
            case "review": consequence = "; the default review interval applies"
            default: consequence = ""
            }
            log.warning("missing-field", "document has no '\(field)'\(consequence)", at: start)
        }
        return doc
    }

    /// The file name with every ".md" removed. Foundation's replace bridges through NSString,
    /// a hot spot with thousands of documents; when the only ".md" ends the name (no
    /// occurrence can straddle the cut), dropping it is the same.
    static func stem(_ name: String) -> String {
        // Foundation's `contains` of a string took 10,000 instructions a name; ".md" is ASCII,
        // so its bytes are found in the UTF-8 bytes alone.
        let bytes = Array(name.utf8)
        let found = bytes.count < 3 ? [] : (0...bytes.count - 3).filter {
            bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == UInt8(ascii: "m") && bytes[$0 + 2] == UInt8(ascii: "d")
        }
        if found.isEmpty { return name }
        if found == [bytes.count - 3] { return String(decoding: bytes.dropLast(3), as: UTF8.self) }
        return name.replacingOccurrences(of: ".md", with: "")
    }

    private static func read(_ f: Fields, into doc: inout Document) {
        if let id = f.string("id") { doc.id = id }
        doc.title = f.string("title") ?? ""
        doc.type = f.choice("type", DocumentType.self)
        doc.owner = f.string("owner")
        doc.approver = f.string("approver")
        doc.approved = f.date("approved")
        doc.version = f.string("version")
        if let raw = f.string("review") {
            let at = f.origin.at("review")
            if let interval = Interval(raw) {
                doc.review = .interval(interval)
            } else if let date = CalendarDate(iso: raw.trimmingWhitespace()) {
                doc.review = .date(date)
            } else {
                f.log.error("invalid-date", "'review' is neither a date nor an interval: '\(raw)'", at: at,
                            hint: "write the next review date as YYYY-MM-DD or an interval such as '12 months'")
            }
        }
        doc.classification = f.string("classification")
        doc.controls = f.strings("controls").map(Catalog.canonicalControlID)
        doc.risks = f.strings("risks")
        doc.satisfies = f.strings("satisfies")
        // Front matter may carry keys for other tools, so unknown keys only warn.
        f.finish(unknownKeySeverity: .warning)
    }
}
