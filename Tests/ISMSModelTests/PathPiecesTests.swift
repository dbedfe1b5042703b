import ISMSModel
import XCTest

final class PathPiecesTests: XCTestCase {
    /// Splitting on bytes must give what splitting by Characters gives.
    func testPiecesAreThoseOfSplittingByCharacters() {
        let paths = ["", "/", "a", "a/b.md", "/a//b/", "policies/x/y.md", "../a/./b", "a/\u{301}b/c", "日本/文書.md", "a /b\t/c", "//"]
        for path in paths {
            XCTAssertEqual(path.pathPieces(), path.split(separator: "/"), path)
            XCTAssertEqual(path.pathPieces(omittingEmpty: false), path.split(separator: "/", omittingEmptySubsequences: false), path)
        }
    }
}
