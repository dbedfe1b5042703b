import Foundation

extension Data {
    /// Up to `count` bytes written in place by `fill`, which returns how many it wrote: unlike
    /// `Data(count:)`, the memory is not zeroed first only to be written over (reading files and
    /// putting pages together zeroed some 50 MB per build that way).
    public static func written(count: Int, _ fill: (UnsafeMutableRawBufferPointer) throws -> Int) rethrows -> Data {
        guard count > 0, let memory = malloc(count) else { return Data() }
        let written: Int
        do {
            written = try fill(UnsafeMutableRawBufferPointer(start: memory, count: count))
        } catch {
            free(memory)
            throw error
        }
        precondition(written >= 0 && written <= count, "wrote \(written) of \(count) bytes")
        return Data(bytesNoCopy: memory, count: written, deallocator: .free)
    }
}
