import Foundation
import ISMSModel
import ISMSPreview
import XCTest

/// The server over a real socket on a free port, with a client that sends bytes exactly as written.
final class PreviewServerTests: XCTestCase {
    var folder: TestFolder!
    var status: BuildStatus!
    var server: PreviewServer!
    var port: UInt16 = 0

    override func setUpWithError() throws {
        folder = try TestFolder(self)
        try folder.write("site/index.html", "<html><head></head><body>Home</body></html>")
        try folder.write("site/a.txt", "plain")
        try folder.write("outside/secret.txt", "secret")
        try folder.link("site/escape.txt", to: "../outside/secret.txt")
        try folder.link("site/loop", to: "loop")
        status = BuildStatus()
        status.succeeded(RebuildOutcome(diagnostics: []))
        let responder = PreviewResponder(root: folder.url.appendingPathComponent("site"), status: status, pathPrefix: "", longPollTimeout: 5)
        server = PreviewServer(responder: responder, configuration: .init(port: 0, readTimeout: 0.5, maxHeadBytes: 1024))
        port = try server.start()
    }

    override func tearDown() {
        server.stop()
        status.close()
    }

    func head(_ status: String, _ type: String, _ length: Int, extra: String = "") -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(length)\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n\(extra)Connection: close\r\n\r\n"
    }

    func testPagesAndFiles() throws {
        let page = #"<html><head></head><body>Home<script src="/__isms/reload.js" data-generation="1"></script></body></html>"#
        XCTAssertEqual(try RawHTTPClient.get("/", port: port), head("200 OK", "text/html; charset=utf-8", page.utf8.count) + page)
        XCTAssertEqual(try RawHTTPClient.get("/index.html", port: port, method: "HEAD"), head("200 OK", "text/html; charset=utf-8", page.utf8.count))
        XCTAssertEqual(try RawHTTPClient.get("/a.txt?x=1", port: port), head("200 OK", "text/plain; charset=utf-8", 5) + "plain")
    }

    func testRefusals() throws {
        let notFound = try RawHTTPClient.get("/missing.html", port: port)
        XCTAssertTrue(notFound.hasPrefix("HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n"), notFound)
        XCTAssertEqual(try RawHTTPClient.get("/", port: port, method: "POST"),
                       head("405 Method Not Allowed", "text/plain; charset=utf-8", 23, extra: "Allow: GET, HEAD\r\n") + "405 Method Not Allowed\n")
        XCTAssertEqual(try RawHTTPClient.exchange("GET / HTTP/1.1\r\nHost: attacker.example\r\n\r\n", port: port),
                       head("421 Misdirected Request", "text/plain; charset=utf-8", 24) + "421 Misdirected Request\n")
        XCTAssertEqual(try RawHTTPClient.exchange("BREW /pot HTCPCP/1.0\r\n\r\n", port: port),
                       head("400 Bad Request", "text/plain; charset=utf-8", 16) + "400 Bad Request\n")
    }

    /// Every trick answers with an error status and never with the secret.
    func testTraversalAndEscapes() throws {
        let table: [(String, String)] = [
            ("/../outside/secret.txt", "403 Forbidden"),
            ("/%2e%2e/outside/secret.txt", "403 Forbidden"),
            ("/%2E%2E%2Foutside%2Fsecret.txt", "403 Forbidden"),
            ("/..%2foutside%2fsecret.txt", "403 Forbidden"),
            ("/%252e%252e/outside/secret.txt", "404 Not Found"),
            ("/escape.txt", "404 Not Found"),
            ("/loop", "404 Not Found"),
            ("//etc/passwd", "400 Bad Request"),
            ("/..\\outside\\secret.txt", "400 Bad Request"),
            ("/%00", "400 Bad Request"),
        ]
        for (target, status) in table {
            let answer = try RawHTTPClient.get(target, port: port)
            XCTAssertTrue(answer.hasPrefix("HTTP/1.1 \(status)\r\n"), "\(target): \(answer)")
            XCTAssertFalse(answer.contains("secret"), target)
        }
    }

    func testOversizedHeadsAreRefused() throws {
        let answer = try RawHTTPClient.exchange("GET / HTTP/1.1\r\nX-Long: " + String(repeating: "a", count: 2000) + "\r\n\r\n", port: port)
        XCTAssertEqual(answer, head("431 Request Header Fields Too Large", "text/plain; charset=utf-8", 36) + "431 Request Header Fields Too Large\n")
    }

    /// A client that never finishes its head gets 408 once the read timeout has passed, and the server goes on.
    func testSlowClientsTimeOut() throws {
        let fd = try RawHTTPClient.connect(port: port)
        defer { close(fd) }
        try RawHTTPClient.send(Data("GET / HTTP/1.1\r\n".utf8), on: fd)
        XCTAssertEqual(try RawHTTPClient.readAll(fd, timeout: 10), head("408 Request Timeout", "text/plain; charset=utf-8", 20) + "408 Request Timeout\n")
        XCTAssertTrue(try RawHTTPClient.get("/a.txt", port: port).hasSuffix("plain"))
    }

    /// A rebuild replaces the folder by rename; the server must serve the new one.
    func testServesTheNewFolderAfterASwap() throws {
        try folder.write("next/a.txt", "fresh")
        let fm = FileManager.default
        try fm.moveItem(atPath: folder.path + "/site", toPath: folder.path + "/old")
        try fm.moveItem(atPath: folder.path + "/next", toPath: folder.path + "/site")
        try fm.removeItem(atPath: folder.path + "/old")
        XCTAssertEqual(try RawHTTPClient.get("/a.txt", port: port), head("200 OK", "text/plain; charset=utf-8", 5) + "fresh")
    }

    func testLongPollAnswersWithTheNextGeneration() throws {
        let answered = expectation(description: "answered")
        let answer = Locked("")
        let port = port
        Thread {
            answer.set((try? RawHTTPClient.get("/__isms/events?since=1", port: port)) ?? "failed")
            answered.fulfill()
        }.start()
        Thread.sleep(forTimeInterval: 0.1)
        status.succeeded(RebuildOutcome(diagnostics: [Diagnostic(.warning, "w", "careful", at: SourceLocation(file: "a.md"))]))
        wait(for: [answered], timeout: 5)
        XCTAssertEqual(answer.value, head("200 OK", "application/json", 30) + #"{"generation":2,"reload":true}"#)
        let page = try RawHTTPClient.get("/", port: port)
        XCTAssertTrue(page.contains(#"<body><div class="isms-preview-banner" role="status">"#), page)
        XCTAssertTrue(page.contains(#"data-generation="2""#), page)
    }

    func testStopReleasesThePort() throws {
        server.stop()
        XCTAssertThrowsError(try RawHTTPClient.get("/", port: port))
    }

    func testAPortInUseIsReported() throws {
        let second = PreviewServer(responder: server.responder, configuration: .init(port: port))
        XCTAssertThrowsError(try second.start()) { error in
            XCTAssertEqual("\(error)", "cannot listen on 127.0.0.1:\(port): Address already in use")
        }
    }
}
