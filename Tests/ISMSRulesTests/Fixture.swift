import KnowledgeBaseFixtures
import ISMSLoader
import ISMSModel
import ISMSRules

/// A small, valid knowledge base in memory; tests replace or add files to plant one problem.
enum Fixture {
    static let files = CleanKnowledgeBaseFiles.files

    static let asOf = CalendarDate(iso: "2026-11-22")!

    /// Loads, resolves and checks the fixture with `changes` applied (nil removes a file)
    /// and `history` as if read from git.
    static func check(_ changes: [String: String?] = [:], history: [String: [Revision]]? = nil) throws -> (ResolvedKnowledgeBase, [Diagnostic]) {
        var all = files
        for (path, text) in changes { all[path] = text }
        let loaded = try KnowledgeBaseLoader.load(.memory(all))
        var base = loaded.knowledgeBase
        base.history = history
        let resolved = ResolvedKnowledgeBase(base, asOf: asOf)
        return (resolved, (loaded.diagnostics + Checker.check(resolved)).inPrintOrder())
    }

    /// Diagnostics as printed lines, optionally only those of some codes.
    static func lines(_ changes: [String: String?] = [:], history: [String: [Revision]]? = nil, codes: Set<String>? = nil) throws -> [String] {
        try check(changes, history: history).1.filter { codes?.contains($0.code) ?? true }.map {
            "\($0.location): \($0.severity.rawValue): \($0.fullMessage) [\($0.code)]"
        }
    }
}
