import Foundation
import ISMSLoader
import ISMSModel
import XCTest

/// Files are read in parallel but merged in path order: the loader's diagnostics and records
/// come out in the order of a sequential load, whatever the timing.
final class LoadOrderTests: XCTestCase {
    /// Several broken files of every kind, listed out of order, one of them not UTF-8.
    static let files: [String: Data] = [
        "risks/b.yaml": Data("- id: R-2\n  asset: AST-1\n  threat: T-1\n  vulnerability: V-1\n  colour: red\n- 5\n".utf8),
        "policies/z.md": Data("---\nid: POL-Z\ntitle: [unclosed\n---\nText.\n".utf8),
        "isms.yaml": Data("organisation: {name: Clinic}\nfoo: 1\n".utf8),
        "assets/a.yaml": Data("id: AST-1\nname: Laptop\n".utf8),
        "notes.yaml": Data("a: 1\n".utf8),
        "policies/a.md": Data("# Untitled\n".utf8),
        "risks/a.yaml": Data("- id: R-1\n  asset: AST-1\n  threat: T-1\n  vulnerability: V-1\n  treatment: reduse\n".utf8),
        "threats/t.yaml": Data([0x69, 0x64, 0x3A, 0x20, 0xFF]),
        "assets/0.yaml": Data([0xFE]),
    ]

    static var source: FileSource {
        FileSource(list: { Array(files.keys).reversed() }, read: { path in
            guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return data
        })
    }

    func testDiagnosticsComeInTheSequentialOrder() throws {
        let result = try KnowledgeBaseLoader.load(Self.source)
        // Not in print order: files that are not text first, then the settings, then by path.
        XCTAssertEqual(result.diagnostics.map { "\($0.location): \($0.code): \($0.fullMessage)" }, [
            "assets/0.yaml:1:1: unreadable-file: file is not UTF-8 text: byte 0xFE is not valid here; save the file as UTF-8",
            "threats/t.yaml:1:5: unreadable-file: file is not UTF-8 text: byte 0xFF is not valid here; save the file as UTF-8",
            "isms.yaml:2:1: unknown-key: unknown key 'foo'",
            "assets/a.yaml:1:1: missing-field: asset 'AST-1' has no 'category'",
            "assets/a.yaml:1:1: missing-field: asset 'AST-1' has no 'owner'",
            "assets/a.yaml:1:1: missing-field: asset 'AST-1' has no 'C'",
            "assets/a.yaml:1:1: missing-field: asset 'AST-1' has no 'I'",
            "assets/a.yaml:1:1: missing-field: asset 'AST-1' has no 'A'",
            "notes.yaml:1:1: unknown-folder: YAML file outside the record folders is ignored; records go in one of: assets/, threats/, vulnerabilities/, risks/, soa/, people/, roles/, training/, audits/, reviews/, incidents/, nonconformities/, objectives/",
            "policies/a.md:1:1: missing-field: document has no 'id'; the file name 'a' is used",
            "policies/a.md:1:1: missing-field: document has no 'title'; the title 'Untitled' is taken from the text",
            "policies/a.md:1:1: missing-field: document has no 'type'",
            "policies/a.md:1:1: missing-field: document has no 'owner'",
            "policies/a.md:1:1: missing-field: document has no 'approver'",
            "policies/a.md:1:1: missing-field: document has no 'version'",
            "policies/a.md:1:1: missing-field: document has no 'review'; the default review interval applies",
            "policies/a.md:1:1: missing-field: document has no 'classification'",
            "policies/z.md:4:1: yaml-syntax: invalid YAML: while parsing a flow sequence from line 3, column 8, did not find expected ',' or ']'",
            "risks/a.yaml:5:14: invalid-value: 'treatment' cannot be 'reduse'; did you mean 'reduce'?",
            "risks/b.yaml:6:3: wrong-type: each record must be a mapping of keys and values, found a single value",
            "risks/b.yaml:5:3: unknown-key: unknown key 'colour'",
        ])
        XCTAssertEqual(result.knowledgeBase.documents.map(\.path), ["policies/a.md", "policies/z.md"])
        XCTAssertEqual(result.knowledgeBase.risks.map(\.id), ["R-1", "R-2"])
    }

    func testRepeatedLoadsAreIdentical() throws {
        let first = try KnowledgeBaseLoader.load(Self.source)
        for _ in 0..<5 {
            XCTAssertEqual(try KnowledgeBaseLoader.load(Self.source), first)
        }
    }

    /// A file that cannot be read is reported like one that is not text, and the rest still loads.
    func testUnreadableFilesAreReportedInPathOrder() throws {
        let source = FileSource(list: { ["risks/r.yaml", "isms.yaml", "assets/a.yaml"] }, read: { path in
            guard path == "isms.yaml" else { throw CocoaError(.fileReadNoPermission) }
            return Data("organisation: {name: Clinic}\n".utf8)
        })
        XCTAssertEqual(try KnowledgeBaseLoader.load(source).diagnostics.map { "\($0.location): \($0.code): \($0.fullMessage)" }, [
            "assets/a.yaml:1:1: unreadable-file: cannot read file: permission denied",
            "risks/r.yaml:1:1: unreadable-file: cannot read file: permission denied",
        ])
    }
}
