import Foundation
import ISMSModel
import ISMSPreview
import XCTest

/// The responder called directly: what it answers, before any socket is involved.
final class PreviewResponderTests: XCTestCase {
    func makeResponder() throws -> (TestFolder, PreviewResponder) {
        let folder = try TestFolder(self)
        try folder.write("site/index.html", "<html><head></head><body><p>Home</p></body></html>")
        try folder.write("site/risks/index.html", "<body>risks</body>")
        try folder.write("site/data.json", "{}")
        try folder.write("site/my files/index.html", "<body></body>")
        let status = BuildStatus()
        status.succeeded(RebuildOutcome(diagnostics: []))
        return (folder, PreviewResponder(root: folder.url.appendingPathComponent("site"), status: status, pathPrefix: "", longPollTimeout: 5))
    }

    func get(_ responder: PreviewResponder, _ target: String, method: String = "GET", host: String? = "127.0.0.1:8000") -> HTTPResponse {
        responder.respond(to: HTTPRequest(method: method, target: target, headers: host.map { [("Host", $0)] } ?? []))
    }

    func testStatuses() throws {
        let (_, responder) = try makeResponder()
        let table: [(String, String, String?, HTTPStatus)] = [
            ("GET", "/", "127.0.0.1:8000", .ok),
            ("HEAD", "/data.json", "localhost:8000", .ok),
            ("GET", "/data.json", "[::1]:8000", .ok),
            ("GET", "/data.json", "LOCALHOST", .ok),
            ("POST", "/", "127.0.0.1", .methodNotAllowed),
            ("PUT", "/x", "127.0.0.1", .methodNotAllowed),
            ("OPTIONS", "*", "127.0.0.1", .methodNotAllowed),
            ("GET", "/", "evil.example:8000", .misdirected),
            ("GET", "/", "127.0.0.1.evil.example", .misdirected),
            ("GET", "/", nil, .badRequest),
            ("GET", "/missing.html", "127.0.0.1", .notFound),
            ("GET", "/risks", "127.0.0.1", .movedPermanently),
            ("GET", "/../etc/passwd", "127.0.0.1", .forbidden),
            ("GET", "/%2e%2e/etc/passwd", "127.0.0.1", .forbidden),
            ("GET", "/a%00", "127.0.0.1", .badRequest),
            ("GET", "/__isms/unknown", "127.0.0.1", .notFound),
        ]
        for (method, target, host, status) in table {
            XCTAssertEqual(get(responder, target, method: method, host: host).status, status, "\(method) \(target) \(host ?? "-")")
        }
    }

    func testHTTP10WithoutHostIsServed() throws {
        let (_, responder) = try makeResponder()
        XCTAssertEqual(responder.respond(to: HTTPRequest(method: "GET", target: "/data.json", version: "HTTP/1.0")).status, .ok)
    }

    func testMethodNotAllowedNamesTheAllowedOnes() throws {
        let (_, responder) = try makeResponder()
        XCTAssertEqual(get(responder, "/", method: "DELETE"), .plain(.methodNotAllowed, extraHeaders: ["Allow": "GET, HEAD"]))
    }

    func testAFolderWithoutItsSlashIsRedirected() throws {
        let (_, responder) = try makeResponder()
        XCTAssertEqual(get(responder, "/risks?x=1").extraHeaders, ["Location": "/risks/?x=1"])
        XCTAssertEqual(get(responder, "/my%20files").extraHeaders, ["Location": "/my%20files/"])
    }

    func testHTMLIsDecoratedAndOtherFilesAreNot() throws {
        let (_, responder) = try makeResponder()
        XCTAssertEqual(get(responder, "/"), HTTPResponse(.ok, contentType: "text/html; charset=utf-8", body: Data("""
            <html><head></head><body><p>Home</p><script src="/__isms/reload.js" data-generation="1"></script></body></html>
            """.utf8)))
        XCTAssertEqual(get(responder, "/data.json"), HTTPResponse(.ok, contentType: "application/json", body: Data("{}".utf8)))
    }

    func testTheNotFoundPageShowsTheBannerAndReloads() throws {
        let (_, responder) = try makeResponder()
        responder.status.failed("cannot read <x>")
        XCTAssertEqual(String(decoding: get(responder, "/nothing.html").body, as: UTF8.self), """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'">
            <title>Not found</title>
            <link rel="stylesheet" href="/__isms/banner.css"></head>
            <body><div class="isms-preview-banner" role="status">
            <p class="isms-preview-failure">The last rebuild failed; this is the previous site. cannot read &lt;x&gt;</p>
            </div>
            <h1>Not found</h1>
            <p>The site has no such page (yet). It reloads when the site is rebuilt.</p>
            <script src="/__isms/reload.js" data-generation="2"></script></body>
            </html>

            """)
    }

    func testServerFiles() throws {
        let (_, responder) = try makeResponder()
        XCTAssertEqual(get(responder, "/__isms/reload.js"),
                       HTTPResponse(.ok, contentType: "text/javascript; charset=utf-8", body: Data(PreviewAssets.reloadScript.utf8)))
        XCTAssertEqual(get(responder, "/__isms/banner.css"),
                       HTTPResponse(.ok, contentType: "text/css; charset=utf-8", body: Data(PreviewAssets.bannerStyle.utf8)))
    }

