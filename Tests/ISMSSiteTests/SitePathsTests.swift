@testable import ISMSSite
import ISMSModel
import XCTest

final class SitePathsTests: XCTestCase {
    /// Safe ids are kept; anything else becomes `-`, and a leading dot is never left in front.
    func testFileNames() {
        let cases = [
            ("R-00012", "R-00012"), ("A.8.13", "A.8.13"), ("doc_1", "doc_1"), ("a b/c", "a-b-c"), (".hidden", "_.hidden"),
            ("..", "_.."), ("情報", "--"), ("Café", "Caf-"), ("", "_"), ("x\u{301}", "x-"), ("-lead", "-lead"),
        ]
        for (id, name) in cases { XCTAssertEqual(SitePaths.fileName(id), name, id) }
    }

    /// Two ids that would share a file name, even on a case-insensitive disk, get distinct ones.
    func testClashingIdsGetDistinctFiles() {
        var kb = KnowledgeBase(settings: Settings(origin: Origin(SourceLocation(file: "isms.yaml"))))
        kb.risks = ["R 1", "R-1", "r-1"].map { Risk(id: $0, origin: Origin(SourceLocation(file: "risks/r.yaml"))) }
        let paths = SitePaths(kb)
        XCTAssertEqual(["R 1", "R-1", "r-1"].map { paths.page(.risk, $0) }, ["risks/R-1.html", "risks/R-1-2.html", "risks/r-1-3.html"])
    }

    /// Links put page paths into `href` as they are: no id may give a path that needs escaping.
    func testPagePathsNeedNoEscaping() {
        var kb = KnowledgeBase(settings: Settings(origin: Origin(SourceLocation(file: "isms.yaml"))))
        let ids = ["<b>&\"'", "x\" onmouseover=\"y", "a&amp;b", "情報 & co", "../up", "%2e%2e", "#frag?q=1"]
        kb.risks = ids.map { Risk(id: $0, origin: Origin(SourceLocation(file: "risks/r.yaml"))) }
        let paths = SitePaths(kb)
        for id in ids {
            let page = paths.page(.risk, id)!
            XCTAssertEqual(HTML.escape(page), page, id)
            XCTAssertTrue(page.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0)) }, page)
        }
    }

    /// A page's way to the root and its section, by counting slashes, are what its pieces give.
    func testRootAndSectionAsByPieces() {
        let pages = ["index.html", "documents/POL-1.html", "reports/print/soa.html", "a/b/c/d.html", "/top.html", "a//b.html",
                     "a/", "", "/", "ä/b.html", "x/ä.html"]
        for page in pages {
            XCTAssertEqual(SitePaths.root(of: page), String(repeating: "../", count: max(page.pathPieces().count - 1, 0)), page)
            XCTAssertEqual(SitePaths.section(of: page), page.pathPieces().first.map(String.init) ?? "", page)
        }
        XCTAssertEqual(SitePaths.root(of: "reports/print/soa.html"), "../../")
    }
}
