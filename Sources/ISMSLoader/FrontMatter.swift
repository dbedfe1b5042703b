#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A Markdown file split into its YAML front matter and body.
struct FrontMatter {
    /// The YAML between the `---` lines, or nil when the file has none.
    var yaml: String?
    /// Line of the file where the YAML starts (the line after the opening `---`).
    var yamlLine: Int
    var body: String
    /// Line of the file where the body starts.
    var bodyLine: Int
    /// True when an opening `---` has no closing line.
    var unterminated = false

    init(splitting text: String) {
        // Walk the lines by byte offset until the closing fence; the body is one slice of the
        // text after it, so a long document is never split into lines and joined again.
        var copy = text
        let (yamlStart, closing) = copy.withUTF8 { bytes -> (Int?, (lineStart: Int, next: Int, lineNumber: Int)?) in
            guard let base = bytes.baseAddress else { return (nil, nil) }
            var lineStart = 0, lineNumber = 1
            var yamlStart: Int?
            while lineStart < bytes.count {
                let lineEnd = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                let next = lineEnd < bytes.count ? lineEnd + 1 : bytes.count
                if lineNumber == 1 {
                    guard Self.isFence(line, allowDots: false) else { break }
                    yamlStart = next
                } else if yamlStart != nil, Self.isFence(line, allowDots: true) {
                    return (yamlStart, (lineStart, next, lineNumber))
                }
                lineNumber += 1
                lineStart = next
            }
            return (yamlStart, nil)
        }
        let utf8 = text.utf8
        if let open = yamlStart, let closing {
            let (openIndex, lineStart) = (utf8.index(utf8.startIndex, offsetBy: open), utf8.index(utf8.startIndex, offsetBy: closing.lineStart))
            // The line break before the closing fence goes, as one character (CR LF too).
            self.yaml = String(text[openIndex..<lineStart].dropLast(closing.lineStart > open ? 1 : 0))
            self.yamlLine = 2
            self.body = String(text[utf8.index(utf8.startIndex, offsetBy: closing.next)...])
            self.bodyLine = closing.lineNumber + 1
            return
        }
        self.yaml = nil
        self.yamlLine = yamlStart == nil ? 1 : 2
        self.body = text
        self.bodyLine = 1
        self.unterminated = yamlStart != nil
    }

    /// Whether a line is `---` (or `...`) between spaces and tabs, compared by bytes: trimming
    /// each line as a String made one for every line of the front matter.
    static func isFence(_ line: UnsafeBufferPointer<UInt8>, allowDots: Bool) -> Bool {
        // Most lines are `key: value`: a fence starts with `-`, `.` or a space of some kind.
        guard let first = line.first, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first == 0x20 || first == 0x09 || first >= 0x80 else {
            return false
        }
        // Other spaces (U+3000 and the like) trim too: text beyond ASCII goes the slow way.
        if line.contains(where: { $0 >= 0x80 }) {
            let t = String(decoding: line, as: UTF8.self).trimmingWhitespace()
            return t == "---" || (allowDots && t == "...")
        }
        var bytes = line[...]
        while let b = bytes.first, b == 0x20 || b == 0x09 { bytes.removeFirst() }
        while let b = bytes.last, b == 0x20 || b == 0x09 { bytes.removeLast() }
        guard bytes.count == 3, let mark = bytes.first, mark == UInt8(ascii: "-") || (allowDots && mark == UInt8(ascii: ".")) else { return false }
        return bytes.allSatisfy { $0 == mark }
    }

    /// The text of the first ATX heading of the body, outside code fences.
    static func firstHeading(in body: String) -> String? {
        var fence: Substring?
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            guard trimmed.hasPrefix("#") else { continue }
            let hashes = trimmed.prefix { $0 == "#" }
            guard hashes.count <= 6 else { continue }
            let rest = trimmed.dropFirst(hashes.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            var title = rest.trimmingWhitespace()
            // A closing sequence of #s is not part of the heading.
            while title.hasSuffix("#") { title.removeLast() }
            title = title.trimmingWhitespace()
            if !title.isEmpty { return title }
        }
        return nil
    }
}
