@testable import ISMSMarkdown
import XCTest

final class MarkdownTests: XCTestCase {
    func testRendersCommonMark() {
        let r = Markdown.render("# Title\n\nSome *text* and a [link](doc:POL-01).\n\n## Part two\n")
        XCTAssertEqual(r.html, "<h1 id=\"title\">Title</h1>\n<p>Some <em>text</em> and a <a href=\"doc:POL-01\">link</a>.</p>\n<h2 id=\"part-two\">Part two</h2>\n")
        XCTAssertEqual(r.headings, [MarkdownHeading(level: 1, text: "Title", line: 1, anchor: "title"),
                                    MarkdownHeading(level: 2, text: "Part two", line: 5, anchor: "part-two")])
        XCTAssertEqual(r.links, [MarkdownLink(destination: "doc:POL-01", line: 3, column: 19)])
        XCTAssertEqual(Markdown.outline("x\n\n  [a](risk:R-1)\n").links, [MarkdownLink(destination: "risk:R-1", line: 3, column: 3)])
    }

    /// Anchors follow git hosts: lower case, punctuation gone, spaces as hyphens, repeats numbered,
    /// Japanese kept; the title heading dropped from the page is not an anchor.
    func testHeadingsGetStableAnchors() {
        let text = "# Policy\n\n## 1. Scope & aims\n\n## Scope & aims\n\n### 情報セキュリティ方針（概要）\n\n## `code` *em*\n\n## !!!\n"
        let r = Markdown.render(text, title: "Policy")
        XCTAssertEqual(r.html, """
            <h2 id="1-scope--aims">1. Scope &amp; aims</h2>
            <h2 id="scope--aims">Scope &amp; aims</h2>
            <h3 id="情報セキュリティ方針概要">情報セキュリティ方針（概要）</h3>
            <h2 id="code-em"><code>code</code> <em>em</em></h2>
            <h2 id="section">!!!</h2>

            """)
        XCTAssertEqual(Markdown.outline(text, title: "Policy").headings.map(\.anchor), r.headings.map(\.anchor))
        XCTAssertEqual(Markdown.render("## A\n\n## A\n\n## A\n").headings.map(\.anchor), ["a", "a-1", "a-2"])
        // Past the first 32 slugs they are looked up another way; repeats count on across it.
        let many = (0..<40).map { "## H\($0 % 35)\n\n## A\n\n" }.joined()
        let expected = (0..<40).flatMap { n in ["h\(n % 35)" + (n >= 35 ? "-1" : ""), n == 0 ? "a" : "a-\(n)"] }
        XCTAssertEqual(Markdown.render(many).headings.map(\.anchor), expected)
        XCTAssertEqual(Markdown.outline(many).headings.map(\.anchor), expected)
    }

    func testSafeModeRemovesRawHTMLAndScriptURLs() {
        let r = Markdown.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>bold</b>\n")
        XCTAssertEqual(r.html, "<!-- raw HTML omitted -->\n<p><a href=\"\">x</a> <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n")
    }

    func testRawHTMLIsAnOptIn() {
        let r = Markdown.render("<b>bold</b>\n", allowRawHTML: true)
        XCTAssertEqual(r.html, "<p><b>bold</b></p>\n")
    }

    func testLinksAreRewrittenOrUnlinked() {
        let r = Markdown.render("[a](doc:X) and [*b*](control:A.8.13) ![i](img.png)\n") { url in
            url == "doc:X" ? .replace("x.html") : .unlink
        }
        XCTAssertEqual(r.html, "<p><a href=\"x.html\">a</a> and <em>b</em> <img src=\"img.png\" alt=\"i\" /></p>\n")
        XCTAssertEqual(r.links.map(\.destination), ["doc:X", "control:A.8.13", "img.png"])
    }

