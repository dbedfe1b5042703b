import XCTest
@testable import ISMSSite

final class ThemeWordsTests: XCTestCase {
    /// Words are put into the templates when the theme is made; braces that could form a tag are neutralised.
    func testWordsArePutIntoTemplates() {
        let words = ["a": "Home &amp; away", "b": "{n} found", "c": "{{x}}", "d": "}{"]
        XCTAssertEqual(Theme.withWords("<p>{{{t.a}}}|{{{t.b}}}|{{{t.c}}}|{{{t.d}}}|{{{t.zz}}}|{{{root}}}</p>", words),
                       "<p>Home &amp; away|{n} found|&#123;{x}&#125;|&#125;&#123;|{{{t.zz}}}|{{{root}}}</p>")
        XCTAssertEqual(Theme.withWords("no words {{{x}}}", words), "no words {{{x}}}")
    }
}
