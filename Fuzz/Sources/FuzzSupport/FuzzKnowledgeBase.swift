import Foundation
import ISMSLoader
import ISMSModel
import ISMSRules

/// A small knowledge base in memory that a fuzzed file joins, loaded and checked as `isms check` would.
public enum FuzzKnowledgeBase {
    /// Files every fuzzed knowledge base holds, so that references in the fuzzed file can resolve.
    public static let files: [String: String] = [
        "isms.yaml": "organisation:\n  name: Fuzz Clinic\ncriteria: [iso27001-2022]\n",
        "people/people.yaml": "- id: P-01\n  name: Director\n  roles: [ROLE-TOP]\n",
        "roles/roles.yaml": "id: ROLE-TOP\nname: Top management\n",
        "assets/assets.yaml": "- id: AST-1\n  name: Records\n  category: information\n  owner: P-01\n  group: Paper\n  C: 4\n  I: 2\n  A: 1\n",
        "threats/threats.yaml": "- id: T-1\n  name: Leak\n  categories: [D, A]\n  likelihood: 3\n",
        "vulnerabilities/v.yaml": "- id: V-1\n  name: Weak access\n  category: management\n  level: 3\n  threats: [T-1]\n",
        "risks/risks.yaml": "- id: R-1\n  asset: AST-1\n  threat: T-1\n  vulnerability: V-1\n  treatment: reduce\n  controls: [A.5.15]\n",
        "policies/policy.md": "---\nid: POL-01\ntitle: Policy\n---\n# Policy\n\n## Scope\n",
        "images/logo.png": "png",
    ]

    /// The fixed files with `extra` added (or replacing one of them).
    public static func source(_ extra: [String: Data]) -> FileSource {
        let all = files.mapValues { Data($0.utf8) }.merging(extra) { _, new in new }
        return FileSource(list: { Array(all.keys) }, read: { path in
            guard let data = all[path] else { throw CocoaError(.fileNoSuchFile) }
            return data
        })
    }

    /// Loads, resolves and checks the knowledge base with `extra`; what a crash would show up in.
    @discardableResult
    public static func check(_ extra: [String: Data]) throws -> (ResolvedKnowledgeBase, [Diagnostic]) {
        let loaded = try KnowledgeBaseLoader.load(source(extra))
        let resolved = ResolvedKnowledgeBase(loaded.knowledgeBase, asOf: CalendarDate(iso: "2026-11-22")!)
        return (resolved, loaded.diagnostics + Checker.check(resolved))
    }
}
