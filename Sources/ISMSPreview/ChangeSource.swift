import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the watcher learns of changes: inotify, or a periodic scan where inotify is not available.
protocol ChangeSource {
    /// Waits up to `timeout` seconds (for ever when nil) for changes, or until `wake` becomes readable.
    ///
    /// Returns nil when woken (the watcher is stopping), else the relative paths changed (possibly none).
    mutating func wait(upTo timeout: TimeInterval?, wake: Int32) -> Set<String>?
}

/// Waits for `fds` to become readable; returns which are, or nil on a timeout.
func waitReadable(_ fds: [Int32], timeout: TimeInterval?) -> [Bool]? {
    var waiting = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    let deadline = timeout.map { Date(timeIntervalSinceNow: $0) }
    while true {
        let ms = deadline.map { Int32(max(0, min($0.timeIntervalSinceNow * 1000, 3_600_000)).rounded(.up)) } ?? -1
        let ready = poll(&waiting, nfds_t(waiting.count), ms)
        if ready < 0 && errno == EINTR { continue }
        if ready <= 0 { return nil }
        return waiting.map { $0.revents != 0 }
    }
}
