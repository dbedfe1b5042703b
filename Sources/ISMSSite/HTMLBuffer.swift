import ISMSModel

/// HTML made in one byte buffer and turned into a String once. Appending to a String checks its
/// storage, capacity and flags on every call, and interpolating does the same per piece:
/// callgrind counts 300–400 instructions an append. An Array of bytes still cost some 90 an
/// append (its uniqueness, capacity and generic copy); this buffer, which cannot be copied and
/// so owns its memory alone, checks its room and copies the bytes.
struct HTMLBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Markup or text already escaped.
    mutating func add(_ html: String) {
        // Read in place: a copy to call `withUTF8` on retained and released the text each time.
        html.withUTF8Bytes { append($0) }
    }

    /// Each of `items` (HTML) as an `<li>`.
    mutating func add(listItems items: [String]) {
        for item in items {
            add("<li>")
            add(item)
            add("</li>")
        }
    }

    /// Text, escaped as `HTML.escape` escapes it.
    mutating func add(escaping text: String) {
        text.withUTF8Bytes { add(escaping: $0) }
    }

    /// UTF-8 text, escaped.
    private mutating func add(escaping utf8: UnsafeBufferPointer<UInt8>) {
        // Runs without any of the five characters, most text, are copied whole.
        var run = 0
        while let i = HTML.firstToEscape(in: utf8, from: run) {
            append(UnsafeBufferPointer(rebasing: utf8[run..<i]))
            add(HTML.reference(for: utf8[i]))
            run = i + 1
        }
        append(UnsafeBufferPointer(rebasing: utf8[run...]))
    }

    private mutating func add(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            let grown = max(capacity * 2, count + bytes.count)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.initialize(from: start, count: count)
            start.deallocate()
            start = larger
            capacity = grown
        }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    var isEmpty: Bool { count == 0 }

    var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// The bytes, copied out.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }
}

/// HTML kept as UTF-8 bytes for a template value: a record page's sections are most of its
/// bytes, and making a String of them checked them all as UTF-8 only for the page to be put
/// together from bytes. Template frames take the bytes as they are; the engine gets a String.
struct HTMLBytes: Sendable {
    var bytes: [UInt8]

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
