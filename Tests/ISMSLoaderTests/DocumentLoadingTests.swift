import ISMSLoader
import ISMSModel
import XCTest

final class DocumentLoadingTests: XCTestCase {
    func load(_ files: [String: String]) throws -> LoadResult {
        try KnowledgeBaseLoader.load(.memory(files.merging(["isms.yaml": "organisation: {name: Clinic}\n"]) { a, _ in a }))
    }

    func testByteOrderMarksAndCarriageReturns() throws {
        // Up to two leading byte-order marks are dropped, as the loader always did.
        let result = try load(["policies/b.md": "\u{FEFF}\u{FEFF}---\r\nid: POL-B\r\ntitle: B\r\n---\r\nText.\r\n"])
        let d = try XCTUnwrap(result.knowledgeBase.documents.first)
        XCTAssertEqual([d.id, d.title, d.body], ["POL-B", "B", "Text.\n"])
        XCTAssertEqual(d.bodyLine, 5)
    }

    func testFrontMatterFieldsAndBodyLine() throws {
        let result = try load(["policies/basic.md": """
            ---
            id: POL-01
            title: Basic Policy
            type: policy
            owner: ROLE-CISO
            approver: P-01
            approved: 2026-04-01
            version: "2.0"
            review: 12 months
            classification: public
            controls: [5.1, A.5.4]
            satisfies: ["5.2"]
            ---
            # Basic Policy

            Text.
            """])
        XCTAssertEqual(result.diagnostics, [])
        let d = try XCTUnwrap(result.knowledgeBase.documents.first)
        XCTAssertEqual(d.id, "POL-01")
        XCTAssertEqual(d.type, .policy)
        XCTAssertEqual(d.approved?.description, "2026-04-01")
        XCTAssertEqual(d.review, .interval(Interval(count: 12, unit: .month)))
        XCTAssertEqual(d.nextReview(defaultInterval: Interval(count: 1, unit: .year))?.description, "2027-04-01")
        XCTAssertEqual(d.controls, ["A.5.1", "A.5.4"])
        XCTAssertEqual(d.bodyLine, 14)
        XCTAssertTrue(d.body.hasPrefix("# Basic Policy"))
        XCTAssertEqual(d.origin.at("classification").line, 10)
    }

    func testDocumentWithoutFrontMatterLoadsWithAWarningPerField() throws {
        let result = try load(["procedures/backup.md": "Intro line\n\n## Backup and restore ##\n\nText\n"])
        let d = try XCTUnwrap(result.knowledgeBase.documents.first)
        XCTAssertEqual(d.id, "backup")
        XCTAssertEqual(d.title, "Backup and restore")
        XCTAssertFalse(d.hasFrontMatter)
        XCTAssertEqual(result.diagnostics.map { "\($0.location): \($0.fullMessage)" }, [
            "procedures/backup.md:1:1: document has no 'id'; the file name 'backup' is used",
            "procedures/backup.md:1:1: document has no 'title'; the title 'Backup and restore' is taken from the text",
            "procedures/backup.md:1:1: document has no 'type'",
            "procedures/backup.md:1:1: document has no 'owner'",
            "procedures/backup.md:1:1: document has no 'approver'",
            "procedures/backup.md:1:1: document has no 'version'",
            "procedures/backup.md:1:1: document has no 'review'; the default review interval applies",
            "procedures/backup.md:1:1: document has no 'classification'",
        ])
        XCTAssertTrue(result.diagnostics.allSatisfy { $0.severity == .warning && $0.code == "missing-field" })
    }

    func testFrontMatterErrorsPointAtFileLines() throws {
        let result = try load(["p.md": "---\nid: P\ntitle: T\ntype: polcy\napproved: 2026-02-30\nreviewer: x\nreview: yearly\n---\n# T\n"])
        let mine = result.diagnostics.inPrintOrder().filter { $0.code != "missing-field" }
        XCTAssertEqual(mine.map { "\($0.location): \($0.severity.rawValue): \($0.fullMessage)" }, [
            "p.md:4:7: error: 'type' cannot be 'polcy'; did you mean 'policy'?",
            "p.md:5:11: error: 'approved' is not a valid date: '2026-02-30'; write dates as YYYY-MM-DD",
            "p.md:6:1: warning: unknown key 'reviewer'; did you mean 'review'?",
            "p.md:7:9: error: 'review' is neither a date nor an interval: 'yearly'; write the next review date as YYYY-MM-DD or an interval such as '12 months'",
        ])
    }

