@testable import ISMSMarkdown
import ISMSModel
import Foundation
import XCTest

/// A body rendered once at loading and given its links per page must be byte for byte what
/// rendering the Markdown with the same rewrite gives: cmark itself is the reference.
final class RenderedBodyTests: XCTestCase {
    let texts = [
        "# Policy\n\nSee [the scope](scope.md#aims \"Aims\") and [risk](risk:R-1).\n\n## Aims\n\n[again](scope.md)\n",
        "| Item | Link |\n|---|:-:|\n| [a](doc:A) | ![i](img.png) [*b*](control:A.8.13) |\n| `x` | [c](c.md) |\n",
        "[![logo](logo.png)](https://example.org) <https://example.org/auto> <mail@example.org>\n",
        "[ref][r] and [r]\n\n[r]: https://example.org/a?b=1&c='2' \"T\"\n",
        "## A [link](doc:X) in a heading\n\n> quoted [q](q.md)\n\n- item [i](i.md)\n",
        "[safe](javascript:alert(1)) [empty]() text\n",
        "No links at all.\n",
        "| a | b |\n|---|---|\n| [x\ny](u.md) | z |\n",
    ]

    func rewrites() -> [(String) -> LinkRewrite] {
        [
            { _ in .keep },
            { _ in .unlink },
            { url in url.hasPrefix("doc:") || url.hasSuffix(".md") ? .replace("../documents/" + url + ".html") : .unlink },
            { url in url.contains("example") ? .keep : .replace("#frag ment") },
        ]
    }

    func testSameBytesAsRenderingForEveryRewrite() throws {
        for text in texts {
            let prepared = Markdown.prepare(text, title: "Policy")
            let body = try XCTUnwrap(prepared.body, text)
            for rewrite in rewrites() {
                XCTAssertEqual(body.html { rewrite(prepared.links[$0].destination) }, Markdown.render(text, title: "Policy", rewrite: rewrite).html, text)
            }
            let rendered = Markdown.render(text, title: "Policy")
            XCTAssertEqual(body.headings.map(\.anchor), rendered.headings.map(\.anchor))
            XCTAssertEqual(prepared.links, Markdown.outline(text, title: "Policy").links, text)
        }
    }

    /// Every ASCII character and some beyond, in a link pointed elsewhere: the same escaping as
    /// cmark's, and the same emptied address for the schemes the safe mode drops.
    func testPointedLinksAreEscapedAsCmarkEscapes() throws {
        let ascii = String((1...127).map { Character(Unicode.Scalar(UInt8($0))) })
        let targets = [ascii, "dossier/é 日本.html#§", "javascript:x", "JavaScript:x", "vbscript:x", "file:/etc/passwd",
                       "data:text/html,x", "data:image/png;base64,x", "DATA:IMAGE/WEBP;x", "data:image/svg+xml,x", "javascript", "",
                       "javascript\u{1A}x", "JAVASCRIPT:x", "fIlE:x", "data\u{1A}x", "vbscript"]
        let body = try XCTUnwrap(Markdown.prepare("[x](doc:A)\n", title: nil).body)
        for target in targets {
            XCTAssertEqual(body.links.map(\.link), [0])
            XCTAssertEqual(body.html { _ in .replace(target) }, Markdown.render("[x](doc:A)\n") { _ in .replace(target) }.html, target)
        }
    }

    /// Where the HTML holds a link's text but not the link, the page renders the Markdown itself.
    func testBodiesWhoseLinksCannotBeFoundAreNotKept() {
        XCTAssertNil(Markdown.prepare("![a [b](c.md)](x.png)\n", title: nil).body)
        // The stand-in of an escaped pipe would reach the links; their columns are still exact.
        let piped = Markdown.prepare("A \\| b [after](after.md)\n\n| a \\| b | [c](c.md) |\n|---|---|\n", title: nil)
        XCTAssertNil(piped.body)
        XCTAssertEqual(piped.links, [MarkdownLink(destination: "after.md", line: 1, column: 8), MarkdownLink(destination: "c.md", line: 3, column: 12)])
        XCTAssertNil(Markdown.prepare("| a |\n|---|\n| x | [beyond](b.md) |\n", title: nil).body)
        XCTAssertNotNil(Markdown.prepare("| a |\n|---|\n| [kept](b.md) | beyond |\n", title: nil).body)
    }

    /// Dropping a link whose text spans two lines of a table leaves the rows as keeping it does
    /// (found by the FuzzLinks target).
    func testADroppedLinkKeepsTheTableItIsIn() {
        let text = "| a | b |\n|---|---|\n| [x\ny](u.md) | z |\n"
        let kept = Markdown.render(text).html
        XCTAssertEqual(Markdown.render(text) { _ in .unlink }.html,
                       kept.replacingOccurrences(of: "<a href=\"u.md\">", with: "").replacingOccurrences(of: "</a>", with: ""))
        XCTAssertEqual(kept.components(separatedBy: "<tr>").count - 1, 2)
    }

    func testSlotsMarkTheTags() throws {
        let body = try XCTUnwrap(Markdown.prepare("![i](i.png) A [b](c.md \"t\") d\n", title: nil).body)
        let bytes = Array(body.html.utf8)
        let slot = try XCTUnwrap(body.links.first)
        XCTAssertEqual(body.links.count, 1)
        // The image is link 0 of the document.
        XCTAssertEqual(slot.link, 1)
        XCTAssertEqual(String(decoding: bytes[slot.open], as: UTF8.self), "<a href=\"c.md\" title=\"t\">")
        XCTAssertEqual(String(decoding: bytes[slot.href], as: UTF8.self), "c.md")
        XCTAssertEqual(String(decoding: bytes[slot.close], as: UTF8.self), "</a>")
    }
}
