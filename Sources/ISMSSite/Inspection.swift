import Foundation
import ISMSLoader
import ISMSModel
import ISMSRules

/// A knowledge base loaded, resolved and checked: the input of every command.
public struct Inspection: Sendable {
    public var resolved: ResolvedKnowledgeBase
    /// Loader and rule diagnostics together, in print order.
    public var diagnostics: [Diagnostic]

    /// Runs load → resolve → check over a folder on disk; `bodies` is `.outline` when no site is made.
    public static func run(directory: URL, asOf: CalendarDate, bodies: BodyReading = .rendered) throws -> Inspection {
        try run(KnowledgeBaseLoader.load(directory: directory, bodies: bodies), asOf: asOf)
    }

    /// Runs load → resolve → check over a folder on disk, and `companion` with the loaded knowledge
    /// base on another core while it is resolved and checked: work that needs only what was read,
    /// such as setting up the theme, then fills the gaps of the checks instead of following them.
    public static func run<Companion: Sendable>(directory: URL, asOf: CalendarDate, bodies: BodyReading = .rendered,
                                                alongside companion: @escaping @Sendable (KnowledgeBase) -> Companion) throws -> (Inspection, Companion) {
        let loaded = try KnowledgeBaseLoader.load(directory: directory, bodies: bodies)
        let base = loaded.knowledgeBase
        let beside = Background { companion(base) }
        let inspection = run(loaded, asOf: asOf)
        return (inspection, beside.wait())
    }

    /// Runs load → resolve → check over any file source (tests use memory).
    public static func run(_ source: FileSource, asOf: CalendarDate) throws -> Inspection {
        try run(KnowledgeBaseLoader.load(source), asOf: asOf)
    }

    /// Resolves and checks a knowledge base loaded from anywhere (a folder, a git revision).
    public static func run(_ loaded: LoadResult, asOf: CalendarDate) -> Inspection {
        let resolved = ResolvedKnowledgeBase(loaded.knowledgeBase, asOf: asOf)
        let diagnostics = (loaded.diagnostics + Checker.check(resolved)).inPrintOrder()
        return Inspection(resolved: resolved, diagnostics: diagnostics)
    }

    public var errorCount: Int { diagnostics.errorCount }
    public var warningCount: Int { diagnostics.warningCount }
}

extension CalendarDate {
    /// Today in UTC, for runs without `--as-of`.
    public static func today() -> CalendarDate {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
