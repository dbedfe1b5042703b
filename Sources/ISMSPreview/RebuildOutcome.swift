import ISMSModel

/// What one build of the site produced, as the preview needs to know it.
public struct RebuildOutcome: Sendable, Equatable {
    /// Every diagnostic of the knowledge base after this build, in print order.
    public var diagnostics: [Diagnostic]
    /// Site paths the build wrote, or nil when it rewrote the whole site.
    public var rewrittenPaths: Set<String>?

    /// Creates an outcome; a nil `rewrittenPaths` means "everything".
    public init(diagnostics: [Diagnostic], rewrittenPaths: Set<String>? = nil) {
        self.diagnostics = diagnostics
        self.rewrittenPaths = rewrittenPaths
    }
}

/// Brings the output folder up to date after the knowledge-base files at `changed` (relative paths) changed.
///
/// Called on the watcher's thread, one call at a time. It must write the output folder
/// atomically (as `SiteWriter.write` does) and throw, leaving the previous site in place, when it cannot.
/// It may hand `shown` an outcome before it is done, for pages it wrote early (an edited
/// document's own page) so that the browser shows them at once.
public typealias Rebuild = @Sendable (_ changed: Set<String>, _ shown: (RebuildOutcome) -> Void) throws -> RebuildOutcome
