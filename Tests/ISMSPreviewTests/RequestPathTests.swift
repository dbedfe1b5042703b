import ISMSPreview
import XCTest

/// Every way a request target is read or refused, without touching the disk.
final class RequestPathTests: XCTestCase {
    func testAcceptedTargets() {
        let table: [(String, RequestPath)] = [
            ("/", RequestPath(segments: [], isDirectory: true)),
            ("/index.html", RequestPath(segments: ["index.html"], isDirectory: false)),
            ("/risks/", RequestPath(segments: ["risks"], isDirectory: true)),
            ("/risks/R-001.html", RequestPath(segments: ["risks", "R-001.html"], isDirectory: false)),
            ("/search.html?q=a%20b#top", RequestPath(segments: ["search.html"], isDirectory: false, query: "q=a%20b")),
            ("/index.html#top?x", RequestPath(segments: ["index.html"], isDirectory: false)),
            ("/files/a%20b.pdf", RequestPath(segments: ["files", "a b.pdf"], isDirectory: false)),
            ("/%E6%96%B9%E9%87%9D.html", RequestPath(segments: ["方針.html"], isDirectory: false)),
            // Decoded once only: a double-encoded dot pair is a strange but harmless name.
            ("/%252e%252e/secret.txt", RequestPath(segments: ["%2e%2e", "secret.txt"], isDirectory: false)),
            ("/..a/b..", RequestPath(segments: ["..a", "b.."], isDirectory: false)),
            ("/...", RequestPath(segments: ["..."], isDirectory: false)),
            ("/__isms/events?since=3", RequestPath(segments: ["__isms", "events"], isDirectory: false, query: "since=3")),
        ]
        for (target, expected) in table {
            XCTAssertEqual(try RequestPath.parse(target).get(), expected, target)
        }
    }

    func testRefusedTargets() {
        let table: [(String, RequestPath.Rejection)] = [
            ("/..", .dotSegment),
            ("/../etc/passwd", .dotSegment),
            ("/risks/../../etc/passwd", .dotSegment),
            ("/%2e%2e/etc/passwd", .dotSegment),
            ("/%2E%2E%2Fetc%2Fpasswd", .dotSegment),
            ("/..%2fetc%2fpasswd", .dotSegment),
            ("/.%2e/etc/passwd", .dotSegment),
            ("/risks/..", .dotSegment),
            ("/./index.html", .dotSegment),
            ("/a//b", .emptySegment),
            ("/a/%2F/b", .emptySegment),
            ("//etc/passwd", .notOriginForm),
            ("http://127.0.0.1/index.html", .notOriginForm),
            ("*", .notOriginForm),
            ("", .notOriginForm),
            ("index.html", .notOriginForm),
            ("?/index.html", .notOriginForm),
            ("/%", .invalidEncoding),
            ("/%2", .invalidEncoding),
            ("/%zz", .invalidEncoding),
            ("/%ff.html", .invalidEncoding),
            ("/%C0%AE%C0%AE/etc/passwd", .invalidEncoding),
            ("/%00", .forbiddenCharacter),
            ("/index.html%00.png", .forbiddenCharacter),
            ("/a%5c..%5cb", .forbiddenCharacter),
            ("/a\\b", .forbiddenCharacter),
            ("/C:%5Cwindows", .forbiddenCharacter),
            ("/a%0d%0aSet-Cookie:x", .forbiddenCharacter),
            ("/a%7f", .forbiddenCharacter),
        ]
        for (target, expected) in table {
            XCTAssertEqual(RequestPath.parse(target), .failure(expected), target)
        }
    }

    func testSitePathJoinsSegments() {
        XCTAssertEqual(RequestPath(segments: ["risks", "R-001.html"], isDirectory: false).sitePath, "risks/R-001.html")
        XCTAssertEqual(RequestPath(segments: [], isDirectory: true).sitePath, "")
    }
}
