import Foundation
import ISMSModel

/// A knowledge-base folder as it was in one commit, read from git's objects: the work tree
/// and the index are neither read nor touched.
public struct GitSnapshot: Sendable {
    /// The full hash of the commit.
    public var commit: String
    /// The committer date as a day in the committer's own time zone.
    public var date: CalendarDate
    /// The committer date in seconds since 1970, for build times that do not change between runs.
    public var timestamp: Int
    /// The first line of the commit message.
    public var subject: String
    /// The folder's files in the commit, by path relative to the folder.
    public var source: FileSource

    public init(commit: String, date: CalendarDate, timestamp: Int, subject: String, source: FileSource) {
        self.commit = commit
        self.date = date
        self.timestamp = timestamp
        self.subject = subject
        self.source = source
    }

    /// The knowledge base in `folder` (which may be a subfolder of the repository) as it was at
    /// `revision` (a hash, tag, branch or an expression such as `HEAD~1`).
    public static func open(folder: URL, revision: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GitSnapshot {
        // Git would take a leading dash for an option, and some options write files
        // (`--output=x`); a NUL cannot be passed in an argument at all.
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains("\0") else {
            throw GitSnapshotError.invalidRevision(revision)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw GitSnapshotError.notAFolder(folder.path)
        }
        guard let git = GitCommand(folder: folder.path, environment: environment) else { throw GitSnapshotError.gitMissing }
        let prefix = try self.prefix(git)
        let commit = try resolve(revision, git)
        let about = try describe(commit, git)
        return GitSnapshot(commit: commit, date: about.date, timestamp: about.timestamp, subject: about.subject,
                           source: try files(commit, prefix: prefix, git))
    }

    /// The folder's path from the top of the work tree, with a trailing slash ("" at the top).
    static func prefix(_ git: GitCommand) throws -> Data {
        let place = try git.run("rev-parse", ["--is-inside-work-tree", "--show-prefix"])
        guard place.succeeded else { throw GitSnapshotError.notAWorkTree(folder: git.folder, reason: place.message) }
        // "true\n<prefix>\n"; the prefix is taken whole, as a folder name may hold a newline.
        let head = Data("true\n".utf8)
        guard place.output.starts(with: head), place.output.last == 0x0A else {
            throw GitSnapshotError.notAWorkTree(folder: git.folder, reason: "the folder is inside the repository's .git folder")
        }
        return Data(place.output.dropFirst(head.count).dropLast())
    }

    /// The full hash of the commit `revision` names; a tag is followed to its commit.
    static func resolve(_ revision: String, _ git: GitCommand) throws -> String {
        // --end-of-options as well as the dash check: the revision is the user's text.
        let resolved = try git.run("rev-parse", ["--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        let hash = String(decoding: resolved.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard resolved.succeeded, !hash.isEmpty, hash.allSatisfy(\.isHexDigit) else { throw GitSnapshotError.unknownRevision(revision) }
        return hash
    }

    /// The commit's day, time and subject.
    static func describe(_ commit: String, _ git: GitCommand) throws -> (date: CalendarDate, timestamp: Int, subject: String) {
        let log = try git.run("log", [
            "-1", "--no-color",
            // Subjects in UTF-8 whatever i18n.logOutputEncoding says.
            "--encoding=UTF-8",
            // The committer's day in the committer's own time zone.
            "--date=short",
            // The subject last so that whatever it holds cannot shift the other fields.
            "--format=%H%x1f%cd%x1f%ct%x1f%s",
            "--end-of-options", commit, "--",
        ], settings: [
            // Signature checks would print lines of their own into the output.
            "log.showSignature=false",
        ])
        guard log.succeeded else { throw GitSnapshotError.gitFailed(command: "log", reason: log.message) }
        var text = String(decoding: log.output, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        let fields = text.split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, fields[0] == commit, let date = CalendarDate(iso: fields[1]), let timestamp = Int(fields[2]) else {
            throw GitSnapshotError.gitFailed(command: "log", reason: "unexpected output '\(text)'")
        }
        return (date, timestamp, fields[3])
    }

    /// The contents of the regular, not hidden files under `prefix` in the commit, by path
    /// relative to the prefix, and the entries refused (links, submodules); two git processes
    /// however many files there are.
    static func files(_ commit: String, prefix: Data, _ git: GitCommand) throws -> FileSource {
        // One listing of the whole subtree; --full-tree so that the paths and the pathspec are
        // taken from the top of the repository, not from the folder git runs in.
        let pathspec = prefix.isEmpty ? [] : ["--", String(decoding: prefix, as: UTF8.self)]
        let listing = try git.run("ls-tree", ["-r", "-z", "--full-tree", commit] + pathspec)
        guard listing.succeeded else { throw GitSnapshotError.gitFailed(command: "ls-tree", reason: listing.message) }
        guard let entries = GitTreeEntry.parse(listing.output) else {
            throw GitSnapshotError.gitFailed(command: "ls-tree", reason: "output not understood")
        }
        guard !entries.isEmpty else {
            throw GitSnapshotError.folderNotInRevision(folder: git.folder, commit: commit)
        }
        var objects: [String: String] = [:]
        var refused: [RefusedFile] = []
        for entry in entries where entry.path.starts(with: prefix) {
            let path = String(decoding: entry.path.dropFirst(prefix.count), as: UTF8.self)
            // Hidden files are left out as on disk (FileSource.directory): .git*, editor files.
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            guard entry.isRegularFile else {
                // A link's target could lie outside the knowledge base; said so, as on disk.
                let what = entry.mode == "120000" ? "symbolic link in git; links are not followed" : "git submodule; submodules are not read"
                refused.append(RefusedFile(path: path, reason: what))
                continue
            }
            objects[path] = entry.object
        }
        // Files with the same content are one object, read once.
        let unique = Array(Set(objects.values)).sorted()
        let batch = try git.run("cat-file", ["--batch"], input: GitBlobBatch.input(unique))
        guard batch.succeeded else { throw GitSnapshotError.gitFailed(command: "cat-file", reason: batch.message) }
        let contents = try GitBlobBatch.parse(batch.output, objects: unique)
        return .contents(objects.compactMapValues { contents[$0] }, refused: refused)
    }
}
