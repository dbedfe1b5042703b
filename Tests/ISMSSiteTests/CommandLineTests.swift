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

    func run(_ arguments: [String], in folder: URL, input: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
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
        let written = FileManager.default.enumerator(atPath: root.appendingPathComponent("site").path)!
            .compactMap { $0 as? String }.filter { !$0.hasPrefix(".") && $0.contains(".") }.count
        XCTAssertTrue(build.err.hasSuffix("isms: wrote \(written) files to site\n"), build.err)

        let refused = try run(["build", "kb", "--output", "kb/policies"], in: root)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("kb/policies/basic.md").path))
    }

    /// The knowledge base's own templates/ change the site; linked files are copied; the theme is
    /// built into the binary, so it runs from any folder.
    func testKnowledgeBaseTemplatesAndAttachments() throws {
        var files = SiteFixture.files
        files["templates/style.css"] = "body { color: green }"
        files["templates/notes.md"] = "# Not a document\n"
        files["img/plan.txt"] = "floor plan"
        files["procedures/p.md"] = "# Procedure\n\n## Steps\n\nSee the [floor plan](../img/plan.txt).\n"
        let root = try makeKnowledgeBase(files)
        let build = try run(["build", "kb", "--output", "site", "--as-of", "2026-11-22"], in: root)
        XCTAssertEqual(build.status, 0, build.err)
        let site = root.appendingPathComponent("site")
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("static/style.css"), encoding: .utf8), "body { color: green }")
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("files/img/plan.txt"), encoding: .utf8), "floor plan")
        let page = try String(contentsOf: site.appendingPathComponent("documents/p.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<p>See the <a href=\"../files/img/plan.txt\">floor plan</a>.</p>"), page)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("documents/notes.html").path))
    }

    func testRenderMarkdownPrintsTheSitesHTML() throws {
        let root = FileManager.default.temporaryDirectory
        let result = try run(["render-markdown", "--title", "Policy"], in: root,
                             input: "# Policy\n\n## Scope\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>x</script>\n")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, """
            <h2 id="scope">Scope</h2>
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th>b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            <td>2</td>
            </tr>
            </tbody>
            </table>
            <!-- raw HTML omitted -->

            """)
    }
}

extension CommandLineTests {
    /// `isms pack` outside git packs the folder as it is, says there is no revision, and the zip verifies.
    func testPackOutsideGitWithoutAPDFEngine() throws {
        let cli = self
        let root = try cli.makeKnowledgeBase(SiteFixture.files)
        setenv("ISMS_PDF_ENGINE", "none", 1)
        defer { unsetenv("ISMS_PDF_ENGINE") }
        let result = try cli.run(["pack", "kb", "--output", "pack.zip", "--as-of", "2026-11-22"], in: root)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains("isms: no PDF engine (weasyprint or chromium) found; the pack is made without PDFs and says so in MANIFEST.json"), result.err)
        XCTAssertTrue(result.err.contains("pack.zip: "), result.err)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["python3", "-c", "import zipfile,sys; z=zipfile.ZipFile('pack.zip'); z.extractall('unpacked'); print(len(z.namelist()))"]
        unzip.currentDirectoryURL = root
        try unzip.run()
        unzip.waitUntilExit()
        XCTAssertEqual(unzip.terminationStatus, 0)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "--check", "--quiet", "SHA256SUMS"]
        check.currentDirectoryURL = root.appendingPathComponent("unpacked")
        try check.run()
        check.waitUntilExit()
        XCTAssertEqual(check.terminationStatus, 0)
        let manifest = try String(contentsOf: root.appendingPathComponent("unpacked/MANIFEST.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"git\": null"), manifest)
    }
}
