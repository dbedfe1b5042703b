import Foundation
import ISMSModel

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

    public init(paths: [String], refused: [RefusedFile] = []) {
        self.paths = paths
        self.refused = refused
    }
}

/// A file with more bytes than a reader would take.
struct FileTooLarge: Error {
    var size: Int
}

/// Where a knowledge base's files come from: a folder on disk, or a dictionary in tests.
public struct FileSource: Sendable {
    /// Paths of all files, relative to the knowledge base root, with `/` separators, and the files refused.
    public var listing: @Sendable () throws -> FileListing
    /// The bytes of one file by relative path.
    public var read: @Sendable (String) throws -> Data
    /// The bytes of one file, or `FileTooLarge` when it has more than the number of bytes given;
    /// a folder on disk tells before reading.
    var readAtMost: @Sendable (String, Int) throws -> Data

    public init(list: @escaping @Sendable () throws -> [String], read: @escaping @Sendable (String) throws -> Data) {
        self.init(listing: { FileListing(paths: try list()) }, read: read)
    }

    public init(listing: @escaping @Sendable () throws -> FileListing, read: @escaping @Sendable (String) throws -> Data) {
        self.listing = listing
        self.read = read
        readAtMost = { path, limit in
            let data = try read(path)
            if data.count > limit { throw FileTooLarge(size: data.count) }
            return data
        }
    }

    /// Paths of all files that may be read.
    public func list() throws -> [String] { try listing().paths }

    /// The bytes of one file, or `FileTooLarge` when it has more than `limit` bytes.
    func read(_ path: String, atMost limit: Int) throws -> Data { try readAtMost(path, limit) }

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
        var source = FileSource(
            listing: { try listFiles(under: rootPath) },
            read: { rel in try readFile(atPath: rootPath + "/" + rel, atMost: nil) }
        )
        source.readAtMost = { rel, limit in try readFile(atPath: rootPath + "/" + rel, atMost: limit) }
        return source
    }

    /// The bytes of the regular file at `path`, with one `open`, `fstat`, `read` and `close`:
    /// system calls cost microseconds each on a virtual machine, and Foundation's reading made
    /// two more per file, and a URL. A file that is no longer a regular file is not read, as
    /// it could block; one larger than `limit` is refused before its bytes are read.
    static func readFile(atPath path: String, atMost limit: Int?) throws -> Data {
        let handle = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard handle >= 0 else { throw readError(errno) }
        defer { close(handle) }
        var info = stat()
        guard fstat(handle, &info) == 0 else { throw readError(errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw POSIXError(.EINVAL) }
        let size = Int(info.st_size)
        if let limit, size > limit { throw FileTooLarge(size: size) }
        return try Data.written(count: size) { buffer -> Int in
            var filled = 0
            // The size that `fstat` gave, or less when the file shrank meanwhile.
            while filled < size {
                let count = Foundation.read(handle, buffer.baseAddress! + filled, size - filled)
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw readError(errno) }
                if count == 0 { break }
                filled += count
            }
            return filled
        }
    }

    /// The error of a failed `open` or `read`, as Foundation's reading gave it for the common ones.
    private static func readError(_ code: Int32) -> Error {
        switch code {
        case ENOENT, ENOTDIR: return CocoaError(.fileReadNoSuchFile)
        case EACCES, EPERM: return CocoaError(.fileReadNoPermission)
        default: return POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// The files under `rootPath`, relative to it, and the entries refused. Hidden names are
    /// skipped with what is under them. Folders are read one at a time with `readdir`
    /// (FileManager's enumerator cost more than reading the files). Files and folders are told
    /// by the type `readdir` gives; only other entries get an `lstat`, and only symbolic links
    /// are resolved. Sizes are left to reading, which refuses a file too large on its `fstat`.
    static func listFiles(under rootPath: String) throws -> FileListing {
        guard let root = opendir(rootPath) else { throw CocoaError(.fileReadNoSuchFile) }
        closedir(root)
        var paths: [String] = []
        var refused: [RefusedFile] = []
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
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): paths.append(relative); continue
                case Int32(DT_DIR): folders.append(relative); continue
                default: break
                }
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG:
                    paths.append(relative)
                case S_IFDIR:
                    folders.append(relative)
                case S_IFLNK:
                    switch link(full, inside: rootPath) {
                    case .file:
                        paths.append(relative)
                    case .refused(let reason):
                        refused.append(RefusedFile(path: relative, reason: reason))
                    }
                default:
                    refused.append(RefusedFile(path: relative, reason: "not a regular file (\(kindName(info.st_mode)))"))
                }
            }
        }
        return FileListing(paths: paths, refused: refused)
    }

    private enum LinkTarget {
        case file
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
        case S_IFREG: return .file
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
