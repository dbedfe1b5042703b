extension String {
    /// The pieces of a slash-separated path, exactly as `split(separator: "/")` gives them. An
    /// ASCII path is cut at its slashes' byte offsets (every byte a character), which is many
    /// times faster than going by Characters or through the generic `split` of the UTF-8 view;
    /// paths are split for every file and page of a build.
    public func pathPieces(omittingEmpty: Bool = true) -> [Substring] {
        var text = self
        let cuts: [Int]? = text.withUTF8 { bytes in
            var cuts: [Int] = []
            for (i, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "/") { cuts.append(i) }
            }
            cuts.append(bytes.count)
            return cuts
        }
        guard let cuts else { return split(separator: "/", omittingEmptySubsequences: omittingEmpty) }
        let utf8 = text.utf8
        var pieces: [Substring] = []
        pieces.reserveCapacity(cuts.count)
        var start = 0
        for cut in cuts {
            if cut > start || !omittingEmpty {
                pieces.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: cut)])
            }
            start = cut + 1
        }
        return pieces
    }
}
