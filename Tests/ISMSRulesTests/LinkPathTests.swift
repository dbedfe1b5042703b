@testable import ISMSRules
import ISMSModel
import XCTest

/// Link destinations split and resolve the same by bytes (ASCII) as by Characters (other text).
final class LinkPathTests: XCTestCase {
    func testSplitFragment() {
        // A '#' that a mark joins is no '#', whether the text before it is ASCII or not.
        let cases = ["a/b.md#part", "x.md", "#only", "ä/b.md#teil", "ä#\u{301}x", "a#b#c", "ab#\u{301}c#d", "x.md#\u{301}"]
        XCTAssertEqual(cases.map { ResolvedKnowledgeBase.splitFragment($0) }.map { "\($0.0)|\($0.1)" },
                       ["a/b.md|#part", "x.md|", "|#only", "ä/b.md|#teil", "ä#\u{301}x|", "a|#b#c", "ab#\u{301}c|#d", "x.md#\u{301}|"])
    }

    func testResolve() {
        let cases: [(String, String)] = [
            ("../a/./b.md", "x/y/doc.md"), ("../../../etc", "x/doc.md"), ("/top.md", "x/y/doc.md"),
            ("b//c.md", "doc.md"), ("ü/../ö.md", "ä/doc.md"), ("./", "x/doc.md"),
        ]
        XCTAssertEqual(cases.map { ResolvedKnowledgeBase.resolve($0.0, from: $0.1) ?? "nil" },
                       ["x/a/b.md", "nil", "top.md", "b/c.md", "ä/ö.md", "x"])
    }

    /// ASCII paths resolve by bytes exactly as by pieces, over every combination of a few
    /// awkward pieces: `.`, `..`, empty ones (doubled and leading slashes) and plain names.
    func testResolveByBytesAsByPieces() {
        let pieces = ["", ".", "..", "a", "b.md", "..."]
        var paths: [String] = []
        for x in pieces { for y in pieces { for z in pieces { paths.append([x, y, z].joined(separator: "/")) } } }
        paths += ["", "/", "doc.md", "/x/doc.md", "x//y/doc.md"]
        let documents = ["doc.md", "x/doc.md", "x/y/doc.md", "/x/doc.md", "x//doc.md", "x/", "../x/./doc.md"]
        var differences: [String] = []
        for relative in paths {
            for document in documents {
                let bytes = ResolvedKnowledgeBase.resolveASCII(relative, from: document)
                let pieces = ResolvedKnowledgeBase.resolveByPieces(relative, from: document)
                if bytes != pieces { differences.append("\(relative) from \(document): \(bytes ?? "nil") against \(pieces ?? "nil")") }
            }
        }
        XCTAssertEqual(differences, [])
        XCTAssertEqual(paths.count * documents.count, 1_547)
    }
}
