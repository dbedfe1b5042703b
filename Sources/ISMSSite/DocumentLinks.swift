import ISMSMarkdown
import ISMSModel
import ISMSRules

/// Turns the links authors write in Markdown into links between pages of the site.
enum DocumentLinks {
    /// `doc:ID` and relative `.md` paths become document pages; other id schemes have no
    /// page yet, so their text stays and the link goes; web and mail links are kept.
    static func rewrite(_ url: String, from document: Document, paths: PagePaths, kb: ResolvedKnowledgeBase, root: String) -> LinkRewrite {
        let (target, fragment) = split(url)
        if target.isEmpty { return .keep }
        if let colon = target.firstIndex(of: ":") {
            let scheme = target[..<colon].lowercased()
            let id = String(target[target.index(after: colon)...])
            if scheme == "doc" {
                guard kb.documents[id] != nil else { return .unlink }
                return .replace(root + paths.document(id) + fragment)
            }
            if ["http", "https", "mailto", "tel"].contains(scheme) { return .keep }
            return .unlink
        }
        guard target.hasSuffix(".md") else { return .keep }
        guard let linked = paths.documentID(atSourcePath: resolve(target, from: document.path)) else { return .unlink }
        return .replace(root + paths.document(linked) + fragment)
    }

    /// Splits `a/b.md#part` into `a/b.md` and `#part`.
    static func split(_ url: String) -> (String, String) {
        guard let hash = url.firstIndex(of: "#") else { return (url, "") }
        return (String(url[..<hash]), String(url[hash...]))
    }

    /// A relative path resolved against the folder of the document that holds it.
    static func resolve(_ relative: String, from documentPath: String) -> String {
        var parts = relative.hasPrefix("/") ? [] : documentPath.split(separator: "/").dropLast().map(String.init)
        for piece in relative.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
