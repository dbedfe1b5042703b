import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pipe whose only use is to wake a thread blocked in `poll`, so it can stop without a timeout loop.
struct WakePipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    /// Opens the pipe, closed on exec so that child processes (PDF engines, git) do not inherit it; nil when out of descriptors.
    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Makes the read end readable for good.
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func close() {
        closeDescriptor(readEnd)
        closeDescriptor(writeEnd)
    }
}
