import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The visible folders and files below a knowledge-base root, by path relative to it.
///
/// Hidden names (`.git`, editors' swap files) are skipped with everything below them, as the loader skips them.
struct FileTree {
    /// What tells one version of a file from the next without reading it.
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64

        init(_ info: stat) {
            (seconds, nanoseconds, size, inode) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int64(info.st_size), UInt64(info.st_ino))
        }
    }

    let root: String

    /// Every visible folder, `""` for the root itself, parents before children.
    func directories(under start: String = "") -> [String] {
        var found: [String] = []
        var queue = [start]
        while let rel = queue.popLast() {
            found.append(rel)
            for name in entries(rel) {
                let child = Self.join(rel, name)
                if stamp(child, directory: true) != nil { queue.append(child) }
            }
        }
        return found
    }

    /// Every visible regular file below `start`, with its stamp.
    func files(under start: String = "") -> [String: Stamp] {
        var found: [String: Stamp] = [:]
        for dir in directories(under: start) {
            for name in entries(dir) {
                let child = Self.join(dir, name)
                if let s = stamp(child, directory: false) { found[child] = s }
            }
        }
        return found
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir.isEmpty ? name : dir + "/" + name
    }

    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    private func entries(_ rel: String) -> [String] {
        let full = rel.isEmpty ? root : root + "/" + rel
        return ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).filter { !$0.hasPrefix(".") }
    }

    /// The stamp of a regular file at an absolute path, or nil when there is none.
    static func stamp(atPath path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Stamp(info)
    }

    /// The stamp of a folder or regular file of the wanted kind; symbolic links to folders are not walked into.
    private func stamp(_ rel: String, directory: Bool) -> Stamp? {
        var info = stat()
        let full = root + "/" + rel
        guard lstat(full, &info) == 0 else { return nil }
        var kind = info.st_mode & S_IFMT
        // A link to a file counts as the file it leads to, as the loader reads it.
        if kind == S_IFLNK && !directory {
            guard stat(full, &info) == 0 else { return nil }
            kind = info.st_mode & S_IFMT
        }
        guard kind == (directory ? S_IFDIR : S_IFREG) else { return nil }
        return Stamp(info)
    }
}
