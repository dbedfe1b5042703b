extension String {
    /// Calls `body` with the text's UTF-8, read in place. `withUTF8` needs a variable, and the
    /// copy made for it retained and released the text at every call: in the hot loops of a
    /// build, atomic counts touched by both cores at once.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
