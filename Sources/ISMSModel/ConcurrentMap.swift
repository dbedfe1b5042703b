import Dispatch

extension Array where Element: Sendable {
    /// `map` run on all cores; the results keep the order of the elements.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        concurrentMap(order: nil, transform)
    }

    /// `map` run on all cores, the cores taking the elements at the positions of `order` (a
    /// permutation of the indices) in that order; the results still keep the order of the elements.
    public func concurrentMap<T: Sendable>(order: [Int]?, _ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        run(order, transform, into: slots)
        return [T](unsafeUninitializedCapacity: count) { results, initialized in
            for i in 0..<count { (results.baseAddress! + i).initialize(to: slots.moveElement(from: i)!) }
            initialized = count
        }
    }

    /// `transform` run on all cores, as `concurrentMap(order:_:)`; then each result in the order
    /// of the elements, with its index, is handed to `collect` on the calling thread, which may
    /// take its parts by swapping them out.
    public func concurrentMap<T: Sendable>(order: [Int]?, _ transform: @Sendable (Element) -> T, collect: (Int, inout T) -> Void) {
        let count = self.count
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        run(order, transform, into: slots)
        for i in 0..<count { collect(i, &slots[i]!) }
    }

    /// Fills `slots` with the results of `transform` on all cores. Elements are lent to
    /// `transform` and results left in place: a copy retains every reference a value holds,
    /// and after a parallel step these sit in memory that another core wrote last.
    private func run<T: Sendable>(_ order: [Int]?, _ transform: @Sendable (Element) -> T, into slots: UnsafeMutableBufferPointer<T?>) {
        let shared = Slots(buffer: slots)
        withUnsafeBufferPointer { elements in
            let input = Input(buffer: elements)
            DispatchQueue.concurrentPerform(iterations: elements.count) { k in
                let i = order?[k] ?? k
                shared.buffer[i] = transform(input.buffer[i])
            }
        }
    }
}

/// The elements of one `concurrentMap`, read by all its tasks and written by none.
private struct Input<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
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
