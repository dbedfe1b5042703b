@testable import ISMSLoader
import XCTest

/// The byte scan of flat mappings gives the very nodes libyaml's events give, and takes nothing it is not sure of.
final class FlatMappingScannerTests: XCTestCase {
    func scanned(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { FlatMappingScanner.compose($0) }.map { $0.outline($0.root) }
    }

    func viaLibyaml(_ text: String) -> String? {
        guard case .document(let d) = YAMLComposer.compose(text, scanning: false) else { return nil }
        return d.outline(d.root)
    }

    func testTakesFrontMatterAsLibyamlReadsIt() {
        let texts = [
            "id: PLN-4888\ntitle: Laboratory Information System Clear Desk Plan (Minami Community Hospital)\ntype: plan\nowner: P-0011\napproved: 2026-04-08\nversion: \"4.0\"\nreview: 12 months\nclassification: confidential\ncontrols: [A.8.27, A.8.30]",
            "id: POL-001\ncontrols:\n  - A.5.1\n  - 'A.5.2'\n  - \"A.5.3\"\nrisks:\n- R-001\n- R-002\n",
            "\n\nid: X\n\n\ntitle: After blank lines\n\n",
            "title: 情報セキュリティ基本方針\nowner: 山田 太郎\nnote: Zürich — 東京 👩‍⚕️\n",
            "empty: []\nspaced: [ a ,b,  c d ]\nurl: https://example.org/a?b=c\ntime: 12:30\n",
            "title: Plan [draft] {v2}, final\nsingle: 'it is'\ndouble: \"a: b\"\nnothing: ~\nnull_word: null\n",
            "key-with-dash: 1\n_under: 2\n3: three\n",
            "list:\n    - deep\n    - deeper\nnext: 1",
        ]
        for text in texts {
            let fast = scanned(text)
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast, viaLibyaml(text), text)
        }
        XCTAssertEqual(scanned("id: A\nc: [x, y]\nl:\n  - z\n"),
                       "mapping@1:1{scalar@1:1'id': scalar@1:5'A', scalar@2:1'c': sequence@2:4[scalar@2:5'x', scalar@2:8'y'], scalar@3:1'l': sequence@4:3[scalar@4:5'z']}")
    }

    func testLeavesToLibyamlWhatItIsNotSureOf() {
        let texts = [
            "", "\n\n",
            "a: 1 # comment\n", "# comment\na: 1\n",
            "a:\n", "a:\nb: 1\n", "a:\n  b: 1\n",
            "a: 1\na: 2\n",
            "a: \"esc\\n\"\n", "a: 'it''s'\n", "a: \"open\n",
            "a: x: y\n", "a: ends:\n", "a: trailing \n", "a:\ttab\n", "a: 1\r\nb: 2\r\n",
            "a: plain\n  continued\n", "a:\n  - x\n    continued\n", "a:\n  - x\n - y\n", "a:\n  - x\n\n  - y\n",
            "a: [x, [y]]\n", "a: [x, ]\n", "a: [x,, y]\n", "a: [x: y]\n", "a: [é]\n", "a: [x] y\n", "a: [x\n",
            "a: &anchor 1\n", "a: *alias\n", "a: !tag 1\n", "a: |\n  block\n", "a: >\n  folded\n", "a: -1\n", "a: @x\n",
            "---\na: 1\n", "%YAML 1.1\n---\na: 1\n", "- a\n- b\n", "just text\n", " a: 1\n", "a : 1\n",
            "a: \u{FEFF}x\n", "a: x\u{85}y\n", "a: x\u{2028}y\n", "a: \u{80}\n", "a: \u{FFFE}\n",
            "a:\n  -\n", "a:\n  - \n", "a:\n  -x\n",
        ]
        for text in texts { XCTAssertNil(scanned(text), text) }
    }

    /// Random front matters built from pieces of both kinds: whatever the scan takes, libyaml reads the same.
    func testAgreesWithLibyamlOnRandomFrontMatter() {
        let keys = ["id", "title", "a", "b-c", "_d", "2", "id"]
        let values = ["x", "Plan (draft)", "\"4.0\"", "'q'", "[A.8.1, A.8.2]", "[]", "[ a , b ]", "a: b", "12:30", "~",
                      "x # c", "", "é", "[é]", "-1", "\"a\\\"b\"", "x ", "{a: 1}", "*x", "Zürich", "http://h/p"]
        let lists = ["\n  - a\n  - 'b'", "\n- c", "\n    - d\n    - e", "\n  - a\n    b", "\n  -", "\n  - a\n - b"]
        // A linear congruential sequence: the same cases on every run.
        var state: UInt64 = 6
        func pick<T>(_ choices: [T]) -> T {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return choices[Int(state >> 33) % choices.count]
        }
        var taken = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<pick([1, 2, 3, 4, 5]) {
                text += pick(keys) + ":"
                if pick([true, false]) {
                    text += pick(lists)
                } else {
                    text += " " + pick(values)
                }
                text += pick(["\n", "\n\n", "\n"])
            }
            guard let fast = scanned(text) else { continue }
            taken += 1
            XCTAssertEqual(fast, viaLibyaml(text), text)
        }
        // The comparison means something only if the scan takes a fair share.
        XCTAssertGreaterThan(taken, 300)
    }
}
