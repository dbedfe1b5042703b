extension UnsafeBufferPointer where Element == UInt8 {
    /// FNV-1a, 64 bits: the hash of the byte tables for search terms and record ids, whose keys
    /// are a few bytes long, where a byte-at-a-time hash is fast enough.
    var fnv1a: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in self { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
