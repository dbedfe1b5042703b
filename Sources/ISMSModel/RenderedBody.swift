/// A document's body as HTML, made once when the document is read (in the safe mode), with
/// where each link sits: a page only points its links elsewhere or drops them, instead of
/// parsing the Markdown again.
public struct RenderedBody: Hashable, Sendable {
    /// The HTML with every link as written.
    public var html: String
    /// The headings, in order, with their ids.
    public var headings: [DocumentHeading]
    /// The links (not images) in the order they appear in `html`.
    public var links: [Slot]

    public init(html: String, headings: [DocumentHeading], links: [Slot]) {
        self.html = html
        self.headings = headings
        self.links = links
    }

    /// Where one link sits in `html`, in UTF-8 offsets: its opening tag, the value of its
    /// `href` inside that tag, and its closing tag.
    public struct Slot: Hashable, Sendable {
        public var destination: String
        public var open: Range<Int>
        public var href: Range<Int>
        public var close: Range<Int>

        public init(destination: String, open: Range<Int>, href: Range<Int>, close: Range<Int>) {
            self.destination = destination
            self.open = open
            self.href = href
            self.close = close
        }
    }
}

/// A heading of a document's body, with its line in the Markdown text and its anchor (HTML id).
public struct DocumentHeading: Hashable, Sendable {
    public var level: Int
    /// The text without markup.
    public var text: String
    public var line: Int
    public var anchor: String

    public init(level: Int, text: String, line: Int, anchor: String) {
        self.level = level
        self.text = text
        self.line = line
        self.anchor = anchor
    }
}
