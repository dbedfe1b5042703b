@testable import ISMSLoader
import Yams
import XCTest

/// The fast composer gives the very tree Yams gives, and leaves to Yams what it does not take.
final class YAMLComposerTests: XCTestCase {
    func render(_ d: YAMLDocument, _ n: Int) -> String { d.outline(n) }

    func viaYams(_ text: String) throws -> String? {
        try Yams.compose(yaml: text, .basic, .default, .utf8).map { d in render(YAMLDocument(d), YAMLDocument(d).root) }
    }

    func testSameTreeAsYams() throws {
        let texts = [
            "id: AST-1\nname: Laptop\nC: 2\n",
            "- id: R-1\n  plan:\n    - {action: Encrypt, due: 2026-02-30}\n    - action: 'Back up'\n  controls: [A.8.6, \"A.8.20\"]\n- ~\n- null\n-\n",
            "text: |\n  line one\n  line two\nfolded: >\n  a\n  b\nempty: ''\nnothing:\n",
            "a:\n  b:\n    c: [1, [2, 3], {d: e}]\n",
            "just a value\n",
            "---\nkey: value\n...\n",
            "\"quoted key\": 1\n'single': 2\nplain: 3\n",
            "unicode: Zürich 東京 👩‍⚕️\n",
        ]
        for text in texts {
            guard case .document(let d) = YAMLComposer.compose(text) else { return XCTFail("not taken: \(text)") }
            XCTAssertEqual(render(d, d.root), try viaYams(text), text)
        }
    }

    func testLeavesTheRestToYams() {
        let texts = [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "? [complex]\n: key\n",
            "a: 1\na: 2\n",
            "a: [unclosed\n",
            "--- 1\n--- 2\n",
            "a: 1\n b: 2\n",
        ]
        for text in texts {
            guard case .unsupported = YAMLComposer.compose(text) else { return XCTFail("taken: \(text)") }
        }
        guard case .empty = YAMLComposer.compose("# only a comment\n") else { return XCTFail("not empty") }
    }

    func testAnchorsAndTagsStillLoadThroughYams() throws {
        let log = LoadLog()
        let d = try XCTUnwrap(YAMLText.compose("a: &x {b: 1}\nc: *x\nd: !!str 2\n", file: "f.yaml", log: log))
        XCTAssertEqual(render(d, d.root), "mapping@1:1{scalar@1:1'a': mapping@1:4{scalar@1:8'b': scalar@1:11'1'}, scalar@2:1'c': mapping@1:4{scalar@1:8'b': scalar@1:11'1'}, scalar@3:1'd': scalar@3:4'2'}")
        XCTAssertEqual(log.diagnostics, [])
    }
}

extension YAMLDocument {
    /// A node and its children in one line (kind, place, plain or quoted, text): equal lines, equal trees.
    func outline(_ n: Int) -> String {
        let e = entries[n]
        let head = "\(e.kind)@\(e.line):\(e.column)"
        switch e.kind {
        case .scalar: return "\(head)\(e.plain ? "" : "q")'\(e.text)'"
        case .mapping: return head + "{" + (0..<pairCount(n)).map { outline(key(n, $0)) + ": " + outline(value(n, $0)) }.joined(separator: ", ") + "}"
        case .sequence: return head + "[" + items(n).map { outline($0) }.joined(separator: ", ") + "]"
        case .alias: return head
        }
    }
}
