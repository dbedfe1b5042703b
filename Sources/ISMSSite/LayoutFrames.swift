import Foundation

/// Rendered layout frames by key, filled in by whichever rendering task needs one first.
final class LayoutFrames: @unchecked Sendable {
    /// Stand-ins no page text can contain (control characters are never in escaped text).
    static let titleStandIn = "\u{1}isms-title\u{1}"
    static let contentStandIn = "\u{1}isms-content\u{1}"

    private let lock = NSLock()
    private var frames: [String: String] = [:]

    /// The frame for `key`, rendered by `make` the first time it is asked for.
    func frame(_ key: String, _ make: () throws -> String) throws -> String {
        lock.lock()
        if let frame = frames[key] {
            lock.unlock()
            return frame
        }
        lock.unlock()
        // Rendering outside the lock: two tasks may both render the same frame once, harmlessly.
        let frame = try make()
        lock.lock()
        frames[key] = frame
        lock.unlock()
        return frame
    }
}
