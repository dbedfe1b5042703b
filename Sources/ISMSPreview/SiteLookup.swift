import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the file a request path names inside the output folder, and nothing outside it.
public struct SiteLookup: Sendable {
    /// The output folder as given; resolved again on every look-up because a rebuild swaps it by rename.
    public var root: URL

    /// Creates a look-up over the folder the site is written to.
    public init(root: URL) {
        self.root = root
    }

    /// What a request path leads to.
    public enum Outcome: Equatable, Sendable {
        /// A regular file inside the root, by its resolved absolute path.
        case file(String)
        /// A folder asked for without its trailing slash: send the client to the slash form.
        case addSlash
        /// Nothing inside the root: missing, hidden, not a regular file, a symlink leading out, or a loop.
        case notFound
    }

    /// Resolves symlinks and requires the result to lie inside the resolved root.
    public func locate(_ path: RequestPath) -> Outcome {
        guard let base = Self.realPath(root.path) else { return .notFound }
        // Dot-files (the build marker, editors' leftovers) are not part of the site.
        if path.segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        let candidate = ([base] + path.segments).joined(separator: "/")
        guard let real = Self.realPath(candidate), Self.isInside(real, base) else { return .notFound }
        if Self.isDirectory(real) {
            guard path.isDirectory || path.segments.isEmpty else { return .addSlash }
            guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, base) else { return .notFound }
            return Self.isRegularFile(index) ? .file(index) : .notFound
        }
        return !path.isDirectory && Self.isRegularFile(real) ? .file(real) : .notFound
    }

    /// True when `path` is `base` or lies below it; both must already be resolved.
    static func isInside(_ path: String, _ base: String) -> Bool {
        path == base || path.hasPrefix(base == "/" ? "/" : base + "/")
    }

    /// The canonical absolute path without symlinks, or nil when it does not exist or loops.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
