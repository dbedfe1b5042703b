#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark

/// A heading found in a document, with its line in the Markdown text.
public struct MarkdownHeading: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var line: Int

    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }
}

/// A link or image destination found in a document, with its line in the Markdown text.
public struct MarkdownLink: Hashable, Sendable {
    public var destination: String
    public var line: Int
    public var column: Int

    public init(destination: String, line: Int, column: Int) {
        self.destination = destination
        self.line = line
        self.column = column
    }
}

/// Markdown rendered to HTML by libcmark, with the headings and links it holds.
public struct RenderedMarkdown: Hashable, Sendable {
    public var html: String
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
}

/// What to do with a link found in Markdown.
public enum LinkRewrite: Sendable {
    case keep
    /// Point the link at another destination.
    case replace(String)
    /// Drop the link and keep its text.
    case unlink
}

/// The wrapper around libcmark. Nodes never leave `render`: they are not Sendable.
public enum Markdown {
    /// Renders CommonMark. Raw HTML and dangerous URLs are removed unless `allowRawHTML` is set;
    /// `rewrite` decides the fate of each link (not images) by its destination.
    /// A leading level-1 heading equal to `title` is dropped: the page shows the title already.
    public static func render(_ text: String, allowRawHTML: Bool = false, title: String? = nil,
                              rewrite: (String) -> LinkRewrite = { _ in .keep }) -> RenderedMarkdown {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_SAFE)
        // An escaped pipe must not split a table cell, but cmark drops the backslash before we
        // see the text; a private-use stand-in carries it through and becomes "|" again below.
        let bytes = Array(text.replacingEscapedPipes.utf8)
        guard let root = cmark_parse_document(bytes, bytes.count, options) else {
            return RenderedMarkdown(html: "", headings: [], links: [])
        }
        defer { cmark_node_free(root) }
        let (headings, links, unlinked) = walk(root, rewrite: rewrite)
        if let title, let first = cmark_node_first_child(root), cmark_node_get_type(first) == CMARK_NODE_HEADING,
           cmark_node_get_heading_level(first) == 1, plainText(first) == title {
            cmark_node_free(first)
        }
        // Unlinking changes the tree, so it waits until the walk is over.
        for link in unlinked {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            cmark_node_free(link)
        }
        // Source positions were only needed for the walk above; keep them out of the HTML.
        let renderOptions = options & ~CMARK_OPT_SOURCEPOS
        PipeTables.convert(root, options: renderOptions)
        guard let html = cmark_render_html(root, renderOptions) else {
            return RenderedMarkdown(html: "", headings: headings, links: links)
        }
        defer { free(html) }
        return RenderedMarkdown(
            html: String(cString: html).restoringPipes,
            headings: headings.map { MarkdownHeading(level: $0.level, text: $0.text.restoringPipes, line: $0.line) },
            links: links
        )
    }

    /// The links and images of a Markdown text with their lines, without rendering it.
    public static func links(in text: String) -> [MarkdownLink] {
        let bytes = Array(text.utf8)
        guard let root = cmark_parse_document(bytes, bytes.count, CMARK_OPT_SOURCEPOS) else { return [] }
        defer { cmark_node_free(root) }
        return walk(root, rewrite: { _ in .keep }).links
    }

    /// Collects headings and links, applying `rewrite`; links to drop are returned, not yet removed.
    private static func walk(_ root: OpaquePointer, rewrite: (String) -> LinkRewrite)
        -> (headings: [MarkdownHeading], links: [MarkdownLink], unlinked: [OpaquePointer])
    {
        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        var unlinked: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(MarkdownHeading(level: Int(cmark_node_get_heading_level(node)), text: plainText(node), line: Int(cmark_node_get_start_line(node))))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(MarkdownLink(destination: url, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
                guard cmark_node_get_type(node) == CMARK_NODE_LINK else { break }
                switch rewrite(url) {
                case .keep: break
                case .replace(let target): cmark_node_set_url(node, target)
                case .unlink: unlinked.append(node)
                }
            default:
                break
            }
        }
        return (headings, links, unlinked)
    }

    /// The text content of a node and its descendants, without markup.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}

extension String {
    static let pipeStandIn: Character = "\u{E000}"

    var replacingEscapedPipes: String {
        guard contains("\\|") else { return self }
        var out = ""
        var previous: Character?
        for ch in self {
            if ch == "|" && previous == "\\" {
                out.removeLast()
                out.append(String.pipeStandIn)
            } else {
                out.append(ch)
            }
            previous = ch
        }
        return out
    }

    var restoringPipes: String {
        contains(String.pipeStandIn) ? String(map { $0 == String.pipeStandIn ? "|" : $0 }) : self
    }
}
