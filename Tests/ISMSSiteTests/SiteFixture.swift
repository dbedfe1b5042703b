import Foundation
import ISMSLoader
import ISMSModel
import ISMSSite
import ISMSTheme

/// A tiny knowledge base for export, report and site tests.
enum SiteFixture {
    static let files: [String: String] = [
        "isms.yaml": "organisation:\n  name: Test Clinic\ncriteria: [iso27001-2022]\n",
        "people/p.yaml": "- {id: P-01, name: Aiko Sato, title: Director, roles: [ROLE-TOP]}\n",
        "roles/r.yaml": "- {id: ROLE-TOP, name: Top management, competences: [ISMS fundamentals]}\n",
        "assets/a.yaml": "- {id: AST-1, name: \"Records, paper\", category: information, owner: P-01, C: 4, I: 2, A: 1}\n",
        "threats/t.yaml": "- {id: T-1, name: Leak, categories: [D, A], likelihood: 3}\n",
        "vulnerabilities/v.yaml": "- {id: V-1, name: Shared privileges, category: management, level: 3, threats: [T-1]}\n",
        "risks/r.yaml": """
            - id: R-001
              title: Records leak
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: reduce
              controls: [A.5.15, A.8.2]
              residual: {threat: 1, vulnerability: 1}
              acceptance: {by: P-01, date: 2026-05-01}
            """,
        "training/t.yaml": "id: TR-1\nperson: P-01\ncourse: ISMS basics\ncompetence: ISMS fundamentals\ndate: 2026-01-10\nresult: passed\n",
        "policies/basic.md": """
            ---
            id: POL-01
            title: "Basic \\"policy\\"\u{301} <b>"
            type: policy
            owner: P-01
            approver: ROLE-TOP
            approved: 2026-03-01
            version: "1.0"
            classification: public
            controls: [A.5.1]
            risks: [R-001]
            satisfies: ["4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.5.1 b", "8.1", "9.1", "9.2", "9.3", "10.2"]
            ---
            # Basic policy

            We protect patient information. See [the procedure](../procedures/p.md).

            <script>alert(1)</script>
            """,
        "procedures/p.md": "# Procedure without front matter\n\nSteps.\n",
        "soa/soa.yaml": Catalog.annexA2022.controls.map { "- {control: \($0.id), applicable: true}" }.joined(separator: "\n"),
    ]

    static let asOf = CalendarDate(iso: "2026-11-22")!

    static func inspection(_ changes: [String: String] = [:]) throws -> Inspection {
        try Inspection.run(.memory(files.merging(changes) { _, new in new }), asOf: asOf)
    }

    static func site(_ changes: [String: String] = [:]) throws -> [String: Data] {
        try SiteBuilder(inspection: inspection(changes), theme: Theme.load(directory: ISMSTheme.directory)).files()
    }
}

/// Every local link target in a page (href and src), resolved against the page's folder.
func localLinks(in html: String, page: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
    let range = NSRange(html.startIndex..., in: html)
    let folder = page.split(separator: "/").dropLast()
    return pattern.matches(in: html, range: range).compactMap { m -> String? in
        let target = String(html[Range(m.range(at: 1), in: html)!])
        guard !target.isEmpty, !target.contains(":"), !target.hasPrefix("#") else { return nil }
        var parts = Array(folder)
        for piece in target.split(separator: "#")[0].split(separator: "/") {
            if piece == ".." { parts = parts.dropLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}
