import Foundation

/// Writes a whole site at once: into a staging folder beside the target, then swapped in by
/// rename, so readers never see a half-written site and a failure leaves the old one intact.
public enum SiteWriter {
    /// Marks a folder as made by `isms build`, so that only such folders are ever replaced.
    public static let marker = ".isms-output"

    public enum Failure: Error, CustomStringConvertible {
        case notOurs(String)
        case insideKnowledgeBase(String)
        case io(String)

        public var description: String {
            switch self {
            case .notOurs(let path): return "\(path): refusing to replace a non-empty folder that isms did not write (--force replaces it)"
            case .insideKnowledgeBase(let path): return "\(path): the output folder must not contain or lie inside the knowledge base"
            case .io(let reason): return reason
            }
        }
    }

    /// Replaces `output` with `files`; `force` replaces a folder isms did not write (never the knowledge base).
    public static func write(_ files: [String: Data], to output: URL, knowledgeBase: URL, force: Bool = false) throws {
        try write(to: output, knowledgeBase: knowledgeBase, force: force) { sink in
            for (path, data) in files.sorted(by: { $0.key < $1.key }) { try sink(path, data) }
        }
    }

    /// Replaces `output` with the files `produce` hands to its sink, written into the staging
    /// folder as they come (from any thread); returns how many were written. An error thrown
    /// by `produce` leaves the old folder as it was and is passed on unchanged.
    @discardableResult
    public static func write(to output: URL, knowledgeBase: URL, force: Bool = false, _ produce: (SiteSink) throws -> Void) throws -> Int {
        let fm = FileManager.default
        let out = output.standardizedFileURL.resolvingSymlinksInPath()
        let kb = knowledgeBase.standardizedFileURL.resolvingSymlinksInPath()
        let outPath = out.path, kbPath = kb.path
        if outPath == kbPath || outPath.hasPrefix(kbPath + "/") || kbPath.hasPrefix(outPath + "/") {
            throw Failure.insideKnowledgeBase(output.path)
        }
        // First, so that a previous site put back is judged and its dot-files kept like any other.
        Leftovers.clear(beside: out)
        var keep: [String] = []
        if fm.fileExists(atPath: outPath) {
            let entries = (try? fm.contentsOfDirectory(atPath: outPath)) ?? []
            let visible = entries.filter { !$0.hasPrefix(".") }
            if !visible.isEmpty && !entries.contains(marker) && !force { throw Failure.notOurs(output.path) }
            // Dot-files such as a .gitkeep belong to the folder, not to the build.
            keep = entries.filter { $0.hasPrefix(".") && $0 != marker }
        }
        let parent = out.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(out.lastPathComponent).isms-staging-\(getpid())")
        let previous = parent.appendingPathComponent(".\(out.lastPathComponent).isms-previous-\(getpid())")
        try? fm.removeItem(at: staging)
        let folder: StagingFolder
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            folder = StagingFolder(staging)
        } catch {
            throw Failure.io("cannot write \(output.path): \((error as NSError).localizedDescription)")
        }
        do {
            try produce { path, data in try folder.write(path, data) }
        } catch let error as StagingFolder.WriteError {
            try? fm.removeItem(at: staging)
            throw Failure.io("cannot write \(output.path): \(error.reason)")
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        do {
            try Data("isms \(ISMSVersion.current)\n".utf8).write(to: staging.appendingPathComponent(marker))
            for name in keep { try fm.copyItem(at: out.appendingPathComponent(name), to: staging.appendingPathComponent(name)) }
            if FolderSwap.exchange(staging.path, outPath) {
                // The staging path now holds the old site.
                try? fm.removeItem(at: staging)
            } else if fm.fileExists(atPath: outPath) {
                // Two renames: killed between them, the old site waits at `previous` for the next build to put back.
                try fm.moveItem(at: out, to: previous)
                try fm.moveItem(at: staging, to: out)
                try? fm.removeItem(at: previous)
            } else {
                try fm.moveItem(at: staging, to: out)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure.io("cannot write \(output.path): \((error as NSError).localizedDescription)")
        }
        return folder.count
    }
}

extension SiteWriter {
    /// Writes the files `produce` hands to its sink into an output folder an earlier build
    /// made, each file replaced by rename so a reader never sees half of one, and deletes
    /// `removing`; a file whose bytes are those on disk already is left alone. Returns the
    /// paths that changed: written anew or removed. For the live preview, where rewriting a
    /// whole large site for one edit would take too long.
    @discardableResult
    public static func update(_ output: URL, removing: [String] = [], _ produce: (SiteSink) throws -> Void) throws -> Set<String> {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.appendingPathComponent(marker).path) else { throw Failure.notOurs(output.path) }
        let folder = StagingFolder(output, replacing: true)
        var changed: Set<String> = []
        do {
            try produce { path, data in try folder.write(path, data) }
            for path in removing {
                try folder.check(path)
                if (try? fm.removeItem(at: output.appendingPathComponent(path))) != nil { changed.insert(path) }
            }
        } catch let error as StagingFolder.WriteError {
            throw Failure.io("cannot write \(output.path): \(error.reason)")
        }
        return changed.union(folder.changed)
    }
}

