import Foundation

/// A value worked out on a thread of its own while the caller goes on: for waiting on another
/// process (git), which would otherwise hold up a core of the pool that parses the files, and
/// for work beside a step that runs on all cores. Work started inside `concurrentPerform` would
/// run its own `concurrentMap`s on one core only, as Dispatch serialises nested applies.
public final class Background<Value: Sendable>: @unchecked Sendable {
    // `value` is written once, before `done` is signalled, and read only after waiting on it.
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        Thread { [self] in
            value = work()
            done.signal()
        }.start()
    }

    /// Waits until the value is there; call once.
    public func wait() -> Value {
        done.wait()
        return value!
    }
}
