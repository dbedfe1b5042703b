import Foundation
import ISMSSite
import ISMSTheme
import XCTest

final class SiteBuildTests: XCTestCase {
    func page(_ path: String) throws -> String {
        String(decoding: try XCTUnwrap(SiteFixture.site()[path], path), as: UTF8.self)
    }

    func testRisksSharingAnIdKeepTheirOwnRows() throws {
        // Risk rows are made once per risk and reused across pages; two risks with one id
        // (an error of `isms check`) must still each show their own asset.
        let files = try SiteBuilder(inspection: SiteFixture.inspection([
            "assets/b.yaml": "- {id: AST-2, name: Second, category: information, owner: P-01, C: 1, I: 1, A: 1}\n",
            "risks/s.yaml": "- {id: R-001, title: Twin, asset: AST-2, threat: T-1, vulnerability: V-1}\n",
        ]), theme: try Theme.make(defaults: ISMSTheme.files, language: "en")).files()
        let register = String(decoding: try XCTUnwrap(files["risks/index.html"]), as: UTF8.self)
        let rows = register.components(separatedBy: "<tr").filter { $0.contains("R-001") }
        XCTAssertEqual(rows.count, 2, register)
        XCTAssertEqual(rows.filter { $0.contains("AST-2") }.count, 1, register)
        XCTAssertEqual(rows.filter { $0.contains("AST-1") }.count, 1, register)
    }

