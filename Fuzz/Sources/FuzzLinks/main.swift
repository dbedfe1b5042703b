import Foundation
import FuzzSupport
import ISMSMarkdown
import ISMSModel
import ISMSRules

/// The knowledge base links are resolved in, loaded once: loading it for every input would
/// leave little time for the links themselves.
let knowledgeBase = try! FuzzKnowledgeBase.check([:]).0

/// What libFuzzer runs on each input: the input is the body of a document whose links are resolved and
/// rewritten as the site does; no link may lead to a script or out of the site, and a body
/// rendered when read gives the same page as rendering it then.
func fuzzLinks(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    var document = Document(id: "DOC-F", path: "procedures/fuzzed.md", origin: Origin(SourceLocation(file: "procedures/fuzzed.md")))
    document.body = text
    func rewrite(_ url: String) -> LinkRewrite {
        switch knowledgeBase.linkTarget(url, from: document) {
        case .external: return .keep
        case let .document(id, fragment): return .replace("../document/\(id).html\(fragment)")
        case let .record(kind, id): return .replace("../\(kind.rawValue)/\(id).html")
        case .file(let path):
            guard knowledgeBase.base.attachments.contains(path) else { fatalError("file link outside the knowledge base: \(path)") }
            return .replace("../files/\(path)")
        case .unresolved: return .unlink
        }
    }
    let html = Markdown.render(text, title: "Fuzzed", rewrite: rewrite).html
    // A body rendered once when read, its links pointed per page, is the same HTML.
    let prepared = Markdown.prepare(text, title: "Fuzzed")
    if let body = prepared.body {
        let pointed = body.html { rewrite(prepared.links[$0].destination) }
        if pointed != html { fatalError("a prepared body differs from rendering:\n\(pointed)\n\(html)") }
    }
    if let problem = HTMLInvariants.violation(in: html) { fatalError("unsafe HTML: \(problem)\n\(html)") }
    return 0
}

exit(FuzzDriver.run(fuzzLinks))
