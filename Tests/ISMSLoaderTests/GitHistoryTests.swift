import Foundation
import GitFixtures
import ISMSLoader
import ISMSModel
import XCTest

/// The history read from git: exact revisions per path, and nil where there is none.
final class GitHistoryTests: XCTestCase {
    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A knowledge base in `kb/` of a repository with a file outside it, names with spaces
    /// and in Japanese, a side branch, a merge and a branch called `grafted`; with the hashes
    /// of the commits that change `kb/`, oldest first.
    func makeRepository() throws -> (ScratchRepository, commits: [String]) {
        let repo = try ScratchRepository(self)
        try repo.git(["init", "-q"])
        // 23:30 in New York is already the next day in UTC: the author's day must win.
        let c1 = try repo.commit("Start the knowledge base", date: "2026-01-05T23:30:00-05:00", files: [
            "README.md": "Repository readme\n",
            "kb/isms.yaml": "organisation: {name: Clinic}\n",
            "kb/policies/basic-policy.md": "# Basic policy\n",
        ])
        // 01:00 in Tokyo is still the day before in UTC.
        let c2 = try repo.commit("Add access control and the Japanese policy", date: "2026-02-01T01:00:00+09:00", author: "Bob Example", files: [
            "kb/policies/access control.md": "# Access control\n",
            "kb/規程/情報セキュリティ方針.md": "# 情報セキュリティ方針\n",
        ])
        _ = try repo.commit("Touch only the readme", date: "2026-02-10T12:00:00+00:00", files: ["README.md": "Readme, edited\n"])
        let c3 = try repo.commit("方針を改訂", date: "2026-03-02T10:00:00+09:00", author: "山田 花子", files: [
            "kb/policies/basic-policy.md": "# Basic policy\n\nRevised.\n",
            "kb/規程/情報セキュリティ方針.md": "# 情報セキュリティ方針\n\n改訂。\n",
        ])
        try repo.git(["checkout", "-q", "-b", "side"])
        let c4 = try repo.commit("Tighten access control", date: "2026-03-10T09:00:00+01:00", author: "Chloé Example", files: [
            "kb/policies/access control.md": "# Access control\n\nTighter.\n",
        ])
        try repo.git(["checkout", "-q", "main"])
        let c5 = try repo.commit("Rename the organisation", date: "2026-03-12T09:00:00+00:00", files: [
            "kb/isms.yaml": "organisation: {name: Community Clinic}\n",
        ])
        try repo.git(["merge", "-q", "--no-ff", "-m", "Merge side", "side"], date: "2026-03-15T09:00:00+00:00")
        // A branch that bears the name git gives the cut-off commit of a shallow clone.
        try repo.git(["branch", "grafted", c3])
        return (repo, [c1, c2, c3, c4, c5])
    }

    func testRevisionsOfAKnowledgeBaseInASubfolder() throws {
        let (repo, c) = try makeRepository()
        let history = GitHistory.read(folder: repo.root.appendingPathComponent("kb"), environment: repo.environment)
        let start = Revision(commit: c[0], date: day("2026-01-05"), author: "Alice Example", subject: "Start the knowledge base")
        let add = Revision(commit: c[1], date: day("2026-02-01"), author: "Bob Example", subject: "Add access control and the Japanese policy")
        let revise = Revision(commit: c[2], date: day("2026-03-02"), author: "山田 花子", subject: "方針を改訂")
        let tighten = Revision(commit: c[3], date: day("2026-03-10"), author: "Chloé Example", subject: "Tighten access control")
        let rename = Revision(commit: c[4], date: day("2026-03-12"), author: "Alice Example", subject: "Rename the organisation")
        XCTAssertEqual(history, [
            "isms.yaml": [rename, start],
            "policies/basic-policy.md": [revise, start],
            "policies/access control.md": [tighten, add],
            "規程/情報セキュリティ方針.md": [revise, add],
        ])
        XCTAssertEqual(history?["policies/basic-policy.md"]?.first?.shortCommit, String(c[2].prefix(7)))
    }

    func testSettingsOfTheRepositoryDoNotChangeTheResult() throws {
        let (repo, _) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        let plain = GitHistory.read(folder: kb, environment: repo.environment)
        let settings = [
            ("log.showRoot", "false"), ("core.quotepath", "true"), ("log.date", "iso"), ("format.pretty", "oneline"),
            ("log.decorate", "full"), ("log.excludeDecoration", "*"), ("diff.renames", "copies"), ("log.follow", "true"),
            ("i18n.logOutputEncoding", "ISO-8859-1"), ("color.ui", "always"), ("log.abbrevCommit", "true"),
        ]
        for (key, value) in settings { try repo.git(["config", key, value]) }
        XCTAssertNotNil(plain)
        XCTAssertEqual(GitHistory.read(folder: kb, environment: repo.environment), plain)
    }

