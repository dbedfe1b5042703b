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
