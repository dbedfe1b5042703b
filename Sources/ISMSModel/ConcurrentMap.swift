import Dispatch

extension Array where Element: Sendable {
    /// `map` run on all cores; the results keep the order of the elements.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        let shared = Slots(buffer: slots)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            shared.buffer[i] = transform(self[i])
        }
        return slots.map { $0! }
    }
}

/// Result slots shared by the tasks of one `concurrentMap`: each slot is written by one task only.
private struct Slots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
}

/// Runs `a` and `b` at the same time on two cores and returns both results.
public func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    var first: A?
    var second: B?
    withUnsafeMutablePointer(to: &first) { first in
        withUnsafeMutablePointer(to: &second) { second in
            let slots = PairSlots(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { slots.first.pointee = a() } else { slots.second.pointee = b() }
            }
        }
    }
    return (first!, second!)
}

/// The two result slots of `concurrently`, each written by one task only.
private struct PairSlots<A, B>: @unchecked Sendable {
    let first: UnsafeMutablePointer<A?>
    let second: UnsafeMutablePointer<B?>
}
