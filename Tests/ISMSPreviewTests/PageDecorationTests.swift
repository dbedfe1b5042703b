import Foundation
import ISMSModel
import ISMSPreview
import XCTest

final class PageDecorationTests: XCTestCase {
    func decorate(_ page: String, _ snapshot: BuildSnapshot) -> String {
        let decoration = PageDecoration(banner: PreviewBanner(snapshot: snapshot, pathPrefix: "content/"))
        return String(decoding: decoration.apply(to: Data(page.utf8)), as: UTF8.self)
    }

    func testACleanPageGetsOnlyTheScript() {
        let page = "<!DOCTYPE html>\n<html>\n<head>\n<title>x</title>\n</head>\n<body>\n<p>Hi</p>\n</body>\n</html>\n"
        XCTAssertEqual(decorate(page, BuildSnapshot(generation: 7)), """
            <!DOCTYPE html>
            <html>
            <head>
            <title>x</title>
            </head>
            <body>
            <p>Hi</p>
            <script src="/__isms/reload.js" data-generation="7"></script></body>
            </html>

            """)
    }

    func testTheBannerGoesRightAfterTheBodyTagAndItsStyleInTheHead() {
        let diagnostic = Diagnostic(.error, "x", "<script>alert(1)</script>", at: SourceLocation(file: "a.md", line: 2))
        let page = """
            <HTML><HEAD><TITLE>x</TITLE></HEAD>
            <BODY class="poster" data-next="a>b" data-x='>'><p>Hi</p><!-- </body> in a comment -->
            </BODY></HTML>
            """
        XCTAssertEqual(decorate(page, BuildSnapshot(generation: 2, diagnostics: [diagnostic])), """
            <HTML><HEAD><TITLE>x</TITLE><link rel="stylesheet" href="/__isms/banner.css"></HEAD>
            <BODY class="poster" data-next="a>b" data-x='>'><div class="isms-preview-banner" role="status">
            <p class="isms-preview-summary">isms check: 1 error, 0 warnings</p>
            <ul>
            <li class="isms-preview-error"><span class="isms-preview-place">content/a.md:2</span> \
            error: &lt;script&gt;alert(1)&lt;/script&gt; [x]</li>
            </ul>
            </div><p>Hi</p><!-- </body> in a comment -->
            <script src="/__isms/reload.js" data-generation="2"></script></BODY></HTML>
            """)
    }

    func testAFragmentWithoutTagsGetsEverythingAtTheEnd() {
        let page = "<p>Hi</p>\n<bodyguard>no</bodyguard>"
        XCTAssertEqual(decorate(page, BuildSnapshot(generation: 1, failure: "boom")), """
            <p>Hi</p>
            <bodyguard>no</bodyguard><link rel="stylesheet" href="/__isms/banner.css"><div class="isms-preview-banner" role="status">
            <p class="isms-preview-failure">The last rebuild failed; this is the previous site. boom</p>
            </div><script src="/__isms/reload.js" data-generation="1"></script>
            """)
    }

    /// Bytes that are not UTF-8 pass through untouched.
    func testOtherBytesAreKept() {
        let page = Data([0x3C, 0x62, 0x6F, 0x64, 0x79, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x62, 0x6F, 0x64, 0x79, 0x3E])
        let out = PageDecoration(banner: PreviewBanner(snapshot: BuildSnapshot(generation: 1), pathPrefix: "")).apply(to: page)
        XCTAssertEqual(out, Data("<body>".utf8) + Data([0xFF, 0xFE]) + Data(#"<script src="/__isms/reload.js" data-generation="1"></script></body>"#.utf8))
    }
}
