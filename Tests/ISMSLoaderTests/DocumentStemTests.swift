@testable import ISMSLoader
import XCTest

/// A document's default id is its file name with every ".md" removed.
final class DocumentStemTests: XCTestCase {
    func testStems() {
        let names = ["basic-policy.md", "a.m.md", "x.mdx.md", "notes", "read.md.me", ".md", "a..md"]
        XCTAssertEqual(names.map(DocumentReader.stem), ["basic-policy", "a.m", "xx", "notes", "read.me", "", "a."])
        XCTAssertEqual(names.map(DocumentReader.stem), names.map { $0.replacingOccurrences(of: ".md", with: "") })
    }
}
