import Foundation

/// Values made once per key and shared by the rendering tasks of a build.
final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value kept under `key`, made by `make` the first time it is asked for. It is made
    /// outside the lock: two tasks may both make the same value once, harmlessly.
    func value(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = try make()
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}
