import Foundation
import ISMSLoader
import ISMSModel
import XCTest

/// A load through a cache parses only new and changed files and gives what a fresh load gives.
final class LoadCacheTests: XCTestCase {
    static let original: [String: String] = [
        "isms.yaml": "organisation: {name: Clinic}\n",
        "assets/a.yaml": "- {id: AST-1, name: Laptop, category: hardware, owner: P-1, C: 2, I: 2, A: 2}\n",
        "people/p.yaml": "- {id: P-1, name: Ann Example}\n",
        "policies/p.md": "---\nid: POL-1\ntitle: Policy\n---\n# Policy\n\nSee [the plan](plan.md).\n",
        "policies/plan.md": "---\nid: PLAN-1\n---\nText.\n",
    ]

    func testUnchangedFilesAreNotParsedAgain() throws {
        var cache = LoadCache()
        let first = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        XCTAssertEqual(cache.count, 5)
        XCTAssertEqual(cache.parsedInLastLoad, 5)
        let second = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        XCTAssertEqual(cache.parsedInLastLoad, 0)
        XCTAssertEqual(second, first)
        XCTAssertEqual(second, try KnowledgeBaseLoader.load(.memory(Self.original)))
    }

    func testAfterAnEditTheCachedLoadEqualsAFreshLoad() throws {
        var cache = LoadCache()
        _ = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        var edited = Self.original
        edited["assets/a.yaml"] = "- {id: AST-1, name: Laptop, category: hardwear, owner: P-1, C: 2, I: 2, A: 2}\n- {id: AST-2}\n"
        let cached = try KnowledgeBaseLoader.load(.memory(edited), cache: &cache)
        XCTAssertEqual(cache.parsedInLastLoad, 1)
        let fresh = try KnowledgeBaseLoader.load(.memory(edited))
        XCTAssertEqual(cached, fresh)
        XCTAssertEqual(cached.knowledgeBase.assets.map(\.id), ["AST-1", "AST-2"])
        XCTAssertEqual(cached.diagnostics.filter { $0.location.file == "assets/a.yaml" }.map { "\($0.location): \($0.code)" }, [
            "assets/a.yaml:1:39: invalid-value",
            "assets/a.yaml:2:3: missing-field",
            "assets/a.yaml:2:3: missing-field",
            "assets/a.yaml:2:3: missing-field",
            "assets/a.yaml:2:3: missing-field",
            "assets/a.yaml:2:3: missing-field",
            "assets/a.yaml:2:3: missing-field",
        ])
    }

    /// With the watcher's list of changed files, the others are taken from the cache unread.
    func testFilesOutsideTheChangedListAreNotRead() throws {
        var cache = LoadCache()
        _ = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        var edited = Self.original
        edited["policies/plan.md"] = "---\nid: PLAN-1\ntitle: Plan\n---\nText.\n"
        let reads = ReadLog()
        let memory = FileSource.memory(edited)
        let watched = FileSource(list: memory.list, read: { path in reads.add(path); return try memory.read(path) })
        let cached = try KnowledgeBaseLoader.load(watched, cache: &cache, changed: ["policies/plan.md"])
        XCTAssertEqual(reads.paths, ["policies/plan.md"])
        XCTAssertEqual(cache.parsedInLastLoad, 1)
        XCTAssertEqual(cached, try KnowledgeBaseLoader.load(.memory(edited)))
    }

    func testAddedAndRemovedFiles() throws {
        var cache = LoadCache()
        _ = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        var changed = Self.original
        changed["policies/plan.md"] = nil
        changed["roles/r.yaml"] = "- {id: ROLE-1, name: Officer}\n"
        let cached = try KnowledgeBaseLoader.load(.memory(changed), cache: &cache)
        XCTAssertEqual(cache.parsedInLastLoad, 1)
        XCTAssertEqual(cache.count, 5)
        XCTAssertEqual(cached, try KnowledgeBaseLoader.load(.memory(changed)))
        XCTAssertEqual(cached.knowledgeBase.documents.map(\.id), ["POL-1"])
        XCTAssertEqual(cached.knowledgeBase.roles.map(\.id), ["ROLE-1"])
    }

    /// Files that cannot be read are reported and not cached, so the next load reads them again.
    func testUnreadableFilesAreNotCached() throws {
        var cache = LoadCache()
        _ = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        let failing = FileSource(list: { Array(Self.original.keys) }, read: { _ in throw CocoaError(.fileReadNoPermission) })
        let failed = try KnowledgeBaseLoader.load(failing, cache: &cache)
        XCTAssertEqual(Set(failed.diagnostics.map(\.code)), ["unreadable-file"])
        XCTAssertEqual(cache.count, 0)
        _ = try KnowledgeBaseLoader.load(.memory(Self.original), cache: &cache)
        XCTAssertEqual(cache.parsedInLastLoad, 5)
    }
}

/// The paths a file source was asked for, from any thread.
private final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [String] = []

    func add(_ path: String) {
        lock.lock()
        read.append(path)
        lock.unlock()
    }

    var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return read.sorted()
    }
}
