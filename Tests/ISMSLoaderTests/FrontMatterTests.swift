@testable import ISMSLoader
import XCTest

/// Where front matter ends: a line of `---` or `...` between spaces and tabs, or others with non-ASCII text.
final class FrontMatterTests: XCTestCase {
    func testFencesBetweenSpaces() {
        for closing in ["---", "...", "  --- ", "\t...\t", "---\u{3000}", "\u{00A0}..."] {
            let split = FrontMatter(splitting: "--- \nid: A\n\(closing)\nBody\n")
            XCTAssertEqual(split.yaml, "id: A", closing)
            XCTAssertEqual(split.body, "Body\n", closing)
            XCTAssertEqual(split.bodyLine, 4, closing)
        }
    }

    func testLinesThatAreNotFences() {
        for line in ["----", "--", "-- -", "-.-", "—", "---x", "..", "ー ー ー"] {
            let split = FrontMatter(splitting: "---\nid: A\n\(line)\n")
            XCTAssertNil(split.yaml, line)
            XCTAssertTrue(split.unterminated, line)
        }
        // `...` opens nothing.
        XCTAssertNil(FrontMatter(splitting: "...\nid: A\n---\n").yaml)
        XCTAssertFalse(FrontMatter(splitting: "...\nid: A\n---\n").unterminated)
    }
}
