import Foundation

/// The example knowledge base with script, handlers and dangerous URLs written into every kind
/// of field a page, report, export, search index, display or pack shows, and into file names.
enum HostileKnowledgeBase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Markup that would run script if any output let it through unescaped, with a quote that a
    /// combining acute accent follows (one Character, two scalars).
    static let payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>' onmouseover='alert(1)' \"\u{301} javascript:alert(1)"

    /// What a spreadsheet would run as a formula.
    static let formula = "=HYPERLINK(\"https://evil.example/\",\"x\")"

    /// A YAML block scalar holding `text` at `indent` spaces, so no character needs quoting.
    static func block(_ text: String, indent: Int = 4) -> String {
        "|-\n" + String(repeating: " ", count: indent) + text
    }

    static let markdown = """
        <script>alert(1)</script>

        <img src=x onerror=alert(1)>

        <a href="javascript:alert(1)">raw link</a> <div onclick="alert(1)">raw div</div> <iframe src="https://evil.example/"></iframe>

        [js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [vb](vbscript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
        [entity](&#106;avascript:alert(1)) [colon](javascript&colon;alert(1)) [file](file:///etc/passwd) <javascript:alert(1)>

        ![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ![js image](javascript:alert(1))

        [reference][r] [title](basic-information-security-policy.md "a\\" onmouseover=\\"alert(1)")

        [r]: javascript:alert(1)

        ## Heading <script>alert(1)</script> "quote"\u{301} 'single'

        | a <script>x</script> | [t](javascript:alert(1)) |
        |:---|---:|
        | <img src=x onerror=alert(1)> | `<code onclick=alert(1)>` |

        [attachment](../images/%22%3E%3Csvg%20onload=alert(1)%3E.png) [passwd](../../../../etc/passwd) [root](/etc/passwd)
        """

    /// Front matter of a public document (so that it reaches the public site and the display).
    static func document(id: String) -> String {
        """
        ---
        id: \(id)
        title: \(block(payload))
        type: policy
        owner: \(block(payload))
        approver: P-01
        approved: 2026-04-01
        version: \(block(payload))
        classification: public
        controls: [A.5.1]
        satisfies: \(block(payload))
        ---
        # Hostile

        \(markdown)
        """
    }

    static func files() -> [String: Data] {
        // Block scalars in a list item's mapping sit deeper than its keys.
        let p = block(payload), q = block(payload, indent: 6), r = block(payload, indent: 8)
        var files: [String: String] = [
            "policies/hostile.md": document(id: "POL-EVIL"),
            "policies/<img src=x onerror=alert(1)>.md": document(id: "POL-EVIL-NAME"),
            "assets/hostile.yaml": """
                - id: AST-EVIL
                  name: \(p)
                  category: information
                  owner: \(p)
                  group: \(p)
                  description: \(p)
                  format: \(block(formula))
                  location: \(p)
                  use: \(p)
                  users:
                    - \(q)
                  classification: internal
                  C: 2
                  I: 2
                  A: 2
                """,
            "threats/hostile.yaml": "- id: T-EVIL\n  name: \(p)\n  description: \(p)\n  categories: [E]\n  likelihood: 2\n",
            "vulnerabilities/hostile.yaml": "- id: V-EVIL\n  name: \(p)\n  description: \(p)\n  category: management\n  level: 2\n  threats: [T-EVIL]\n",
            "risks/hostile.yaml": """
                - id: R-EVIL
                  title: \(p)
                  asset: AST-EVIL
                  threat: T-EVIL
                  vulnerability: V-EVIL
                  treatment: reduce
                  controls: [A.5.1]
                  notes: \(p)
                  plan:
                    - action: \(r)
                      owner: \(r)
                      due: 2026-12-01
                """,
            "soa/hostile.yaml": "- control: X.EVIL\n  title: \(p)\n  summary: \(p)\n  applicable: true\n  status: implemented\n  justification: \(p)\n",
            "people/hostile.yaml": "- id: P-EVIL\n  name: \(p)\n  title: \(p)\n  department: \(p)\n  roles: [ROLE-EVIL]\n",
            "roles/hostile.yaml": "- id: ROLE-EVIL\n  name: \(p)\n  responsibilities:\n    - \(q)\n  competences:\n    - \(q)\n",
            "training/hostile.yaml": "- id: TR-EVIL\n  person: P-EVIL\n  course: \(p)\n  competence: \(p)\n  date: 2026-05-01\n  effectiveness: \(p)\n",
            "incidents/hostile.yaml": "- id: INC-EVIL\n  title: \(p)\n  date: 2026-05-02\n  description: \(p)\n  actions_taken:\n    - \(q)\n",
            "objectives/hostile.yaml": "- id: OBJ-EVIL\n  title: \(p)\n  owner: P-EVIL\n  measures:\n    - name: \(r)\n      target: \(r)\n      actual: \(r)\n",
        ]
        let settings = try! String(contentsOf: repository.appendingPathComponent("content/isms.yaml"), encoding: .utf8)
        files["isms.yaml"] = settings
            .replacingOccurrences(of: "  name: Sakura Community Hospital", with: "  name: \(block(payload))")
            .replacingOccurrences(of: "  short_name: Sakura Hospital", with: "  short_name: \(block(payload))")
            .replacingOccurrences(of: "        name: Published\n", with: "        name: \(block(payload, indent: 10))\n")
            .replacingOccurrences(of: "  language: en\n", with: "  language: \(block(payload))\n")
        var data = files.mapValues { Data($0.utf8) }
        data["images/\"><svg onload=alert(1)>.png"] = Data([0x89, 0x50, 0x4E, 0x47])
        return data
    }

    /// Writes the example with the hostile files over it into `folder`.
    static func write(to folder: URL) throws {
        let fm = FileManager.default
        try fm.copyItem(at: repository.appendingPathComponent("content"), to: folder)
        for (path, data) in files() {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}
