import ISMSModel
import ISMSPreview
import XCTest

final class PreviewBannerTests: XCTestCase {
    static let hostile = Diagnostic(.error, "dangling-reference", "<script>alert(1)</script> & \"quotes\" 'too'",
                                    at: SourceLocation(file: "risks/<b>.yaml", line: 3, column: 5), hint: "fix <it>")
    static let warning = Diagnostic(.warning, "missing-field", "document has no 'review'", at: SourceLocation(file: "policies/a.md"))

    func testNoBannerWhenClean() {
        XCTAssertEqual(PreviewBanner(snapshot: BuildSnapshot(generation: 2), pathPrefix: "content/").html, "")
    }

    func testEveryPieceOfTextIsEscaped() {
        let banner = PreviewBanner(snapshot: BuildSnapshot(generation: 2, diagnostics: [Self.hostile, Self.warning]), pathPrefix: "content/")
        XCTAssertEqual(banner.html, """
            <div class="isms-preview-banner" role="status">
            <p class="isms-preview-summary">isms check: 1 error, 1 warning</p>
            <ul>
            <li class="isms-preview-error"><span class="isms-preview-place">content/risks/&lt;b&gt;.yaml:3</span> \
            error: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;; fix &lt;it&gt; [dangling-reference]</li>
            <li class="isms-preview-warning"><span class="isms-preview-place">content/policies/a.md:1</span> \
            warning: document has no &#39;review&#39; [missing-field]</li>
            </ul>
            </div>
            """)
    }

    func testListsTheFirstFewAndCountsTheRest() {
        let many = (1...4).map { Diagnostic(.warning, "w", "warning \($0)", at: SourceLocation(file: "a.md", line: $0)) }
        let banner = PreviewBanner(snapshot: BuildSnapshot(generation: 1, diagnostics: many), pathPrefix: "", limit: 2)
        XCTAssertEqual(banner.html, """
            <div class="isms-preview-banner" role="status">
            <p class="isms-preview-summary">isms check: 0 errors, 4 warnings</p>
            <ul>
            <li class="isms-preview-warning"><span class="isms-preview-place">a.md:1</span> warning: warning 1 [w]</li>
            <li class="isms-preview-warning"><span class="isms-preview-place">a.md:2</span> warning: warning 2 [w]</li>
            </ul>
            <p class="isms-preview-more">2 more in the console.</p>
            </div>
            """)
    }

    func testAFailedRebuildIsShownAboveThePreviousDiagnostics() {
        let snapshot = BuildSnapshot(generation: 3, diagnostics: [Self.warning], failure: "template <page>: unclosed section")
        XCTAssertEqual(PreviewBanner(snapshot: snapshot, pathPrefix: "kb/").html, """
            <div class="isms-preview-banner" role="status">
            <p class="isms-preview-failure">The last rebuild failed; this is the previous site. template &lt;page&gt;: unclosed section</p>
            <p class="isms-preview-summary">isms check: 0 errors, 1 warning</p>
            <ul>
            <li class="isms-preview-warning"><span class="isms-preview-place">kb/policies/a.md:1</span> \
            warning: document has no &#39;review&#39; [missing-field]</li>
            </ul>
            </div>
            """)
    }
}
