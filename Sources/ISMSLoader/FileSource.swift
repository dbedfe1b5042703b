import Foundation

/// Where a knowledge base's files come from: a folder on disk, or a dictionary in tests.
public struct FileSource: Sendable {
    /// Paths of all files, relative to the knowledge base root, with `/` separators.
    public var list: @Sendable () throws -> [String]
    /// The bytes of one file by relative path.
    public var read: @Sendable (String) throws -> Data

    public init(list: @escaping @Sendable () throws -> [String], read: @escaping @Sendable (String) throws -> Data) {
        self.list = list
        self.read = read
    }

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
    static func contents(_ files: [String: Data]) -> FileSource {
        FileSource(
            list: { files.keys.sorted() },
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return data
            }
        )
    }

    /// A folder on disk. Symbolic links that lead outside the folder are skipped, so
    /// nothing outside the knowledge base is ever read.
    public static func directory(_ root: URL) -> FileSource {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        return FileSource(
            list: { try listFiles(under: rootPath) },
            read: { rel in try Data(contentsOf: URL(fileURLWithPath: rootPath + "/" + rel)) }
        )
    }

    /// Paths of the files under `rootPath`, relative to it. Hidden names are skipped with
    /// what is under them; directories are walked but links to directories are not followed;
    /// a link to a file counts when it resolves inside the root. The entry types come from
    /// `readdir`, so most entries cost no system call (FileManager's enumerator took one or more each).
    static func listFiles(under rootPath: String) throws -> [String] {
        guard let root = opendir(rootPath) else { throw CocoaError(.fileReadNoSuchFile) }
        closedir(root)
        var paths: [String] = []
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
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(full, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = Int32(DT_DIR)
                    case S_IFLNK: type = Int32(DT_LNK)
                    default: type = Int32(DT_REG)
                    }
                }
                switch type {
                case Int32(DT_DIR):
                    folders.append(relative)
                case Int32(DT_LNK):
                    let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                    guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else { continue }
                    var isDir: ObjCBool = false
                    if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                        paths.append(relative)
                    }
                default:
                    paths.append(relative)
                }
            }
        }
        return paths
    }
}
