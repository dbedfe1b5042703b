import ISMSMarkdown
import ISMSModel

/// A document's body on a page, with the headings for its table of contents.
struct DocumentBody {
    var html: String
    var headings: [DocumentHeading]
    /// The visible text of `html`, for the search.
    var text: String

    /// The body with each link as `rewrite` says, which is given the link's number in the
    /// document's links when it is known, and its destination: from the HTML made when the
    /// document was read, or rendered from the Markdown when raw HTML is allowed (the reading
    /// was in the safe mode) or there is no such HTML.
    init(_ document: Document, allowRawHTML: Bool, rewrite: (_ link: Int?, _ destination: String) -> LinkRewrite) {
        if let rendered = document.rendered, !allowRawHTML {
            let links = document.links
            html = rendered.html { $0 < links.count ? rewrite($0, links[$0].destination) : .keep }
            headings = rendered.headings
            // Pointing links elsewhere or dropping them leaves the text as it was read.
            text = rendered.text
        } else {
            let rendered = Markdown.render(document.body, allowRawHTML: allowRawHTML, title: document.title) { rewrite(nil, $0) }
            html = rendered.html
            headings = rendered.headings
            text = SearchIndex.plainText(fromHTML: html)
        }
    }
}
