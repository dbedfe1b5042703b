import CCmark

/// Heading ids as git hosts make them, so `file.md#section` links written for a git host work here:
/// lower case, punctuation dropped, spaces as hyphens, repeats numbered `-1`, `-2`.
public struct Anchors {
    private var used: [String: Int] = [:]

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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case UInt8(ascii: " "), UInt8(ascii: "-"): bytes.append(UInt8(ascii: "-"))
            case 0x80...: return nil
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The next heading's anchor, distinct from those before it in the same document.
    public mutating func next(for text: String) -> String {
        let base = Self.slug(text)
        let seen = used[base, default: 0]
        used[base] = seen + 1
        let anchor = seen == 0 ? base : "\(base)-\(seen)"
        // An empty heading still needs an id to be linkable.
        return anchor.isEmpty ? "section" : anchor
    }

    /// Drops the line breaks cmark puts inside a custom block around the heading's text
    /// (`<h2 id="x">\nText\n</h2>`), in one pass over the HTML however many headings it has.
    static func tighten(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "1") && bytes[i] <= UInt8(ascii: "6") }
        var i = 0
        var inOpeningTag = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), i + 7 < bytes.count, bytes[i + 1] == UInt8(ascii: "h"), isDigit(i + 2), bytes[i + 3] == UInt8(ascii: " ") {
                inOpeningTag = true
            } else if inOpeningTag, b == UInt8(ascii: ">") {
                inOpeningTag = false
                out.append(b)
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
                continue
            } else if b == UInt8(ascii: "\n"), i + 5 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"), bytes[i + 2] == UInt8(ascii: "/"),
                      bytes[i + 3] == UInt8(ascii: "h"), isDigit(i + 4), bytes[i + 5] == UInt8(ascii: ">") {
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Replaces a heading node with one that carries its id; the inline content is moved, not copied.
    static func identify(_ heading: OpaquePointer, _ value: MarkdownHeading) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        // The anchor holds only letters, digits, marks, '-' and '_', so it needs no escaping.
        cmark_node_set_on_enter(block, "<h\(value.level) id=\"\(value.anchor)\">")
        cmark_node_set_on_exit(block, "</h\(value.level)>")
        while let child = cmark_node_first_child(heading) { cmark_node_append_child(block, child) }
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }
}
