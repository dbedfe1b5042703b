/// The start tags of an HTML text with their attributes, as a browser would split them: enough
/// to find a script, a handler or a dangerous URL that escaping let through.
struct HTMLTag: Equatable {
    var name: String
    var attributes: [(name: String, value: String)]
    /// What follows the tag up to the next `<`, for elements whose content matters (inline scripts).
    var text: String

    static func == (a: HTMLTag, b: HTMLTag) -> Bool {
        a.name == b.name && a.text == b.text && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    static func parse(_ html: String) -> [HTMLTag] {
        let s = Array(html.unicodeScalars)
        var tags: [HTMLTag] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
        while i < s.count {
            guard s[i] == "<" else { i += 1; continue }
            if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                // A comment runs to `-->`.
                var j = i + 4
                while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                i = j + 3
                continue
            }
            var j = i + 1
            guard j < s.count, s[j].properties.isAlphabetic else { i += 1; continue }
            var name = ""
            while j < s.count, !isSpace(s[j]), s[j] != ">", s[j] != "/" { name.unicodeScalars.append(s[j]); j += 1 }
            var attributes: [(String, String)] = []
            while j < s.count, s[j] != ">" {
                if isSpace(s[j]) || s[j] == "/" { j += 1; continue }
                var attribute = ""
                while j < s.count, !isSpace(s[j]), s[j] != "=", s[j] != ">", !(s[j] == "/" && attribute.isEmpty) {
                    attribute.unicodeScalars.append(s[j]); j += 1
                }
                var value = ""
                while j < s.count, isSpace(s[j]) { j += 1 }
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]
                        j += 1
                        while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
                        j += 1
                    } else {
                        while j < s.count, !isSpace(s[j]), s[j] != ">" { value.unicodeScalars.append(s[j]); j += 1 }
                    }
                }
                attributes.append((attribute.lowercased(), decodeEntities(value)))
            }
            var k = j + 1, text = ""
            while k < s.count, s[k] != "<" { text.unicodeScalars.append(s[k]); k += 1 }
            tags.append(HTMLTag(name: name.lowercased(), attributes: attributes, text: text))
            i = j + 1
        }
        return tags
    }

    /// Numeric and the commonest named character references decoded, as a browser reads an attribute.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "&", let semicolon = s[i...].prefix(12).firstIndex(of: ";") {
                let body = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
                let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t", "NewLine": "\n"]
                var scalar: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") { scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if body.hasPrefix("#") { scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { scalar = named[body] }
                if let scalar { out.append(scalar); i = semicolon + 1; continue }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    /// The scheme of a URL as a browser takes it (control characters and spaces ignored), when it
    /// is one that runs script or carries a document of its own.
    static func dangerousScheme(_ url: String) -> String? {
        let compact = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where compact.hasPrefix(scheme) { return scheme }
        let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if compact.hasPrefix("data:"), !images.contains(where: compact.hasPrefix) { return "data:" }
        return nil
    }
}