    func testEveryRecordHasAPageAndEveryLinkAndAnchorResolves() throws {
        let files = try SiteFixture.site()
        // Printable reports are copies for paper, not pages of the site.
        let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix(".print.html") }.sorted()
        XCTAssertEqual(pages.filter { !$0.hasPrefix("controls/") }, [
            "assets/AST-1.html", "assets/index.html", "audits/index.html", "documents/POL-01.html", "documents/index.html",
            "documents/p.html", "glossary.html", "incidents/index.html", "index.html", "methodology.html",
            "nonconformities/index.html", "objectives/index.html", "people/P-01.html", "people/index.html",
            "reports/conformity.html", "reports/index.html", "reports/risk-assessment.html", "reports/risk-treatment-plan.html",
            "reports/statement-of-applicability.html", "reports/training-matrix.html", "reviews/index.html", "risks/R-001.html", "risks/index.html", "roles/ROLE-TOP.html", "roles/index.html",
            "search.html", "threats/T-1.html", "threats/index.html", "training/TR-1.html", "training/index.html",
            "vulnerabilities/V-1.html", "vulnerabilities/index.html",
        ])
        XCTAssertEqual(pages.filter { $0.hasPrefix("controls/") }.count, 94)
        XCTAssertEqual(deadLinks(in: files), [])
    }

    /// Golden HTML of a document body: record links, relative links with anchors, heading ids, a pipe table.
    func testDocumentLinksAnchorsAndTables() throws {
        let page = try page("documents/POL-01.html")
        XCTAssertTrue(page.contains("""
            <p>We protect patient information. See <a href="../documents/p.html">the procedure</a>.</p>
            <!-- raw HTML omitted -->
            <h2 id="scope--aims">Scope &amp; aims</h2>
            <p>Backups follow <a href="../controls/A.8.13.html">backup</a>; the main risk is <a href="../risks/R-001.html">R-001</a>, \
            see <a href="../documents/p.html#steps">steps</a> and <a href="#scope--aims">aims</a>.</p>
            <table>
            <thead>
            <tr>
            <th class="align-left">Control</th>
            <th class="align-right">Owner</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left"><a href="../controls/A.5.15.html">A.5.15</a></td>
            <td class="align-right"><code>P-01</code> | <a href="../people/P-01.html">Aiko</a></td>
            </tr>
            </tbody>
            </table>
            """), page)
        XCTAssertTrue(page.contains("<h2 id=\"steps\">Steps</h2>") == false)
        XCTAssertTrue(try self.page("documents/p.html").contains(
            "<h2 id=\"steps\">Steps</h2>\n<p>Steps, per <a href=\"../documents/POL-01.html#scope--aims\">the policy</a>.</p>"))
    }

    func testDocumentPageShowsMetadataReferencesAndEscapesEverything() throws {
        let page = try page("documents/POL-01.html")
        // A quote followed by a combining mark is one Character but must still be escaped.
        XCTAssertTrue(page.contains("<title>Basic &quot;policy&quot;\u{301} &lt;b&gt; · Test Clinic</title>"), page)
        XCTAssertFalse(page.contains("<b>"))
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertTrue(page.contains("<dt>Owner</dt><dd><a href=\"../people/P-01.html\">Aiko Sato</a></dd>"), page)
        XCTAssertTrue(page.contains("<dt>Approver</dt><dd><a href=\"../roles/ROLE-TOP.html\">Top management</a></dd>"))
        XCTAssertTrue(page.contains("<dt>Next review</dt><dd><time>2027-03-01</time></dd>"))
        XCTAssertTrue(page.contains("<li><a class=\"ref\" href=\"../controls/A.5.1.html\">A.5.1</a> Policies for information security</li>"))
        XCTAssertTrue(page.contains("<li><a class=\"ref\" href=\"../risks/R-001.html\">R-001</a> Records leak</li>"))
        XCTAssertTrue(page.contains("ISO/IEC 27001:2022 5.2 Information security policy"))
        XCTAssertTrue(page.contains("<ol><li class=\"level-2\"><a href=\"#scope--aims\">Scope &amp; aims</a></li></ol>") == false)
        // Backlinks: the procedure links here.
        XCTAssertTrue(page.contains("<ul class=\"links\"><li><span class=\"kind\">Documents</span> <a class=\"ref\" href=\"../documents/p.html\">p</a> Procedure without front matter</li></ul>"), page)
    }

    /// Backlinks on record pages: who links to a control, a risk, a person.
    func testRecordPagesShowWhatRefersToThem() throws {
        let control = try page("controls/A.8.13.html")
        XCTAssertTrue(control.contains("<h2 id=\"documents\">Documents that implement it</h2>"), control)
        XCTAssertTrue(control.contains("<li><a class=\"ref\" href=\"../documents/POL-01.html\">POL-01</a> Basic &quot;policy&quot;\u{301} &lt;b&gt;</li>"), control)
        let risk = try page("risks/R-001.html")
        XCTAssertTrue(risk.contains("<td>4 × 3 × 3 = <strong>36</strong></td>"), risk)
        XCTAssertTrue(risk.contains("<td>4 × 1 × 1 = <strong>4</strong></td>"), risk)
        XCTAssertTrue(risk.contains("<dt>Asset</dt><dd><a class=\"ref\" href=\"../assets/AST-1.html\">AST-1</a> Records, paper</dd>"), risk)
        XCTAssertTrue(risk.contains("<li><span class=\"kind\">Documents</span> <a class=\"ref\" href=\"../documents/POL-01.html\">POL-01</a>"), risk)
        let person = try page("people/P-01.html")
        XCTAssertTrue(person.contains("<li><span class=\"kind\">Assets</span> <a class=\"ref\" href=\"../assets/AST-1.html\">AST-1</a> Records, paper</li>"), person)
        XCTAssertTrue(person.contains("<td>ISMS fundamentals</td><td>held: <a class=\"ref\" href=\"../training/TR-1.html\">TR-1</a></td>"), person)
    }

    /// The default methodology's look-up table is the guide's table 5-11, acceptable cells marked.
    func testMethodologyLookUpTable() throws {
        let page = try page("methodology.html")
        XCTAssertTrue(page.contains("""
            <tbody>
            <tr><th scope="row">1</th><td class="ok">1</td><td class="ok">2</td><td class="ok">3</td><td class="ok">2</td><td class="ok">4</td><td class="ok">6</td><td class="ok">3</td><td class="ok">6</td><td class="ok">9</td></tr>
            <tr><th scope="row">2</th><td class="ok">2</td><td class="ok">4</td><td class="ok">6</td><td class="ok">4</td><td class="ok">8</td><td class="bad">12</td><td class="ok">6</td><td class="bad">12</td><td class="bad">18</td></tr>
            <tr><th scope="row">3</th><td class="ok">3</td><td class="ok">6</td><td class="ok">9</td><td class="ok">6</td><td class="bad">12</td><td class="bad">18</td><td class="ok">9</td><td class="bad">18</td><td class="bad">27</td></tr>
            <tr><th scope="row">4</th><td class="bad">4</td><td class="bad">8</td><td class="bad">12</td><td class="bad">8</td><td class="bad">16</td><td class="bad">24</td><td class="bad">12</td><td class="bad">24</td><td class="bad">36</td></tr>
            </tbody>
            """), page)
    }

    func testDashboardCountsAndHeatMap() throws {
        let index = try page("index.html")
        XCTAssertTrue(index.contains("<li><a href=\"controls/index.html\"><span class=\"count\">93</span> Controls (Statement of Applicability)</a></li>"), index)
        // R-001 sits at asset value 4, threat 3, vulnerability 3 before treatment and at 4·1·1 after.
        XCTAssertTrue(index.contains("<g><title>asset value 4, threat 3, vulnerability 3: risk value 36; 1 risk(s)</title>"), index)
        XCTAssertTrue(index.contains("<g><title>asset value 4, threat 1, vulnerability 1: risk value 4; 1 risk(s)</title>"), index)
    }

    func testBuildIsDeterministic() throws {
        XCTAssertEqual(try SiteFixture.site(), try SiteFixture.site())
    }

    func testWriterReplacesOnlyItsOwnOutput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("isms-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let kb = root.appendingPathComponent("kb"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: kb, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data().write(to: out.appendingPathComponent(".gitkeep"))

        try SiteWriter.write(["index.html": Data("one".utf8), "a/b.html": Data("b".utf8)], to: out, knowledgeBase: kb)
        try SiteWriter.write(["index.html": Data("two".utf8)], to: out, knowledgeBase: kb)
        let entries = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(entries, [".gitkeep", ".isms-output", "index.html"])
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8), "two")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(), ["kb", "out"])

        let foreign = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try SiteWriter.write([:], to: foreign, knowledgeBase: kb))
        XCTAssertEqual(try String(contentsOf: foreign.appendingPathComponent("notes.txt"), encoding: .utf8), "keep me")
        XCTAssertThrowsError(try SiteWriter.write([:], to: kb, knowledgeBase: kb))
        XCTAssertThrowsError(try SiteWriter.write([:], to: root, knowledgeBase: kb))
        // --force replaces a foreign folder, but never the knowledge base or a folder around it.
        try SiteWriter.write(["index.html": Data("forced".utf8)], to: foreign, knowledgeBase: kb, force: true)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: foreign.path).sorted(), [".isms-output", "index.html"])
        XCTAssertThrowsError(try SiteWriter.write([:], to: kb, knowledgeBase: kb, force: true))
        XCTAssertThrowsError(try SiteWriter.write([:], to: root, knowledgeBase: kb, force: true))
    }

    /// A build that fails half-way through writing leaves the previous output exactly as it was.
    func testAFailedWriteLeavesThePreviousOutput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("isms-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let kb = root.appendingPathComponent("kb"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: kb, withIntermediateDirectories: true)
        try SiteWriter.write(["index.html": Data("previous".utf8), "a/b.html": Data("b".utf8)], to: out, knowledgeBase: kb)
        // "x" is written as a file, then "x/y.html" needs it to be a folder: the write fails midway.
        let broken = ["index.html": Data("new".utf8), "m.html": Data("m".utf8), "x": Data("file".utf8), "x/y.html": Data("y".utf8), "z.html": Data("z".utf8)]
        XCTAssertThrowsError(try SiteWriter.write(broken, to: out, knowledgeBase: kb))
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8), "previous")
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("a/b.html"), encoding: .utf8), "b")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("m.html").path))
        // No staging folder is left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(), ["kb", "out"])
    }
}

