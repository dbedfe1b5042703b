import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches a knowledge-base folder and reports, after a short quiet spell, which files changed.
///
/// An editor's save is several events (write, rename, attribute change): they are collected until
/// `quietPeriod` passes without another, then reported once as a set of relative paths. A path may
/// name a folder that was removed or moved away, standing for everything that was below it.
public final class KnowledgeBaseWatcher: @unchecked Sendable {
    /// How changes are noticed.
    public enum Mode: Sendable, Equatable {
        /// inotify, falling back to polling when it cannot be used (no inotify, out of watches).
        case automatic
        /// inotify or fail.
        case inotify
        /// Compare modification times at this interval.
        case polling(interval: TimeInterval)
    }

    /// Why watching could not start.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, for the console.
        public var description: String
    }

    /// The knowledge-base folder watched.
    public let root: URL
    /// How changes are noticed, as asked for.
    public let mode: Mode
    /// How long events must pause before they are reported.
    public let quietPeriod: TimeInterval
    /// Reported changes wait at most this long, even if events never stop.
    public let longestDelay: TimeInterval
    /// The git directory whose `HEAD` and reflog (`logs/HEAD`) are watched too: a commit, a
    /// checkout or a reset changes the history pages show, and is reported as `historyChanged`.
    public let gitDirectory: URL?
    /// The path reported when the git history may have changed; hidden, so it names no file of
    /// the knowledge base.
    public static let historyChanged = ".git/HEAD"
    private let onChange: @Sendable (Set<String>) -> Void
    // Guarded by `lock`.
    private let lock = NSLock()
    private var wakePipe: WakePipe?
    private var loopDone: DispatchSemaphore?
    private var polling = false

    /// Creates a watcher; `onChange` runs on the watcher's own thread, one call at a time, and must not call `stop()`.
    public init(root: URL, mode: Mode = .automatic, quietPeriod: TimeInterval = 0.04, longestDelay: TimeInterval = 1,
                gitDirectory: URL? = nil, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root
        self.gitDirectory = gitDirectory
        self.mode = mode
        self.quietPeriod = quietPeriod
        self.longestDelay = longestDelay
        self.onChange = onChange
    }

    /// True once started when changes are found by polling rather than inotify.
    public var isPolling: Bool {
        lock.lock()
        defer { lock.unlock() }
        return polling
    }

    /// Takes the first inventory (every folder watched, or every file stamped) and starts the watching thread.
    public func start() throws {
        let path = root.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(path): no such folder")
        }
        var source: any ChangeSource
        let git = gitDirectory?.standardizedFileURL.path
        switch mode {
        case .polling(let interval):
            source = PollingSource(root: path, interval: interval, gitDirectory: git)
        case .inotify, .automatic:
            #if canImport(Glibc)
            do {
                source = try InotifySource(root: path, gitDirectory: git)
            } catch {
                guard mode == .automatic else { throw error }
                source = PollingSource(root: path, interval: 0.5, gitDirectory: git)
            }
            #else
            guard mode == .automatic else { throw Failure(description: "inotify is only available on Linux") }
            source = PollingSource(root: path, interval: 0.5, gitDirectory: git)
            #endif
        }
        guard let wake = WakePipe() else { throw Failure(description: "cannot make a pipe: \(String(cString: strerror(errno)))") }
        let done = DispatchSemaphore(value: 0)
        lock.lock()
        wakePipe = wake
        loopDone = done
        polling = source is PollingSource
        lock.unlock()
        let box = SourceBox(source)
        let thread = Thread { [self] in
            run(&box.source, wake: wake.readEnd)
            done.signal()
        }
        thread.name = "isms-serve-watch"
        thread.start()
    }

    /// Stops watching; returns once a report in progress has finished.
    public func stop() {
        lock.lock()
        let (wake, done) = (wakePipe, loopDone)
        loopDone = nil
        lock.unlock()
        guard let done, let wake else { return }
        wake.wake()
        done.wait()
        wake.close()
    }

    private func run(_ source: inout any ChangeSource, wake: Int32) {
        var pending = Set<String>()
        var first = Date(), last = Date()
        while true {
            if !pending.isEmpty {
                let quietLeft = quietPeriod - Date().timeIntervalSince(last)
                if quietLeft <= 0 || Date().timeIntervalSince(first) >= longestDelay {
                    onChange(pending)
                    pending = []
                    continue
                }
                guard let paths = source.wait(upTo: quietLeft, wake: wake) else { return }
                if !paths.isEmpty {
                    pending.formUnion(paths)
                    last = Date()
                }
            } else {
                guard let paths = source.wait(upTo: nil, wake: wake) else { return }
                if !paths.isEmpty {
                    pending = paths
                    first = Date()
                    last = first
                }
            }
        }
    }
}

/// Hands the source to the watching thread, which alone uses it from then on.
private final class SourceBox: @unchecked Sendable {
    var source: any ChangeSource

    init(_ source: any ChangeSource) {
        self.source = source
    }
}
