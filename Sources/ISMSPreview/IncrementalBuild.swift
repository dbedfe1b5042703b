import Foundation
import ISMSLoader
import ISMSModel
import ISMSSite

/// The preview's builds: the whole site the first time and whenever anything but documents
/// changes; after an edit of documents only, the files reparsed are those whose bytes changed
/// and the pages rewritten are those the edited documents touch.
public final class IncrementalBuild: @unchecked Sendable {
    let knowledgeBase: URL
    let output: URL
    let asOf: CalendarDate?
    let audience: Audience
    /// Read from the knowledge base at each whole build, so an edited template shows.
    let extraTemplates: URL?

    // Touched only by `rebuild`, which the session calls one call at a time.
    private var cache = LoadCache()
    private var state: SiteState?
    private var theme: Theme?
    private var history: [String: [Revision]]?
    /// What the last build checked, for the first look at an edit.
    private var inspection: Inspection?
    /// Writes the search index after an update has shown its pages; one job at a time, and
    /// each build waits for the last one so that writes never overlap.
    private let indexQueue = DispatchQueue(label: "isms.preview.search-index")

    /// A build of `knowledgeBase` into `output`, dated `asOf` (today at each build when nil).
    public init(knowledgeBase: URL, output: URL, asOf: CalendarDate?, audience: Audience, extraTemplates: URL? = nil) {
        self.knowledgeBase = knowledgeBase
        self.output = output
        self.asOf = asOf
        self.audience = audience
        self.extraTemplates = extraTemplates
    }

    /// Waits until the search index of the last build is written.
    public func finishWriting() { indexQueue.sync {} }

    /// Brings the output up to date after the files at `changed` (relative paths) changed.
    /// After an edit of one document, that document's page is written first, over the
    /// previous build, and handed to `shown` before the rest of the update is worked out.
    public func rebuild(_ changed: Set<String>, shown: (RebuildOutcome) -> Void = { _ in }) throws -> RebuildOutcome {
        let date = asOf ?? .today()
        indexQueue.sync {}
        if let state, let theme, let inspection, Self.onlyDocuments(changed) {
            let builder = SiteBuilder(inspection: inspection, theme: theme, attachments: .directory(knowledgeBase), audience: audience)
            if changed.count == 1, let path = changed.first,
               let document = KnowledgeBaseLoader.document(at: path, in: .directory(knowledgeBase)),
               let page = try builder.editedPage(document, over: state) {
                // The diagnostics are the previous build's until the checks have run again.
                let written = try SiteWriter.update(output) { sink in try sink(page.path, page.html) }
                if !written.isEmpty { shown(RebuildOutcome(diagnostics: inspection.diagnostics, rewrittenPaths: written)) }
            }
            var cache = self.cache
            var loaded = try KnowledgeBaseLoader.load(.directory(knowledgeBase), cache: &cache, changed: changed)
            // Editing a file does not change git's history; it is read again at a whole build.
            loaded.knowledgeBase.history = history
            let checked = Inspection.run(loaded, asOf: date)
            let updater = SiteBuilder(inspection: checked, theme: theme, attachments: .directory(knowledgeBase), audience: audience)
            var update: SiteUpdate?
            var written = try SiteWriter.update(output) { sink in
                update = try updater.update(from: state, documentPaths: changed, into: sink)
            }
            guard let update else { return RebuildOutcome(diagnostics: checked.diagnostics) }
            written.formUnion(try SiteWriter.update(output, removing: update.removed) { _ in })
            self.cache = cache
            self.state = update.state
            self.inspection = checked
            let (output, next) = (self.output, update.state)
            // A page shows before the index of a large site is written; a failure here only
            // leaves the previous index, which the next build replaces.
            indexQueue.async { _ = try? SiteWriter.update(output) { sink in try sink(SiteBuilder.searchIndexPath, next.searchIndex()) } }
            // The search page reads the index: it reloads with it.
            return RebuildOutcome(diagnostics: checked.diagnostics, rewrittenPaths: written.union([SiteBuilder.searchIndexPath, SiteBuilder.searchPagePath]))
        }
        var cache = self.cache
        let loaded = try KnowledgeBaseLoader.load(directory: knowledgeBase, cache: &cache)
        let inspection = Inspection.run(loaded, asOf: date)
        let theme = try Theme.forKnowledgeBase(knowledgeBase, extra: extraTemplates,
                                               language: inspection.resolved.base.settings.publishing.language)
        let builder = SiteBuilder(inspection: inspection, theme: theme, attachments: .directory(knowledgeBase), audience: audience)
        var state: SiteState?
        try SiteWriter.write(to: output, knowledgeBase: knowledgeBase) { sink in state = try builder.build(into: sink) }
        (self.cache, self.state, self.theme, self.history, self.inspection) = (cache, state, theme, loaded.knowledgeBase.history, inspection)
        return RebuildOutcome(diagnostics: inspection.diagnostics)
    }

    /// Whether every changed path is a document: a Markdown file the loader reads.
    static func onlyDocuments(_ changed: Set<String>) -> Bool {
        !changed.isEmpty && changed.allSatisfy { $0.hasSuffix(".md") && !KnowledgeBaseLoader.isIgnored($0) }
    }
}
