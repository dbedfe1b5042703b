import Foundation
import XCTest

/// The `isms` executable as users run it: exit statuses and what it prints.
final class CommandLineTests: XCTestCase {
    var binary: URL {
        // The test bundle and the executable are built into the same products folder.
        var url = Bundle(for: Self.self).bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("isms").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("isms")
    }

    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func makeKnowledgeBase(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("isms-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent("kb").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    func testExitStatuses() throws {
        var files = SiteFixture.files
        let root = try makeKnowledgeBase(files)
        let clean = try run(["check", "kb", "--as-of", "2026-11-22"], in: root)
        XCTAssertEqual(clean.status, 0, clean.out)
        XCTAssertEqual(clean.out, """
            kb/policies/basic.md:1:1: warning: document has no 'review'; the default review interval applies [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'id'; the file name 'p' is used [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'title'; the title 'Procedure without front matter' is taken from the text [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'type' [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'owner' [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'approver' [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'version' [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'review'; the default review interval applies [missing-field]
            kb/procedures/p.md:1:1: warning: document has no 'classification' [missing-field]
            kb/procedures/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]
            0 errors, 10 warnings

            """)
        XCTAssertEqual(try run(["check", "kb", "--strict", "--as-of", "2026-11-22"], in: root).status, 1)

        files["assets/a.yaml"] = "- {id: AST-1, name: Records, category: information, ower: P-01, C: 4, I: 2, A: 1}\n"
        let broken = try makeKnowledgeBase(files)
        let failed = try run(["check", "kb", "--format", "json", "--as-of", "2026-11-22"], in: broken)
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.out.contains("\"message\": \"unknown key 'ower'; did you mean 'owner'?\""), failed.out)

        let missing = try run(["check", "nowhere"], in: root)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("no such knowledge-base folder"), missing.err)
        XCTAssertEqual(try run(["check", "kb", "--as-of", "2026-02-30"], in: root).status, 64)
    }

    func testExportAndBuild() throws {
        let root = try makeKnowledgeBase(SiteFixture.files)
        let csv = try run(["export", "risks", "kb", "--format", "csv"], in: root)
        XCTAssertEqual(csv.status, 0)
        XCTAssertTrue(csv.out.hasPrefix("id,title,asset,threat,vulnerability,elements,"), csv.out)

        let build = try run(["build", "kb", "--output", "site", "--as-of", "2026-11-22"], in: root)
        XCTAssertEqual(build.status, 0, build.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/documents/POL-01.html").path))
        XCTAssertTrue(build.err.hasSuffix("isms: wrote 5 files to site\n"), build.err)

        let refused = try run(["build", "kb", "--output", "kb/policies"], in: root)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("kb/policies/basic.md").path))
    }
}
