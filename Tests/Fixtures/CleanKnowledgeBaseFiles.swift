import ISMSModel

/// A small knowledge base that `isms check` passes without a word, shared by the test targets
/// that plant one problem in it at a time.
public enum CleanKnowledgeBaseFiles {
    public static let files: [String: String] = [
        "isms.yaml": """
            organisation:
              name: Test Clinic
            criteria: [iso27001-2022]
            """,
        "people/people.yaml": """
            - id: P-01
              name: Director
              roles: [ROLE-TOP]
            - id: P-02
              name: Security Manager
            """,
        "roles/roles.yaml": """
            id: ROLE-TOP
            name: Top management
            competences: [ISMS fundamentals]
            """,
        "assets/assets.yaml": """
            - id: AST-1
              name: Medical records
              category: information
              owner: P-02
              C: 4
              I: 2
              A: 1
            - id: AST-2
              name: Waiting-room leaflet
              category: information
              owner: ROLE-TOP
              C: 1
              I: 1
              A: 1
            """,
        "threats/threats.yaml": """
            - id: T-1
              name: Leak to unrelated people
              categories: [D, A]
              likelihood: 3
            """,
        "vulnerabilities/vulns.yaml": """
            - id: V-1
              name: Privileges given to all operators
              category: management
              level: 3
              threats: [T-1]
            """,
        "risks/risks.yaml": """
            - id: R-1
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: reduce
              controls: [A.5.15]
              residual: {C: 1, threat: 1, vulnerability: 1}
            - id: R-2
              asset: AST-2
              threat: T-1
              vulnerability: V-1
              treatment: retain
            """,
        "training/t.yaml": """
            id: TR-1
            person: P-01
            course: ISMS basics
            date: 2026-01-10
            """,
        "policies/policy.md": """
            ---
            id: POL-01
            title: Policy
            type: policy
            owner: P-02
            approver: P-01
            approved: 2026-03-01
            version: "1"
            review: 12 months
            classification: public
            controls: [A.5.1]
            satisfies: ["4.3", "5.2", "6.1.2", "6.1.3", "7.5.1 b", "8.1", "9.1", "9.2", "9.3", "10.2", "6.2"]
            ---
            # Policy
            """,
        "soa/soa.yaml": Catalog.annexA2022.controls.map { "- {control: \($0.id), applicable: true, status: implemented}" }.joined(separator: "\n"),
    ]
}
