import Foundation

extension PDFEngine {
    /// Prints each HTML file to its PDF, two at a time; then throws the failure that comes first in `batch`, if any.
    public func render(
        batch: [(html: URL, pdf: URL)], sourceDateEpoch: Int? = nil, timeLimit: TimeInterval = defaultTimeLimit,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        // Every document is tried, and the failure reported is chosen by position rather than by
        // which finished first, so the outcome does not depend on timing.
        guard !batch.isEmpty else { return }
        // Each engine run is a heavy process of its own (Chromium several); two keep a small
        // machine busy without thrashing it.
        let workers = max(1, min(2, ProcessInfo.processInfo.activeProcessorCount, batch.count))
        let queue = BatchQueue(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = queue.take() {
                do {
                    try render(html: batch[i].html, to: batch[i].pdf, sourceDateEpoch: sourceDateEpoch,
                               timeLimit: timeLimit, environment: environment)
                } catch {
                    queue.fail(i, error)
                }
            }
        }
        if let failure = queue.firstFailure { throw failure }
    }
}

/// Hands the documents of a batch out to the workers one by one and keeps their failures by
/// position; the workers share it, so a lock guards both.
private final class BatchQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private var failures: [Int: Error] = [:]

    init(count: Int) { self.count = count }

    /// The position of the next document to print, or nil when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func fail(_ index: Int, _ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        failures[index] = error
    }

    var firstFailure: Error? {
        lock.lock()
        defer { lock.unlock() }
        return failures.min { $0.key < $1.key }?.value
    }
}
