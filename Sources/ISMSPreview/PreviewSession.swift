import Foundation
import ISMSLoader
import ISMSSite

/// `isms serve` without the command line: builds once, serves the output folder, rebuilds on every change.
///
/// It knows how to call a build, not how a build is done: that is the `Rebuild` closure's business.
public final class PreviewSession: @unchecked Sendable {
    /// The folder watched for changes.
    public let knowledgeBase: URL
    /// The state of the last build, as pages show it.
    public let status: BuildStatus
    /// The HTTP server of the output folder.
    public let server: PreviewServer
    private let pathPrefix: String
    private let rebuild: Rebuild
    private let log: @Sendable (String) -> Void
    private let watchMode: KnowledgeBaseWatcher.Mode
    // Held while a build runs, so the first build and the watcher's never overlap.
    private let building = NSLock()
    // Guarded by `building`.
    private var watcher: KnowledgeBaseWatcher?

    /// Creates a session serving `output`; `log` receives the console lines (diagnostics, rebuild notes).
    public init(knowledgeBase: URL, output: URL, pathPrefix: String, server configuration: PreviewServer.Configuration,
                watchMode: KnowledgeBaseWatcher.Mode = .automatic, longPollTimeout: TimeInterval = 25,
                rebuild: @escaping Rebuild, log: @escaping @Sendable (String) -> Void) {
        self.knowledgeBase = knowledgeBase
        self.pathPrefix = pathPrefix
        self.rebuild = rebuild
        self.log = log
        self.watchMode = watchMode
        status = BuildStatus()
        let responder = PreviewResponder(root: output, status: status, pathPrefix: pathPrefix, longPollTimeout: longPollTimeout)
        server = PreviewServer(responder: responder, configuration: configuration)
    }

    /// Starts watching, builds everything once (every visible file counts as changed), then listens; returns the port.
    ///
    /// A first build that fails stops the start, as `isms build` would; later failures keep the previous site.
    @discardableResult
    public func start() throws -> UInt16 {
        // Pages show each document's commits, so a commit, checkout or reset rebuilds them too.
        let watcher = KnowledgeBaseWatcher(root: knowledgeBase, mode: watchMode, gitDirectory: GitHistory.gitDirectory(of: knowledgeBase)) { [self] changed in
            building.lock()
            defer { building.unlock() }
            build(changed)
        }
        // Watching starts first so that an edit made during the first build is not missed; the lock holds
        // such an edit's rebuild back until the first build is done.
        building.lock()
        let outcome: RebuildOutcome
        do {
            try watcher.start()
            self.watcher = watcher
            outcome = try rebuild(Set(FileTree(root: knowledgeBase.standardizedFileURL.path).files().keys)) { _ in }
        } catch {
            self.watcher = nil
            building.unlock()
            watcher.stop()
            throw error
        }
        status.succeeded(outcome)
        building.unlock()
        if !outcome.diagnostics.isEmpty { log(DiagnosticReport(diagnostics: outcome.diagnostics, pathPrefix: pathPrefix).text) }
        do {
            return try server.start()
        } catch {
            stop()
            throw error
        }
    }

    /// Stops watching (after a build in progress ends), stops listening and releases waiting pages.
    public func stop() {
        building.lock()
        let watcher = self.watcher
        self.watcher = nil
        building.unlock()
        watcher?.stop()
        server.stop()
        status.close()
    }

    /// Runs the rebuild closure after a change and publishes what it found; a failure keeps the previous site.
    /// Called with `building` held.
    private func build(_ changed: Set<String>) {
        do {
            let outcome = try rebuild(changed) { [status] early in status.succeeded(early) }
            status.succeeded(outcome)
            let report = DiagnosticReport(diagnostics: outcome.diagnostics, pathPrefix: pathPrefix).text
            log("isms: rebuilt after changes to \(Self.describe(changed))\n" + report)
        } catch {
            status.failed("\(error)")
            log("isms: rebuild failed: \(error); serving the previous site")
        }
    }

    /// A short list of changed paths for the console.
    static func describe(_ changed: Set<String>, limit: Int = 3) -> String {
        let sorted = changed.sorted().map { $0 == KnowledgeBaseWatcher.historyChanged ? "the git history" : $0 }
        let shown = sorted.prefix(limit).joined(separator: ", ")
        return sorted.count > limit ? "\(shown) and \(sorted.count - limit) more" : shown
    }
}
