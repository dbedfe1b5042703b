import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The signals that end a preview, Ctrl-C in the terminal or a polite kill, caught so the process can clean up.
public struct StopSignals {
    private let received: DispatchSemaphore
    private let caught: CaughtSignal
    private let sources: [any DispatchSourceSignal]

    /// Replaces the default handlers of SIGINT and SIGTERM (which end the process at once) by a note to `wait()`.
    public init() {
        let received = DispatchSemaphore(value: 0)
        let caught = CaughtSignal()
        let queue = DispatchQueue(label: "isms-serve-signals")
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                caught.set(number)
                received.signal()
            }
            source.resume()
            return source
        }
        self.received = received
        self.caught = caught
    }

    /// Blocks until SIGINT or SIGTERM arrives, then returns its number.
    public func wait() -> Int32 {
        received.wait()
        return caught.number
    }
}

/// The signal that arrived, set on the signal queue and read by the waiting thread.
private final class CaughtSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32 = 0

    func set(_ number: Int32) {
        lock.lock()
        value = number
        lock.unlock()
    }

    var number: Int32 {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
