import Foundation
// A build of every target with the static standard library has no XCTest; only tests use this.
#if canImport(XCTest)
import XCTest
#endif

/// A git repository in a temporary folder whose commits have fixed authors and dates,
/// so that tests can expect exact histories.
public struct ScratchRepository {
    public let root: URL

    /// Git with no system or user configuration, so the tester's own settings cannot leak in.
    public var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") { env[key] = nil }
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["HOME"] = root.path
        // Discovery must not climb out of the scratch folder into a repository around it.
        env["GIT_CEILING_DIRECTORIES"] = root.deletingLastPathComponent().path
        env["LC_ALL"] = "C"
        return env
    }

    #if canImport(XCTest)
    /// A new empty folder, removed when the test ends.
    public init(_ test: XCTestCase) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("isms-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let root = root
        test.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
    }
    #endif

    /// A folder inside the scratch folder, for paths that are not a repository.
    public func folder(_ path: String) throws -> URL {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes files (path relative to `root` → text), making their folders.
    public func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Runs git in `root` (or `folder` under it) and returns its trimmed output; fails the test on a non-zero exit.
    @discardableResult
    public func git(_ arguments: [String], in folder: String = ".", date: String? = nil, author: String = "Alice Example") throws -> String {
        var env = environment
        if let date {
            env["GIT_AUTHOR_DATE"] = date
            env["GIT_COMMITTER_DATE"] = date
        }
        env["GIT_AUTHOR_NAME"] = author
        env["GIT_AUTHOR_EMAIL"] = "author@example.org"
        env["GIT_COMMITTER_NAME"] = "Committer"
        env["GIT_COMMITTER_EMAIL"] = "committer@example.org"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.appendingPathComponent(folder).path,
                             "-c", "user.name=Committer", "-c", "user.email=committer@example.org",
                             "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")): \(String(decoding: e, as: UTF8.self))"])
        }
        return String(decoding: o, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes the files, commits everything with that author date and subject, and returns the commit hash.
    public func commit(_ subject: String, date: String, author: String = "Alice Example", files: [String: String]) throws -> String {
        try write(files)
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", subject], date: date, author: author)
        return try git(["rev-parse", "HEAD"])
    }
}
