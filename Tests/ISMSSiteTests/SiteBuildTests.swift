import Foundation
import ISMSSite
import XCTest

final class SiteBuildTests: XCTestCase {
    func testPagesAndEveryLinkResolves() throws {
        let files = try SiteFixture.site()
        XCTAssertEqual(files.keys.sorted(), ["assets/search.js", "assets/style.css", "documents/POL-01.html", "documents/p.html", "index.html"])
        for (path, data) in files where path.hasSuffix(".html") {
            for target in localLinks(in: String(decoding: data, as: UTF8.self), page: path) {
                XCTAssertNotNil(files[target], "\(path) links to missing \(target)")
            }
        }
    }

    func testIndexListsDocuments() throws {
        let index = String(decoding: try XCTUnwrap(SiteFixture.site()["index.html"]), as: UTF8.self)
        XCTAssertTrue(index.contains("<td><a href=\"documents/p.html\">Procedure without front matter</a></td><td>p</td><td>—</td><td><span class=\"label\">—</span></td><td>—</td><td>—</td><td>—</td></tr>"), index)
        XCTAssertTrue(index.contains("<li><span class=\"count\">93</span> SoA decisions</li>"))
    }

    func testDocumentPageShowsMetadataAndEscapesEverything() throws {
        let page = String(decoding: try XCTUnwrap(SiteFixture.site()["documents/POL-01.html"]), as: UTF8.self)
        // A quote followed by a combining mark is one Character but must still be escaped.
        XCTAssertTrue(page.contains("<title>Basic &quot;policy&quot;\u{301} &lt;b&gt; · Test Clinic</title>"), page)
        XCTAssertFalse(page.contains("<b>"))
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertTrue(page.contains("<dt>Owner</dt><dd>Aiko Sato (P-01)</dd>"))
        XCTAssertTrue(page.contains("<dt>Approver</dt><dd>Top management (ROLE-TOP)</dd>"))
        XCTAssertTrue(page.contains("<dt>Next review</dt><dd>2027-03-01</dd>"))
        XCTAssertTrue(page.contains("<li><span class=\"id\">A.5.1</span> Policies for information security</li>"))
        XCTAssertTrue(page.contains("<li><span class=\"id\">R-001</span> Records leak</li>"))
        XCTAssertTrue(page.contains("ISO/IEC 27001:2022 5.2 — Information security policy"))
        XCTAssertTrue(page.contains("<h1>Basic policy</h1>\n<p>We protect patient information. See <a href=\"../documents/p.html\">the procedure</a>.</p>"), page)
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
    }
}