final class ThemeTests: XCTestCase {
    /// A knowledge base's `templates/` replaces single files of the theme and single words.
    func testKnowledgeBaseTemplatesOverrideTheDefaults() throws {
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "style.css": Data("body { color: green }".utf8),
            "strings/en.yaml": Data("home: Start page\n".utf8),
        ], language: "en")
        let files = try SiteBuilder(inspection: SiteFixture.inspection(), theme: theme).files()
        XCTAssertEqual(String(decoding: try XCTUnwrap(files["static/style.css"]), as: UTF8.self), "body { color: green }")
        let index = String(decoding: try XCTUnwrap(files["index.html"]), as: UTF8.self)
        XCTAssertTrue(index.contains("<li><a href=\"index.html\" aria-current=\"page\">Start page</a></li>"), index)
        XCTAssertTrue(index.contains("<h2>Risk heat map</h2>"))
    }

    func testABrokenOverrideIsReportedByFileAndLine() {
        // Lines and columns are the file's as written, though the words and the policy go in first.
        let broken = [
            ("record.mustache", "{{#a}}", "record.mustache:1:7: a section is not closed"),
            ("search.mustache", "<p>{{#broken", "search.mustache:1:13: the template ends inside a tag or an open section"),
            ("layout.mustache", "<head><title>{{t.home}}</title>\n{{#a}}x{{/b}}\n", "layout.mustache:2:11: a section is closed with a name other than the one it was opened with"),
            ("index.mustache", "{{#a}}\n\nx", "index.mustache:3:2: a section is not closed"),
        ]
        for (file, text, message) in broken {
            XCTAssertThrowsError(try Theme.make(defaults: ISMSTheme.files, overrides: [file: Data(text.utf8)], language: "en")) {
                XCTAssertEqual("\($0)", message)
            }
        }
        XCTAssertThrowsError(try Theme.make(defaults: ISMSTheme.files, overrides: ["strings/en.yaml": Data("- a list\n".utf8)], language: "en")) {
            XCTAssertEqual("\($0)", "strings/en.yaml: expected a mapping of keys to text")
        }
    }

    /// Words and glossary terms are the text as written: `yes` stays `yes` (not `true`), `1.50`
    /// keeps its zero, `~` is a tilde, and `no` may be a key.
    func testWordsAndTermsAreTakenAsWritten() throws {
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "strings/en.yaml": Data("approved: yes\nversion: 1.50\nno: No\nhome: ~\n".utf8),
            "glossary/en.yaml": Data("- id: 2022\n  term: on\n  abbreviation: 0x1F\n  definition: 1e3\n  see: [null, false]\n".utf8),
        ], language: "en")
        XCTAssertEqual([theme.strings["approved"], theme.strings["version"], theme.strings["no"], theme.strings["home"]], ["yes", "1.50", "No", "~"])
        let entry = try XCTUnwrap(theme.glossary.first)
        XCTAssertEqual(theme.glossary.count, 1)
        XCTAssertEqual([entry.id, entry.term, entry.abbreviation, entry.definition], ["2022", "on", "0x1F", "1e3"])
        XCTAssertEqual(entry.see, ["null", "false"])
    }

    /// Japanese ships with every word English has, and a knowledge base in Japanese gets it.
    func testJapaneseHasEveryKeyAndIsChosenByTheKnowledgeBase() throws {
        let en = try Theme.make(defaults: ISMSTheme.files, language: "en").strings
        let ja = try Theme.make(defaults: ISMSTheme.files, language: "ja").strings
        let jaOnly = try Theme.make(defaults: ISMSTheme.files.filter { $0.key != "strings/en.yaml" }, language: "ja").strings
        XCTAssertEqual(jaOnly.keys, en.keys)
        let glossaryIDs = try Theme.make(defaults: ISMSTheme.files, language: "en").glossary.map(\.id)
        XCTAssertEqual(try Theme.make(defaults: ISMSTheme.files, language: "ja").glossary.map(\.id), glossaryIDs)

        let inspection = try SiteFixture.inspection(["isms.yaml": "organisation:\n  name: テスト診療所\npublishing:\n  language: ja\n"])
        let files = try SiteBuilder(inspection: inspection, theme: Theme.make(defaults: ISMSTheme.files, language: "ja")).files()
        let index = String(decoding: try XCTUnwrap(files["index.html"]), as: UTF8.self)
        XCTAssertTrue(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        XCTAssertTrue(index.contains("<a class=\"brand\" href=\"index.html\">テスト診療所 <span>ISMS</span></a>"))
        XCTAssertTrue(index.contains("<h2>\(HTML.escape(ja["riskHeatMap"]))</h2>"), index)
        XCTAssertNotEqual(ja["riskHeatMap"], en["riskHeatMap"])
    }
}