    func testLeadingTitleHeadingIsDropped() {
        XCTAssertEqual(Markdown.render("# Backup policy\n\nText\n", title: "Backup policy").html, "<p>Text</p>\n")
        XCTAssertEqual(Markdown.render("# Other\n", title: "Backup policy").html, "<h1 id=\"other\">Other</h1>\n")
        XCTAssertEqual(Markdown.render("Intro\n\n# Backup policy\n", title: "Backup policy").html, "<p>Intro</p>\n<h1 id=\"backup-policy\">Backup policy</h1>\n")
    }

    func testPipeTablesBecomeTables() {
        let text = """
            - item

              | System | RPO | Note |
              |:--|--:|:-:|
              | EMR | 5 min | *standby* \\| spare |
              | PACS | 0 | see [R-031](risk:R-031) <b>x</b> |

            Not | a table
            """
        let r = Markdown.render(text)
        XCTAssertEqual(r.html, """
            <ul>
            <li>
            <p>item</p>
            <table>
            <thead>
            <tr>
            <th class="align-left">System</th>
            <th class="align-right">RPO</th>
            <th class="align-center">Note</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left">EMR</td>
            <td class="align-right">5 min</td>
            <td class="align-center"><em>standby</em> | spare</td>
            </tr>
            <tr>
            <td class="align-left">PACS</td>
            <td class="align-right">0</td>
            <td class="align-center">see <a href="risk:R-031">R-031</a> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></td>
            </tr>
            </tbody>
            </table>
            </li>
            </ul>
            <p>Not | a table</p>

            """)
    }

