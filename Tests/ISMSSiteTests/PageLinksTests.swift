@testable import ISMSSite
import ISMSModel
import ISMSTheme
import XCTest

final class PageLinksTests: XCTestCase {
    private func links(page: String = "risks/R-001.html") throws -> PageLinks {
        let theme = try Theme.make(defaults: ISMSTheme.files, language: "en")
        return PageLinks(SiteContext(inspection: try SiteFixture.inspection(), words: theme.strings), page: page)
    }

    /// Ids of records and controls in free text become links; other words, punctuation after
    /// an id, unknown ids, non-ASCII text and the characters to escape stay text.
    func testFreeTextLinksTheIdsItNames() throws {
        let text = "See R-001, AST-1. and A.5.15; not R-002, r-001, a.5.15 or A.99.1 <b>&</b> 日本 T-1_ V-1-x P-01."
        XCTAssertEqual(try links().linkify(text), """
            See <a class="ref" href="../risks/R-001.html">R-001</a>, <a class="ref" href="../assets/AST-1.html">AST-1</a>. \
            and <a class="ref" href="../controls/A.5.15.html">A.5.15</a>; not R-002, r-001, a.5.15 or A.99.1 \
            &lt;b&gt;&amp;&lt;/b&gt; 日本 <a class="ref" href="../threats/T-1.html">T-1</a>_ V-1-x \
            <a class="ref" href="../people/P-01.html">P-01</a>.
            """)
        XCTAssertEqual(try links().linkify(nil), "—")
        XCTAssertEqual(try links().linkify(""), "—")
        XCTAssertEqual(try links().linkify("R-001"), "<a class=\"ref\" href=\"../risks/R-001.html\">R-001</a>")
    }

    /// What search keeps of a record page: its facts' text, one per line, without the empty ones.
    func testARecordsSearchTextIsItsFacts() throws {
        let links = try links()
        let view = links.risk(try XCTUnwrap(links.kb.risks["R-001"]))
        XCTAssertEqual(view.searchText, view.facts.map { SearchIndex.plainText(fromHTML: $0.value) }.filter { !$0.isEmpty && $0 != "—" }.joined(separator: "\n"))
        XCTAssertEqual(view.searchText, "AST-1 Records, paper\nT-1 Leak\nV-1 Shared privileges\nConfidentiality, Integrity, Availability\n36\nreduce")
        var empty = view
        empty.facts = [("a", "—"), ("b", " <b> </b> "), ("c", "x &amp; <i>y</i>")]
        XCTAssertEqual(empty.searchText, "x & y")
    }

    /// Every id passes the filter, and the words it is asked about that are no id do not.
    func testTheIDFilterKnowsEveryID() {
        let ids = (0..<5_000).map { "R-\($0)" } + ["AST-1", "日本", ""]
        let filter = RecordIDFilter(ids)
        let check = filter.mayBeIDOf
        XCTAssertTrue(ids.allSatisfy(check))
        XCTAssertEqual((5_000..<10_000).filter { check("R-\($0)") }, [])
        XCTAssertFalse(check("AST-2"))
        XCTAssertFalse(check("r-1"))
        XCTAssertFalse(RecordIDFilter([String]()).mayBeIDOf("R-1"))
    }
}

private extension RecordIDFilter {
    func mayBeIDOf(_ word: String) -> Bool {
        var word = word
        return word.withUTF8(mayBeID)
    }
}