    func testEventsAnswerAtOnceWhenThePageIsStale() throws {
        let (_, responder) = try makeResponder()
        func answer(_ body: String) -> HTTPResponse { HTTPResponse(.ok, contentType: "application/json", body: Data(body.utf8)) }
        XCTAssertEqual(get(responder, "/__isms/events"), answer(#"{"generation":1,"reload":false}"#))
        XCTAssertEqual(get(responder, "/__isms/events?since=0"), answer(#"{"generation":1,"reload":true}"#))
        // A page from an earlier run of the server, with a higher number, reloads too.
        XCTAssertEqual(get(responder, "/__isms/events?since=9"), answer(#"{"generation":1,"reload":true}"#))
        XCTAssertEqual(get(responder, "/__isms/events?since=9&page=%2Fa.html"), answer(#"{"generation":1,"reload":true}"#))
        XCTAssertEqual(get(responder, "/__isms/events?since=1", method: "HEAD"), answer(#"{"generation":1,"reload":false}"#))
    }

    func testEventsWaitForTheNextGeneration() throws {
        let (_, responder) = try makeResponder()
        let answered = expectation(description: "answered")
        let body = Locked<String>("")
        Thread {
            let request = HTTPRequest(method: "GET", target: "/__isms/events?since=1", headers: [("Host", "localhost")])
            body.set(String(decoding: responder.respond(to: request).body, as: UTF8.self))
            answered.fulfill()
        }.start()
        Thread.sleep(forTimeInterval: 0.1)
        responder.status.succeeded(RebuildOutcome(diagnostics: []))
        wait(for: [answered], timeout: 5)
        XCTAssertEqual(body.value, #"{"generation":2,"reload":true}"#)
    }

    func testEventsGiveUpAfterTheTimeout() throws {
        let (folder, _) = try makeResponder()
        let status = BuildStatus()
        status.succeeded(RebuildOutcome(diagnostics: []))
        let responder = PreviewResponder(root: folder.url, status: status, pathPrefix: "", longPollTimeout: 0.05)
        XCTAssertEqual(String(decoding: get(responder, "/__isms/events?since=1").body, as: UTF8.self), #"{"generation":1,"reload":false}"#)
    }

    func testAPageReloadsOnlyWhenABuildChangedItOrTheBanner() throws {
        let (folder, _) = try makeResponder()
        let status = BuildStatus()
        status.succeeded(RebuildOutcome(diagnostics: []))
        let responder = PreviewResponder(root: folder.url, status: status, pathPrefix: "", longPollTimeout: 0.05)
        func answer(_ query: String) -> String { String(decoding: get(responder, "/__isms/events?" + query).body, as: UTF8.self) }
        // Generation 2 rewrites one document's page.
        status.succeeded(RebuildOutcome(diagnostics: [], rewrittenPaths: ["documents/b%.html", "index.html"]))
        XCTAssertEqual(answer("since=1&page=%2Fdocuments%2Fa.html"), #"{"generation":2,"reload":false}"#)
        XCTAssertEqual(answer("since=1&page=%2Fdocuments%2Fb%2525.html"), #"{"generation":2,"reload":true}"#)
        XCTAssertEqual(answer("since=1&page=%2F"), #"{"generation":2,"reload":true}"#)
        XCTAssertEqual(answer("since=1&page=%2Fdocuments%2F"), #"{"generation":2,"reload":false}"#)
        // A page that names no path reloads at every build, as before.
        XCTAssertEqual(answer("since=1"), #"{"generation":2,"reload":true}"#)
        // Generation 3 writes nothing new but changes the banner, which every page shows.
        status.succeeded(RebuildOutcome(diagnostics: [Diagnostic(.warning, "w", "careful", at: SourceLocation(file: "a.md"))], rewrittenPaths: []))
        XCTAssertEqual(answer("since=2&page=%2Fdocuments%2Fa.html"), #"{"generation":3,"reload":true}"#)
        // Generation 4 rewrites everything.
        status.succeeded(RebuildOutcome(diagnostics: [Diagnostic(.warning, "w", "careful", at: SourceLocation(file: "a.md"))]))
        XCTAssertEqual(answer("since=3&page=%2Fdocuments%2Fa.html"), #"{"generation":4,"reload":true}"#)
        // A generation older than those remembered counts as a change.
        for _ in 0..<BuildStatus.remembered {
            status.succeeded(RebuildOutcome(diagnostics: [Diagnostic(.warning, "w", "careful", at: SourceLocation(file: "a.md"))], rewrittenPaths: []))
        }
        XCTAssertEqual(answer("since=4&page=%2Fdocuments%2Fa.html"), #"{"generation":68,"reload":false}"#)
        XCTAssertEqual(answer("since=3&page=%2Fdocuments%2Fa.html"), #"{"generation":68,"reload":true}"#)
    }
}

/// A value shared with a helper thread in a test.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func set(_ value: Value) {
        lock.lock()
        stored = value
        lock.unlock()
    }

    func update(_ change: (inout Value) -> Void) {
        lock.lock()
        change(&stored)
        lock.unlock()
    }
}
