import Foundation

/// Exchanges two folders in one step, so that a process killed at any moment leaves one or the
/// other complete at each path, never neither.
enum FolderSwap {
    /// Swaps the folders at `a` and `b` (both must exist); false when the system or the file
    /// system cannot, in which case nothing has changed.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        // renameat2 is declared only for _GNU_SOURCE, which Swift's Glibc module leaves out, so
        // it is looked up by name; glibc has had it since 2.28.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchange: UInt32 = 1 << 1 // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchange) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
