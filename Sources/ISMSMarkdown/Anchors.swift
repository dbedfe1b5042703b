#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CCmark
import ISMSModel

/// Heading ids as git hosts make them, so `file.md#section` links written for a git host work here:
/// lower case, punctuation dropped, spaces as hyphens, repeats numbered `-1`, `-2`.
public struct Anchors {
    /// How many headings before had each slug, in order of first use; a document has a few
    /// headings, among which a slug is found faster than it is hashed.
    private var used: [(slug: String, count: Int)] = []
    /// Where each slug is in `used`, once there are many.
    private var positions: [String: Int] = [:]

    public init() {}

    /// The anchor of a heading's text.
    public static func slug(_ text: String) -> String {
        // Most headings are ASCII, where the rule below comes down to a few byte ranges;
        // lowercasing and looking up Unicode properties for them was a hot spot of loading.
        asciiSlug(text) ?? unicodeSlug(text)
    }

    /// The slug of any text, by the Unicode properties of its scalars.
    static func unicodeSlug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if scalar == " " || scalar == "-" {
                slug.unicodeScalars.append("-")
            } else if p.isAlphabetic || p.numericType != nil || scalar == "_"
                        || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug
    }

    /// The slug of an ASCII text (nil for any other): letters in lower case, digits and '_'
    /// kept, spaces and '-' as '-', the rest dropped.
    static func asciiSlug(_ text: String) -> String? {
        return text.withUTF8Bytes { bytes in
            // Written straight into the new string: a slug is never longer than its text.
            var ascii = true
            let slug = String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): out[n] = byte
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[n] = byte + 32
                    case UInt8(ascii: " "), UInt8(ascii: "-"): out[n] = UInt8(ascii: "-")
                    case 0x80...: ascii = false; return 0
                    default: continue
                    }
                    n += 1
                }
                return n
            }
            return ascii ? slug : nil
        }
    }

    /// The next heading's anchor, distinct from those before it in the same document.
    public mutating func next(for text: String) -> String {
        let base = Self.slug(text)
        let seen: Int
        if let k = used.count <= 32 ? used.firstIndex(where: { $0.slug == base }) : positions[base] {
            seen = used[k].count
            used[k].count += 1
        } else {
            seen = 0
            // Room for a document's headings at once, rather than growing from one.
            if used.isEmpty { used.reserveCapacity(16) }
            used.append((base, 1))
            if used.count > 32 {
                if positions.isEmpty { for (k, u) in used.enumerated() { positions[u.slug] = k } } else { positions[base] = used.count - 1 }
            }
        }
        let anchor = seen == 0 ? base : "\(base)-\(seen)"
        // An empty heading still needs an id to be linkable.
        return anchor.isEmpty ? "section" : anchor
    }

    /// Drops the line breaks cmark puts inside a custom block around the heading's text
    /// (`<h2 id="x">\nText\n</h2>`), in one pass over the HTML however many headings it has:
    /// the text between headings is copied in whole runs, found with `memchr`.
    static func tighten(_ html: String) -> String {
        return html.withUTF8Bytes { bytes -> String in
            guard let base = bytes.baseAddress else { return "" }
            let count = bytes.count
            func isDigit(_ i: Int) -> Bool { i < count && bytes[i] >= UInt8(ascii: "1") && bytes[i] <= UInt8(ascii: "6") }
            var out: [UInt8] = []
            out.reserveCapacity(count)
            var copied = 0, i = 0
            while i < count, let found = memchr(base + i, Int32(UInt8(ascii: "<")), count - i) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                i = at + 1
                // An opening `<hN id=…>` followed by a line break: the break goes.
                if at + 7 < count, bytes[at + 1] == UInt8(ascii: "h"), isDigit(at + 2), bytes[at + 3] == UInt8(ascii: " "),
                   let close = memchr(base + at, Int32(UInt8(ascii: ">")), count - at) {
                    let end = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                    if end < count, bytes[end] == UInt8(ascii: "\n") {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
                        copied = end + 1
                    }
                    i = end
                } else if at > 0, bytes[at - 1] == UInt8(ascii: "\n"), at + 4 < count, bytes[at + 1] == UInt8(ascii: "/"),
                          bytes[at + 2] == UInt8(ascii: "h"), isDigit(at + 3), bytes[at + 4] == UInt8(ascii: ">"), at - 1 >= copied {
                    // A line break before a closing `</hN>` goes.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(at - 1)]))
                    copied = at
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// cmark's HTML with `anchors`, in order, as the ids of its `<h1>` … `<h6>` tags; nil unless
    /// it holds exactly one such tag per anchor. Text, code and attributes print `<` as `&lt;`,
    /// so in the safe mode only headings make these tags. The text between them is copied in
    /// whole runs, found with `memchr`.
    static func insertingIDs(_ html: UnsafeBufferPointer<UInt8>, _ anchors: [String]) -> String? {
        guard let base = html.baseAddress else { return anchors.isEmpty ? "" : nil }
        let count = html.count
        var out: [UInt8] = []
        out.reserveCapacity(count + anchors.reduce(0) { $0 + $1.utf8.count + 6 })
        var copied = 0, i = 0, n = 0
        while i < count, let found = memchr(base + i, Int32(UInt8(ascii: "<")), count - i) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            i = at + 1
            guard at + 3 < count, html[at + 1] == UInt8(ascii: "h"), html[at + 2] >= UInt8(ascii: "1"),
                  html[at + 2] <= UInt8(ascii: "6"), html[at + 3] == UInt8(ascii: ">") else { continue }
            guard n < anchors.count else { return nil }
            // The anchor holds only letters, digits, marks, '-' and '_', so it needs no escaping.
            out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<(at + 3)]))
            out.append(contentsOf: " id=\"".utf8)
            out.append(contentsOf: anchors[n].utf8)
            out.append(UInt8(ascii: "\""))
            copied = at + 3
            n += 1
            i = at + 4
        }
        guard n == anchors.count else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<count]))
        return String(decoding: out, as: UTF8.self)
    }

    /// Replaces a heading node with one that carries its id; the inline content is moved, not copied.
    static func identify(_ heading: OpaquePointer, _ value: MarkdownHeading, memory: UnsafeMutablePointer<cmark_mem>) {
        // The anchor holds only letters, digits, marks, '-' and '_', so it needs no escaping.
        Markdown.replace(heading, with: CMARK_NODE_CUSTOM_BLOCK, enter: "<h\(value.level) id=\"\(value.anchor)\">",
                         exit: "</h\(value.level)>", memory: memory)
    }
}
