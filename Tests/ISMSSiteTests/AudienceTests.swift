import Foundation
import ISMSModel
import ISMSSite
import ISMSTheme
import XCTest

/// What each audience may see: the public build must not carry a byte of anything else.
final class AudienceTests: XCTestCase {
    static let marker = "Zq7Secret"

    /// A knowledge base whose every non-public field, id and file name carries the marker.
    static func markedKnowledgeBase() -> [String: String] {
        let m = marker
        return [
            "isms.yaml": """
                organisation:
                  name: Open Clinic
                  description: A clinic that publishes its policies.
                scope: Scope \(m) of the ISMS
                criteria: [iso27001-2022]
                methodology:
                  approach: \(m)
                """,
            "policies/public.md": """
                ---
                id: POL-PUB
                title: Our security policy
                type: policy
                owner: P-\(m)
                approver: ROLE-\(m)
                approved: 2026-01-10
                version: "1"
                classification: public
                controls: [A.5.1]
                risks: [R-\(m)]
                ---
                We keep patient information safe. See [the procedure](doc:PRC-\(m)), [a risk](risk:R-\(m)),
                [an asset](asset:AST-\(m)), [the plan](../plans/plan-\(m).md#steps), [a person](person:P-\(m)),
                [a control](control:A.8.13) and [a diagram](../files/diagram.txt).

                ## Our aims
                """,
            "procedures/internal-\(m).md": "---\nid: PRC-\(m)\ntitle: Procedure \(m)\ntype: procedure\nclassification: internal\nowner: P-\(m)\n---\nBody \(m) links [back](doc:POL-PUB) and [a file](../files/secret-\(m).txt).\n",
            "plans/plan-\(m).md": "---\nid: PLN-\(m)\ntitle: Plan \(m)\ntype: plan\nclassification: confidential\n---\n## Steps\n\nStep \(m).\n",
            "files/diagram.txt": "a public diagram",
            "plans/secret-\(m).md": "---\nid: SEC-\(m)\ntitle: Hushplan\ntype: plan\nclassification: secret\n---\nText \(m).\n",
            "files/secret-\(m).txt": "secret \(m)",
            "assets/assets.yaml": """
                - {id: AST-PUB, name: Public leaflet, category: information, owner: P-\(m), users: [ROLE-\(m)], group: Group \(m), C: 1, I: 1, A: 1, classification: public, dependencies: [AST-\(m)]}
                - {id: AST-\(m), name: Records \(m), category: information, owner: P-\(m), group: Group \(m), description: Desc \(m), C: 4, I: 2, A: 1, classification: confidential}
                """,
            "threats/t.yaml": "- {id: T-\(m), name: Threat \(m), categories: [D], likelihood: 3, description: \(m)}\n",
            "vulnerabilities/v.yaml": "- {id: V-\(m), name: Vuln \(m), category: management, level: 3, threats: [T-\(m)]}\n",
            "risks/r.yaml": """
                - {id: R-\(m), title: Risk \(m), asset: AST-PUB, threat: T-\(m), vulnerability: V-\(m), treatment: reduce, controls: [A.8.13], \
                residual: {threat: 1}, acceptance: {by: P-\(m), date: 2026-05-01, note: Note \(m)}, plan: [{action: Action \(m), owner: P-\(m), due: 2026-12-31}]}
                """,
            "people/p.yaml": "- {id: P-\(m), name: Person \(m), title: Title \(m), department: Dept \(m), roles: [ROLE-\(m)]}\n",
            "roles/r.yaml": "- {id: ROLE-\(m), name: Role \(m), responsibilities: [Duty \(m)], competences: [Skill \(m)]}\n",
            "training/t.yaml": "- {id: TR-\(m), person: P-\(m), course: Course \(m), competence: Skill \(m), date: 2026-01-10, result: passed, effectiveness: Eff \(m)}\n",
            "audits/a.yaml": "- {id: AUD-\(m), title: Audit \(m), date: 2026-06-01, auditors: [P-\(m)], scope: \(m), findings: [{type: observation, description: Finding \(m)}]}\n",
            "reviews/r.yaml": "- {id: MR-\(m), title: Review \(m), date: 2026-07-01, chair: P-\(m), inputs: [Input \(m)], decisions: [Decision \(m)]}\n",
            "incidents/i.yaml": "- {id: INC-\(m), title: Incident \(m), date: 2026-03-01, severity: low, assets: [AST-PUB], description: \(m)}\n",
            "nonconformities/n.yaml": "- {id: NC-\(m), title: NC \(m), source: AUD-\(m), raised: 2026-06-02, cause: Cause \(m)}\n",
            "objectives/o.yaml": "- {id: OBJ-\(m), title: Objective \(m), owner: P-\(m), measures: [{name: Measure \(m), target: \(m)}]}\n",
            "soa/soa.yaml": Catalog.annexA2022.controls.map { "- {control: \($0.id), applicable: true, evidence: [Evidence \(m)], notes: Notes \(m)}" }.joined(separator: "\n")
                + "\n- {control: OWN-\(m), title: Own control \(m), applicable: true}",
            "catalogues/c.yaml": "id: cat-\(m)\ntitle: Catalogue \(m)\nrequirements: [{id: REQ-\(m), title: Req \(m), controls: [A.5.1]}]\n",
        ]
    }

    func build(_ audience: Audience, display: Bool = false) throws -> [String: Data] {
        let files = Self.markedKnowledgeBase()
        let inspection = try Inspection.run(.memory(files), asOf: CalendarDate(iso: "2026-11-22")!)
        var builder = SiteBuilder(inspection: inspection, theme: try Theme.make(defaults: ISMSTheme.files, language: "en"),
                                  attachments: .memory(files), audience: audience)
        builder.display = display
        return try builder.files()
    }

