import Foundation

/// Finds programs the way a shell does, on the folders of a PATH value.
public struct SearchPath: Sendable {
    public var folders: [String]

    public init(_ path: String?) {
        // execvp's own default when PATH is unset.
        folders = (path ?? "/bin:/usr/bin").split(separator: ":").map(String.init)
    }

    /// The first executable file of that name, or nil.
    public func executable(_ name: String) -> URL? {
        folders.lazy
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
