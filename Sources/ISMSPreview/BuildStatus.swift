import Foundation
import ISMSModel

/// The build state shared by the rebuild thread and the connections that serve pages or wait for a change.
public final class BuildStatus: @unchecked Sendable {
    // Guarded by `condition`; long-polling connections wait on it for the next generation.
    private let condition = NSCondition()
    private var current = BuildSnapshot()
    private var closed = false
    /// The pages each recent generation rewrote, oldest first; nil for every page (a whole
    /// build, a failure, or a banner that changed and so changed every page).
    private var changes: [(generation: Int, paths: Set<String>?)] = []
    /// How many generations `changes` remembers; a page older than that simply reloads.
    public static let remembered = 64

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
        update { now in
            let bannerChanged = now.diagnostics != outcome.diagnostics || now.failure != nil
            now = BuildSnapshot(generation: now.generation + 1, diagnostics: outcome.diagnostics, failure: nil)
            return bannerChanged ? nil : outcome.rewrittenPaths
        }
    }

    /// Records a failed build: the diagnostics of the site still served stay, the failure is added.
    @discardableResult
    public func failed(_ reason: String) -> BuildSnapshot {
        update { now in
            now = BuildSnapshot(generation: now.generation + 1, diagnostics: now.diagnostics, failure: reason)
            return nil
        }
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

    /// Whether the page at `page` (a path from the site root, such as `documents/x.html`) differs
    /// from the one a browser was given at generation `seen`: some later build rewrote it or
    /// the banner. A generation this status does not know (an earlier run of the server, or
    /// one too old to remember) counts as a change.
    public func changed(_ page: String, since seen: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if seen == current.generation { return false }
        guard seen < current.generation, let oldest = changes.first, oldest.generation <= seen + 1 else { return true }
        return changes.contains { $0.generation > seen && ($0.paths?.contains(page) ?? true) }
    }

    /// Applies `change`, which returns the pages it rewrote (nil for all), and wakes the waiting connections.
    private func update(_ change: (inout BuildSnapshot) -> Set<String>?) -> BuildSnapshot {
        condition.lock()
        defer { condition.unlock() }
        let paths = change(&current)
        changes.append((current.generation, paths))
        if changes.count > Self.remembered { changes.removeFirst(changes.count - Self.remembered) }
        condition.broadcast()
        return current
    }
}
