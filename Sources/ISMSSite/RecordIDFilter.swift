import ISMSModel

/// Whether a word of free text may be the id of a record: a table of the ids' hashes.
///
/// Linking the ids in free text looked every word up as a String, hashed with SipHash: about
/// 800 instructions a word, most of them for words that are no id. A word whose bytes hash to
/// no id's hash is passed over; one that does is looked up as before, so a clash of hashes
/// costs a look-up, never a wrong link.
struct RecordIDFilter: Sendable {
    /// Hashes by open addressing; 0 marks an empty slot (a hash is never 0).
    private var slots: [UInt64]
    private let mask: Int

    init<IDs: Collection<String>>(_ ids: IDs) {
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for id in ids {
            let hash = id.withUTF8Bytes(Self.hash)
            var slot = Self.slot(hash, mask)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
    }

    /// False when no id has these bytes; true when one may.
    func mayBeID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(bytes)
        var slot = Self.slot(hash, mask)
        while slots[slot] != 0 {
            if slots[slot] == hash { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// FNV-1a with the lowest bit set, so that no hash is 0.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { bytes.fnv1a | 1 }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }
}
