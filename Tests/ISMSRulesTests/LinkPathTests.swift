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

/// Links with a scheme are read off their bytes when they are ASCII; the result is the one
/// splitting them as strings gives, for every kind of link and every way of leading nowhere.
final class LinkSchemeTests: XCTestCase {
    func testBytesGiveWhatThePartsGive() throws {
        let (kb, _) = try Fixture.check(["procedures/p.md": "---\nid: PRC-01\ntitle: Procedure\n---\n## Part one\n\n## Part two\n"])
        let document = try XCTUnwrap(kb.base.documents.first { $0.id == "PRC-01" })
        let anchor = try XCTUnwrap(kb.documents["PRC-01"]?.anchors.last)
        let risk = try XCTUnwrap(kb.base.risks.first?.id), asset = try XCTUnwrap(kb.base.assets.first?.id)
        let destinations = [
            "doc:POL-01", "DOC:POL-01", "Doc:PRC-01#\(anchor)", "doc:POL-01#no-such-heading", "doc:POL-02", "doc:", "doc:POL-01#",
            "control:A.5.1", "control:5.1", "control:a.5.1", "CONTROL:A.5.1#x", "control:A.5.99", "control: A.5.1",
            "risk:\(risk)", "risk:\(asset)", "asset:\(asset)", "Asset:\(asset)", "asset:\(risk)", "role:ROLE-TOP", "person:P-01",
            "https://example.org/a:b#c", "HTTP://x", "mailto:a@b.c", "tel:+81", "ftp://x", "javascript:alert(1)", "dok:POL-01",
            ":POL-01", "#\(anchor)", "#", "", "policies/x.md#a:b", "p.md#\(anchor)", "../procedures/p.md#\(anchor)", "doc:PRC-01#\(anchor)", "risk:R-1#part", "doc:POL-01#a#b",
            "dóc:POL-01", "doc:POL-01#ü", "doc:PÖL-01", "risk\u{301}:R-1", "doc:POL-01\u{301}",
        ]
        var differences: [String] = []
        for destination in destinations {
            let bytes = kb.classify(destination, from: document), parts = kb.classifyByParts(destination, from: document)
            if bytes != parts { differences.append("\(destination): \(bytes) against \(parts)") }
        }
        XCTAssertEqual(differences, [])
        // The bytes decide most of them; the rest are left to the parts.
        XCTAssertEqual(destinations.filter { kb.schemeTarget($0) != nil }.count, 22)
    }
}
