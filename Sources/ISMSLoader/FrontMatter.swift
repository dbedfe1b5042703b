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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else {
            self.yaml = nil
            self.yamlLine = 1
            self.body = text
            self.bodyLine = 1
            return
        }
        let close = lines.indices.dropFirst().first { i in
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            return t == "---" || t == "..."
        }
        guard let close else {
            self.yaml = nil
            self.yamlLine = 2
            self.body = text
            self.bodyLine = 1
            self.unterminated = true
            return
        }
        self.yaml = lines[1..<close].joined(separator: "\n")
        self.yamlLine = 2
        self.body = lines[(close + 1)...].joined(separator: "\n")
        self.bodyLine = close + 2
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
            var title = rest.trimmingCharacters(in: .whitespaces)
            // A closing sequence of #s is not part of the heading.
            while title.hasSuffix("#") { title.removeLast() }
            title = title.trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { return title }
        }
        return nil
    }
}
