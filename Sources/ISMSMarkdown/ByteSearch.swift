#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the first `needle` at or after `start`: `memchr` for its first byte and
    /// `memcmp` for the rest (`memmem` is a GNU extension Swift's Glibc does not show).
    public func firstOffset(of needle: StaticString, from start: Int) -> Int? {
        guard let base = baseAddress else { return nil }
        let first = Int32(needle.utf8Start.pointee), length = needle.utf8CodeUnitCount
        var i = start
        while i + length <= count, let found = memchr(base + i, first, count - length + 1 - i) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle.utf8Start, length) == 0 { return at }
            i = at + 1
        }
        return nil
    }
}
