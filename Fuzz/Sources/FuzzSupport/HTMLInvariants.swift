/// What safe HTML from Markdown may hold: a fuzzed text that yields anything else has got through.
public enum HTMLInvariants {
    /// Elements cmark and the pipe tables write.
    static let tags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong",
        "a", "img", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
    ]

    /// Attributes they carry.
    static let attributes: Set<String> = ["href", "src", "alt", "title", "id", "class", "start"]

    /// The first thing wrong with `html`, or nil when every tag and attribute is one of the above
    /// and no link or image leads to a script.
    public static func violation(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            // What safe mode puts in place of raw HTML.
            let omitted = Array("<!-- raw HTML omitted -->".utf8)
            if bytes[i...].starts(with: omitted) { i += omitted.count; continue }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "/") { j += 1 }
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            guard tags.contains(name) else { return "element <\(name)> at byte \(i)" }
            // Attributes up to the closing `>`; values are quoted by cmark.
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if bytes[j] == UInt8(ascii: " ") {
                    j += 1
                    let attrStart = j
                    while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
                    let attribute = String(decoding: bytes[attrStart..<j], as: UTF8.self).lowercased()
                    if attribute.isEmpty || attribute == "/" { continue }
                    guard attributes.contains(attribute) else { return "attribute \(attribute) on <\(name)> at byte \(i)" }
                    guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { continue }
                    j += 1
                    guard j < bytes.count, bytes[j] == UInt8(ascii: "\"") else { return "unquoted \(attribute) at byte \(i)" }
                    let valueStart = j + 1
                    j = valueStart
                    while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += 1 }
                    let value = String(decoding: bytes[valueStart..<min(j, bytes.count)], as: UTF8.self)
                    if attribute == "href" || attribute == "src", let scheme = dangerousScheme(value) {
                        return "\(scheme) URL in \(attribute) at byte \(i)"
                    }
                    j += 1
                } else {
                    j += 1
                }
            }
            i = j
        }
        return nil
    }

    /// `javascript:`, `vbscript:`, `file:` or a `data:` URL other than an image, however it is cased.
    static func dangerousScheme(_ url: String) -> String? {
        let lower = url.lowercased().filter { !$0.isWhitespace }
        for scheme in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(scheme) { return scheme }
        if lower.hasPrefix("data:"), !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: lower.hasPrefix) {
            return "data:"
        }
        return nil
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-")
    }
}
