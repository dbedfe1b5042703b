#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark
import ISMSModel

/// A heading found in a document: the model's, which a rendered body keeps.
public typealias MarkdownHeading = DocumentHeading

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
    /// The visible text of `html`, when asked for (`SearchText`).
    public var text: String? = nil
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
    /// `rewrite` decides the fate of each link (not images) by its destination; headings get ids.
    /// A leading level-1 heading equal to `title` is dropped: the page shows the title already.
    public static func render(_ text: String, allowRawHTML: Bool = false, title: String? = nil,
                              rewrite: (String) -> LinkRewrite = { _ in .keep }) -> RenderedMarkdown {
        render(text, allowRawHTML: allowRawHTML, title: title) { _, url in rewrite(url) }
    }

    /// `render`, telling `rewrite` each link's number in the list of links and images too.
    /// With `searchText`, the result's `text` is the visible text of its HTML.
    static func render(_ text: String, allowRawHTML: Bool, title: String?, searchText: Bool = false,
                       numbered rewrite: (Int, String) -> LinkRewrite) -> RenderedMarkdown {
        // No CMARK_OPT_VALIDATE_UTF8: a String's bytes are valid UTF-8 already, and checking them
        // again copied every line byte by byte (cmark replaces NUL bytes either way).
        let options = CMARK_OPT_SOURCEPOS | (allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_SAFE)
        // An escaped pipe must not split a table cell, but cmark drops the backslash before we
        // see the text; a private-use stand-in carries it through and becomes "|" again below.
        let bytes = Array(text.replacingEscapedPipes.utf8)
        return parsed(bytes, options) { root, memory in
            guard let root else { return RenderedMarkdown(html: "", headings: [], links: [], text: searchText ? "" : nil) }
            dropTitle(root, title)
            let (headings, links, unlinked, paragraphs) = walk(root, rewrite: rewrite)
            // Changing the tree waits until the walk is over. A dropped link becomes a custom node
            // that prints only its text: the tree keeps its shape, so a link whose text spans lines
            // of a pipe table is read as one piece of a row whether it is kept or dropped.
            for link in unlinked { replace(link, with: CMARK_NODE_CUSTOM_INLINE, enter: "", exit: "", memory: memory) }
            // Source positions were only needed for the walk above; keep them out of the HTML.
            let renderOptions = options & ~CMARK_OPT_SOURCEPOS
            // Paragraphs were gathered by the walk: another pass over every node cost as much as the tables.
            for paragraph in paragraphs { PipeTables.convert(paragraph: paragraph, memory: memory) }
            let found = headings.map { h in
                MarkdownHeading(level: h.value.level, text: h.value.text.restoringPipes, line: h.value.line, anchor: h.value.anchor)
            }
            // Read off the finished tree, which costs less than reading it back out of the HTML.
            let visible = searchText ? SearchText.of(root).restoringPipes : nil
            // In the safe mode every `<hN>` of the HTML is a heading's own tag, in the order of the
            // walk, so the ids go into cmark's tags as they are copied out. With raw HTML, or should
            // the tags ever not match the headings, each heading becomes a node carrying its id.
            if !allowRawHTML, let html = rendered(root, renderOptions, { Anchors.insertingIDs($0, found.map(\.anchor)) }), let html {
                return RenderedMarkdown(html: html.restoringPipes, headings: found, links: links, text: visible)
            }
            for heading in headings { Anchors.identify(heading.node, heading.value, memory: memory) }
            let html = rendered(root, renderOptions) { String(decoding: $0, as: UTF8.self) } ?? ""
            return RenderedMarkdown(html: found.isEmpty ? html.restoringPipes : Anchors.tighten(html.restoringPipes), headings: found, links: links, text: visible)
        }
    }

    /// The tree's HTML, read in place by `body`; nil when cmark renders nothing.
    private static func rendered<R>(_ root: OpaquePointer, _ options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let html = cmark_render_html(root, options) else { return nil }
        // The HTML is the tree's allocator's, as every cmark release so far makes it; were
        // it ever the system's, it would be freed rather than lost.
        defer { if !MarkdownArena.owns(html) { free(html) } }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self), count: strlen(html)))
    }

    /// The links and headings of a Markdown text with their lines, without rendering it;
    /// the same anchors `render` gives, for checking `#fragment` links.
    public static func outline(_ text: String, title: String? = nil) -> (links: [MarkdownLink], headings: [MarkdownHeading]) {
        let bytes = Array(text.utf8)
        return parsed(bytes, CMARK_OPT_SOURCEPOS) { root, _ in
            guard let root else { return ([], []) }
            dropTitle(root, title)
            let found = walk(root, rewrite: { _, _ in .keep })
            return (found.links, found.headings.map(\.value))
        }
    }

    /// The tree of `bytes` as cmark parses it, with the allocator its nodes come from; the
    /// tree and everything cmark allocated for it last only until `body` returns.
    private static func parsed<R>(_ bytes: [UInt8], _ options: Int32,
                                  _ body: (OpaquePointer?, UnsafeMutablePointer<cmark_mem>) -> R) -> R {
        MarkdownArena.withArena { memory in
            guard let parser = cmark_parser_new_with_mem(options, memory) else { return body(nil, memory) }
            cmark_parser_feed(parser, bytes, bytes.count)
            return body(cmark_parser_finish(parser), memory)
        }
    }

    /// Puts a custom node printing `enter` and `exit` in the place of `node`, with its children moved, not copied.
    static func replace(_ node: OpaquePointer, with type: cmark_node_type, enter: String, exit: String, memory: UnsafeMutablePointer<cmark_mem>) {
        guard let custom = cmark_node_new_with_mem(type, memory) else { return }
        cmark_node_set_on_enter(custom, enter)
        cmark_node_set_on_exit(custom, exit)
        while let child = cmark_node_first_child(node) { cmark_node_append_child(custom, child) }
        cmark_node_replace(node, custom)
        cmark_node_free(node)
    }

    /// A leading level-1 heading equal to the page title is removed: the page shows the title already.
    private static func dropTitle(_ root: OpaquePointer, _ title: String?) {
        if let title, let first = cmark_node_first_child(root), cmark_node_get_type(first) == CMARK_NODE_HEADING,
           cmark_node_get_heading_level(first) == 1, plainText(first) == title {
            cmark_node_free(first)
        }
    }

    /// Collects headings, links and paragraphs, applying `rewrite`; links to drop are returned, not yet removed.
    private static func walk(_ root: OpaquePointer, rewrite: (Int, String) -> LinkRewrite)
        -> (headings: [(node: OpaquePointer, value: MarkdownHeading)], links: [MarkdownLink], unlinked: [OpaquePointer], paragraphs: [OpaquePointer])
    {
        // Room for what a document usually holds, rather than growing from one each.
        var paragraphs: [OpaquePointer] = []
        paragraphs.reserveCapacity(32)
        var headings: [(node: OpaquePointer, value: MarkdownHeading)] = []
        headings.reserveCapacity(16)
        var anchors = Anchors()
        var links: [MarkdownLink] = []
        links.reserveCapacity(16)
        var unlinked: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                paragraphs.append(node)
            case CMARK_NODE_HEADING:
                let text = plainText(node)
                headings.append((node, MarkdownHeading(level: Int(cmark_node_get_heading_level(node)), text: text,
                                                       line: Int(cmark_node_get_start_line(node)), anchor: anchors.next(for: text.restoringPipes))))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(MarkdownLink(destination: url, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
                guard cmark_node_get_type(node) == CMARK_NODE_LINK else { break }
                switch rewrite(links.count - 1, url) {
                case .keep: break
                case .replace(let target): cmark_node_set_url(node, target)
                case .unlink: unlinked.append(node)
                }
            default:
                break
            }
        }
        return (headings, links, unlinked, paragraphs)
    }

    /// The text content of a node and its descendants, without markup.
    static func plainText(_ node: OpaquePointer) -> String {
        // Gathered as bytes and made a String once: a String per piece cost more than the walk.
        var text: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) {
                    text.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension String {
    static let pipeStandIn: Character = "\u{E000}"

    /// Whether the text holds an escaped pipe, `\|`: a pipe found with `memchr` after a
    /// backslash. Both are ASCII, so no other character's UTF-8 can hold them.
    var holdsEscapedPipe: Bool {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var i = 1
            while i < bytes.count, let found = memchr(base + i, Int32(UInt8(ascii: "|")), bytes.count - i) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[at - 1] == UInt8(ascii: "\\") { return true }
                i = at + 1
            }
            return false
        }
    }

    var replacingEscapedPipes: String {
        let backslash = UInt8(ascii: "\\"), pipe = UInt8(ascii: "|")
        guard holdsEscapedPipe else { return self }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            if bytes[i] == backslash, i + 1 < bytes.count, bytes[i + 1] == pipe {
                out.append(contentsOf: String.pipeStandIn.utf8)
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text holds the stand-in (UTF-8 EE 80 80), looked for with `memchr`.
    var holdsPipeStandIn: Bool {
        withUTF8Bytes { $0.firstOffset(of: "\u{E000}", from: 0) != nil }
    }

    var restoringPipes: String {
        // Scalars, not Characters: scanning graphemes of every rendered page cost more than the rest.
        guard holdsPipeStandIn else { return self }
        var scalars = String.UnicodeScalarView()
        for s in unicodeScalars { scalars.append(s == "\u{E000}" ? "|" : s) }
        return String(scalars)
    }
}
