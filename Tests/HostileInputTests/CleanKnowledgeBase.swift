import KnowledgeBaseFixtures
import ISMSModel

/// A small knowledge base that `isms check` passes without a word; each bad input is put over
/// it, so every diagnostic a case yields is that case's own.
enum CleanKnowledgeBase {
    static let asOf = CalendarDate(iso: "2026-11-22")!

    /// The rules tests' clean knowledge base, its policy with a heading that links can name.
    static let files = CleanKnowledgeBaseFiles.files.merging(["policies/policy.md": CleanKnowledgeBaseFiles.files["policies/policy.md"]! + "\n\n## Scope"]) { $1 }
}
