import Foundation

/// Changes found by comparing modification stamps of every file at a fixed interval.
struct PollingSource: ChangeSource {
    private let tree: FileTree
    private let interval: TimeInterval
    private var known: [String: FileTree.Stamp]
    /// `HEAD` and `logs/HEAD` of the git directory, when one is watched.
    private let gitFiles: [String]
    private var gitStamps: [FileTree.Stamp?]
    private var nextScan: Date

    /// Takes the first inventory of `root` (and of the git directory's `HEAD` and reflog) now.
    init(root: String, interval: TimeInterval, gitDirectory: String? = nil) {
        tree = FileTree(root: root)
        self.interval = interval
        known = tree.files()
        gitFiles = gitDirectory.map { [$0 + "/HEAD", $0 + "/logs/HEAD"] } ?? []
        gitStamps = gitFiles.map(FileTree.stamp(atPath:))
        nextScan = Date(timeIntervalSinceNow: interval)
    }

    mutating func wait(upTo timeout: TimeInterval?, wake: Int32) -> Set<String>? {
        let untilScan = max(0, nextScan.timeIntervalSinceNow)
        if waitReadable([wake], timeout: min(timeout ?? untilScan, untilScan)) != nil { return nil }
        guard nextScan.timeIntervalSinceNow <= 0 else { return [] }
        nextScan = Date(timeIntervalSinceNow: interval)
        let now = tree.files()
        var changed = Set<String>()
        for (path, stamp) in now where known[path] != stamp { changed.insert(path) }
        for path in known.keys where now[path] == nil { changed.insert(path) }
        known = now
        let git = gitFiles.map(FileTree.stamp(atPath:))
        if git != gitStamps { changed.insert(KnowledgeBaseWatcher.historyChanged) }
        gitStamps = git
        return changed
    }
}
