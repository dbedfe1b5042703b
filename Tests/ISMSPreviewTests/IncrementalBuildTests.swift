import Foundation
import GitFixtures
import ISMSLoader
import ISMSModel
import ISMSSite
import XCTest
@testable import ISMSPreview

/// The preview's builds after an edit must leave the output exactly as a full build of the
/// edited knowledge base would, while rewriting only part of it.
final class IncrementalBuildTests: XCTestCase {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")
    let asOf = CalendarDate(iso: "2026-11-22")!

    /// Every file of a folder by relative path, the marker left out.
    func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: root.path))
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue, relative != SiteWriter.marker {
                files[relative] = try Data(contentsOf: full)
            }
        }
        return files
    }

    /// What `isms build` writes for the knowledge base as it now is.
    func fullBuild(_ kb: URL, into folder: URL) throws -> [String: Data] {
        let inspection = try Inspection.run(directory: kb, asOf: asOf)
        let theme = try Theme.forKnowledgeBase(kb, extra: nil, language: inspection.resolved.base.settings.publishing.language)
        let builder = SiteBuilder(inspection: inspection, theme: theme, attachments: .directory(kb))
        try SiteWriter.write(to: folder, knowledgeBase: kb) { sink in try builder.build(into: sink) }
        return try tree(folder)
    }

    func assertSameTree(_ actual: [String: Data], _ expected: [String: Data], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Set(actual.keys), Set(expected.keys), file: file, line: line)
        let differing = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        XCTAssertEqual(differing, [], file: file, line: line)
    }

    func testDocumentEditsRewriteOnlyWhatTheyTouch() throws {
        let folder = try TestFolder(self)
        let kb = folder.url.appendingPathComponent("kb"), out = folder.url.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.example, to: kb)
        let build = IncrementalBuild(knowledgeBase: kb, output: out, asOf: asOf, audience: .internal)
        let first = try build.rebuild(["isms.yaml"])
        XCTAssertNil(first.rewrittenPaths)
        let pageCount = try tree(out).count

        // A retitled policy with a new link to a procedure.
        let policy = "policies/privacy-policy.md"
        var text = try String(contentsOf: kb.appendingPathComponent(policy), encoding: .utf8)
        text = text.replacingOccurrences(of: "title: Privacy Policy -", with: "title: Patient Privacy Policy -")
        XCTAssertTrue(text.contains("title: Patient Privacy Policy -"))
        text += "\nSee also [the scope](../scope.md).\n"
        try Data(text.utf8).write(to: kb.appendingPathComponent(policy))
        let edited = try build.rebuild([policy])
        build.finishWriting()
        let rewritten = try XCTUnwrap(edited.rewrittenPaths)
        XCTAssertTrue(rewritten.contains("search-index.js"))
        XCTAssertLessThan(rewritten.count, pageCount / 4, "\(rewritten.sorted())")
        assertSameTree(try tree(out), try fullBuild(kb, into: folder.url.appendingPathComponent("full-1")))

        // A new document, then the same document removed.
        try folder.write("kb/guidelines/remote-work.md", "---\nid: GL-09\ntitle: Remote work\nowner: P-01\n---\nFollow [the policy](doc:POL-01).\n")
        _ = try build.rebuild(["guidelines/remote-work.md"])
        build.finishWriting()
        assertSameTree(try tree(out), try fullBuild(kb, into: folder.url.appendingPathComponent("full-2")))
        try FileManager.default.removeItem(at: kb.appendingPathComponent("guidelines/remote-work.md"))
        _ = try build.rebuild(["guidelines/remote-work.md"])
        build.finishWriting()
        assertSameTree(try tree(out), try fullBuild(kb, into: folder.url.appendingPathComponent("full-3")))

        // Anything but a document rebuilds the whole site.
        let risks = kb.appendingPathComponent("risks")
        let riskFile = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: risks.path).sorted().first)
        let yaml = try String(contentsOf: risks.appendingPathComponent(riskFile), encoding: .utf8)
        try Data((yaml + "\n").utf8).write(to: risks.appendingPathComponent(riskFile))
        XCTAssertNil(try build.rebuild(["risks/\(riskFile)"]).rewrittenPaths)
        assertSameTree(try tree(out), try fullBuild(kb, into: folder.url.appendingPathComponent("full-4")))
    }

    func testAnEditedDocumentsPageIsShownFirst() throws {
        let folder = try TestFolder(self)
        let kb = folder.url.appendingPathComponent("kb"), out = folder.url.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.example, to: kb)
        let build = IncrementalBuild(knowledgeBase: kb, output: out, asOf: asOf, audience: .internal)
        _ = try build.rebuild(["isms.yaml"])
        let before = try tree(out)

        // A paragraph added: the first look writes the policy's page alone, as the full update
        // will, which then leaves that page as it is and does not announce it again.
        let policy = "policies/privacy-policy.md"
        let text = try String(contentsOf: kb.appendingPathComponent(policy), encoding: .utf8)
        try Data((text + "\nPatients may ask for a copy of their record.\n").utf8).write(to: kb.appendingPathComponent(policy))
        var early: [RebuildOutcome] = []
        var pageShown: [String: Data] = [:]
        let final = try build.rebuild([policy]) { outcome in
            early.append(outcome)
            for path in outcome.rewrittenPaths ?? [] { pageShown[path] = try? Data(contentsOf: out.appendingPathComponent(path)) }
        }
        build.finishWriting()
        XCTAssertEqual(early.count, 1)
        let page = try XCTUnwrap(early.first?.rewrittenPaths?.first)
        XCTAssertEqual(early.first?.rewrittenPaths, [page])
        XCTAssertEqual(early.first?.diagnostics, final.diagnostics)
        XCTAssertTrue(String(decoding: try XCTUnwrap(pageShown[page]), as: UTF8.self).contains("Patients may ask for a copy of their record."))
        let full = try fullBuild(kb, into: folder.url.appendingPathComponent("full"))
        XCTAssertEqual(pageShown[page], full[page])
        assertSameTree(try tree(out), full)
        let rewritten = try XCTUnwrap(final.rewrittenPaths)
        XCTAssertFalse(rewritten.contains(page))
        // Only pages whose bytes changed are announced: the search index and its page, here.
        XCTAssertEqual(rewritten, rewritten.filter { before[$0] != full[$0] }.union(["search-index.js", "search.html"]))

        // A new id moves the page: no first look, the full update does it all.
        try Data(text.replacingOccurrences(of: "id: POL-", with: "id: POLX-").utf8).write(to: kb.appendingPathComponent(policy))
        early = []
        _ = try build.rebuild([policy]) { early.append($0) }
        build.finishWriting()
        XCTAssertEqual(early, [])
        assertSameTree(try tree(out), try fullBuild(kb, into: folder.url.appendingPathComponent("full-2")))
    }

    /// An edit shows at once with the history as it was; committing it, which changes no file
    /// of the knowledge base, shows the commit once the watcher reports the history changed.
    func testACommitShowsInTheHistoryOfPages() throws {
        let repository = try ScratchRepository(self)
        try repository.git(["init", "-q"])
        let policy = "---\nid: POL-01\ntitle: Policy\nowner: P-01\n---\n# Policy\n\nText.\n"
        _ = try repository.commit("Policy written", date: "2026-11-01T10:00:00Z", files: [
            "isms.yaml": "organisation: {name: Clinic}\n", "policies/policy.md": policy,
            "people/people.yaml": "- {id: P-01, name: Pat Doe}\n",
        ])
        let out = try TestFolder(self).url.appendingPathComponent("site")
        let build = IncrementalBuild(knowledgeBase: repository.root, output: out, asOf: asOf, audience: .internal)
        _ = try build.rebuild(["isms.yaml"])
        func page() throws -> String { try String(contentsOf: out.appendingPathComponent("documents/POL-01.html"), encoding: .utf8) }
        XCTAssertTrue(try page().contains("<td>Policy written</td>"))

        try repository.write(["policies/policy.md": policy.replacingOccurrences(of: "Text.", with: "Text, revised.")])
        _ = try build.rebuild(["policies/policy.md"])
        XCTAssertTrue(try page().contains("Text, revised."))
        XCTAssertFalse(try page().contains("Policy revised"))

        try repository.git(["commit", "-q", "-a", "-m", "Policy revised"], date: "2026-11-05T10:00:00Z")
        _ = try build.rebuild([KnowledgeBaseWatcher.historyChanged])
        let committed = try page()
        XCTAssertTrue(committed.contains("<td>2026-11-05</td><td>Alice Example</td><td>Policy revised</td>"), committed)
    }
}