final class SiteSearchTests: XCTestCase {
    /// Every page but home and search is in the index; a document's snippet opens its body.
    func testTheSiteWritesASearchIndexOfItsPages() throws {
        let files = try SiteFixture.site()
        let script = String(decoding: try XCTUnwrap(files["search-index.js"]), as: UTF8.self)
        XCTAssertTrue(script.contains("""
            \nwindow.ISMS_SEARCH={"kinds":["Glossary","Risk assessment methodology","Reports","Documents","Assets","Threats",\
            "Vulnerabilities","Risks","Controls (Statement of Applicability)","People","Roles","Training records"],
            """), String(script.prefix(300)))
        // Documents show the opening of their body; records only their title.
        XCTAssertTrue(script.contains("[\"documents/p.html\",\"Procedure without front matter\",3,\"Steps Steps, per the policy.\"]"), script)
        XCTAssertTrue(script.contains("[\"risks/R-001.html\",\"R-001 Records leak\",7]"), script)
        XCTAssertFalse(script.contains("\"index.html\""))
        XCTAssertFalse(script.contains("\"search.html\""))
        let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix(".print.html") && $0 != "index.html" && $0 != "search.html" && !$0.hasSuffix("/index.html") }
        for page in pages { XCTAssertTrue(script.contains("[\"\(page)\","), page) }
        XCTAssertTrue(String(decoding: try XCTUnwrap(files["search.html"]), as: UTF8.self).contains("<script src=\"static/search.js\"></script>"))
    }
}

