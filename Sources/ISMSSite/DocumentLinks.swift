import ISMSMarkdown
import ISMSModel
import ISMSRules

/// Turns the links authors write in Markdown into links between pages of the site.
enum DocumentLinks {
    /// Documents become their pages; records have no page yet, so their text stays and the
    /// link goes, as do links that cannot be followed (`isms check` reports those).
    static func rewrite(_ url: String, from document: Document, paths: PagePaths, kb: ResolvedKnowledgeBase, root: String) -> LinkRewrite {
        switch kb.linkTarget(url, from: document) {
        case .external, .file: return .keep
        case let .document(id, fragment): return .replace(root + paths.document(id) + fragment)
        case .record, .unresolved: return .unlink
        }
    }
}
