import ISMSPreview
import XCTest

final class HTTPRequestTests: XCTestCase {
    func parse(_ text: String) -> HTTPRequest.Parse {
        HTTPRequest.parse(Array(text.utf8))
    }

    func testCompleteHead() {
        XCTAssertEqual(
            parse("GET /risks/?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept:  text/html \r\nX-Empty:\r\n\r\n"),
            .complete(HTTPRequest(method: "GET", target: "/risks/?x=1", version: "HTTP/1.1",
                                  headers: [("Host", "127.0.0.1:8000"), ("Accept", "text/html"), ("X-Empty", "")]))
        )
    }

    func testBareLineFeedsAndHTTP10() {
        XCTAssertEqual(parse("HEAD / HTTP/1.0\n\n"), .complete(HTTPRequest(method: "HEAD", target: "/", version: "HTTP/1.0")))
    }

    func testBytesAfterTheHeadAreNotRead() {
        XCTAssertEqual(
            parse("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"),
            .complete(HTTPRequest(method: "POST", target: "/a", headers: [("Content-Length", "5")]))
        )
    }

    func testIncompleteHeads() {
        for text in ["", "GET", "GET / HTTP/1.1\r\n", "GET / HTTP/1.1\r\nHost: x\r\n", "GET / HTTP/1.1\r\nHost: x\r\n\r"] {
            XCTAssertEqual(parse(text), .incomplete, text.debugDescription)
        }
    }

    func testMalformedHeads() {
        let table: [(String, HTTPStatus)] = [
            ("\r\n\r\n", .badRequest),
            ("GET /\r\n\r\n", .badRequest),
            ("GET  / HTTP/1.1\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1 extra\r\n\r\n", .badRequest),
            ("G(T / HTTP/1.1\r\n\r\n", .badRequest),
            ("GET / FTP/1.1\r\n\r\n", .badRequest),
            ("GET / HTTP/2.0\r\n\r\n", .versionNotSupported),
            ("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\n: empty-name\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n", .badRequest),
            ("GET /\u{e9} HTTP/1.1\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nX-A: \u{1}\r\n\r\n", .badRequest),
        ]
        for (text, status) in table {
            XCTAssertEqual(parse(text), .invalid(status), text.debugDescription)
        }
    }

    func testHeadsLongerThanTheLimit() {
        let head = "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
        XCTAssertEqual(HTTPRequest.parse(Array(head.utf8), limit: head.utf8.count),
                       .complete(HTTPRequest(method: "GET", target: "/", headers: [("Host", "x")])))
        XCTAssertEqual(HTTPRequest.parse(Array(head.utf8), limit: head.utf8.count - 1), .invalid(.headersTooLarge))
        XCTAssertEqual(HTTPRequest.parse(Array("GET / HTTP/1.1\r\nX: 12345".utf8), limit: 23), .invalid(.headersTooLarge))
        XCTAssertEqual(HTTPRequest.parse(Array("GET / HTTP/1.1\r\nX: 1234".utf8), limit: 23), .incomplete)
    }

    func testHeaderLookUpIgnoresCase() {
        let request = HTTPRequest(method: "GET", target: "/", headers: [("HOST", "a"), ("host", "b")])
        XCTAssertEqual(request.header("Host"), "a")
        XCTAssertNil(request.header("Accept"))
    }
}
