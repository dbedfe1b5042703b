/// Writing YAML scalars and flow lists safely: the generator's text is plain, but a colon or a
/// leading digit would otherwise change what a value means.
enum YAML {
    /// A scalar, double-quoted when plain style could be read as something else.
    static func scalar(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// A flow list: `[a, b, "c: d"]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", ""]

    private static func needsQuotes(_ text: String) -> Bool {
        if reserved.contains(text.lowercased()) { return true }
        guard let first = text.unicodeScalars.first else { return true }
        if "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) { return true }
        if first.properties.numericType != nil { return true }  // numbers, dates, versions
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") || text.hasSuffix(" ") { return true }
        return text.contains { ",[]{}".contains($0) }  // harmless in block style, but not inside a flow list
    }
}
