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

    /// Escaping finds the five characters eight bytes at a time where a test per byte finds them:
    /// each of them at every place of texts of every length up to 40, among ASCII and other bytes.
    func testEscapingFindsEveryCharacterAtEveryPlace() {
        let fillers: [[UInt8]] = [Array("abcdefgh ".utf8), Array("é日本".utf8), [0x25, 0x28, 0x3D, 0x3F, 0xA6, 0xBC, 0x21, 0x23]]
        for filler in fillers {
            for length in 0...40 {
                let base = (0..<length).map { filler[$0 % filler.count] }
                XCTAssertEqual(base.withUnsafeBufferPointer { HTML.firstToEscape(in: $0, from: 0) }, nil)
                for place in 0..<max(length, 1) where length > 0 {
                    for special in Array("&<>\"'".utf8) {
                        var bytes = base
                        bytes[place] = special
                        for from in [0, place, min(place + 1, length)] {
                            let expected = bytes.indices.first { $0 >= from && HTML.needsEscape(bytes[$0]) }
                            XCTAssertEqual(bytes.withUnsafeBufferPointer { HTML.firstToEscape(in: $0, from: from) }, expected)
                        }
                    }
                }
            }
        }
        XCTAssertEqual(HTML.escape("a<b>&\"c'd\u{301}"), "a&lt;b&gt;&amp;&quot;c&#39;d\u{301}")
        XCTAssertEqual(HTML.escape(String(repeating: "x", count: 20) + "&"), String(repeating: "x", count: 20) + "&amp;")
    }
}
