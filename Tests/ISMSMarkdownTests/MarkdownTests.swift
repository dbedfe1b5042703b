import ISMSMarkdown
import XCTest

final class MarkdownTests: XCTestCase {
    func testRendersCommonMark() {
        let r = Markdown.render("# Title\n\nSome *text* and a [link](doc:POL-01).\n\n## Part two\n")
        XCTAssertEqual(r.html, "<h1>Title</h1>\n<p>Some <em>text</em> and a <a href=\"doc:POL-01\">link</a>.</p>\n<h2>Part two</h2>\n")
        XCTAssertEqual(r.headings, [MarkdownHeading(level: 1, text: "Title", line: 1), MarkdownHeading(level: 2, text: "Part two", line: 5)])
        XCTAssertEqual(r.links, [MarkdownLink(destination: "doc:POL-01", line: 3)])
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
        XCTAssertEqual(Markdown.render("# Other\n", title: "Backup policy").html, "<h1>Other</h1>\n")
        XCTAssertEqual(Markdown.render("Intro\n\n# Backup policy\n", title: "Backup policy").html, "<p>Intro</p>\n<h1>Backup policy</h1>\n")
    }

    func testHeadingTextIsPlain() {
        XCTAssertEqual(Markdown.render("## Backup `rsync` and *more*\n").headings.map(\.text), ["Backup rsync and more"])
    }
}
