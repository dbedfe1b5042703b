import Foundation
import GitFixtures
import ISMSLoader
import ISMSModel
import XCTest

/// A knowledge base read from a git commit: exactly that commit's files, whatever the work
/// tree and the index hold, and errors rather than surprises for bad input.
final class GitSnapshotTests: XCTestCase {
    /// Bytes that are not text, with newlines and NULs, to check that contents are cut by size.
    let binary = Data([0x00, 0x0A, 0xFF, 0x0A, 0x0A, 0x00, 0x20, 0x62, 0x6C, 0x6F, 0x62, 0x0A])

    /// The files of `kb/` in v1, by path relative to `kb/`.
    var v1Files: [String: Data] {
        [
            "isms.yaml": Data("organisation: {name: Clinic}\n".utf8),
            "policies/policy.md": Data("# Policy\n\nOLD TEXT\n".utf8),
            "policies/access control.md": Data("# Access control\n".utf8),
            "規程/情報セキュリティ方針.md": Data("# 情報セキュリティ方針\n".utf8),
            "attachments/logo.bin": binary,
            "scripts/check.sh": Data("#!/bin/sh\n".utf8),
        ]
    }

    /// A repository with the knowledge base in `kb/`: v1 (tagged `v1` and, annotated,
    /// `audit-2025`) with a symlink, a submodule, a hidden file and a file outside `kb/`; v2
    /// changing the policy and adding a file; then an edited work tree and a staged file.
    func makeRepository() throws -> (ScratchRepository, v1: String, v2: String) {
        let repo = try ScratchRepository(self)
        try repo.git(["init", "-q"])
        try repo.write([
            "README.md": "Repository readme\n",
            "kb/.notes.md": "hidden\n",
            "kb/.github/workflow.yaml": "hidden: true\n",
        ])
        for (path, data) in v1Files {
            let url = repo.root.appendingPathComponent("kb/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.root.appendingPathComponent("kb/scripts/check.sh").path)
        // A link that would read a file outside the knowledge base.
        try FileManager.default.createSymbolicLink(atPath: repo.root.appendingPathComponent("kb/policies/outside.md").path,
                                                   withDestinationPath: "../../README.md")
        try repo.git(["add", "-A"])
        // A submodule entry, as `git submodule add` would leave in the tree.
        let readme = try repo.git(["hash-object", "-w", "README.md"])
        try repo.git(["update-index", "--add", "--cacheinfo", "160000,\(readme),kb/vendor"])
        // 23:30 in New York is already the next day in UTC: the committer's day must win.
        try repo.git(["commit", "-q", "-m", "Version 1"], date: "2025-03-01T23:30:00-05:00")
        let v1 = try repo.git(["rev-parse", "HEAD"])
        try repo.git(["tag", "v1"])
        try repo.git(["tag", "-a", "audit-2025", "-m", "Audit 2025"], date: "2025-03-05T10:00:00+00:00")
        let v2 = try repo.commit("Version 2", date: "2026-03-01T10:00:00+00:00", files: [
            "kb/policies/policy.md": "# Policy\n\nNEW TEXT\n",
            "kb/policies/new.md": "# New\n",
        ])
        try repo.write(["kb/policies/policy.md": "# Policy\n\nDIRTY TEXT\n", "kb/staged.md": "# Staged\n"])
        try repo.git(["add", "kb/staged.md"])
        return (repo, v1, v2)
    }

    func files(_ source: FileSource) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try source.list() { files[path] = try source.read(path) }
        return files
    }

    func testARevisionGivesExactlyItsFilesByHashTagAndExpression() throws {
        let (repo, v1, _) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        for revision in [v1, String(v1.prefix(10)), "v1", "audit-2025", "HEAD~1", "main^"] {
            let snapshot = try GitSnapshot.open(folder: kb, revision: revision, environment: repo.environment)
            XCTAssertEqual(snapshot.commit, v1, revision)
            XCTAssertEqual(try files(snapshot.source), v1Files, revision)
        }
    }

    /// A link or a submodule in the tree is not read, and is named as refused, as on disk.
    func testLinksAndSubmodulesAreRefusedByName() throws {
        let (repo, _, _) = try makeRepository()
        let snapshot = try GitSnapshot.open(folder: repo.root.appendingPathComponent("kb"), revision: "v1", environment: repo.environment)
        XCTAssertEqual(try snapshot.source.listing().refused, [
            RefusedFile(path: "policies/outside.md", reason: "symbolic link in git; links are not followed"),
            RefusedFile(path: "vendor", reason: "git submodule; submodules are not read"),
        ])
    }

    func testTheSnapshotDescribesItsCommit() throws {
        let (repo, v1, _) = try makeRepository()
        let snapshot = try GitSnapshot.open(folder: repo.root.appendingPathComponent("kb"), revision: "v1", environment: repo.environment)
        XCTAssertEqual(snapshot.commit, v1)
        XCTAssertEqual(snapshot.subject, "Version 1")
        XCTAssertEqual(snapshot.date, CalendarDate(iso: "2025-03-01"))
        // 2025-03-02T04:30:00Z.
        XCTAssertEqual(snapshot.timestamp, 1_740_889_800)
    }

    func testTheWorkTreeAndTheIndexAreLeftAsTheyWere() throws {
        let (repo, _, v2) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        let status = try repo.git(["status", "--porcelain"])
        let index = try repo.git(["ls-files", "--stage"])
        // The helper trims the output, so the first line's leading blank (unstaged) is gone.
        XCTAssertEqual(status, "M kb/policies/policy.md\nA  kb/staged.md")
        _ = try GitSnapshot.open(folder: kb, revision: "v1", environment: repo.environment)
        let head = try GitSnapshot.open(folder: kb, revision: "HEAD", environment: repo.environment)
        XCTAssertEqual(head.commit, v2)
        // The commit, not the work tree or the index: no dirty text, no staged file.
        XCTAssertEqual(try head.source.read("policies/policy.md"), Data("# Policy\n\nNEW TEXT\n".utf8))
        XCTAssertFalse(try head.source.list().contains("staged.md"))
        XCTAssertTrue(try head.source.list().contains("policies/new.md"))
        XCTAssertEqual(try String(contentsOf: kb.appendingPathComponent("policies/policy.md"), encoding: .utf8), "# Policy\n\nDIRTY TEXT\n")
        XCTAssertEqual(try repo.git(["status", "--porcelain"]), status)
        XCTAssertEqual(try repo.git(["ls-files", "--stage"]), index)
    }

    func testASubfolderAndTheWholeRepository() throws {
        let (repo, _, _) = try makeRepository()
        let policies = try GitSnapshot.open(folder: repo.root.appendingPathComponent("kb/policies"), revision: "v1", environment: repo.environment)
        XCTAssertEqual(try policies.source.list(), ["access control.md", "policy.md"])
        let whole = try GitSnapshot.open(folder: repo.root, revision: "v1", environment: repo.environment)
        XCTAssertEqual(try whole.source.list(), ["README.md"] + v1Files.keys.map { "kb/" + $0 }.sorted())
    }

    func testPathsThatLookLikePatternsMatchOnlyThemselves() throws {
        let repo = try ScratchRepository(self)
        try repo.git(["init", "-q"])
        _ = try repo.commit("Two folders", date: "2026-01-10T10:00:00+00:00", files: [
            "[kb]/isms.yaml": "organisation: {name: Brackets}\n",
            "k/isms.yaml": "organisation: {name: Matched by the pattern}\n",
        ])
        let snapshot = try GitSnapshot.open(folder: repo.root.appendingPathComponent("[kb]"), revision: "HEAD", environment: repo.environment)
        XCTAssertEqual(try files(snapshot.source), ["isms.yaml": Data("organisation: {name: Brackets}\n".utf8)])
    }

    func testManyFilesAreReadWhole() throws {
        let repo = try ScratchRepository(self)
        try repo.git(["init", "-q"])
        // 600 files of 1 KiB each, most of them different: far more than the 64 KiB a pipe holds.
        let files = Dictionary(uniqueKeysWithValues: (1...600).map { ("kb/records/r\($0).md", String(String(repeating: "\($0 % 500) ", count: 256).prefix(1024)) + "\n") })
        _ = try repo.commit("Many files", date: "2026-01-10T10:00:00+00:00", files: files)
        let snapshot = try GitSnapshot.open(folder: repo.root.appendingPathComponent("kb"), revision: "HEAD", environment: repo.environment)
        XCTAssertEqual(try self.files(snapshot.source), Dictionary(uniqueKeysWithValues: files.map { (String($0.key.dropFirst(3)), Data($0.value.utf8)) }))
    }

    func testBadRevisionsAreErrors() throws {
        let (repo, v1, _) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        func error(_ revision: String) -> GitSnapshotError? {
            do {
                _ = try GitSnapshot.open(folder: kb, revision: revision, environment: repo.environment)
                return nil
            } catch {
                return error as? GitSnapshotError
            }
        }
        XCTAssertEqual(error("no-such-tag"), .unknownRevision("no-such-tag"))
        // A blob and a tree are not commits.
        XCTAssertEqual(error("v1:kb/isms.yaml"), .unknownRevision("v1:kb/isms.yaml"))
        XCTAssertEqual(error("v1^{tree}"), .unknownRevision("v1^{tree}"))
        XCTAssertEqual(error("--output=x"), .invalidRevision("--output=x"))
        XCTAssertEqual(error("-h"), .invalidRevision("-h"))
        XCTAssertEqual(error(""), .invalidRevision(""))
        for place in [kb, repo.root, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: place.appendingPathComponent("x").path), place.path)
        }
        XCTAssertTrue(error("no-such-tag")?.description.contains("unknown revision 'no-such-tag'") ?? false)
        XCTAssertNil(error(v1))
    }

    func testAFolderAddedLaterIsNotInTheOldRevision() throws {
        let (repo, v1, _) = try makeRepository()
        _ = try repo.commit("Annex", date: "2026-04-01T10:00:00+00:00", files: ["kb/annex/a.md": "# A\n"])
        let annex = repo.root.appendingPathComponent("kb/annex")
        XCTAssertThrowsError(try GitSnapshot.open(folder: annex, revision: v1, environment: repo.environment)) { error in
            XCTAssertEqual(error as? GitSnapshotError, .folderNotInRevision(folder: annex.path, commit: v1))
        }
    }

    func testNoSnapshotOutsideGitOrWithoutGit() throws {
        let scratch = try ScratchRepository(self)
        try scratch.write(["kb/isms.yaml": "organisation: {name: Clinic}\n"])
        let kb = scratch.root.appendingPathComponent("kb")
        XCTAssertThrowsError(try GitSnapshot.open(folder: kb, revision: "HEAD", environment: scratch.environment)) { error in
            guard case .notAWorkTree(let folder, let reason)? = error as? GitSnapshotError else { return XCTFail("\(error)") }
            XCTAssertEqual(folder, kb.path)
            XCTAssertTrue(reason.contains("not a git repository"), reason)
        }
        let missing = scratch.root.appendingPathComponent("missing")
        XCTAssertThrowsError(try GitSnapshot.open(folder: missing, revision: "HEAD", environment: scratch.environment)) { error in
            XCTAssertEqual(error as? GitSnapshotError, .notAFolder(missing.path))
        }
        let (repo, _, _) = try makeRepository()
        XCTAssertThrowsError(try GitSnapshot.open(folder: repo.root.appendingPathComponent(".git"), revision: "HEAD", environment: repo.environment)) { error in
            guard case .notAWorkTree? = error as? GitSnapshotError else { return XCTFail("\(error)") }
        }
        var noGit = repo.environment
        noGit["PATH"] = repo.root.appendingPathComponent("no-such-bin").path
        XCTAssertThrowsError(try GitSnapshot.open(folder: repo.root.appendingPathComponent("kb"), revision: "HEAD", environment: noGit)) { error in
            XCTAssertEqual(error as? GitSnapshotError, .gitMissing)
        }
    }

    func testTheLoaderReadsTheKnowledgeBaseAndHistoryAsTheyWere() throws {
        let (repo, v1, v2) = try makeRepository()
        let kb = repo.root.appendingPathComponent("kb")
        let snapshot = try GitSnapshot.open(folder: kb, revision: "v1", environment: repo.environment)
        let old = try KnowledgeBaseLoader.load(snapshot: snapshot, folder: kb, environment: repo.environment).knowledgeBase
        let policy = try XCTUnwrap(old.documents.first { $0.path == "policies/policy.md" })
        XCTAssertTrue(policy.body.contains("OLD TEXT"), policy.body)
        XCTAssertEqual(old.documents.map(\.path).sorted(), ["policies/access control.md", "policies/policy.md", "規程/情報セキュリティ方針.md"])
        let history = try XCTUnwrap(old.history)
        XCTAssertEqual(history.keys.sorted(), ["policies/access control.md", "policies/policy.md", "規程/情報セキュリティ方針.md"])
        XCTAssertEqual(Set(history.values.flatMap { $0 }.map(\.commit)), [v1])

        // The checked-out history is still read as before, up to HEAD.
        let now = try XCTUnwrap(GitHistory.read(folder: kb, environment: repo.environment))
        XCTAssertEqual(now["policies/policy.md"]?.map(\.commit), [v2, v1])
        XCTAssertEqual(GitHistory.read(folder: kb, upTo: v2, environment: repo.environment), now)
        XCTAssertNil(GitHistory.read(folder: kb, upTo: "--output=x", environment: repo.environment))
        XCTAssertNil(GitHistory.read(folder: kb, upTo: "no-such-commit", environment: repo.environment))
    }
}
