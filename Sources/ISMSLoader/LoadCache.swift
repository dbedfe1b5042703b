import Foundation

/// What a load read from each file, so that the next load with the same cache parses only
/// the files whose bytes changed (for a preview server that reloads on every edit).
/// A load through a cache gives exactly what a fresh load would. Every file is still read to
/// compare its bytes, unless a watcher names the files that changed (`load(_:cache:changed:)`);
/// the cache keeps a copy of the bytes: memory about the size of the files.
public struct LoadCache: Sendable {
    struct Entry: Sendable {
        var bytes: Data
        var file: LoadedFile
    }

    /// By path: the files of the last load only.
    var entries: [String: Entry] = [:]

    /// An empty cache: the first load through it reads every file.
    public init() {}

    init(entries: [String: Entry], parsedInLastLoad: Int) {
        self.entries = entries
        self.parsedInLastLoad = parsedInLastLoad
    }

    /// How many files the cache holds.
    public var count: Int { entries.count }

    /// How many files the last load through this cache had to parse (new or changed ones).
    public internal(set) var parsedInLastLoad = 0
}
