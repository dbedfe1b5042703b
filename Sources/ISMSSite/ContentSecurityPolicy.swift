import ISMSMarkdown

/// The Content-Security-Policy every page of the site states: no inline script, event handler or
/// style, nothing loaded from elsewhere; the site's own files only.
public enum ContentSecurityPolicy {
    public static let policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'"
    /// The element that states the policy in a page's head.
    public static let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"
    /// The templates that write a whole page, head and all; the others fill part of `layout`.
    static let pageTemplates: Set<String> = ["layout", "display", "poster", "print"]

    /// A whole-page template with the policy put in when it states none of its own: right after
    /// `<head …>`, or else after the doctype (a `<meta>` there opens the head), or else first.
    /// A theme that states a policy of its own keeps it as it is.
    static func ensured(in template: String) -> String {
        let lowered = Array(template.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        if states(lowered) { return template }
        let bytes = Array(template.utf8)
        let at: Int
        if let head = HTMLTags.first("<head", in: bytes), let end = HTMLTags.end(bytes, from: head + 5) {
            at = end + 1
        } else if let doctype = HTMLTags.firstIndex(of: "<!doctype", in: bytes), let end = HTMLTags.end(bytes, from: doctype + 9) {
            at = end + 1
        } else {
            at = 0
        }
        return String(decoding: bytes[..<at] + Array(("\n" + meta).utf8) + bytes[at...], as: UTF8.self)
    }

    /// Whether lowercased template bytes hold `http-equiv="content-security-policy"`, quoted
    /// either way or not at all, with any spaces around the `=`.
    static func states(_ lowered: [UInt8]) -> Bool {
        lowered.withUnsafeBufferPointer { text in
            var from = 0
            while let found = text.firstOffset(of: "http-equiv", from: from) {
                var i = found + 10
                from = i
                while i < text.count, HTMLTags.isSpace(text[i]) { i += 1 }
                guard i < text.count, text[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < text.count, HTMLTags.isSpace(text[i]) { i += 1 }
                if i < text.count, text[i] == UInt8(ascii: "\"") || text[i] == UInt8(ascii: "'") { i += 1 }
                let name = Array("content-security-policy".utf8)
                if i + name.count <= text.count, Array(text[i..<(i + name.count)]) == name { return true }
            }
            return false
        }
    }
}
