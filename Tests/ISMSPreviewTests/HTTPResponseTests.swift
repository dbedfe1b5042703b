import Foundation
import ISMSPreview
import XCTest

final class HTTPResponseTests: XCTestCase {
    func testSerialized() {
        let response = HTTPResponse(.ok, contentType: ContentType.html, body: Data("<p>é</p>".utf8))
        XCTAssertEqual(String(decoding: response.serialized(), as: UTF8.self), """
            HTTP/1.1 200 OK\r
            Content-Type: text/html; charset=utf-8\r
            Content-Length: 9\r
            Cache-Control: no-store\r
            X-Content-Type-Options: nosniff\r
            Connection: close\r
            \r
            <p>é</p>
            """)
    }

    func testHeadKeepsTheLengthAndDropsTheBody() {
        let response = HTTPResponse.plain(.methodNotAllowed, extraHeaders: ["Allow": "GET, HEAD"])
        XCTAssertEqual(String(decoding: response.serialized(includeBody: false), as: UTF8.self), """
            HTTP/1.1 405 Method Not Allowed\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Length: 23\r
            Cache-Control: no-store\r
            X-Content-Type-Options: nosniff\r
            Allow: GET, HEAD\r
            Connection: close\r
            \r

            """)
    }

    func testContentTypes() {
        let table: [(String, String)] = [
            ("index.html", "text/html; charset=utf-8"),
            ("static/style.css", "text/css; charset=utf-8"),
            ("search-index.js", "text/javascript; charset=utf-8"),
            ("reports/risk-register.json", "application/json"),
            ("reports/risk-register.csv", "text/csv; charset=utf-8"),
            ("files/diagram.svg", "image/svg+xml"),
            ("files/photo.PNG", "image/png"),
            ("files/photo.jpg", "image/jpeg"),
            ("files/photo.jpeg", "image/jpeg"),
            ("files/policy.pdf", "application/pdf"),
            ("files/notes.txt", "text/plain; charset=utf-8"),
            ("files/archive.zip", "application/octet-stream"),
            ("files/README", "application/octet-stream"),
            ("files/.html", "application/octet-stream"),
            ("files.d/README", "application/octet-stream"),
        ]
        for (path, type) in table {
            XCTAssertEqual(ContentType.forPath(path), type, path)
        }
    }
}
