extension String {
    /// The pieces of a slash-separated path, exactly as `split(separator: "/")` gives them. An
    /// ASCII path is split on its bytes (every byte a character), which is many times faster
    /// than going by Characters; paths are split for every file and page of a build.
    public func pathPieces(omittingEmpty: Bool = true) -> [Substring] {
        var text = self
        guard text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } }) else {
            return split(separator: "/", omittingEmptySubsequences: omittingEmpty)
        }
        return utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }
}
