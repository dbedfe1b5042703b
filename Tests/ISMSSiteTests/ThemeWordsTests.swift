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

    /// Placeholders are filled in one pass: every `{name}` with a value, other braces left as
    /// they are, and a value is not looked into again (with a replacement per name, whether it
    /// was depended on the order of the names).
    func testPlaceholdersAreFilled() {
        let words = Strings(["cell": "{a}×{b} = {value}; {n} {unknown} {{n}} {a {", "ja": "資産価値{a}、リスク{n}件", "none": "no braces"])
        let values = ["a": "3", "b": "{n}", "value": "12", "n": "2"]
        XCTAssertEqual(words.format("cell", values), "3×{n} = 12; 2 {unknown} {2} {a {")
        XCTAssertEqual(words.format("ja", values), "資産価値3、リスク2件")
        XCTAssertEqual(words.format("none", values), "no braces")
        XCTAssertEqual(words.format("missing {n}", values), "missing 2")
    }
}
