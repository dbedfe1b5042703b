import ISMSSite

/// Pages as the PDF engine is given them: links to other pages of the site become plain text.
///
/// An engine writes every link of a PDF as an absolute address, and the pages it prints lie in
/// a scratch folder beside the output: each PDF would name that folder (the user's own
/// directories and a random name), so the pack would leak where it was made and differ from
/// one run to the next. A link within the page (`#part`) and one to elsewhere (`https:`,
/// `mailto:`) stay as they are.
enum PrintedLinks {
    /// `html` with each `<a>` whose `href` is a relative address turned into a `<span>` of the same class.
    static func unlinkingSitePages(_ html: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count)
        var copied = 0, i = 0
        while i + 2 < html.count {
            guard html[i] == UInt8(ascii: "<"), html[i + 1] | 0x20 == UInt8(ascii: "a"), HTMLTags.isSpace(html[i + 2]),
                  let end = HTMLTags.end(html, from: i + 2)
            else {
                i += 1
                continue
            }
            guard let href = attribute("href", in: html[(i + 2)..<end]), isSitePage(href),
                  let close = HTMLTags.firstIndex(of: "</a>", in: html, from: end + 1)
            else {
                i = end + 1
                continue
            }
            out.append(contentsOf: html[copied..<i])
            // The class stays, so that ids keep their look (`ref`).
            if let type = attribute("class", in: html[(i + 2)..<end]), !type.isEmpty {
                out.append(contentsOf: Array("<span class=\"".utf8))
                for b in type { if b == UInt8(ascii: "\"") { out.append(contentsOf: Array("&quot;".utf8)) } else { out.append(b) } }
                out.append(contentsOf: Array("\">".utf8))
            } else {
                out.append(contentsOf: Array("<span>".utf8))
            }
            out.append(contentsOf: html[(end + 1)..<close])
            out.append(contentsOf: Array("</span>".utf8))
            i = close + 4
            copied = i
        }
        out.append(contentsOf: html[copied...])
        return out
    }

    /// Whether an address leads to another file by a relative path: no scheme, not only a fragment.
    static func isSitePage(_ href: ArraySlice<UInt8>) -> Bool {
        guard let first = href.first, first != UInt8(ascii: "#") else { return false }
        // A scheme is letters, digits, `+`, `-` and `.` before a colon, starting with a letter.
        guard first | 0x20 >= UInt8(ascii: "a"), first | 0x20 <= UInt8(ascii: "z") else { return true }
        for b in href {
            if b == UInt8(ascii: ":") { return false }
            let letter = b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")
            guard letter || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") else {
                return true
            }
        }
        return true
    }

    /// The value of an attribute in a tag's attribute text: quoted either way or bare, any case of name.
    static func attribute(_ name: String, in attributes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let wanted = Array(name.utf8)
        var i = attributes.startIndex
        let end = attributes.endIndex
        while i < end {
            while i < end, HTMLTags.isSpace(attributes[i]) || attributes[i] == UInt8(ascii: "/") { i += 1 }
            let nameStart = i
            while i < end, !HTMLTags.isSpace(attributes[i]), attributes[i] != UInt8(ascii: "="), attributes[i] != UInt8(ascii: ">") { i += 1 }
            let found = attributes[nameStart..<i].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            while i < end, HTMLTags.isSpace(attributes[i]) { i += 1 }
            var value: ArraySlice<UInt8> = []
            if i < end, attributes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end, HTMLTags.isSpace(attributes[i]) { i += 1 }
                if i < end, attributes[i] == UInt8(ascii: "\"") || attributes[i] == UInt8(ascii: "'") {
                    let quote = attributes[i]
                    let valueStart = i + 1
                    i = valueStart
                    while i < end, attributes[i] != quote { i += 1 }
                    value = attributes[valueStart..<i]
                    i += 1
                } else {
                    let valueStart = i
                    while i < end, !HTMLTags.isSpace(attributes[i]) { i += 1 }
                    value = attributes[valueStart..<i]
                }
            }
            if found == wanted { return value }
            if i == nameStart { i += 1 }
        }
        return nil
    }
}
