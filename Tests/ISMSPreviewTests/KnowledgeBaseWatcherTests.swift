import Foundation
import GitFixtures
import ISMSLoader
import ISMSPreview
import XCTest

/// The watcher on a real folder: changed, new, removed and hidden files, with inotify and with polling.
final class KnowledgeBaseWatcherTests: XCTestCase {
    /// Collects every report until all `expected` paths have been seen (or a generous timeout passes).
    func watch(_ mode: KnowledgeBaseWatcher.Mode, expecting expected: Set<String>,
               prepare: (TestFolder) throws -> Void, change: (TestFolder) throws -> Void) throws -> Set<String> {
        let folder = try TestFolder(self)
        try prepare(folder)
        let seen = Locked(Set<String>())
        let complete = expectation(description: "saw \(expected.sorted())")
        let fulfilled = Locked(false)
        let watcher = KnowledgeBaseWatcher(root: folder.url, mode: mode) { changed in
            seen.update { $0.formUnion(changed) }
            if expected.isSubset(of: seen.value), !fulfilled.value {
                fulfilled.set(true)
                complete.fulfill()
            }
        }
        try watcher.start()
        defer { watcher.stop() }
        if case .polling = mode {
            XCTAssertTrue(watcher.isPolling)
        } else {
            XCTAssertFalse(watcher.isPolling)
        }
        try change(folder)
        wait(for: [complete], timeout: 10)
        return seen.value
    }

    func prepare(_ folder: TestFolder) throws {
        try folder.write("isms.yaml", "organisation: {name: A}\n")
        try folder.write("policies/a.md", "# A\n")
        try folder.write("policies/old.md", "# Old\n")
    }

    func change(_ folder: TestFolder) throws {
        try folder.write("policies/a.md", "# A, changed\n")
        try folder.write("risks/new.yaml", "- id: R-1\n")
        try folder.write("policies/.a.md.swp", "editor state")
        try folder.write(".git/index", "git state")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("policies/old.md"))
    }

    func testInotifyReportsChangedNewAndRemovedFiles() throws {
        let seen = try watch(.inotify, expecting: ["policies/a.md", "risks/new.yaml", "policies/old.md"], prepare: prepare, change: change)
        XCTAssertEqual(seen, ["policies/a.md", "risks/new.yaml", "policies/old.md"])
    }

    func testPollingReportsChangedNewAndRemovedFiles() throws {
        let seen = try watch(.polling(interval: 0.05), expecting: ["policies/a.md", "risks/new.yaml", "policies/old.md"],
                             prepare: prepare, change: change)
        XCTAssertEqual(seen, ["policies/a.md", "risks/new.yaml", "policies/old.md"])
    }

    /// A folder made after the start is watched too: a file written into it later is reported.
    func testInotifyWatchesNewFolders() throws {
        let seen = try watch(.inotify, expecting: ["audits/2026/later.yaml"], prepare: prepare) { folder in
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("audits/2026"), withIntermediateDirectories: true)
            Thread.sleep(forTimeInterval: 0.2)
            try folder.write("audits/2026/later.yaml", "id: AUD-1\n")
        }
        XCTAssertTrue(seen.contains("audits/2026/later.yaml"), "\(seen)")
    }

    /// A folder moved away stands for everything that was in it.
    func testInotifyReportsAFolderMovedAway() throws {
        let seen = try watch(.inotify, expecting: ["policies"], prepare: prepare) { folder in
            try FileManager.default.moveItem(at: folder.url.appendingPathComponent("policies"),
                                             to: folder.url.appendingPathComponent(".trash"))
        }
        XCTAssertEqual(seen, ["policies"])
    }

    func testAMissingFolderCannotBeWatched() throws {
        let folder = try TestFolder(self)
        let watcher = KnowledgeBaseWatcher(root: folder.url.appendingPathComponent("none")) { _ in }
        XCTAssertThrowsError(try watcher.start()) { error in
            XCTAssertEqual("\(error)", folder.path + "/none: no such folder")
        }
    }

    /// A commit, a checkout and the first commit of a new repository are each reported as a
    /// change of history and of nothing else; `git status`, which rewrites only the index, is not.
    func testCommitsAndCheckoutsAreChangesOfHistory() throws {
        for mode in [KnowledgeBaseWatcher.Mode.inotify, .polling(interval: 0.05)] {
            let repository = try ScratchRepository(self)
            try repository.git(["init", "-q"])
            try repository.write(["isms.yaml": "organisation: {name: A}\n", "policies/a.md": "# A\n"])
            try repository.git(["add", "-A"])
            let gitDirectory = try XCTUnwrap(GitHistory.gitDirectory(of: repository.root, environment: repository.environment))
            XCTAssertEqual(gitDirectory.lastPathComponent, ".git")
            let reports = Locked([Set<String>]())
            let watcher = KnowledgeBaseWatcher(root: repository.root, mode: mode, gitDirectory: gitDirectory) { changed in
                reports.update { $0.append(changed) }
            }
            try watcher.start()
            defer { watcher.stop() }
            func expectReport(_ what: String, after change: () throws -> Void) throws {
                let before = reports.value.count
                try change()
                let deadline = Date(timeIntervalSinceNow: 10)
                while reports.value.count == before, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
                XCTAssertEqual(reports.value.dropFirst(before).reduce(into: Set<String>()) { $0.formUnion($1) },
                               [KnowledgeBaseWatcher.historyChanged], "\(mode) \(what)")
                // Let the rest of git's writes, if any, be reported before the next step.
                Thread.sleep(forTimeInterval: 0.3)
            }
            try repository.git(["status", "--short"])
            Thread.sleep(forTimeInterval: 0.3)
            XCTAssertEqual(reports.value, [], "\(mode): git status")
            try expectReport("first commit") { try repository.git(["commit", "-q", "-m", "First"], date: "2026-11-01T10:00:00Z") }
            try expectReport("second commit") { try repository.git(["commit", "-q", "--allow-empty", "-m", "Second"], date: "2026-11-02T10:00:00Z") }
            try expectReport("checkout") { try repository.git(["checkout", "-q", "-b", "draft"]) }
        }
    }
}
