import Foundation

/// Texts by key: ASCII keys, all that the site's words use, in a table hashed by FNV-1a over
/// their bytes; any other key in the dictionary as before.
///
/// A page asks the site's words for some thirty labels, a large build some two million times;
/// a Dictionary hashed each key with SipHash and compared it, about 400 instructions a look-up.
/// A String key matches any canonically equivalent one (`K` matches the Kelvin sign), which a
/// comparison of bytes does not see: a key that is not ASCII, or a miss when the words have
/// such a key, is looked up in the dictionary, so every answer is the dictionary's.
struct WordTable: Sendable {
    private let words: [String: String]
    private let keys: [String]
    private let values: [String]
    /// Entry number plus one in each slot, 0 when empty; at least twice as many slots as entries.
    private let slots: [Int32]
    /// Whether every key of `words` is in the table.
    private let complete: Bool

    init(_ words: [String: String]) {
        // Sorted, so that the table is the same whatever the dictionary's order.
        let ascii = words.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.sorted { $0.key < $1.key }
        var size = 16
        while size < ascii.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (n, entry) in ascii.enumerated() {
            var key = entry.key
            var slot = key.withUTF8 { Self.hash($0).value } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(n + 1)
        }
        self.words = words
        self.keys = ascii.map(\.key)
        self.values = ascii.map(\.value)
        self.slots = slots
        self.complete = ascii.count == words.count
    }

    subscript(_ key: String) -> String? {
        var key = key
        let found: String?? = key.withUTF8 { bytes in
            let (hash, isASCII) = Self.hash(bytes)
            guard isASCII else { return .none }
            let mask = slots.count - 1
            var slot = hash & mask
            while slots[slot] != 0 {
                let n = Int(slots[slot] - 1)
                if Self.equal(keys[n], bytes) { return .some(values[n]) }
                slot = (slot + 1) & mask
            }
            return complete ? .some(nil) : .none
        }
        return found ?? words[key]
    }

    private static func equal(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var key = key
        return key.withUTF8 { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    /// FNV-1a of the bytes, folded for a slot, and whether they are all ASCII.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Int, isASCII: Bool) {
        let hash = bytes.fnv1a
        return (Int(truncatingIfNeeded: hash ^ (hash >> 32)), bytes.allSatisfy { $0 < 0x80 })
    }
}
