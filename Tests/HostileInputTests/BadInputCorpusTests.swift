import Foundation
import XCTest

/// The corpus of bad input: every case is checked in process and must yield exactly its
/// diagnostics, at least one of them an error (so `isms check` exits with status 1), and no trap.
final class BadInputCorpusTests: XCTestCase {
    static let all: [BadInput] = BadInput.syntax + BadInput.encoding + BadInput.empty + BadInput.frontMatter + BadInput.values
        + BadInput.identifiers + BadInput.fileSystem + BadInput.links + BadInput.limits

    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("isms-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func assertReported(_ cases: [BadInput], file: StaticString = #filePath, line: UInt = #line) throws {
        for input in cases {
            let lines = try CorpusFolder(input, in: folder).check()
            if ProcessInfo.processInfo.environment["ISMS_PRINT_CORPUS"] != nil {
                print("CASE \(input.name)\n" + lines.map { "            \"\($0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"," }.joined(separator: "\n"))
            }
            XCTAssertEqual(lines, input.expected, input.name, file: file, line: line)
            XCTAssertTrue(lines.contains { $0.contains(": error: ") }, "\(input.name): no error, so isms check would exit 0", file: file, line: line)
        }
    }

    func testTheCorpusHoldsAtLeastSixtyCasesWithDistinctNames() {
        XCTAssertGreaterThanOrEqual(Self.all.count, 60)
        XCTAssertEqual(Set(Self.all.map { CorpusFolder.folderName($0.name) }).count, Self.all.count)
    }

    func testSyntaxErrors() throws { try assertReported(BadInput.syntax) }
    func testEncodings() throws { try assertReported(BadInput.encoding) }
    func testEmptyFiles() throws { try assertReported(BadInput.empty) }
    func testFrontMatter() throws { try assertReported(BadInput.frontMatter) }
    func testValues() throws { try assertReported(BadInput.values) }
    func testIdentifiers() throws { try assertReported(BadInput.identifiers) }
    func testFileSystem() throws { try assertReported(BadInput.fileSystem) }
    func testLinks() throws { try assertReported(BadInput.links) }
    func testLimits() throws { try assertReported(BadInput.limits) }
}
