import Foundation
import ISMSModel

/// The build state shared by the rebuild thread and the connections that serve pages or wait for a change.
public final class BuildStatus: @unchecked Sendable {
    // Guarded by `condition`; long-polling connections wait on it for the next generation.
    private let condition = NSCondition()
    private var current = BuildSnapshot()
    private var closed = false

    /// Creates a status at generation 0, with nothing built yet.
    public init() {}

    /// The state right now.
    public var snapshot: BuildSnapshot {
        condition.lock()
        defer { condition.unlock() }
        return current
    }

    /// Records a finished build and wakes every waiting connection.
    @discardableResult
    public func succeeded(_ outcome: RebuildOutcome) -> BuildSnapshot {
        update { $0 = BuildSnapshot(generation: $0.generation + 1, diagnostics: outcome.diagnostics, failure: nil) }
    }

    /// Records a failed build: the diagnostics of the site still served stay, the failure is added.
    @discardableResult
    public func failed(_ reason: String) -> BuildSnapshot {
        update { $0 = BuildSnapshot(generation: $0.generation + 1, diagnostics: $0.diagnostics, failure: reason) }
    }

    /// Waits until the generation differs from `seen`, the timeout passes or the status is closed; returns the state then.
    ///
    /// "Differs" rather than "is greater" so that a page from an earlier run of the server reloads too.
    public func wait(whileGenerationIs seen: Int, timeout: TimeInterval) -> BuildSnapshot {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while current.generation == seen && !closed {
            if !condition.wait(until: deadline) { break }
        }
        return current
    }

    /// Releases every waiting connection, for shutdown; later waits return at once.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func update(_ change: (inout BuildSnapshot) -> Void) -> BuildSnapshot {
        condition.lock()
        defer { condition.unlock() }
        change(&current)
        condition.broadcast()
        return current
    }
}
