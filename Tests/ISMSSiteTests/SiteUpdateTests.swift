import Foundation
import ISMSModel
@testable import ISMSSite
import ISMSTheme
import XCTest

/// The preview rewrites only the pages an edit of documents touches; laid over the previous
/// build, the result must be exactly what a full build of the edited knowledge base gives.
final class SiteUpdateTests: XCTestCase {
    let theme = try! Theme.make(defaults: ISMSTheme.files, language: "en")

    /// A build gathered in memory, with the state for the next update.
    func build(_ changes: [String: String]) throws -> (files: [String: Data], state: SiteState) {
        let collected = CollectedFiles()
        let state = try builder(changes).build { collected.add($0, $1) }
        return (collected.files, state)
    }

    /// A builder of the fixture with `changes`, which copies the files documents link to from it.
    func builder(_ changes: [String: String]) throws -> SiteBuilder {
        SiteBuilder(inspection: try SiteFixture.inspection(changes), theme: theme,
                    attachments: .memory(SiteFixture.files.merging(changes) { $1 }))
    }

    func assertUpdate(from before: [String: String], to after: [String: String], changed: Set<String>,
                      rendersAtMost limit: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let (previous, state) = try build(before)
        let collected = CollectedFiles()
        let update = try builder(after).update(from: state, documentPaths: changed) { collected.add($0, $1) }
        XCTAssertNil(collected.files["search-index.js"])
        collected.add("search-index.js", update.state.searchIndex())
        var updated = previous.merging(collected.files) { $1 }
        for path in update.removed { updated[path] = nil }
        let expected = try build(after).files
        XCTAssertEqual(Set(updated.keys), Set(expected.keys), file: file, line: line)
        for (path, data) in expected where updated[path] != data {
            XCTFail("\(path) differs from a full build", file: file, line: line)
        }
        XCTAssertLessThanOrEqual(update.rendered, limit, "pages rendered again", file: file, line: line)
        XCTAssertLessThan(collected.files.count, expected.count / 2, "files written", file: file, line: line)
    }

    func testRetitledDocumentRewritesItsNeighbours() throws {
        let policy = SiteFixture.files["policies/basic.md"]!
        let retitled = policy.replacingOccurrences(of: "title: \"Basic \\\"policy\\\"\u{301} <b>\"", with: "title: Information security policy")
        XCTAssertNotEqual(policy, retitled)
        try assertUpdate(from: [:], to: ["policies/basic.md": retitled], changed: ["policies/basic.md"], rendersAtMost: 14)
    }

    func testLinksAddedAndRemoved() throws {
        let procedure = "# Procedure without front matter\n\n## Steps\n\nSteps for [AST-1](asset:AST-1) and [the risk](risk:R-001).\n"
        try assertUpdate(from: [:], to: ["procedures/p.md": procedure], changed: ["procedures/p.md"], rendersAtMost: 14)
    }

    func testDocumentAddedAndRemoved() throws {
        let added = "---\nid: GL-01\ntitle: Guideline\nowner: P-01\n---\nSee [the policy](doc:POL-01).\n"
        try assertUpdate(from: [:], to: ["guidelines/g.md": added], changed: ["guidelines/g.md"], rendersAtMost: 14)
        try assertUpdate(from: ["guidelines/g.md": added], to: [:], changed: ["guidelines/g.md"], rendersAtMost: 14)
    }

    /// A file stays in the site while a document links to it, and goes with the last link.
    func testAttachmentsComeAndGoWithTheirLinks() throws {
        let form = ["files/form.pdf": "%PDF-1.4 form", "files/other.pdf": "%PDF-1.4 other"]
        let linking = "# Procedure\n\nFill in [the form](../files/form.pdf) and [the other](../files/other.pdf).\n"
        let unlinked = "# Procedure\n\nFill in [the other](../files/other.pdf).\n"
        let start = form.merging(["procedures/p.md": linking]) { $1 }
        XCTAssertNotNil(try build(start).files["files/files/form.pdf"])
        try assertUpdate(from: form, to: start, changed: ["procedures/p.md"], rendersAtMost: 14)
        try assertUpdate(from: start, to: form.merging(["procedures/p.md": unlinked]) { $1 }, changed: ["procedures/p.md"], rendersAtMost: 14)
        // Another document still linking the file keeps it.
        let second = "# Second\n\nAlso [the form](../files/form.pdf).\n"
        try assertUpdate(from: start.merging(["guidelines/g.md": second]) { $1 }, to: form.merging(["procedures/p.md": unlinked, "guidelines/g.md": second]) { $1 },
                         changed: ["procedures/p.md"], rendersAtMost: 14)
    }
}
