/// HTML made in one byte buffer and turned into a String once. Appending to a String checks its
/// storage, capacity and flags on every call, and interpolating does the same per piece:
/// callgrind counts 300–400 instructions an append, where this copies the bytes.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Markup or text already escaped.
    mutating func add(_ html: String) {
        var html = html
        html.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Text, escaped as `HTML.escape` escapes it.
    mutating func add(escaping text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // Runs without any of the five characters, most text, are copied whole.
            var start = 0
            for (i, byte) in utf8.enumerated() where HTML.needsEscape(byte) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                HTML.appendEscaped(byte, to: &bytes)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
