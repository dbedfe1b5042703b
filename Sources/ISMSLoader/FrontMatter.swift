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
        // Walk the lines by UTF-8 index until the closing fence; the body is one slice of the
        // text after it, so a long document is never split into lines and joined again.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        // A line of `---` (or `...`) between spaces and tabs, compared by bytes: trimming each
        // line as a String made one for every line of the front matter.
        func isFence(_ line: Substring, allowDots: Bool) -> Bool {
            // Most lines are `key: value`: a fence starts with `-`, `.` or a space of some kind.
            guard let first = line.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first == 0x20 || first == 0x09 || first >= 0x80 else {
                return false
            }
            // Other spaces (U+3000 and the like) trim too: text beyond ASCII goes the slow way.
            if line.utf8.contains(where: { $0 >= 0x80 }) {
                let t = line.trimmingWhitespace()
                return t == "---" || (allowDots && t == "...")
            }
            var bytes = line.utf8[...]
            while let b = bytes.first, b == 0x20 || b == 0x09 { bytes.removeFirst() }
            while let b = bytes.last, b == 0x20 || b == 0x09 { bytes.removeLast() }
            guard bytes.count == 3, let mark = bytes.first, mark == UInt8(ascii: "-") || (allowDots && mark == UInt8(ascii: ".")) else { return false }
            return bytes.allSatisfy { $0 == mark }
        }
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            if lineNumber == 1 {
                guard isFence(line, allowDots: false) else { break }
                yamlStart = next
            } else if let open = yamlStart, isFence(line, allowDots: true) {
                self.yaml = String(text[open..<lineStart].dropLast(lineStart > open ? 1 : 0))
                self.yamlLine = 2
                self.body = String(text[next...])
                self.bodyLine = lineNumber + 1
                return
            }
            lineNumber += 1
            lineStart = next
        }
        self.yaml = nil
        self.yamlLine = yamlStart == nil ? 1 : 2
        self.body = text
        self.bodyLine = 1
        self.unterminated = yamlStart != nil
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
