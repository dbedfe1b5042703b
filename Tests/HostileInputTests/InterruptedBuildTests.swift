import Foundation
import ISMSSite
import XCTest

/// `isms build` killed with SIGKILL at points spread over a build: the output folder always
/// holds one whole site (the previous one, or the new one once swapped in), byte for byte, the
/// knowledge base is never touched, and the next build clears what the killed one left.
final class InterruptedBuildTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("isms-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    var binary: URL {
        // The test bundle and the executable are built into the same products folder.
        var url = Bundle(for: Self.self).bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("isms").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("isms")
    }

    func startBuild(into output: String) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["build", "kb", "--as-of", "2026-11-22", "--output", output]
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every file under `folder`, hidden ones included, by relative path.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    /// Writes `files` as the whole of `folder`.
    static func restore(_ files: [String: Data], to folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for (path, data) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    func testAKilledBuildLeavesAWholeSiteAndTheKnowledgeBaseAsTheyWere() throws {
        let kb = root.appendingPathComponent("kb"), output = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: HostileKnowledgeBase.repository.appendingPathComponent("content"), to: kb)
        // The previous site, of the knowledge base before an edit.
        let first = try startBuild(into: "site")
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        let previous = Self.snapshot(output)
        XCTAssertNotNil(previous[".isms-output"])

        // The edit, and the site it makes, built elsewhere to know it and how long a build takes.
        let policy = kb.appendingPathComponent("policies/basic-information-security-policy.md")
        try Data((try String(contentsOf: policy, encoding: .utf8) + "\nOne more sentence.\n").utf8).write(to: policy)
        try Data("---\nid: NEW-01\ntitle: New\n---\n# New\n".utf8).write(to: kb.appendingPathComponent("policies/new.md"))
        let started = Date()
        let reference = try startBuild(into: "reference")
        reference.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        let next = Self.snapshot(root.appendingPathComponent("reference"))
        XCTAssertNotEqual(previous, next)
        let knowledgeBase = Self.snapshot(kb)

        // Points from the start to a little past the end, in an order fixed by the seed.
        var random = SeededRandom(seed: 7)
        var outcomes: [String] = []
        for run in 0..<8 {
            let delay = duration * 1.1 * Double(random.next() % 1000) / 1000
            let build = try startBuild(into: "site")
            usleep(useconds_t(delay * 1_000_000))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            let now = Self.snapshot(output)
            let outcome = now == previous ? "previous" : now == next ? "next" : "broken"
            outcomes.append(outcome)
            XCTAssertNotEqual(outcome, "broken", "run \(run) killed after \(delay) s: \(now.count) files")
            XCTAssertEqual(Self.snapshot(kb), knowledgeBase, "run \(run) changed the knowledge base")
            // Start the next run from the previous site again.
            if outcome == "next" { try Self.restore(previous, to: output) }
        }
        print("killed builds left: \(outcomes)")

        // A build after all that succeeds, and clears what the killed ones left beside the output.
        let last = try startBuild(into: "site")
        last.waitUntilExit()
        XCTAssertEqual(last.terminationStatus, 0)
        XCTAssertEqual(Self.snapshot(output), next)
        let beside = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") }
        XCTAssertEqual(beside, [])
        XCTAssertEqual(Self.snapshot(kb), knowledgeBase)
    }

    /// What a build killed between the two renames of a system without an atomic exchange would
    /// leave: no output, the previous site beside it, and a staging folder. The next build puts the
    /// previous site back before anything else, so even when it then fails, the site is there.
    func testAPreviousSiteLeftBesideAMissingOutputIsPutBackEvenIfTheNextBuildFails() throws {
        let kb = root.appendingPathComponent("kb"), output = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: HostileKnowledgeBase.repository.appendingPathComponent("content"), to: kb)
        let first = try startBuild(into: "site")
        first.waitUntilExit()
        let previous = Self.snapshot(output)
        // Process ids no process has (above Linux's pid_max).
        try FileManager.default.moveItem(at: output, to: root.appendingPathComponent(".site.isms-previous-2147483000"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".site.isms-staging-2147483001/documents"), withIntermediateDirectories: true)
        struct Failure: Error {}
        XCTAssertThrowsError(try SiteWriter.write(to: output, knowledgeBase: kb) { sink in
            try sink("index.html", Data("half".utf8))
            throw Failure()
        })
        XCTAssertEqual(Self.snapshot(output), previous)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") }, [])
    }

    /// A folder named like a leftover but belonging to a process that still runs is left alone.
    func testTheStagingFolderOfARunningBuildIsLeftAlone() throws {
        let kb = root.appendingPathComponent("kb"), output = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: kb, withIntermediateDirectories: true)
        // Process 1 (init) always runs.
        let running = root.appendingPathComponent(".site.isms-staging-1")
        try FileManager.default.createDirectory(at: running, withIntermediateDirectories: true)
        try SiteWriter.write(["index.html": Data("site".utf8)], to: output, knowledgeBase: kb)
        XCTAssertTrue(FileManager.default.fileExists(atPath: running.path))
        XCTAssertEqual(Self.snapshot(output)["index.html"], Data("site".utf8))
    }
}

/// SplitMix64: the same numbers for the same seed on every machine.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
