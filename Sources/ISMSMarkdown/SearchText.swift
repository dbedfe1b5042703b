#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark

/// The visible text of a document's HTML, read off cmark's finished tree instead of the HTML:
/// what the site search's reader of HTML gives for the safe mode's HTML of the same tree
/// (a test holds the two to the same text). Text of every kind is copied with runs of ASCII
/// whitespace as one space, and the tags that are not inline (blocks, line breaks, images,
/// table cells) part words; emphasis, code spans, links and the comment of omitted raw HTML
/// do not. An image's description is an attribute of its tag, not text.
enum SearchText {
    /// The visible text of the tree under `root`.
    static func of(_ root: OpaquePointer) -> String {
        var text = Writer()
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var image: OpaquePointer? = nil
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            // Nothing inside an image is text; it parts words as a tag of its own.
            if let open = image {
                if node == open && !entering { image = nil }
                continue
            }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                // A code block's `<pre>` parts it from what is around it.
                let block = type == CMARK_NODE_CODE_BLOCK
                if block { text.part() }
                if let literal = cmark_node_get_literal(node) { text.append(literal) }
                if block { text.part() }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.part()
            case CMARK_NODE_IMAGE:
                text.part()
                if entering { image = node }
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_HTML_INLINE:
                break
            case CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_CUSTOM_BLOCK:
                // Ours: table parts and headings, which are blocks, or a dropped link, which prints nothing.
                let tag = entering ? cmark_node_get_on_enter(node) : cmark_node_get_on_exit(node)
                if let tag, tag.pointee != 0 { text.part() }
            default:
                // Blocks: paragraphs, headings, lists and their items, quotes, rules, raw HTML.
                text.part()
            }
        }
        return text.string
    }

    /// Visible bytes with whitespace collapsed: a space goes out only between two visible bytes.
    struct Writer {
        private var bytes: [UInt8] = []
        private var space = false

        init() { bytes.reserveCapacity(4096) }

        /// A boundary that parts words, as whitespace does.
        mutating func part() { space = true }

        mutating func append(_ literal: UnsafePointer<CChar>) {
            let text = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            var i = 0
            while i < text.count {
                // Text up to other whitespace is copied as one run; a single space between two
                // visible bytes stays in it, as it is the space the words would be joined with.
                let start = i
                while i < text.count {
                    if !Self.isSpace(text[i]) {
                        i += 1
                    } else if text[i] == 0x20, i > start, i + 1 < text.count, !Self.isSpace(text[i + 1]) {
                        i += 2
                    } else {
                        break
                    }
                }
                if i > start {
                    if space {
                        if !bytes.isEmpty { bytes.append(0x20) }
                        space = false
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<i]))
                } else {
                    space = true
                    i += 1
                }
            }
        }

        /// The whitespace of HTML: space, tab, line feed, form feed and carriage return.
        @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

        var string: String { String(decoding: bytes, as: UTF8.self) }
    }
}
