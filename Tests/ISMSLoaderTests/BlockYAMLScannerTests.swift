import Foundation
@testable import ISMSLoader
import XCTest

/// The byte scan of block YAML gives the very nodes libyaml's events give, and takes nothing it is not sure of.
final class BlockYAMLScannerTests: XCTestCase {
    func scanned(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { BlockYAMLScanner.compose($0) }.map { $0.outline($0.root) }
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

    func testTakesRegistersAsLibyamlReadsThem() {
        let texts = [
            "# comment\na: 1\n", "a:\n  b: 1\n", "a:\n  - x\n\n  - y\n", "- a\n- b\n", "a: 1\n   \nb: 2\n",
            """
            # Risks of one clinic
            - id: R-1
              title: "Denial of service (wards): Ward laptops, Billing"
              asset: AST-1
              elements: [C, I]
              plan:
                - action: Test a full restore
                  owner: P-1
                  due: 2027-01-24
                - action: Agree clauses
                  status: done
              residual:
                threat: 1
                vulnerability: 1
            # the next one
            - id: R-2
              plan:
              - action: Same indentation as the key
              acceptance:
                  by: P-1
                  note: 'Accepted: for now'

            - id: R-3
            """,
            "- id: T-1\n  name: Earthquake\n  categories: [E]\n  likelihood: 3\n- id: T-2\n  responsibilities:\n    - Approve the policy.\n    - \"Provide the people, budget and equipment.\"\n",
            "-   a: 1\n    b: 2\n-  c: 3\n", "a:\n- b: 1\n  c:\n  - d\ne: 2\n", "a:\n  b:\n    c: 1\n  d: 2\n",
            "- name: 山田 太郎\n  note: Zürich — 東京\n", "a:\n  # inside\n  b: 1\n    # deeper comment\n  c: 2\n",
            "top: 1\n# last\n", "a: [\"5.2\", 'x y', z, \"isms-2004:4.3.1 1\" ]\nb: [ \"\" ,'']\n", "- a: 12:30\n  b: http://h/p\n  c: yes\n  d: ~\n",
        ]
        for text in texts {
            let fast = scanned(text)
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast, viaLibyaml(text), text)
        }
        XCTAssertEqual(scanned("# c\n- a: 1\n  b:\n  - x\n- [y]\n"), nil)
        // Nesting past 64 levels is libyaml's, which refuses past 1,000.
        func nested(_ levels: Int) -> String { (0..<levels).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n" }
        XCTAssertNotNil(scanned(nested(64)))
        XCTAssertEqual(scanned(nested(64)), viaLibyaml(nested(64)))
        XCTAssertNil(scanned(nested(65)))
        XCTAssertNil(scanned(nested(1_200)))
        XCTAssertNil(viaLibyaml(nested(1_200)))
        XCTAssertEqual(scanned("# c\n- a: 1\n  b:\n  - x\n-  c: 'q'\n"),
                       "sequence@2:1[mapping@2:3{scalar@2:3'a': scalar@2:6'1', scalar@3:3'b': sequence@4:3[scalar@4:5'x']}, mapping@5:4{scalar@5:4'c': scalar@5:7q'q'}]")
    }

    /// YAML files of generated knowledge bases (a small one whole, two files of each folder of
    /// a large one), the example's, and the front matter of the small one's documents, read
    /// both ways: the scan takes nearly all, and agrees on each.
    func testAgreesWithLibyamlOnTheGeneratedAndExampleKnowledgeBases() throws {
        var texts: [String] = []
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("block-yaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for size in ["small", "large"] {
            let folder = scratch.appendingPathComponent(size)
            let process = Process()
            process.executableURL = Self.product("isms-generate")
            process.arguments = ["--size", size, "--seed", "3", "--output", folder.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            var perFolder: [String: Int] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() {
                let text = (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
                let top = String(path.split(separator: "/").first ?? "")
                if path.hasSuffix(".yaml") {
                    perFolder[top, default: 0] += 1
                    if size == "small" || perFolder[top]! <= 2 { texts.append(text) }
                } else if size == "small", path.hasSuffix(".md"), text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") {
                    texts.append(String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]) + "\n")
                }
            }
        }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        for path in try FileManager.default.subpathsOfDirectory(atPath: example.path) where path.hasSuffix(".yaml") {
            texts.append(try String(contentsOf: example.appendingPathComponent(path), encoding: .utf8))
        }
        var taken = 0
        for text in texts {
            guard let fast = scanned(text) else { continue }
            taken += 1
            XCTAssertEqual(fast, viaLibyaml(text), String(text.prefix(200)))
        }
        XCTAssertGreaterThan(texts.count, 80)
        XCTAssertGreaterThan(taken, texts.count * 8 / 10, "\(taken) of \(texts.count)")
    }

