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

    /// Every key is found with its text, and every answer is the dictionary's: keys that differ
    /// by a byte or by length are not found, canonically equivalent ones are (as String keys
    /// match), and a key missing from the words shows as itself.
    func testEveryWordIsFoundByItsKey() {
        var ascii: [String: String] = ["": "empty key", "K": "kelvin?"]
        for n in 0..<2_000 { ascii["key.\(n)"] = "text \(n)" }
        let other = ascii.merging(["é": "accent", "日本": "Japan", "\u{212B}": "angstrom"]) { $1 }
        let asked = Array(other.keys) + ["key.2000", "key.", "key.00", "Key.1", "e", "e\u{301}", "\u{212A}", "\u{C5}", "日", "日本語", "key.1 "]
        for words in [ascii, other, [:]] {
            let table = WordTable(words)
            for key in asked { XCTAssertEqual(table[key], words[key], key) }
        }
        XCTAssertEqual(WordTable(other)["e\u{301}"], "accent")
        XCTAssertEqual(WordTable(other)["\u{212A}"], "kelvin?")
        XCTAssertNil(WordTable(other)["key.2000"])
        let strings = Strings(other)
        XCTAssertEqual(strings["key.7"], "text 7")
        XCTAssertEqual(strings["absent"], "absent")
        XCTAssertEqual(strings.text("absent", or: "fallback"), "fallback")
        XCTAssertEqual(strings.text("\u{C5}", or: "fallback"), "angstrom")
    }
}
