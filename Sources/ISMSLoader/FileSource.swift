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
            listing: { try listFiles(under: rootPath) },
            read: { rel in try Data(contentsOf: URL(fileURLWithPath: rootPath + "/" + rel)) }
        )
    }

    /// The files under `rootPath`, relative to it, with their sizes, and the entries refused.
    /// Hidden names are skipped with what is under them. Folders are read one at a time with
    /// `readdir` (FileManager's enumerator cost more than reading the files); each entry gets
    /// one `lstat`, which also gives the size, and only symbolic links are resolved.
    static func listFiles(under rootPath: String) throws -> FileListing {
        guard let root = opendir(rootPath) else { throw CocoaError(.fileReadNoSuchFile) }
        closedir(root)
        var paths: [String] = []
        var refused: [RefusedFile] = []
        var sizes: [String: Int] = [:]
        // Folders still to read; each is opened only when its turn comes.
        var folders = [""]
        while let folder = folders.popLast() {
            guard let handle = opendir(folder.isEmpty ? rootPath : rootPath + "/" + folder) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name.hasPrefix(".") { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let full = rootPath + "/" + relative
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG:
                    paths.append(relative)
                    sizes[relative] = Int(info.st_size)
                case S_IFDIR:
                    folders.append(relative)
                case S_IFLNK:
                    switch link(full, inside: rootPath) {
                    case .file(let size):
                        paths.append(relative)
                        sizes[relative] = size
                    case .refused(let reason):
                        refused.append(RefusedFile(path: relative, reason: reason))
                    }
                default:
                    refused.append(RefusedFile(path: relative, reason: "not a regular file (\(kindName(info.st_mode)))"))
                }
            }
        }
        return FileListing(paths: paths, refused: refused, sizes: sizes)
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
