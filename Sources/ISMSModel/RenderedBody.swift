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
    /// The visible text of `html`, as the search reads it from a page: pointing links
    /// elsewhere or dropping them changes no text.
    public var text: String

    public init(html: String, headings: [DocumentHeading], links: [Slot], text: String) {
        self.html = html
        self.headings = headings
        self.links = links
        self.text = text
    }

    /// Where one link sits in `html`, in UTF-8 offsets: its opening tag, the value of its
    /// `href` inside that tag, and its closing tag. Offsets of 32 bits and the link's number
    /// instead of its destination: a large knowledge base holds tens of thousands of them.
    public struct Slot: Hashable, Sendable {
        /// The link's number in the document's `links`, which lists images too.
        public var link: Int
        private var openStart, hrefStart, hrefEnd, openEnd, closeStart: Int32

        public init(link: Int, open: Range<Int>, href: Range<Int>, close: Range<Int>) {
            self.link = link
            (openStart, openEnd) = (Int32(open.lowerBound), Int32(open.upperBound))
            (hrefStart, hrefEnd) = (Int32(href.lowerBound), Int32(href.upperBound))
            closeStart = Int32(close.lowerBound)
        }

        public var open: Range<Int> { Int(openStart)..<Int(openEnd) }
        public var href: Range<Int> { Int(hrefStart)..<Int(hrefEnd) }
        /// `</a>`.
        public var close: Range<Int> { Int(closeStart)..<Int(closeStart) + 4 }
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
