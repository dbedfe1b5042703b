#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import ISMSModel

extension Markdown {
    /// A document's body rendered once in the safe mode, with its links and headings as
    /// `outline` gives them. The body is nil when its links cannot be found again in the HTML
    /// one for one (a link inside an image's text, or in a table cell past the last column),
    /// or when it has an escaped pipe, whose stand-in changes what the links are told: such a
    /// page renders the Markdown itself.
    public static func prepare(_ text: String, title: String?) -> (body: RenderedBody?, links: [MarkdownLink], headings: [MarkdownHeading]) {
        // A text with an escaped pipe (there are few) is only outlined: rendering goes through a
        // stand-in for the pipe, a byte longer than "\|", which would move the columns after it.
        if text.holdsEscapedPipe {
            let found = outline(text, title: title)
            return (nil, found.links, found.headings)
        }
        var numbers: [Int] = []
        let rendered = render(text, allowRawHTML: false, title: title, searchText: true) { number, _ in
            numbers.append(number)
            return .keep
        }
        let body = slots(in: rendered.html, links: numbers).map {
            RenderedBody(html: rendered.html, headings: rendered.headings, links: $0, text: rendered.text ?? "")
        }
        return (body, rendered.links, rendered.headings)
    }

    /// Where each link sits in HTML rendered in the safe mode, which holds no tag but cmark's:
    /// the k-th `<a href="` opens the k-th link, and the first `</a>` after it closes it, as
    /// links do not nest. nil unless there are exactly as many links as numbers.
    static func slots(in html: String, links numbers: [Int]) -> [RenderedBody.Slot]? {
        // Offsets are kept in 32 bits.
        guard html.utf8.count < Int32.max else { return nil }
        return html.withUTF8Bytes { bytes -> [RenderedBody.Slot]? in
            func find(_ needle: StaticString, from start: Int) -> Int? { bytes.firstOffset(of: needle, from: start) }
            var slots: [RenderedBody.Slot] = []
            slots.reserveCapacity(numbers.count)
            var next = 0
            for number in numbers {
                guard let open = find("<a href=\"", from: next) else { return nil }
                let href = open + 9
                guard let quote = find("\"", from: href), let end = find(">", from: quote), let close = find("</a>", from: end) else { return nil }
                slots.append(RenderedBody.Slot(link: number, open: open..<(end + 1), href: href..<quote, close: close..<(close + 4)))
                next = close + 4
            }
            return find("<a href=\"", from: next) == nil ? slots : nil
        }
    }

    /// `url` as cmark writes it in an `href` in the safe mode: empty for a script, VBScript,
    /// file or data address (images of four kinds aside), percent-encoded but for the
    /// characters a URL may hold, with `&` and `'` as entities.
    static func appendHref(_ url: String, to out: inout [UInt8]) {
        url.withUTF8Bytes { bytes in
            guard !isDangerous(bytes) else { return }
            let hex: StaticString = "0123456789ABCDEF"
            var run = 0
            for (i, byte) in bytes.enumerated() where !hrefKeeps(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#x27;".utf8)
                default: out.append(contentsOf: [UInt8(ascii: "%"), hex.utf8Start[Int(byte >> 4)], hex.utf8Start[Int(byte & 15)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// Whether an `href` holds the byte as it is: letters, digits and `!#$%()*+,-./:;=?@_~`.
    static func hrefKeeps(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Whether cmark's safe mode drops this address: its scheme, in any case, is one that runs
    /// or reads something, and it is not a PNG, GIF, JPEG or WebP image.
    static func isDangerous(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        // The prefixes are written in lower case; a letter matches in either case, anything else exactly.
        func starts(with prefix: StaticString) -> Bool {
            guard url.count >= prefix.utf8CodeUnitCount else { return false }
            for i in 0..<prefix.utf8CodeUnitCount {
                let p = prefix.utf8Start[i], b = url[i]
                guard b == p || (p >= UInt8(ascii: "a") && p <= UInt8(ascii: "z") && b == p - 32) else { return false }
            }
            return true
        }
        if starts(with: "data:") {
            return !(starts(with: "data:image/png") || starts(with: "data:image/gif") || starts(with: "data:image/jpeg") || starts(with: "data:image/webp"))
        }
        return starts(with: "javascript:") || starts(with: "vbscript:") || starts(with: "file:")
    }
}

extension RenderedBody {
    /// The HTML with each link pointed where `rewrite` says, or dropped with its text kept,
    /// byte for byte what rendering the Markdown with the same `rewrite` gives. `rewrite` is
    /// given the link's number in the document's links.
    public func html(rewrite: (Int) -> LinkRewrite) -> String {
        guard !links.isEmpty else { return html }
        return html.withUTF8Bytes { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64 * links.count)
            var copied = 0
            for slot in links {
                switch rewrite(slot.link) {
                case .keep:
                    continue
                case .replace(let target):
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<slot.href.lowerBound]))
                    Markdown.appendHref(target, to: &out)
                    copied = slot.href.upperBound
                case .unlink:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<slot.open.lowerBound]))
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[slot.open.upperBound..<slot.close.lowerBound]))
                    copied = slot.close.upperBound
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
