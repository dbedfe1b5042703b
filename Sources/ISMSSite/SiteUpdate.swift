import Foundation
import ISMSModel
import ISMSRules

/// What a build leaves for the next one: the knowledge base it showed, its pages and their
/// search entries, so that an edit of a few documents rewrites only the pages it touches.
public struct SiteState: Sendable {
    let site: SiteContext
    let specs: [SiteBuilder.PageSpec]
    /// Search entries in the order of `specs`.
    let entries: [SearchEntry?]

    /// The search index of these pages, as `build(into:)` writes it to `search-index.js`.
    public func searchIndex() -> Data { SearchIndex.script(SearchPages(entries)) }
}

/// What an update wrote and what it left to delete.
public struct SiteUpdate: Sendable {
    public var state: SiteState
    /// Files of the previous build that this one no longer has: pages of documents removed or
    /// hidden, and files that no document links to any more.
    public var removed: [String]
    /// How many pages were rendered again.
    public var rendered: Int
}

extension SiteBuilder {
    /// Renders again only what a change of the documents at `documentPaths` (relative to the
    /// knowledge base) affects: those documents' pages, the pages they name or are named by
    /// (before and after the change), their owners' and approvers' pages, the document
    /// register, the dashboard and the reports that list documents. Every other page stays as
    /// the previous build wrote it; the result equals a full build's for the pages written.
    /// The search index is left to the caller (`state.searchIndex()`): on a large site it
    /// takes longer than the pages, and a preview shows the pages first. Anything but
    /// documents changing calls for `build(into:)` instead: the records must be those of the
    /// previous build.
    public func update(from previous: SiteState, documentPaths: Set<String>, into sink: SiteSink) throws -> SiteUpdate {
        let old = previous.site
        let site = SiteContext(inspection: inspection, words: theme.strings, audience: audience, recordsOf: old)
        var touched: Set<Referrer> = []
        for (kb, index) in [(old.kb, old.index), (site.kb, site.index)] {
            for document in kb.base.documents where documentPaths.contains(document.path) {
                let me = Referrer(kind: .document, id: document.id)
                touched.insert(me)
                touched.formUnion(index.referrers(of: .document, document.id))
                touched.formUnion(document.controls.map { Referrer(kind: .control, id: Catalog.canonicalControlID($0)) })
                touched.formUnion(document.risks.map { Referrer(kind: .risk, id: $0) })
                let targets = kb.linkTargets(of: document)
                for n in document.links.indices {
                    switch targets[link: n, in: kb] {
                    case .document(let id, _): touched.insert(Referrer(kind: .document, id: id))
                    case let .record(kind, id): touched.insert(Referrer(kind: kind, id: id))
                    default: break
                    }
                }
                // A party is a person or a role; whichever it is shows what it owns.
                for party in [document.owner, document.approver].compactMap({ $0 }) {
                    touched.insert(Referrer(kind: .person, id: party))
                    touched.insert(Referrer(kind: .role, id: party))
                }
            }
        }
        let specs = pages(site)
        let wanted = specs.filter { spec in
            switch spec {
            case .home, .register(.document), .report(.soa), .report(.conformity): return true
            case let .record(kind, id): return touched.contains(Referrer(kind: kind, id: id))
            default: return false
            }
        }
        let fresh = try render(wanted, site, into: sink)
        var entries: [PageSpec: SearchEntry?] = [:]
        for (spec, entry) in zip(previous.specs, previous.entries) { entries[spec] = entry }
        for (spec, entry) in zip(wanted, fresh) { entries[spec] = entry }
        let ordered = specs.map { entries[$0] ?? nil }
        let changed = Set(site.kb.base.documents.filter { documentPaths.contains($0.path) }.map(\.id))
        for path in linkedAttachments(site, of: changed) {
            if let data = try? attachments?.read(path) { try sink(SitePaths.attachment(path), data) }
        }
        let state = SiteState(site: site, specs: specs, entries: ordered)
        // Only documents come and go in such an update, so only their pages can be left over,
        // and the files that no document links to any more.
        func documentPages(_ state: SiteState) -> Set<String> {
            Set(state.site.kb.base.documents.compactMap { state.site.paths.page(.document, $0.id) })
        }
        let unlinked = attachments == nil ? [] : Set(linkedAttachments(old)).subtracting(linkedAttachments(site)).map(SitePaths.attachment)
        let removed = documentPages(previous).subtracting(documentPages(state)).union(unlinked)
        return SiteUpdate(state: state, removed: removed.sorted(), rendered: wanted.count)
    }
}
