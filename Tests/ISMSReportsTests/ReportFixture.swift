import ISMSLoader
import ISMSModel
import ISMSRules

/// A small knowledge base with one case of every branch the reports take.
enum ReportFixture {
    static let asOf = CalendarDate(iso: "2026-11-22")!

    static let files: [String: String] = [
        "isms.yaml": "organisation:\n  name: Test Clinic\n",
        "people/people.yaml": """
            - {id: P-01, name: Aiko Sato, roles: [ROLE-TOP]}
            - {id: P-02, name: Ken Mori, roles: [ROLE-IT]}
            - {id: P-03, name: Yui Abe, roles: [ROLE-IT, ROLE-TOP]}
            """,
        "roles/roles.yaml": """
            - {id: ROLE-TOP, name: Top management, competences: [ISMS fundamentals]}
            - {id: ROLE-IT, name: IT staff, competences: [ISMS fundamentals, backup operation]}
            """,
        "training/2026.yaml": """
            - {id: TR-1, person: P-01, course: ISMS basics, competence: ISMS fundamentals, date: 2026-01-10, result: passed}
            - {id: TR-2, person: P-02, course: ISMS basics, competence: ISMS fundamentals, date: 2025-01-10, result: passed, expires: 2026-01-10}
            - {id: TR-3, person: P-02, course: Backup course, competence: backup operation, date: 2026-03-01, result: passed, expires: 2027-01-05}
            - {id: TR-4, person: P-03, course: ISMS basics, competence: ISMS fundamentals, date: 2026-02-01, result: failed}
            """,
        "assets/assets.yaml": """
            - {id: AST-1, name: Records, category: information, C: 4, I: 2, A: 1}
            - {id: AST-2, name: Server, category: physical, C: 2, I: 2, A: 3}
            - {id: AST-3, name: Brochures, category: information, C: 1, I: 1, A: 1}
            """,
        "threats/threats.yaml": """
            - {id: T-1, name: Leak, categories: [D], likelihood: 3}
            - {id: T-2, name: Failure, categories: [A], likelihood: 2}
            - {id: T-3, name: Flood, categories: [E], likelihood: 1}
            """,
        "vulnerabilities/v.yaml": """
            - {id: V-1, name: Shared accounts, category: management, level: 3, threats: [T-1]}
            - {id: V-2, name: No spare, category: hardware, level: 2, threats: [T-2]}
            - {id: V-3, name: Basement room, category: environment, level: 1, threats: [T-3]}
            """,
        "risks/risks.yaml": """
            - id: R-1
              title: Records leak
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: reduce
              controls: [A.5.15, A.8.2]
              residual: {threat: 1, vulnerability: 1}
              acceptance: {by: P-01, date: 2026-05-01}
              plan:
                - {action: Separate accounts, owner: P-02, due: 2026-06-30, priority: high, status: in-progress}
            - id: R-2
              title: Server failure
              asset: AST-2
              threat: T-2
              vulnerability: V-2
              treatment: transfer
              transfer_to: Maintenance contract MC-7
              controls: [A.5.20]
              residual: {vulnerability: 1}
              plan:
                - {action: Renew the contract, owner: P-02, due: 2027-03-31, priority: medium}
            - id: R-3
              title: Records leak by mail
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              elements: [I]
              treatment: retain
            - id: R-4
              title: Records on the public website
              asset: AST-1
              threat: T-2
              vulnerability: V-2
              treatment: avoid
              plan:
                - {action: Take the upload page down, owner: P-02, due: 2026-12-31, priority: high, status: done}
            - id: R-5
              title: Leak through a reused password
              asset: AST-2
              threat: T-1
              vulnerability: V-1
              treatment: reduce
              controls: [A.8.5]
              residual: {threat: 2}
            """,
        "soa/soa.yaml": Catalog.annexA2022.controls.compactMap { c -> String? in
            switch c.id {
            case "A.5.1": return nil
            case "A.5.15": return "- {control: A.5.15, applicable: true, reasons: [risk], status: implemented}"
            case "A.8.2": return "- {control: A.8.2, applicable: true, reasons: [risk], status: partial}"
            case "A.8.5": return "- {control: A.8.5, applicable: false}"
            case "A.7.5": return "- {control: A.7.5, applicable: false, justification: No basement or flood zone}"
            default: return "- {control: \(c.id), applicable: true, reasons: [business]}"
            }
        }.joined(separator: "\n"),
        "policies/access.md": "---\nid: PRC-1\ntitle: Access\ncontrols: [A.5.15, A.8.2]\n---\nText.\n",
    ]

    static func kb() throws -> ResolvedKnowledgeBase {
        ResolvedKnowledgeBase(try KnowledgeBaseLoader.load(.memory(files)).knowledgeBase, asOf: asOf)
    }
}
