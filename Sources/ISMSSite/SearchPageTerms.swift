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
        // Term number plus one in each slot, 0 when empty; kept at least twice the terms.
        var slots = [Int32](repeating: 0, count: SearchTermTable.slotCount(for: text.count / 4))
        starts.reserveCapacity(text.count / 8)
        ends.reserveCapacity(text.count / 8)
        hashes.reserveCapacity(text.count / 8)
        text.withUnsafeBufferPointer { utf8 in
            SearchIndex.scanTokens(utf8) { start, end in
                let token = UnsafeBufferPointer(rebasing: utf8[start..<end])
                let hash = token.fnv1a
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 {
                    let n = Int(slots[slot] - 1)
                    if hashes[n] == hash && Int(ends[n] - starts[n]) == token.count
                        && memcmp(utf8.baseAddress! + Int(starts[n]), token.baseAddress!, token.count) == 0 {
                        return
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Int32(hashes.count + 1)
                starts.append(Int32(start))
                ends.append(Int32(end))
                hashes.append(hash)
                if hashes.count * 2 > slots.count { slots = SearchTermTable.slots(slots.count * 2, holding: hashes) }
            }
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