    func testGitDirFromAHookDoesNotShiftThePaths() throws {
        let (repo, _) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        var hook = repo.environment
        // What git exports to a hook in a linked worktree.
        hook["GIT_DIR"] = repo.root.appendingPathComponent(".git").path
        XCTAssertEqual(GitHistory.read(folder: kb, environment: hook), GitHistory.read(folder: kb, environment: repo.environment))
    }

    func testTheRepositoryRootAsKnowledgeBase() throws {
        let (repo, c) = try makeRepository()
        let history = try XCTUnwrap(GitHistory.read(folder: repo.root, environment: repo.environment))
        XCTAssertEqual(history["README.md"]?.map(\.subject), ["Touch only the readme", "Start the knowledge base"])
        XCTAssertEqual(history["kb/policies/basic-policy.md"]?.map(\.commit), [c[2], c[0]])
    }

    func testLoaderKeepsTheHistoryOfDocumentsOnly() throws {
        let (repo, c) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        // The loader reads with the process's own environment; the scratch repository is
        // found from the folder, so only the paths are checked here, not the tester's settings.
        let history = try XCTUnwrap(KnowledgeBaseLoader.load(directory: kb).knowledgeBase.history)
        XCTAssertEqual(history.keys.sorted(), ["policies/access control.md", "policies/basic-policy.md", "規程/情報セキュリティ方針.md"])
        XCTAssertEqual(history["policies/basic-policy.md"]?.map(\.commit), [c[2], c[0]])
    }

    func testAShallowCloneDoesNotCountItsCutOffCommitAsAChange() throws {
        let origin = try ScratchRepository(self)
        try origin.git(["init", "-q"])
        _ = try origin.commit("Two policies", date: "2026-01-10T10:00:00+00:00", files: ["a.md": "A\n", "b.md": "B\n"])
        let edit = try origin.commit("Edit a", date: "2026-02-10T10:00:00+00:00", files: ["a.md": "A2\n"])
        let clone = try origin.folder("clone")
        try origin.git(["clone", "-q", "--depth", "1", "--branch", "main", "file://" + origin.root.path, clone.path])
        XCTAssertEqual(GitHistory.read(folder: clone, environment: origin.environment), [:])
        try origin.git(["fetch", "-q", "--depth", "2"], in: "clone")
        // A setting that hides every decoration must not hide the cut-off either.
        try origin.git(["config", "log.excludeDecoration", "*"], in: "clone")
        XCTAssertEqual(GitHistory.read(folder: clone, environment: origin.environment),
                       ["a.md": [Revision(commit: edit, date: day("2026-02-10"), author: "Alice Example", subject: "Edit a")]])
    }

    func testOutputLargerThanAPipeBufferIsReadWhole() throws {
        let repo = try ScratchRepository(self)
        try repo.git(["init", "-q"])
        // 300 paths of over 300 bytes: more than the 64 KiB a pipe holds.
        let folder = String(repeating: "a-long-folder-name-", count: 10), file = String(repeating: "document-", count: 15)
        let names = (1...300).map { "records/\(folder)/\(file)\($0).md" }
        _ = try repo.commit("Many documents", date: "2026-01-10T10:00:00+00:00", files: Dictionary(uniqueKeysWithValues: names.map { ($0, "x\n") }))
        let history = try XCTUnwrap(GitHistory.read(folder: repo.root, environment: repo.environment))
        XCTAssertEqual(history.keys.sorted(), names.sorted())
    }

    func testAnUntrackedFolderHasAnEmptyHistory() throws {
        let repo = try ScratchRepository(self)
        try repo.git(["init", "-q"])
        _ = try repo.commit("Readme", date: "2026-01-10T10:00:00+00:00", files: ["README.md": "x\n"])
        try repo.write(["drafts/p.md": "# Draft\n"])
        XCTAssertEqual(GitHistory.read(folder: repo.root.appendingPathComponent("drafts"), environment: repo.environment), [:])
    }

    func testNoHistoryOutsideGit() throws {
        let scratch = try ScratchRepository(self)
        try scratch.write(["kb/policies/p.md": "# Policy\n"])
        XCTAssertNil(GitHistory.read(folder: scratch.root.appendingPathComponent("kb"), environment: scratch.environment))
        XCTAssertNil(GitHistory.read(folder: scratch.root.appendingPathComponent("missing"), environment: scratch.environment))
    }

    func testNoHistoryWithoutGit() throws {
        let (repo, _) = try makeRepository()
        var env = repo.environment
        env["PATH"] = repo.root.appendingPathComponent("no-such-bin").path
        XCTAssertNil(GitHistory.read(folder: repo.root.appendingPathComponent("kb"), environment: env))
    }
}
