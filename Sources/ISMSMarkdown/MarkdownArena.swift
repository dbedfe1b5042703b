#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark

/// The memory of one document's cmark tree, parser and HTML, given out in runs of a few
/// chunks and released at once when the document is done.
///
/// cmark allocates each node, string and buffer on its own and frees each again: about 500
/// `calloc`, `realloc` and `free` calls for a 2 KB document, a third of cmark's time. Here an
/// allocation is a pointer moved forward, a free does nothing, and the tree is never walked
/// to be freed.
///
/// cmark's allocator functions take no context, so the arena in use is the calling
/// thread's: `withArena` sets it for the duration of its body, and each thread parses its
/// own documents.
enum MarkdownArena {
    /// Runs `body` with an allocator for cmark whose memory lasts until `body` returns.
    /// Nothing cmark allocated with it may be used after that, nor passed to `free`.
    static func withArena<R>(_ body: (UnsafeMutablePointer<cmark_mem>) throws -> R) rethrows -> R {
        let arena = UnsafeMutablePointer<Arena>.allocate(capacity: 1)
        arena.initialize(to: Arena())
        var allocator = cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow else { fatalError("cmark asked for \(count) × \(size) bytes") }
                let block = threadArena().pointee.allocate(bytes)
                block.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
                return block
            },
            realloc: { block, size in threadArena().pointee.reallocate(block, size) },
            // Memory goes back with the whole arena.
            free: { _ in }
        )
        let previous = pthread_getspecific(currentArena)
        pthread_setspecific(currentArena, arena)
        defer {
            pthread_setspecific(currentArena, previous)
            arena.pointee.release()
            arena.deinitialize(count: 1)
            arena.deallocate()
        }
        return try body(&allocator)
    }

    /// Whether `pointer` lies in memory the calling thread's arena gave out.
    static func owns(_ pointer: UnsafeRawPointer) -> Bool {
        guard let arena = pthread_getspecific(currentArena) else { return false }
        return arena.assumingMemoryBound(to: Arena.self).pointee.owns(pointer)
    }
}

/// The arena of the thread that is parsing, read by the allocator functions below.
private let currentArena: pthread_key_t = {
    var key = pthread_key_t()
    guard pthread_key_create(&key, nil) == 0 else { fatalError("no thread-local key for the Markdown arena") }
    return key
}()

private func threadArena() -> UnsafeMutablePointer<Arena> {
    guard let arena = pthread_getspecific(currentArena) else {
        fatalError("cmark allocated outside MarkdownArena.withArena")
    }
    return arena.assumingMemoryBound(to: Arena.self)
}

/// Chunks of memory handed out front to back. Each block has a header of 16 bytes before it,
/// its size and, for a block too large to share a chunk, the number of its own chunk.
private struct Arena {
    static let header = 16
    /// Blocks this large or larger get a chunk of their own, so that a growing buffer (a long
    /// document's text, its HTML) is moved by `realloc` rather than copied into a new chunk.
    static let ownChunk = 8 << 10
    static let firstChunk = 32 << 10

    var chunks: [(start: UnsafeMutableRawPointer, size: Int)] = []
    /// The size of the shared chunk in use; each new one is twice the last.
    var sharedSize = 0
    var cursor: UnsafeMutableRawPointer?
    var end: UnsafeMutableRawPointer?
    /// The last block given out from the shared chunk, which can grow in place.
    var last: UnsafeMutableRawPointer?

    /// `size` bytes, 16-byte aligned like `malloc`'s; never nil, as cmark does not check.
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let needed = Self.header + Self.rounded(size)
        if size >= Self.ownChunk { return ownChunk(size) }
        if cursor == nil || cursor!.distance(to: end!) < needed {
            sharedSize = max(Self.firstChunk, sharedSize * 2)
            let start = Self.system(sharedSize)
            chunks.append((start, sharedSize))
            cursor = start
            end = start + sharedSize
        }
        let block = cursor! + Self.header
        Self.setSize(block, size, chunk: -1)
        cursor! += needed
        last = block
        return block
    }

    mutating func reallocate(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer {
        guard let block else { return allocate(size) }
        let (old, chunk) = Self.size(of: block)
        if chunk >= 0 {
            // A block with its own chunk is moved by the system's realloc.
            guard let moved = realloc(chunks[chunk].start, Self.header + size) else { fatalError("out of memory") }
            chunks[chunk] = (moved, Self.header + size)
            let grown = moved + Self.header
            Self.setSize(grown, size, chunk: chunk)
            return grown
        }
        if size <= old { return block }
        if block == last, size < Self.ownChunk, block.distance(to: end!) >= Self.rounded(size) {
            cursor = block + Self.rounded(size)
            Self.setSize(block, size, chunk: -1)
            return block
        }
        let moved = allocate(size)
        moved.copyMemory(from: block, byteCount: old)
        return moved
    }

    func owns(_ pointer: UnsafeRawPointer) -> Bool {
        chunks.contains { pointer >= UnsafeRawPointer($0.start) && pointer < UnsafeRawPointer($0.start + $0.size) }
    }

    mutating func release() {
        for chunk in chunks { free(chunk.start) }
        chunks = []
    }

    private mutating func ownChunk(_ size: Int) -> UnsafeMutableRawPointer {
        let start = Self.system(Self.header + size)
        chunks.append((start, Self.header + size))
        let block = start + Self.header
        Self.setSize(block, size, chunk: chunks.count - 1)
        return block
    }

    private static func system(_ size: Int) -> UnsafeMutableRawPointer {
        guard let memory = malloc(size) else { fatalError("out of memory") }
        return memory
    }

    private static func rounded(_ size: Int) -> Int { (size + 15) & ~15 }

    private static func setSize(_ block: UnsafeMutableRawPointer, _ size: Int, chunk: Int) {
        (block - header).storeBytes(of: size, as: Int.self)
        (block - header + 8).storeBytes(of: chunk, as: Int.self)
    }

    private static func size(of block: UnsafeMutableRawPointer) -> (size: Int, chunk: Int) {
        ((block - header).load(as: Int.self), (block - header + 8).load(as: Int.self))
    }
}
