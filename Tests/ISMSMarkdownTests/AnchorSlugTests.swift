@testable import ISMSMarkdown
import XCTest

/// The ASCII shortcut of heading anchors gives what the Unicode rule gives.
final class AnchorSlugTests: XCTestCase {
    func testASCIIShortcutMatchesTheUnicodeRule() {
        let every = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let samples = every + ["Scope of the ISMS", "5.2 Policy — roles", "A.8.13: Back-up_copy (2026)!", "Mixed CASE and  spaces", ""]
        for text in samples where text.unicodeScalars.allSatisfy(\.isASCII) {
            XCTAssertEqual(Anchors.asciiSlug(text), Anchors.unicodeSlug(text), text.debugDescription)
        }
        XCTAssertEqual(Anchors.slug("A.8.13: Back-up_copy (2026)!"), "a813-back-up_copy-2026")
        XCTAssertNil(Anchors.asciiSlug("Zürich"))
        XCTAssertEqual(Anchors.slug("Zürich Ärzte"), "zürich-ärzte")
    }
}