    /// Random nested registers: sequences of mappings holding lists, mappings and sequences of
    /// mappings, with indentation, blank and comment lines that are sometimes off. Whatever
    /// the scan takes, libyaml reads the same.
    func testAgreesWithLibyamlOnRandomNesting() {
        var state: UInt64 = 11
        func pick<T>(_ choices: [T]) -> T {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return choices[Int(state >> 33) % choices.count]
        }
        let keys = ["id", "title", "plan", "a", "b-c", "2", "id"]
        let values = ["x", "\"Q: r\"", "'s'", "[A.8.1, \"x\"]", "[]", "2026-01-02", "a: b", "~", "é 東京", "x # c", "-1", "{a: 1}", ""]
        func gap() -> String { pick(["", "", "", "\n", "  # note\n", "# top\n", "   \n", " \n  - stray\n"]) }
        func mapping(_ indent: Int, depth: Int, first: Bool) -> String {
            var text = ""
            for n in 0..<pick([1, 2, 3]) {
                let pad = n == 0 && first ? "" : String(repeating: " ", count: indent + pick([0, 0, 0, 0, 0, 1]))
                text += pad + pick(keys) + ":"
                switch depth > 2 ? 0 : pick([0, 0, 1, 2, 3]) {
                case 1: text += "\n" + gap() + mapping(indent + pick([2, 4]), depth: depth + 1, first: false)
                case 2: text += "\n" + gap() + sequence(indent + pick([0, 2]), depth: depth + 1)
                case 3: text += "\n" + gap() + sequence(max(0, indent + pick([0, 2, 3, -1])), depth: depth + 1)
                default: text += " " + pick(values) + "\n" + gap()
                }
            }
            return text
        }
        func sequence(_ indent: Int, depth: Int) -> String {
            var text = ""
            for _ in 0..<pick([1, 2, 3]) {
                text += String(repeating: " ", count: indent) + "-" + pick([" ", " ", "   ", ""])
                if pick([true, false]) {
                    text += mapping(indent + 2, depth: depth + 1, first: true)
                } else {
                    text += pick(values) + "\n" + gap()
                }
            }
            return text
        }
        var taken = 0
        for _ in 0..<3000 {
            let text = pick(["", "# head\n", "\n"]) + (pick([true, false]) ? sequence(0, depth: 0) : mapping(0, depth: 0, first: true))
            guard let fast = scanned(text) else { continue }
            taken += 1
            XCTAssertEqual(fast, viaLibyaml(text), text)
        }
        XCTAssertGreaterThan(taken, 250)
    }

    /// A register broken at random places (bytes inserted, removed, lines re-indented): whatever
    /// the scan still takes, libyaml reads the same.
    func testAgreesWithLibyamlOnBrokenRegisters() {
        let register = """
            # Risks of one clinic
            - id: R-27012
              title: "Denial of service (wards): Ward laptops, Billing"
              asset: AST-05268
              elements: [C, I]
              description: The on-call engineer removes USB media handed out by the help desk.
              controls: [A.8.6, "A.8.20"]
              plan:
                - action: Test a full restore of the staff roster
                  owner: P-0008
                  due: 2027-01-24
                - action: Agree security clauses
                  status: done
              residual:
                threat: 1
            - id: R-27024
              plan:
              - action: Replace shared accounts
              acceptance:
                by: P-0001
                note: 'Accepted: further reduction would cost more.'

            """
        let pieces = [" ", "  ", "\n", "- ", ":", ": ", "#", " # x", "\"", "'", "[", "]", ",", "\t", "\r", "{", "}", "|", ">", "&a",
                      "*a", "!", "?", "%", "\u{2028}", "\u{A0}", "é", "---", "\\", "-", "k: v", "\n  ", "\n    ", "\n- "]
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var taken = 0
        for _ in 0..<2000 {
            var text = Array(register.unicodeScalars)
            for _ in 0...next(3) {
                let at = next(text.count)
                switch next(3) {
                case 0: text.insert(contentsOf: pieces[next(pieces.count)].unicodeScalars, at: at)
                case 1: text.removeSubrange(at..<min(text.count, at + 1 + next(3)))
                default:
                    // The line around `at` moved to another indentation.
                    var start = at
                    while start > 0, text[start - 1] != "\n" { start -= 1 }
                    var end = start
                    while end < text.count, text[end] == " " { end += 1 }
                    text.replaceSubrange(start..<end, with: Array(repeating: " ", count: next(7)))
                }
            }
            var broken = ""
            broken.unicodeScalars.append(contentsOf: text)
            guard let fast = scanned(broken) else { continue }
            taken += 1
            XCTAssertEqual(fast, viaLibyaml(broken), broken)
        }
        XCTAssertGreaterThan(taken, 300)
    }

