import Foundation
import ISMSLoader
import ISMSModel
import ISMSSite
import XCTest

/// Some of the corpus through the built `isms` executable: exit status 1, the same lines on
/// standard output, and no trap in `check` or `build`; and files that cannot be read.
final class CommandLineCorpusTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("isms-corpus-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    var binary: URL {
        // The test bundle and the executable are built into the same products folder.
        var url = Bundle(for: Self.self).bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("isms").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("isms")
    }

    func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Standard error goes to a file, so that neither output can fill a pipe and block the process.
        let errFile = directory.appendingPathComponent("stderr.txt")
        try Data().write(to: errFile)
        let err = try FileHandle(forWritingTo: errFile)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), try String(contentsOf: errFile, encoding: .utf8))
    }

    static let throughTheBinary = [
        "unclosed flow list", "invalid UTF-8 in YAML", "CRLF front matter", "empty settings", "front matter never closed",
        "largest whole number as a rating", "id with markup", "file name like an option", "link to a file outside by absolute path",
        "loop of two links", "named pipe", "billion laughs", "brackets nested 100,000 deep", "50 MB document", "10,000-line table",
    ]

    func testCheckExitsWithStatusOneAndPrintsEachCaseExactly() throws {
        let cases = BadInputCorpusTests.all.filter { Self.throughTheBinary.contains($0.name) }
        XCTAssertEqual(cases.count, Self.throughTheBinary.count)
        for input in cases {
            let corpus = try CorpusFolder(input, in: folder)
            let result = try run(["check", "kb", "--as-of", "2026-11-22"], in: corpus.root)
            let errors = input.expected.filter { $0.contains(": error: ") }.count, warnings = input.expected.count - errors
            let summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            XCTAssertEqual(result.status, 1, input.name)
            XCTAssertEqual(result.out, input.expected.map { "kb/" + $0 + "\n" }.joined() + summary + "\n", input.name)
            XCTAssertEqual(result.err, "", input.name)
        }
    }

    /// A build of broken input still writes a site (with exit status 1), and never traps on the way.
    func testBuildOfBrokenInputWritesASiteAndExitsWithStatusOne() throws {
        for name in ["largest whole number as a rating", "id with markup", "id too long for a file name", "file name with markup", "10,000-line table", "script links"] {
            let input = try XCTUnwrap(BadInputCorpusTests.all.first { $0.name == name })
            let corpus = try CorpusFolder(input, in: folder)
            let result = try run(["build", "kb", "--as-of", "2026-11-22", "--output", "site"], in: corpus.root)
            XCTAssertEqual(result.status, 1, "\(name): \(result.err)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.root.appendingPathComponent("site/index.html").path), name)
        }
    }

    /// Root reads any file whatever its mode, so this runs only as another user; the test below
    /// gives the loader a file that cannot be read in every case.
    func testAFileWithoutReadPermissionIsReported() throws {
        try XCTSkipIf(getuid() == 0, "running as root, which may read a file of mode 000")
        let input = BadInput("unreadable", ["threats/t.yaml": .text("id: T-2\n")], expect: [])
        let corpus = try CorpusFolder(input, in: folder)
        let file = corpus.knowledgeBase.appendingPathComponent("threats/t.yaml")
        XCTAssertEqual(chmod(file.path, 0), 0)
        defer { chmod(file.path, 0o644) }
        XCTAssertEqual(try corpus.check(), ["threats/t.yaml:1:1: error: cannot read file: permission denied [unreadable-file]"])
        let result = try run(["check", "kb", "--as-of", "2026-11-22"], in: corpus.root)
        XCTAssertEqual(result.status, 1)
    }

    func testAFileThatCannotBeReadIsReportedAndTheRestLoads() throws {
        let files = CleanKnowledgeBase.files.merging(["threats/t.yaml": "id: T-2\n"]) { _, new in new }
        let source = FileSource(list: { Array(files.keys) }, read: { path in
            guard path != "threats/t.yaml" else { throw CocoaError(.fileReadNoPermission) }
            return Data(files[path]!.utf8)
        })
        let inspection = try Inspection.run(source, asOf: CleanKnowledgeBase.asOf)
        XCTAssertEqual(inspection.diagnostics.map(CorpusFolder.line), ["threats/t.yaml:1:1: error: cannot read file: permission denied [unreadable-file]"])
        XCTAssertEqual(inspection.resolved.base.threats.map(\.id), ["T-1"])
    }
}
