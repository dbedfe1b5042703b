@testable import ISMSRules
import ISMSModel
import XCTest

/// Link destinations split and resolve the same by bytes (ASCII) as by Characters (other text).
final class LinkPathTests: XCTestCase {
    func testSplitFragment() {
        let cases = ["a/b.md#part", "x.md", "#only", "ä/b.md#teil", "ä#\u{301}x", "a#b#c"]
        XCTAssertEqual(cases.map { ResolvedKnowledgeBase.splitFragment($0) }.map { "\($0.0)|\($0.1)" },
                       ["a/b.md|#part", "x.md|", "|#only", "ä/b.md|#teil", "ä#\u{301}x|", "a|#b#c"])
    }

    func testResolve() {
        let cases: [(String, String)] = [
            ("../a/./b.md", "x/y/doc.md"), ("../../../etc", "x/doc.md"), ("/top.md", "x/y/doc.md"),
            ("b//c.md", "doc.md"), ("ü/../ö.md", "ä/doc.md"), ("./", "x/doc.md"),
        ]
        XCTAssertEqual(cases.map { ResolvedKnowledgeBase.resolve($0.0, from: $0.1) ?? "nil" },
                       ["x/a/b.md", "nil", "top.md", "b/c.md", "ä/ö.md", "x"])
    }
}