    /// The marker planted in every non-public field and file is nowhere in the public build:
    /// not in a page, a title, a link, the search index, a script or a file name.
    func testPublicBuildCarriesNoNonPublicByte() throws {
        let site = try build(.public, display: true)
        let needle = Data(Self.marker.lowercased().utf8)
        for (path, data) in site {
            XCTAssertFalse(path.lowercased().contains(Self.marker.lowercased()), "file name \(path)")
            // Lower-cased, because the search index lower-cases what it keeps.
            let text = String(decoding: data, as: UTF8.self).lowercased()
            if let r = Data(text.utf8).range(of: needle) {
                let bytes = Array(text.utf8)
                XCTFail("\(path) holds the marker: …\(String(decoding: bytes[max(0, r.lowerBound - 120)..<min(bytes.count, r.upperBound + 40)], as: UTF8.self))…")
            }
        }
        XCTAssertEqual(site.keys.filter { $0.hasSuffix(".html") }.sorted(),
                       ["assets/AST-PUB.html", "assets/index.html", "display/POL-PUB.html", "display/index.html", "display/poster.html",
                        "documents/POL-PUB.html", "documents/index.html", "glossary.html", "index.html", "search.html"])
        XCTAssertEqual(deadLinks(in: site), [])
        let page = String(decoding: try XCTUnwrap(site["documents/POL-PUB.html"]), as: UTF8.self)
        // Links to what the public may not see keep only their text.
        XCTAssertTrue(page.contains("<p>We keep patient information safe. See the procedure, a risk,\nan asset, the plan, a person,\na control and <a href=\"../files/files/diagram.txt\">a diagram</a>.</p>"), page)
        XCTAssertEqual(String(decoding: try XCTUnwrap(site["files/files/diagram.txt"]), as: UTF8.self), "a public diagram")
        XCTAssertFalse(page.contains("class=\"classification-banner\""))
    }

    /// The internal site leaves out what is above its maximum and marks every page; the auditor sees all.
    func testInternalAndAuditorBuildsMarkEveryPage() throws {
        let internalSite = try build(.internal)
        // By default the internal site stops below the top level: confidential in, secret out.
        XCTAssertNotNil(internalSite["documents/PLN-\(Self.marker).html"])
        XCTAssertNil(internalSite["documents/SEC-\(Self.marker).html"])
        for (path, data) in internalSite {
            let text = String(decoding: data, as: UTF8.self)
            if let r = text.range(of: "Hushplan") {
                let start = text.index(r.lowerBound, offsetBy: -200, limitedBy: text.startIndex) ?? text.startIndex
                XCTFail("secret title in \(path): \(text[start..<r.upperBound])")
            }
        }
        XCTAssertNotNil(internalSite["documents/PRC-\(Self.marker).html"])
        let risk = String(decoding: try XCTUnwrap(internalSite["risks/R-\(Self.marker).html"]), as: UTF8.self)
        XCTAssertTrue(risk.contains("<p class=\"classification-banner\">Classification: <strong>internal</strong> · internal site</p>"), risk)
        let auditor = try build(.auditor)
        XCTAssertNotNil(auditor["documents/SEC-\(Self.marker).html"])
        let plan = String(decoding: try XCTUnwrap(auditor["documents/PLN-\(Self.marker).html"]), as: UTF8.self)
        XCTAssertTrue(plan.contains("<p class=\"classification-banner\">Classification: <strong>confidential</strong> · auditor&#39;s copy</p>"), plan)
        XCTAssertTrue(plan.contains("<p class=\"classification-footer\">Classification: confidential · Open Clinic</p>"))
        XCTAssertEqual(deadLinks(in: internalSite), [])
        XCTAssertEqual(deadLinks(in: auditor), [])
    }

    /// The reception display cycles through the public documents, with a script and without one.
    func testReceptionDisplayCyclesThroughThePublicDocuments() throws {
        let site = try build(.public, display: true)
        let cover = String(decoding: try XCTUnwrap(site["display/index.html"]), as: UTF8.self)
        XCTAssertTrue(cover.contains("<noscript><meta http-equiv=\"refresh\" content=\"30;url=POL-PUB.html\"></noscript>"), cover)
        XCTAssertTrue(cover.contains("<body class=\"display\" data-next=\"POL-PUB.html\" data-seconds=\"30\">"))
        XCTAssertTrue(cover.contains("<ul class=\"display-list\"><li>Our security policy</li></ul>"))
        XCTAssertTrue(cover.contains("<span>Last reviewed 2026-01-10</span>"))
        let page = String(decoding: try XCTUnwrap(site["display/POL-PUB.html"]), as: UTF8.self)
        XCTAssertTrue(page.contains("content=\"30;url=index.html\""), "the last screen leads back to the first")
        XCTAssertTrue(page.contains("<span class=\"display-step\">2 / 2</span>"))
        XCTAssertFalse(page.contains("<a "), "a screen has nothing to click")
        XCTAssertTrue(page.contains("<script src=\"../static/display.js\"></script>"))
        XCTAssertNotNil(site["static/display.js"])
        let poster = String(decoding: try XCTUnwrap(site["display/poster.html"]), as: UTF8.self)
        XCTAssertTrue(poster.contains("<h1>Our security policy</h1>"))
        XCTAssertNil(try build(.internal, display: true)["display/index.html"], "only a public build has a display")
    }
}