    func testUnclosedFrontMatter() throws {
        let result = try load(["p.md": "---\nid: P\n# Title\n"])
        XCTAssertEqual(result.diagnostics.filter { $0.code == "yaml-syntax" }.map { "\($0.location): \($0.fullMessage)" },
                       ["p.md:1:1: front matter opened with '---' is never closed; end it with a line holding only '---'"])
    }

    func testYAMLErrorInFrontMatterIsOffsetToTheFileLine() throws {
        let result = try load(["p.md": "---\nid: P\ntitle: [oops\n---\nBody\n"])
        let syntax = result.diagnostics.filter { $0.code == "yaml-syntax" }
        XCTAssertEqual(syntax.count, 1)
        XCTAssertEqual(syntax.first?.location.line, 4)
    }

    func testTopLevelReadmeAndHiddenFilesAreIgnored() throws {
        let result = try load(["README.md": "# About", ".git/x.md": "# x", "docs/.draft.md": "# d"])
        XCTAssertEqual(result.knowledgeBase.documents, [])
    }

    /// CRLF line ends, an empty front matter and a closing fence on the last line split like LF text.
    func testFrontMatterSplittingEdgeCases() throws {
        let crlf = try load(["a.md": "---\r\nid: A\r\ntitle: Crlf\r\n---\r\n# Crlf\r\n\r\nBody [x](doc:B).\r\n"])
        let a = try XCTUnwrap(crlf.knowledgeBase.documents.first)
        XCTAssertEqual(a.body, "# Crlf\n\nBody [x](doc:B).\n")
        XCTAssertEqual(a.bodyLine, 5)
        XCTAssertEqual(a.links.map(\.location.line), [7])
        let empty = try load(["b.md": "---\n---\nText\n"]).knowledgeBase.documents.first
        XCTAssertEqual(empty?.body, "Text\n")
        XCTAssertEqual(empty?.bodyLine, 3)
        let last = try load(["c.md": "---\nid: C\n---"]).knowledgeBase.documents.first
        XCTAssertEqual(last?.id, "C")
        XCTAssertEqual(last?.body, "")
        let dots = try load(["d.md": "---\nid: D\n...\nBody\n"]).knowledgeBase.documents.first
        XCTAssertEqual(dots?.id, "D")
        XCTAssertEqual(dots?.body, "Body\n")
    }
}

final class BodyReadingTests: XCTestCase {
    /// `isms check` reads documents without rendering them: it must find exactly the links,
    /// anchors and diagnostics a build finds.
    func testAnOutlineFindsWhatARenderingFinds() throws {
        let files = [
            "isms.yaml": "organisation: {name: Clinic}\n",
            "policies/a.md": "---\nid: POL-A\ntitle: A\n---\n# A\n\n## Scope \\| aims\n\nSee [b](b.md#part) and [x](risk:R-9) ![i](i.png).\n\n| a | b |\n|---|---|\n| [c](c.md) | \\| d |\n",
            "policies/b.md": "---\nid: POL-B\n---\n## Part\n\n[broken](nowhere.md) [a](a.md#scope--aims)\n",
            "policies/c.md": "No front matter, [a link](a.md).\n",
        ]
        let rendered = try KnowledgeBaseLoader.load(.memory(files))
        let outlined = try KnowledgeBaseLoader.load(.memory(files), bodies: .outline)
        XCTAssertEqual(outlined.diagnostics, rendered.diagnostics)
        XCTAssertTrue(outlined.knowledgeBase.documents.allSatisfy { $0.rendered == nil })
        XCTAssertEqual(rendered.knowledgeBase.documents.map { $0.rendered != nil }, [false, true, true])
        var stripped = rendered.knowledgeBase.documents
        for i in stripped.indices { stripped[i].rendered = nil }
        XCTAssertEqual(outlined.knowledgeBase.documents, stripped)
        XCTAssertEqual(outlined.knowledgeBase.documents[0].anchors, ["scope--aims"])
        XCTAssertEqual(outlined.knowledgeBase.documents[0].links.map(\.location.column), [5, 24, 38, 3])
    }
}
