import Foundation

/// The distinct search terms of one page, in order of first appearance, each a span of the page's
/// normalised text: the page is deduplicated without copying its words, which cost more than
/// finding them when every new word of every page was appended to a table of its own.
struct SearchPageTerms {
    /// The page's normalised text, UTF-8.
    private(set) var text: [UInt8] = []
    /// Term `n` is `text[starts[n]..<ends[n]]`, with hash `hashes[n]`.
    private(set) var starts: [Int32] = []
    private(set) var ends: [Int32] = []
    private(set) var hashes: [UInt64] = []

    init() {}

    /// The terms of `normalised`, text already through `SearchIndex.normalise`.
    init(normalised: String) {
        text = Array(normalised.utf8)
        var columns = Columns(capacity: text.count / 8 + 16)
        defer { columns.deallocate() }
        text.withUnsafeBufferPointer { utf8 in
            SearchIndex.scanTokens(utf8) { start, end in
                let token = UnsafeBufferPointer(rebasing: utf8[start..<end])
                let hash = token.fnv1a
                let mask = columns.slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while columns.slots[slot] != 0 {
                    let n = Int(columns.slots[slot] &- 1)
                    if columns.hashes[n] == hash && Int(columns.ends[n] &- columns.starts[n]) == token.count
                        && memcmp(utf8.baseAddress! + Int(columns.starts[n]), token.baseAddress!, token.count) == 0 {
                        return
                    }
                    slot = (slot &+ 1) & mask
                }
                columns.add(start: start, end: end, hash: hash, slot: slot)
            }
        }
        starts = Array(UnsafeBufferPointer(rebasing: columns.starts[..<columns.count]))
        ends = Array(UnsafeBufferPointer(rebasing: columns.ends[..<columns.count]))
        hashes = Array(UnsafeBufferPointer(rebasing: columns.hashes[..<columns.count]))
    }

    /// The terms while a page is read, in buffers of its own: appending to the arrays checked
    /// each one's uniqueness per new term, four calls that cost more than the probe itself.
    private struct Columns {
        var starts, ends: UnsafeMutableBufferPointer<Int32>
        var hashes: UnsafeMutableBufferPointer<UInt64>
        /// Term number plus one in each slot, 0 when empty; a power of two kept at least twice the terms.
        var slots: UnsafeMutableBufferPointer<Int32>
        var count = 0

        init(capacity: Int) {
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
            hashes = .allocate(capacity: capacity)
            slots = .allocate(capacity: SearchTermTable.slotCount(for: capacity))
            slots.initialize(repeating: 0)
        }

        /// Records a new term in the empty `slot` its probe ended at.
        mutating func add(start: Int, end: Int, hash: UInt64, slot: Int) {
            if count == hashes.count { grow() }
            slots[slot] = Int32(count + 1)
            starts[count] = Int32(start)
            ends[count] = Int32(end)
            hashes[count] = hash
            count += 1
            if count * 2 > slots.count {
                slots.deallocate()
                slots = .allocate(capacity: slots.count * 2)
                SearchTermTable.place(UnsafeBufferPointer(rebasing: hashes[..<count]), in: slots)
            }
        }

        /// Twice the room for terms; the slots keep their places.
        private mutating func grow() {
            func moved<T>(_ old: UnsafeMutableBufferPointer<T>) -> UnsafeMutableBufferPointer<T> {
                let new = UnsafeMutableBufferPointer<T>.allocate(capacity: old.count * 2)
                _ = new.moveInitialize(fromContentsOf: old[..<count])
                old.deallocate()
                return new
            }
            starts = moved(starts)
            ends = moved(ends)
            hashes = moved(hashes)
        }

        func deallocate() {
            starts.deallocate()
            ends.deallocate()
            hashes.deallocate()
            slots.deallocate()
        }
    }

    var count: Int { hashes.count }

    /// `body` given the text and each term's span and hash.
    func withTerms<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<UInt64>) -> R) -> R {
        text.withUnsafeBufferPointer { text in
            starts.withUnsafeBufferPointer { starts in
                ends.withUnsafeBufferPointer { ends in hashes.withUnsafeBufferPointer { hashes in body(text, starts, ends, hashes) } }
            }
        }
    }
}