final class PrintableReportTests: XCTestCase {
    /// Each report has an A4 printable page whose own stylesheet names the organisation, the
    /// report, the revision and the date on every page; the SoA and the plan print across the page.
    func testPrintableReportsCarryRunningHeads() throws {
        let files = try SiteFixture.site()
        let soa = String(decoding: try XCTUnwrap(files["reports/statement-of-applicability.print.html"]), as: UTF8.self)
        XCTAssertTrue(soa.contains("<link rel=\"stylesheet\" href=\"../static/print.css\">\n<link rel=\"stylesheet\" href=\"statement-of-applicability.print.css\">"), soa)
        XCTAssertTrue(soa.contains("<body class=\"landscape\">"))
        XCTAssertTrue(soa.contains("<dt>Revision</dt><dd>not in git</dd>"), soa)
        let style = String(decoding: try XCTUnwrap(files["reports/statement-of-applicability.print.css"]), as: UTF8.self)
        XCTAssertTrue(style.contains("@top-left { content: \"Test Clinic\";"), style)
        XCTAssertTrue(style.contains("@top-right { content: \"Statement of Applicability\";"))
        XCTAssertTrue(style.contains("@bottom-left { content: \"Revision not in git\";"))
        XCTAssertTrue(style.contains("@bottom-center { content: \"as of 2026-11-22\";"))
        XCTAssertTrue(style.contains("@bottom-right { content: counter(page) \" / \" counter(pages);"))
        XCTAssertTrue(String(decoding: try XCTUnwrap(files["static/print.css"]), as: UTF8.self).contains("thead { display: table-header-group; }"))
        XCTAssertTrue(String(decoding: try XCTUnwrap(files["reports/risk-treatment-plan.print.html"]), as: UTF8.self).contains("<body class=\"landscape\">"))
        for report in ["risk-assessment", "conformity", "training-matrix"] {
            let page = String(decoding: try XCTUnwrap(files["reports/\(report).print.html"]), as: UTF8.self)
            XCTAssertTrue(page.contains("<body class=\"portrait\">"), report)
            XCTAssertNotNil(files["reports/\(report).print.css"], report)
        }
    }

    /// Quotes and backslashes in names cannot break out of the CSS strings.
    func testRunningHeadsEscapeCSSStrings() throws {
        let files = try SiteFixture.site(["isms.yaml": "organisation:\n  name: \"Clinic \\\\\\\" } body { x\"\n"])
        let style = String(decoding: try XCTUnwrap(files["reports/conformity.print.css"]), as: UTF8.self)
        XCTAssertTrue(style.contains("@top-left { content: \"Clinic \\\\\\\" } body { x\";"), style)
    }
}

final class ReportPageTests: XCTestCase {
    /// Golden rows: an excluded control a treatment relies on, and an accepted residual risk in the plan.
    func testReportRowsAsHTML() throws {
        var soa = SiteFixture.files["soa/soa.yaml"]!
        soa = soa.replacingOccurrences(of: "- {control: A.8.2, applicable: true}", with: "- {control: A.8.2, applicable: false}")
        let files = try SiteFixture.site(["soa/soa.yaml": soa])
        let page = String(decoding: try XCTUnwrap(files["reports/statement-of-applicability.html"]), as: UTF8.self)
        XCTAssertTrue(page.contains("""
            <tr class="unacceptable"><td><a class="ref" href="../controls/A.8.2.html">A.8.2</a> Privileged access rights</td>\
            <td><span class="tag muted">excluded</span></td><td>—<br><span class="tag bad">excluded without a justification; \
            excluded, yet the treatment of R-001 relies on it</span></td><td>—</td><td>—</td><td></td></tr>
            """), page)
        let plan = String(decoding: try XCTUnwrap(files["reports/risk-treatment-plan.html"]), as: UTF8.self)
        XCTAssertTrue(plan.contains("""
            <tr><td><a class="ref" href="../risks/R-001.html">R-001</a> Records leak</td><td>36</td><td>reduce</td>\
            <td><a class="ref" href="../controls/A.5.15.html">A.5.15</a>, <a class="ref" href="../controls/A.8.2.html">A.8.2</a> \
            <span class="tag bad">excluded</span></td><td>—</td><td>4</td><td>accepted by management: \
            <a href="../people/P-01.html">Aiko Sato</a>, <time>2026-05-01</time></td></tr>
            """), plan)
        let matrix = String(decoding: try XCTUnwrap(files["reports/training-matrix.html"]), as: UTF8.self)
        XCTAssertTrue(matrix.contains("""
            <tr><td><a href="../people/P-01.html">Aiko Sato</a></td><td><span class="tag ok">held</span> \
            <a class="ref" href="../training/TR-1.html">TR-1</a></td></tr>
            """), matrix)
    }
}
