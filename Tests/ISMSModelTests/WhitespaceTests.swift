import Foundation
import ISMSModel
import XCTest

/// `trimmingWhitespace` trims exactly what Foundation's `.whitespaces` trimming does.
final class WhitespaceTests: XCTestCase {
    func testTrimsSpacesTabsAndOtherUnicodeSpaces() {
        let samples = ["", " ", "\t", "a", " a b ", "\t12 months\t", "\u{3000}A.8.1\u{00A0}", " \u{301}x", "x\n", "\u{2003}", "é ", " 👩‍⚕️ "]
        XCTAssertEqual(samples.map { $0.trimmingWhitespace() }, ["", "", "", "a", "a b", "12 months", "A.8.1", "\u{301}x", "x\n", "", "é", "👩‍⚕️"])
        XCTAssertEqual(samples.map { $0.trimmingWhitespace() }, samples.map { $0.trimmingCharacters(in: .whitespaces) })
        XCTAssertEqual("  in a line  ".dropFirst().trimmingWhitespace(), "in a line")
    }
}
