#if canImport(Glibc)
import Foundation
import Glibc

/// Changes as Linux reports them: a watch on every visible folder, added as folders appear.
final class InotifySource: ChangeSource {
    private let fd: Int32
    private let tree: FileTree
    /// Watch descriptor → folder relative to the root (`""` for the root).
    private var folders: [Int32: String] = [:]
    /// The git directory, whose `HEAD` and `logs/HEAD` mark a change of history.
    private let gitDirectory: String?
    /// Watch descriptor → `""` for the git directory, `"logs"` for its reflog folder.
    private var gitFolders: [Int32: String] = [:]
    static let gitMask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO)

    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        | UInt32(IN_ONLYDIR)

    /// Watches every visible folder below `root`; fails when inotify is missing or out of watches.
    init(root: String, gitDirectory: String? = nil) throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw KnowledgeBaseWatcher.Failure(description: "inotify: \(String(cString: strerror(errno)))") }
        tree = FileTree(root: root)
        self.gitDirectory = gitDirectory
        for folder in tree.directories() where !watch(folder) {
            let reason = String(cString: strerror(errno))
            closeDescriptor(fd)
            throw KnowledgeBaseWatcher.Failure(description: "inotify: \(Self.join(root, folder)): \(reason)")
        }
        // The history is a help, not the point: a git directory that cannot be watched is left out.
        for place in ["", "logs"] { watchGit(place) }
    }

    deinit { closeDescriptor(fd) }

    func wait(upTo timeout: TimeInterval?, wake: Int32) -> Set<String>? {
        guard let ready = waitReadable([wake, fd], timeout: timeout) else { return [] }
        if ready[0] { return nil }
        return readEvents()
    }

    /// Drains the queue and turns its events into changed paths.
    private func readEvents() -> Set<String> {
        var changed = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self), into: &changed)
                offset += 16 + length
            }
        }
        return changed
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into changed: inout Set<String>) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: report every file, and watch folders that may have been missed.
            for folder in tree.directories() { _ = watch(folder) }
            changed.formUnion(tree.files().keys)
            if gitDirectory != nil { changed.insert(KnowledgeBaseWatcher.historyChanged) }
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            gitFolders[wd] = nil
            return
        }
        if let place = gitFolders[wd] {
            // `HEAD` moves on a checkout; `logs/HEAD` grows on a commit, a reset, a merge. The
            // reflog's folder appears with the first commit, and is watched from then on.
            if place == "", name == "logs", mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchGit("logs") }
            if name == "HEAD" || (place == "" && name == "logs") { changed.insert(KnowledgeBaseWatcher.historyChanged) }
            return
        }
        guard let folder = folders[wd], !name.isEmpty, !name.hasPrefix(".") else { return }
        let path = FileTree.join(folder, name)
        guard mask & UInt32(IN_ISDIR) != 0 else {
            changed.insert(path)
            return
        }
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            // Files may have landed in the new folder before its watch existed, so they count as changed.
            for sub in tree.directories(under: path) { _ = watch(sub) }
            changed.formUnion(tree.files(under: path).keys)
        } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
            // The folder's files are gone from here: the folder's path stands for all of them.
            for (descriptor, watched) in folders where watched == path || watched.hasPrefix(path + "/") {
                inotify_rm_watch(fd, descriptor)
                folders[descriptor] = nil
            }
            changed.insert(path)
        }
    }

    private func watch(_ folder: String) -> Bool {
        let wd = inotify_add_watch(fd, Self.join(tree.root, folder), Self.mask)
        guard wd >= 0 else { return false }
        folders[wd] = folder
        return true
    }

    private func watchGit(_ place: String) {
        guard let gitDirectory else { return }
        let wd = inotify_add_watch(fd, Self.join(gitDirectory, place), Self.gitMask | UInt32(IN_ONLYDIR))
        if wd >= 0 { gitFolders[wd] = place }
    }

    private static func join(_ root: String, _ folder: String) -> String {
        folder.isEmpty ? root : root + "/" + folder
    }
}
#endif
