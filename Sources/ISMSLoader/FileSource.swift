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
            list: {
                let fm = FileManager.default
                guard let walker = fm.enumerator(atPath: rootPath) else { throw CocoaError(.fileReadNoSuchFile) }
                var paths: [String] = []
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
                    if info.st_mode & S_IFMT == S_IFLNK {
                        let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                        guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else {
                            walker.skipDescendants()
                            continue
                        }
                        var isDir: ObjCBool = false
                        if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                            paths.append(rel)
                        }
                    } else if info.st_mode & S_IFMT != S_IFDIR {
                        paths.append(rel)
                    }
                }
                return paths
            },
            read: { rel in try Data(contentsOf: URL(fileURLWithPath: rootPath + "/" + rel)) }
        )
    }
}