/// The folder a build is written into before it replaces the output, or an output updated in
/// place; files arrive from several rendering threads at once.
private final class StagingFolder: @unchecked Sendable {
    struct WriteError: Error { var reason: String }

    let root: URL
    /// The root as a path, to which file paths are joined as text: building a URL per file
    /// was a few per cent of a large build.
    let rootPath: String
    private let lock = NSLock()
    /// Folders made so far, relative to the root; "" is the root itself.
    private var folders: Set<Substring> = [""]
    private var written = 0
    /// Paths whose bytes differ from the file they replaced (or that are new), when replacing.
    private var changedPaths: Set<String> = []

    /// Whether files may already exist: each is then written beside itself and renamed over the old one.
    let replacing: Bool

    init(_ root: URL, replacing: Bool = false) {
        self.root = root
        rootPath = root.path
        self.replacing = replacing
    }

    /// Refuses a path that is not plain and inside the folder.
    func check(_ path: String) throws {
        let parts = path.pathPieces(omittingEmpty: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw WriteError(reason: "refusing to write '\(path)', which is not a plain path inside the site")
        }
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return written
    }

    var changed: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return changedPaths
    }

    /// Writes a new file of the staging folder with plain POSIX calls (permissions as
    /// Foundation gives them: 0666 less the umask).
    static func create(_ fullPath: String, _ data: Data, named path: String) throws {
        let fd = open(fullPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(reason: "\(path): \(String(cString: strerror(errno)))") }
        do {
            try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < buffer.count {
                    let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw WriteError(reason: "\(path): \(String(cString: strerror(errno)))")
                    }
                    offset += n
                }
            }
        } catch {
            close(fd)
            throw error
        }
        // Some file systems report a failed write only when the file is closed.
        guard close(fd) == 0 else { throw WriteError(reason: "\(path): \(String(cString: strerror(errno)))") }
    }

    func write(_ path: String, _ data: Data) throws {
        // Paths come from the builder, yet a file must never land outside the folder.
        try check(path)
        let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
        do {
            lock.lock()
            defer { lock.unlock() }
            if !folders.contains(folder) {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(String(folder)), withIntermediateDirectories: true)
                folders.insert(folder)
            }
        } catch {
            throw WriteError(reason: "\(folder): \((error as NSError).localizedDescription)")
        }
        var same = false
        if replacing {
            let url = root.appendingPathComponent(path)
            // A file left as it was is not written again: an open preview page that shows it need not reload.
            same = (try? Data(contentsOf: url)) == data
            if !same {
                do {
                    try data.write(to: url, options: .atomic)
                } catch {
                    throw WriteError(reason: "\(path): \((error as NSError).localizedDescription)")
                }
            }
        } else {
            try Self.create(rootPath + "/" + path, data, named: path)
        }
        lock.lock()
        written += 1
        if replacing && !same { changedPaths.insert(path) }
        lock.unlock()
    }
}

/// What a build killed part-way leaves beside the output: its staging folder (a site half
/// written) and, if it was killed between the two renames of a system without an atomic
/// exchange, the previous site. Only folders named as this writer names them, of processes
/// that no longer run, are touched.
enum Leftovers {
    /// Puts a previous site back where the output is missing, then deletes the rest.
    static func clear(beside output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        var dead: [(kind: String, url: URL)] = []
        for entry in entries.sorted() {
            for kind in ["staging", "previous"] {
                let prefix = ".\(name).isms-\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0, !isRunning(pid) || pid == getpid() else { continue }
                let url = parent.appendingPathComponent(entry)
                var info = stat()
                // A folder, not a link to one elsewhere.
                guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
                dead.append((kind, url))
            }
        }
        if !fm.fileExists(atPath: output.path),
           let previous = dead.first(where: { $0.kind == "previous" && fm.fileExists(atPath: $0.url.appendingPathComponent(SiteWriter.marker).path) }) {
            try? fm.moveItem(at: previous.url, to: output)
        }
        for leftover in dead where fm.fileExists(atPath: leftover.url.path) { try? fm.removeItem(at: leftover.url) }
    }

    /// Whether a process with this id exists (one we may not signal exists too).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
