import Foundation

/// A file of a knowledge base that is not read, and why: a symbolic link leading outside the
/// knowledge base or nowhere, or something that is not a regular file (a named pipe would block).
public struct RefusedFile: Hashable, Sendable {
    /// Path relative to the knowledge base root.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// The files of a knowledge base, and those left out on purpose.
public struct FileListing: Hashable, Sendable {
    public var paths: [String]
    public var refused: [RefusedFile]
    /// Sizes in bytes where the listing knows them without reading (a folder on disk does).
    public var sizes: [String: Int]

    public init(paths: [String], refused: [RefusedFile] = [], sizes: [String: Int] = [:]) {
        self.paths = paths
        self.refused = refused
        self.sizes = sizes
    }
}

/// Where a knowledge base's files come from: a folder on disk, or a dictionary in tests.
public struct FileSource: Sendable {
    /// Paths of all files, relative to the knowledge base root, with `/` separators, and the files refused.
    public var listing: @Sendable () throws -> FileListing
    /// The bytes of one file by relative path.
    public var read: @Sendable (String) throws -> Data

    public init(list: @escaping @Sendable () throws -> [String], read: @escaping @Sendable (String) throws -> Data) {
        self.listing = { FileListing(paths: try list()) }
        self.read = read
    }

    public init(listing: @escaping @Sendable () throws -> FileListing, read: @escaping @Sendable (String) throws -> Data) {
        self.listing = listing
        self.read = read
    }

    /// Paths of all files that may be read.
    public func list() throws -> [String] { try listing().paths }

    /// Files kept in memory, for tests.
    public static func memory(_ files: [String: String]) -> FileSource {
        FileSource(
            list: { Array(files.keys) },
            read: { path in
                guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return Data(text.utf8)
            }
        )
    }

    /// Files already read into memory, such as those of a git commit.
    static func contents(_ files: [String: Data], refused: [RefusedFile] = []) -> FileSource {
        FileSource(
            listing: { FileListing(paths: files.keys.sorted(), refused: refused) },
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return data
            }
        )
    }

    /// A folder on disk. Only regular files are read, and symbolic links only when they lead to
    /// one inside the folder; any other entry is refused, so nothing outside the knowledge base is
    /// ever read and nothing blocks. Links to folders are refused too: following them could loop.
    public static func directory(_ root: URL) -> FileSource {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        return FileSource(
            listing: {
                let fm = FileManager.default
                guard let walker = fm.enumerator(atPath: rootPath) else { throw CocoaError(.fileReadNoSuchFile) }
                var paths: [String] = []
                var refused: [RefusedFile] = []
                var sizes: [String: Int] = [:]
                while let rel = walker.nextObject() as? String {
                    let full = rootPath + "/" + rel
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        walker.skipDescendants()
                        continue
                    }
                    // One lstat per entry: only a symbolic link can lead outside the folder, so only
                    // links are resolved (resolving every path cost more than reading the files).
                    var info = stat()
                    guard lstat(full, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFREG:
                        paths.append(rel)
                        sizes[rel] = Int(info.st_size)
                    case S_IFDIR: continue
                    case S_IFLNK:
                        switch link(full, inside: rootPath) {
                        case .file(let size):
                            paths.append(rel)
                            sizes[rel] = size
                        case .refused(let reason):
                            walker.skipDescendants()
                            refused.append(RefusedFile(path: rel, reason: reason))
                        }
                    default:
                        refused.append(RefusedFile(path: rel, reason: "not a regular file (\(kindName(info.st_mode)))"))
                    }
                }
                return FileListing(paths: paths, refused: refused, sizes: sizes)
            },
            read: { rel in try Data(contentsOf: URL(fileURLWithPath: rootPath + "/" + rel)) }
        )
    }

    private enum LinkTarget {
        case file(size: Int)
        case refused(String)
    }

    /// Where the symbolic link at `path` leads, judged against the knowledge base at `rootPath`.
    private static func link(_ path: String, inside rootPath: String) -> LinkTarget {
        let written = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        guard let resolved = realpath(path, nil) else {
            return .refused(errno == ELOOP ? "symbolic link loop" : "symbolic link to '\(written)', which does not exist")
        }
        let target = String(cString: resolved)
        free(resolved)
        guard target == rootPath || target.hasPrefix(rootPath + "/") else {
            return .refused("symbolic link to '\(written)', outside the knowledge base")
        }
        var info = stat()
        guard stat(target, &info) == 0 else { return .refused("symbolic link to '\(written)', which cannot be read") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(info.st_size))
        // Its files are read where they really are, or not at all when that is hidden.
        case S_IFDIR: return .refused("symbolic link to the folder '\(written)'; links to folders are not followed")
        default: return .refused("symbolic link to '\(written)', which is not a regular file (\(kindName(info.st_mode)))")
        }
    }

    private static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a named pipe"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a file"
        }
    }
}
