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

    /// A key is found as the Dictionary of words would find it: keys in ASCII by their bytes,
    /// keys written another way by canonical equivalence (a Kelvin sign is a K, a decomposed é an é).
    func testKeysAreFoundAsStringsCompare() {
        var all: [String: String] = ["kind.risks": "Risks", "\u{212A}elvin": "kelvin sign", "cafe\u{301}": "decomposed", "資産": "assets"]
        for n in 0..<200 { all["key.\(n)"] = "word \(n)" }
        let words = Strings(all)
        XCTAssertEqual(words["kind.risks"], "Risks")
        XCTAssertEqual(words["key.0"], "word 0")
        XCTAssertEqual(words["key.199"], "word 199")
        XCTAssertEqual(words["Kelvin"], "kelvin sign")
        XCTAssertEqual(words["\u{212A}elvin"], "kelvin sign")
        XCTAssertEqual(words["caf\u{E9}"], "decomposed")
        XCTAssertEqual(words["资产"], "资产")
        XCTAssertEqual(words["資産"], "assets")
        XCTAssertEqual(words["kind.risk"], "kind.risk")
        XCTAssertEqual(words["key.200"], "key.200")
        XCTAssertEqual(words[""], "")
        XCTAssertEqual(words.text("kind.risks", or: "x"), "Risks")
        XCTAssertEqual(words.text("kind.assets", or: "Assets"), "Assets")
        for (key, text) in all { XCTAssertEqual(words[key], text, key) }
    }
}
