import Foundation
import ISMSModel

/// A set of distinct byte strings numbered in order of first insertion: the terms of the whole site,
/// and the keys of the site's words (`Strings`). Open addressing over one byte arena, because millions
/// of small Strings in a Dictionary were most of the cost of building the index.
struct SearchTermTable {
    /// All terms' bytes end to end; term `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = [0]
    private(set) var hashes: [UInt64] = []
    /// Term number plus one in each slot, 0 when empty; the count is a power of two kept at least twice the terms.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        slots = Array(repeating: 0, count: Self.slotCount(for: capacity))
        // Room for half of `capacity` terms (a page repeats its words) of a typical length:
        // grown from empty, the three arrays were reallocated some twenty times per page.
        bytes.reserveCapacity(capacity * 4)
        starts.reserveCapacity(capacity / 2 + 1)
        hashes.reserveCapacity(capacity / 2)
    }

    var count: Int { hashes.count }

    /// The bytes of term `n`.
    func term(_ n: Int) -> ArraySlice<UInt8> { bytes[starts[n]..<starts[n + 1]] }

    /// The hash a term is inserted with: FNV-1a of its bytes.
    static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 { token.fnv1a }

    /// The number of `token`, added if new; `added` tells which.
    mutating func insert(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, added: Bool) {
        let (slot, found) = probe(token, hash: hash)
        if let found { return (found, false) }
        let n = hashes.count
        bytes.append(contentsOf: token)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(n + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (n, true)
    }

    /// The number of `token`, nil when it is not in the table.
    func number(of token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? { probe(token, hash: hash).found }

    /// The slot holding `token`, or the empty slot where it would go.
    private func probe(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let n = Int(slots[slot] - 1)
            if hashes[n] == hash && starts[n + 1] - starts[n] == token.count
                && bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + starts[n], token.baseAddress!, token.count) == 0 }) {
                return (slot, n)
            }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    private mutating func grow() { slots = Self.slots(slots.count * 2, holding: hashes) }

    /// A power of two, at least 16 and at least twice `terms`: the slots for that many terms.
    static func slotCount(for terms: Int) -> Int {
        var size = 16
        while size < terms * 2 { size *= 2 }
        return size
    }

    /// `count` slots (a power of two) holding term number plus one for each of `hashes`, placed
    /// by open addressing as `insert` places them; 0 marks an empty slot.
    static func slots(_ count: Int, holding hashes: [UInt64]) -> [Int32] {
        var slots = [Int32](repeating: 0, count: count)
        hashes.withUnsafeBufferPointer { hashes in slots.withUnsafeMutableBufferPointer { place(hashes, in: $0) } }
        return slots
    }

    /// Fills `slots` (a power of two of them, uninitialised or not) with term number plus one for each of `hashes`.
    static func place(_ hashes: UnsafeBufferPointer<UInt64>, in slots: UnsafeMutableBufferPointer<Int32>) {
        slots.initialize(repeating: 0)
        let mask = slots.count - 1
        for (n, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(n + 1)
        }
    }

    /// Term numbers in the order of their UTF-16 code units, which is how JavaScript's `<` compares strings.
    func numbersInUTF16Order() -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            starts.withUnsafeBufferPointer { starts in
                (0..<count).sorted { a, b in
                    Self.utf16Precedes(UnsafeBufferPointer(rebasing: all[starts[a]..<starts[a + 1]]),
                                       UnsafeBufferPointer(rebasing: all[starts[b]..<starts[b + 1]]))
                }
            }
        }
    }

    /// UTF-16 order of two UTF-8 strings without converting them. Byte order is code point order, which
    /// UTF-16 shares except that characters past U+FFFF (surrogate pairs, D800–DFFF) come before U+E000–U+FFFF.
    /// The first differing bytes are either both continuation bytes of equally long sequences or both lead
    /// bytes, and only lead bytes EE–EF (U+E000–U+FFFF) against F0–F4 (past U+FFFF) need swapping.
    static func utf16Precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < a.count && i < b.count {
            let x = a[i], y = b[i]
            if x != y {
                if x >= 0xEE && y >= 0xEE && (x >= 0xF0) != (y >= 0xF0) { return x >= 0xF0 }
                return x < y
            }
            i += 1
        }
        return a.count < b.count
    }
}