    func testPipeTableRowsOfOtherWidths() {
        // Short rows are filled with empty cells and long ones cut to the heading's width;
        // blank cells at the edges are no cells; a heading row without a body makes no tbody;
        // a heading wider than the delimiter row makes no table.
        let text = "a | b | c\n--|:-:|--\n1 | 2\n1 | 2 | 3 | 4\n\t| x |\t\n|  |  | y |\n\n"
            + "| only | head |\n|---|---|\n\n| one | two |\n|---|\n| x | y |\n\n| h |\n| - |\n| \\| |\n"
        XCTAssertEqual(Markdown.render(text).html, """
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th class="align-center">b</th>
            <th>c</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            <td class="align-center">2</td>
            <td></td>
            </tr>
            <tr>
            <td>1</td>
            <td class="align-center">2</td>
            <td>3</td>
            </tr>
            <tr>
            <td>x</td>
            <td class="align-center"></td>
            <td></td>
            </tr>
            <tr>
            <td></td>
            <td class="align-center"></td>
            <td>y</td>
            </tr>
            </tbody>
            </table>
            <table>
            <thead>
            <tr>
            <th>only</th>
            <th>head</th>
            </tr>
            </thead>
            </table>
            <p>| one | two |
            |---|
            | x | y |</p>
            <table>
            <thead>
            <tr>
            <th>h</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>|</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    func testTableCellsStartingWithAMarkAreWholeCells() {
        // A combining mark at the start of a cell once kept a stray "<p>" in the cell. A mark
        // belongs to the space before it, which is then not trimmed, and a pipe it follows
        // still splits the row.
        let r = Markdown.render("| a | b |\n|---|---|\n| \u{301}x | y\u{301}|z |\n")
        XCTAssertEqual(r.html, """
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th>b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td> \u{301}x</td>
            <td>y\u{301}</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    func testHeadingsLoseTheLineBreaksOfTheirBlock() {
        XCTAssertEqual(Anchors.tighten("<h2 id=\"a\">\nx\n</h2>\n<p>\n</p>\n<h3 id=\"b\">\n</h3>\n<h6 id=\"c\">\ny\n</h6>"),
                       "<h2 id=\"a\">x</h2>\n<p>\n</p>\n<h3 id=\"b\"></h3>\n<h6 id=\"c\">y</h6>")
        XCTAssertEqual(Anchors.tighten("<h7 id=\"n\">\nz\n</h7>\n<h2>\n"), "<h7 id=\"n\">\nz\n</h7>\n<h2>\n")
        XCTAssertEqual(Markdown.render("## One\n\n##\n\nText\n").html, "<h2 id=\"one\">One</h2>\n<h2 id=\"section\"></h2>\n<p>Text</p>\n")
    }

    func testHeadingIDsGoIntoCmarksTagsAsTheNodesWouldPutThem() {
        // Safe mode puts the ids into cmark's own tags; raw HTML makes a node per heading. Same HTML.
        let text = "# Title\n\nIntro `<h2>` &lt;h3&gt;\n\n## One *two*\n\n> ### Quoted\n\n- ## In a list\n\n##\n\n| a | b |\n|---|---|\n| <h4> | x |\n\nSetext\n------\n"
        let safe = Markdown.render(text).html, raw = Markdown.render(text, allowRawHTML: true).html
        XCTAssertEqual(safe, raw.replacingOccurrences(of: "<h4>", with: "<!-- raw HTML omitted --><h4><!-- raw HTML omitted -->")
            .replacingOccurrences(of: "<td><!-- raw HTML omitted --><h4><!-- raw HTML omitted --></td>", with: "<td><!-- raw HTML omitted --></td>"))
        XCTAssertEqual(safe, """
            <h1 id="title">Title</h1>
            <p>Intro <code>&lt;h2&gt;</code> &lt;h3&gt;</p>
            <h2 id="one-two">One <em>two</em></h2>
            <blockquote>
            <h3 id="quoted">Quoted</h3>
            </blockquote>
            <ul>
            <li>
            <h2 id="in-a-list">In a list</h2>
            </li>
            </ul>
            <h2 id="section"></h2>
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th>b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td><!-- raw HTML omitted --></td>
            <td>x</td>
            </tr>
            </tbody>
            </table>
            <h2 id="setext">Setext</h2>

            """)
    }

    func testHeadingIDsAreNotInsertedWhenTheTagsDoNotMatchTheHeadings() {
        func ids(_ html: String, _ anchors: [String]) -> String? {
            var html = html
            return html.withUTF8 { Anchors.insertingIDs($0, anchors) }
        }
        XCTAssertEqual(ids("<h2>a</h2>\n<p>b</p>\n<h3>c</h3>\n", ["a", "c"]), "<h2 id=\"a\">a</h2>\n<p>b</p>\n<h3 id=\"c\">c</h3>\n")
        XCTAssertEqual(ids("<p>no heading</p>\n", []), "<p>no heading</p>\n")
        XCTAssertNil(ids("<h2>a</h2>\n", []))
        XCTAssertNil(ids("<h2>a</h2>\n", ["a", "b"]))
        XCTAssertNil(ids("<h2>a</h2><h3>b</h3>", ["a"]))
        // Only `<h1>` to `<h6>` with nothing before the `>` are headings' tags.
        XCTAssertEqual(ids("<h7>x</h7><h2 class=\"y\">z</h2><hr />", []), "<h7>x</h7><h2 class=\"y\">z</h2><hr />")
    }

    /// cmark is not asked to check the UTF-8 of a String again; it still replaces NUL bytes,
    /// and characters of every length come through as they were.
    func testNulBytesAndCharactersOfEveryLength() {
        XCTAssertEqual(Markdown.render("a\u{0}b *\u{0}*\n\n`\u{0}`\n").html, "<p>a\u{FFFD}b <em>\u{FFFD}</em></p>\n<p><code>\u{FFFD}</code></p>\n")
        XCTAssertEqual(Markdown.render("é 日本 😀 e\u{301}\n").html, "<p>é 日本 😀 e\u{301}</p>\n")
        XCTAssertEqual(Markdown.prepare("## \u{0}x\n\ny\u{0}\n", title: nil).body?.text, "\u{FFFD}x y\u{FFFD}")
    }

    func testHeadingTextIsPlain() {
        XCTAssertEqual(Markdown.render("## Backup `rsync` and *more*\n").headings.map(\.text), ["Backup rsync and more"])
    }
}