    /// An executable of the package, built into the same products folder as the tests.
    static func product(_ name: String) -> URL {
        var url = Bundle(for: Self.self).bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent(name)
    }

    func testLeavesToLibyamlWhatItIsNotSureOf() {
        let texts = [
            "", "\n\n",
            "a: 1 # comment\n", "# comment\u{2028}a: 1\n", "# tab\t\na: 1\n", "a: 1\n  # comment\r\n",
            "a:\n", "a:\nb: 1\n", "a:\n# nothing\nb: 1\n",
            "a: 1\na: 2\n",
            "a: \"esc\\n\"\n", "a: 'it''s'\n", "a: \"open\n",
            "a: x: y\n", "a: ends:\n", "a: trailing \n", "a:\ttab\n", "a: 1\r\nb: 2\r\n",
            "a: plain\n  continued\n", "a:\n  - x\n    continued\n", "a:\n  - x\n - y\n", "a:\n  - x\n\n    continued\n",
            "a: [x, [y]]\n", "a: [\"x\\\"\"]\n", "a: [\"x\" y]\n", "a: [\"x]\n", "a: [x, ]\n", "a: [x,, y]\n", "a: [x: y]\n", "a: [é]\n", "a: [x] y\n", "a: [x\n",
            "a: &anchor 1\n", "a: *alias\n", "a: !tag 1\n", "a: |\n  block\n", "a: >\n  folded\n", "a: -1\n", "a: @x\n",
            "---\na: 1\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n...\n", "just text\n", " a: 1\n", "a : 1\n",
            "a: \u{FEFF}x\n", "a: x\u{85}y\n", "a: x\u{2028}y\n", "a: \u{80}\n", "a: \u{FFFE}\n",
            "a:\n  -\n", "a:\n  - \n", "a:\n  -x\n",
            // Nesting: values over lines, lines between two indentations, a mapping where a sequence goes on.
            "- a: 1\n b: 2\n", "- a: 1\n   b: 2\n", "- a: 1\n  - b\n", "a:\n  b: 1\n c: 2\n", "a:\n    b: 1\n  c: 2\n",
            "- a\nb: 1\n", "a: 1\n- b\n", "- - a\n", "-\n  a: 1\n", "- [a, b]\n", "- {a: 1}\n", "a: {b: 1}\n",
            "- a: x\n    y\n", "- a:\n - x\n", "a:\n  b:\n - x\n", "- a:\n  - b\n  c\n", "- ? a\n  : b\n", "- a: 1\n  a: 2\n", "- a: |\n    x\n",
        ]
        for text in texts { XCTAssertNil(scanned(text), text) }
    }

    /// Random front matters built from pieces of both kinds: whatever the scan takes, libyaml reads the same.
    func testAgreesWithLibyamlOnRandomFrontMatter() {
        let keys = ["id", "title", "a", "b-c", "_d", "2", "id"]
        let values = ["x", "Plan (draft)", "\"4.0\"", "'q'", "[A.8.1, A.8.2]", "[]", "[ a , b ]", "a: b", "12:30", "~",
                      "x # c", "", "é", "[é]", "-1", "\"a\\\"b\"", "x ", "{a: 1}", "*x", "Zürich", "http://h/p",
                      "[\"5.2\", 'b c']", "[\"a, b\" , x]", "[\"a\\\"\"]"]
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
