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

            ## Scope & aims

            Backups follow [backup](control:A.8.13); the main risk is [R-001](risk:R-001), see [steps](../procedures/p.md#steps) and [aims](#scope--aims).

            | Control | Owner |
            |:--|--:|
            | [A.5.15](control:5.15) | `P-01` \\| [Aiko](person:P-01) |
            """,
        "procedures/p.md": "# Procedure without front matter\n\n## Steps\n\nSteps, per [the policy](doc:POL-01#scope--aims).\n",
        "soa/soa.yaml": Catalog.annexA2022.controls.map { "- {control: \($0.id), applicable: true}" }.joined(separator: "\n"),
    ]

    static let asOf = CalendarDate(iso: "2026-11-22")!

    static func inspection(_ changes: [String: String] = [:]) throws -> Inspection {
        try Inspection.run(.memory(files.merging(changes) { _, new in new }), asOf: asOf)
    }

    static func site(_ changes: [String: String] = [:]) throws -> [String: Data] {
        try SiteBuilder(inspection: inspection(changes), theme: Theme.make(defaults: ISMSTheme.files, language: "en")).files()
    }
}

/// Every `href` and `src` of every page that does not lead to an existing file, or to an
/// existing element id of that file: the dead ends a reader would meet.
func deadLinks(in files: [String: Data]) -> [String] {
    let idPattern = try! NSRegularExpression(pattern: " id=\"([^\"]*)\"")
    var ids: [String: Set<String>] = [:]
    func anchors(_ path: String) -> Set<String> {
        if let known = ids[path] { return known }
        let html = String(decoding: files[path] ?? Data(), as: UTF8.self)
        let found = Set(idPattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) })
        ids[path] = found
        return found
    }
    var dead: [String] = []
    for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
        let html = String(decoding: data, as: UTF8.self)
        for (target, fragment) in localLinks(in: html, page: path) {
            guard files[target] != nil else {
                dead.append("\(path) → \(target)")
                continue
            }
            if let fragment, target.hasSuffix(".html"), !anchors(target).contains(fragment) {
                dead.append("\(path) → \(target)#\(fragment)")
            }
        }
    }
    return dead
}

/// Every local link target in a page (href, src and form action) with its fragment, resolved
/// against the page's folder and percent-decoded as a browser would.
func localLinks(in html: String, page: String) -> [(path: String, fragment: String?)] {
    let pattern = try! NSRegularExpression(pattern: "(?:href|src|action)=\"([^\"]*)\"")
    let range = NSRange(html.startIndex..., in: html)
    let folder = page.split(separator: "/").dropLast()
    return pattern.matches(in: html, range: range).compactMap { m -> (String, String?)? in
        let raw = String(html[Range(m.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
        guard !raw.isEmpty, !raw.contains(":") else { return nil }
        let beforeQuery = raw.split(separator: "?", omittingEmptySubsequences: false)[0]
        let pieces = beforeQuery.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let fragment = pieces.count > 1 ? String(pieces[1]).removingPercentEncoding : nil
        guard !pieces[0].isEmpty else { return (page, fragment) }
        var parts = Array(folder)
        for piece in pieces[0].split(separator: "/") {
            if piece == ".." { parts = parts.dropLast() } else if piece != "." { parts.append(piece) }
        }
        return (parts.joined(separator: "/").removingPercentEncoding ?? "", fragment)
    }
}
