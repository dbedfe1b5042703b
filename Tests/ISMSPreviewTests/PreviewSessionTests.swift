import Foundation
import ISMSModel
@testable import ISMSPreview
import ISMSSite
import XCTest

/// The session with a stand-in build: what the rebuild closure is given, and what the pages show after it.
final class PreviewSessionTests: XCTestCase {
    /// A build that writes one page naming its run, and fails when the knowledge base holds `fail`.
    final class FakeBuild: @unchecked Sendable {
        let calls = Locked<[Set<String>]>([])
        let knowledgeBase: URL
        let output: URL

        init(knowledgeBase: URL, output: URL) {
            self.knowledgeBase = knowledgeBase
            self.output = output
        }

        func rebuild(_ changed: Set<String>) throws -> RebuildOutcome {
            calls.update { $0.append(changed) }
            if FileManager.default.fileExists(atPath: knowledgeBase.appendingPathComponent("fail").path) {
                throw SiteWriter.Failure.io("cannot <build>")
            }
            let page = "<html><head></head><body>build \(calls.value.count)</body></html>"
            try SiteWriter.write(["index.html": Data(page.utf8)], to: output, knowledgeBase: knowledgeBase)
            let text = (try? String(contentsOf: knowledgeBase.appendingPathComponent("a.md"), encoding: .utf8)) ?? ""
            return RebuildOutcome(diagnostics: text.contains("bad") ? [Diagnostic(.error, "e", "bad text", at: SourceLocation(file: "a.md", line: 2))] : [])
        }
    }

    func testBuildsServesAndRebuildsOnChange() throws {
        let folder = try TestFolder(self)
        try folder.write("kb/a.md", "fine\n")
        try folder.write("kb/sub/b.md", "fine\n")
        try folder.write("kb/.hidden", "x")
        let build = FakeBuild(knowledgeBase: folder.url.appendingPathComponent("kb"), output: folder.url.appendingPathComponent("out"))
        let logged = Locked<[String]>([])
        let session = PreviewSession(knowledgeBase: build.knowledgeBase, output: build.output, pathPrefix: "kb/",
                                     server: .init(port: 0), longPollTimeout: 10,
                                     rebuild: { changed, _ in try build.rebuild(changed) }, log: { line in logged.update { $0.append(line) } })
        let port = try session.start()
        defer { session.stop() }
        XCTAssertEqual(build.calls.value, [["a.md", "sub/b.md"]])
        XCTAssertEqual(logged.value, [])
        XCTAssertTrue(try RawHTTPClient.get("/", port: port).hasSuffix(
            #"<body>build 1<script src="/__isms/reload.js" data-generation="1"></script></body></html>"#))

        // An edit: the closure hears of it, the waiting page learns the new generation, the banner appears.
        try folder.write("kb/a.md", "fine\nbad\n")
        XCTAssertTrue(try RawHTTPClient.get("/__isms/events?since=1", port: port).hasSuffix(#"{"generation":2,"reload":true}"#))
        XCTAssertEqual(build.calls.value.last, ["a.md"])
        let page = try RawHTTPClient.get("/", port: port)
        XCTAssertTrue(page.hasSuffix("""
            <body><div class="isms-preview-banner" role="status">
            <p class="isms-preview-summary">isms check: 1 error, 0 warnings</p>
            <ul>
            <li class="isms-preview-error"><span class="isms-preview-place">kb/a.md:2</span> error: bad text [e]</li>
            </ul>
            </div>build 2<script src="/__isms/reload.js" data-generation="2"></script></body></html>
            """), page)
        XCTAssertEqual(logged.value, ["isms: rebuilt after changes to a.md\nkb/a.md:2:1: error: bad text [e]\n1 error, 0 warnings\n"])

        // A failed rebuild keeps the previous site and says why.
        try folder.write("kb/fail", "")
        XCTAssertTrue(try RawHTTPClient.get("/__isms/events?since=2", port: port).hasSuffix(#"{"generation":3,"reload":true}"#))
        let kept = try RawHTTPClient.get("/", port: port)
        XCTAssertTrue(kept.contains("</div>build 2<script"), kept)
        XCTAssertTrue(kept.contains(#"<p class="isms-preview-failure">The last rebuild failed; this is the previous site. cannot &lt;build&gt;</p>"#), kept)
        XCTAssertEqual(logged.value.last, "isms: rebuild failed: cannot <build>; serving the previous site")
    }

    func testAFirstBuildThatFailsStopsTheStart() throws {
        let folder = try TestFolder(self)
        try folder.write("kb/fail", "")
        let build = FakeBuild(knowledgeBase: folder.url.appendingPathComponent("kb"), output: folder.url.appendingPathComponent("out"))
        let session = PreviewSession(knowledgeBase: build.knowledgeBase, output: build.output, pathPrefix: "",
                                     server: .init(port: 0), rebuild: { changed, _ in try build.rebuild(changed) }, log: { _ in })
        XCTAssertThrowsError(try session.start()) { error in
            XCTAssertEqual("\(error)", "cannot <build>")
        }
        XCTAssertEqual(session.server.port, 0)
    }

    /// The console names what changed, the git history in words.
    func testTheConsoleNamesTheChanges() {
        XCTAssertEqual(PreviewSession.describe([KnowledgeBaseWatcher.historyChanged, "policies/a.md"]), "the git history, policies/a.md")
        XCTAssertEqual(PreviewSession.describe(["a.md", "b.md", "c.md", "d.md", "e.md"]), "a.md, b.md, c.md and 2 more")
    }
}
