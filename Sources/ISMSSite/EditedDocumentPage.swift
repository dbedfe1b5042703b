import Foundation
import ISMSModel

extension SiteBuilder {
    /// The page of a document just edited, made at once over the previous build: the
    /// document's new text, fields and links, with that build's paths, cross-references and
    /// layout. A preview shows it while the full update runs, which writes the same page
    /// unless the edit changed what other pages say of this one. nil when the edit can move or
    /// hide the page (another id, another file, a visibility that differs).
    public func editedPage(_ document: Document, over previous: SiteState) throws -> (path: String, html: Data)? {
        let old = previous.site
        guard let resolved = old.kb.replacing(document), old.paths.page(.document, document.id) != nil,
              old.visibility.includes(.document, document.id, in: resolved) else { return nil }
        let (path, page) = try render(.record(.document, document.id), old.showing(resolved))
        return (path, page.html)
    }
}
