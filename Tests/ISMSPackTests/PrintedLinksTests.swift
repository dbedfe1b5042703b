@testable import ISMSPack
import XCTest

/// Links to other pages of the site are printed as text; links within the page and to elsewhere stay.
final class PrintedLinksTests: XCTestCase {
    func printed(_ html: String) -> String { String(decoding: PrintedLinks.unlinkingSitePages(Array(html.utf8)), as: UTF8.self) }

    func testLinksToSitePagesBecomeText() {
        XCTAssertEqual(printed("<p>See <a class=\"ref\" href=\"../risks/R-001.html\">R-001</a> Ransomware.</p>"),
                       "<p>See <span class=\"ref\">R-001</span> Ransomware.</p>")
        XCTAssertEqual(printed("<A HREF='people/P-01.html' title=\"a > b\">Pat</A> and <a href=index.html>home</a>"),
                       "<span>Pat</span> and <span>home</span>")
        XCTAssertEqual(printed("<a  href = \"x.html\" class='odd\"one'>x</a>"), "<span class=\"odd&quot;one\">x</span>")
    }

    func testOtherLinksStay() {
        for html in [
            "<a href=\"#scope\">Scope</a>", "<a href=\"https://www.iso.org/\">ISO</a>", "<a href=\"mailto:ciso@example.org\">CISO</a>",
            "<a name=\"top\">top</a>", "<abbr title=\"x\">ISMS</abbr>", "<a href=\"x.html\">never closed", "<a href=\"x.html\"",
        ] {
            XCTAssertEqual(printed(html), html)
        }
        XCTAssertEqual(printed("<a href=\"https://example.org/a.html\">out</a><a href=\"in.html\">in</a>"),
                       "<a href=\"https://example.org/a.html\">out</a><span>in</span>")
        XCTAssertEqual(printed(""), "")
        XCTAssertEqual(printed("日本語 <a href=\"文書.html\">文書</a>"), "日本語 <span>文書</span>")
    }
}
