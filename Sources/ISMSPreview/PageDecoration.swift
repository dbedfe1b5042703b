import Foundation
import ISMSSite

/// Adds the preview's parts to an HTML page: the reload script, and the banner with its stylesheet.
///
/// Works on bytes so that a page in any encoding passes through unchanged apart from the insertions.
public struct PageDecoration: Sendable {
    /// The banner, which also carries the build state the script tag names.
    public var banner: PreviewBanner

    /// Creates the decoration for one build state.
    public init(banner: PreviewBanner) {
        self.banner = banner
    }

    /// The script element; it carries the generation of the page so that the script knows when it is stale.
    public var scriptTag: String {
        #"<script src="\#(PreviewAssets.scriptPath)" data-generation="\#(banner.snapshot.generation)"></script>"#
    }

    /// The link to the banner's stylesheet, added only when there is a banner.
    public static let styleTag = #"<link rel="stylesheet" href="\#(PreviewAssets.stylePath)">"#

    /// The page with the stylesheet before `</head>`, the banner right after `<body…>` and the script before `</body>`.
    ///
    /// A page without those tags gets what is missing at its end, where it is still valid HTML.
    public func apply(to page: Data) -> Data {
        let bytes = [UInt8](page)
        var insertions: [(at: Int, text: String)] = []
        let bodyClose = Self.lastTag("</body", in: bytes) ?? bytes.count
        let banner = banner.html
        if !banner.isEmpty {
            if let headClose = Self.firstTag("</head", in: bytes), let bodyOpen = Self.endOfOpeningBody(bytes) {
                insertions.append((headClose, Self.styleTag))
                insertions.append((bodyOpen, banner))
            } else {
                insertions.append((bodyClose, Self.styleTag + banner))
            }
        }
        insertions.append((bodyClose, scriptTag))
        var out = Data()
        out.reserveCapacity(bytes.count + insertions.reduce(0) { $0 + $1.text.utf8.count })
        var copied = 0
        // Stable by position: at the same index the banner goes before the script.
        for insertion in insertions.enumerated().sorted(by: { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }).map(\.element) {
            out.append(contentsOf: bytes[copied..<insertion.at])
            out.append(Data(insertion.text.utf8))
            copied = insertion.at
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// The index just past the `>` of the first `<body` tag, skipping `>` inside quoted attribute values.
    static func endOfOpeningBody(_ bytes: [UInt8]) -> Int? {
        guard let start = firstTag("<body", in: bytes) else { return nil }
        return HTMLTagEnd.of(bytes, from: start + 5).map { $0 + 1 }
    }

    /// The first place where `name` (`<body`, `</head`) starts a tag of that name, not of a longer one (`<bodyguard>`).
    static func firstTag(_ name: String, in bytes: [UInt8]) -> Int? {
        var from = 0
        while let found = firstIndex(of: name, in: bytes, from: from) {
            if endsName(bytes, at: found + name.utf8.count) { return found }
            from = found + 1
        }
        return nil
    }

    /// The last place where `name` starts a tag of that name.
    static func lastTag(_ name: String, in bytes: [UInt8]) -> Int? {
        var before = bytes.count
        while let found = lastIndex(of: name, in: bytes, before: before) {
            if endsName(bytes, at: found + name.utf8.count) { return found }
            before = found
        }
        return nil
    }

    /// A tag name ends at `>`, `/` or white space; the end of the bytes counts, for a tag cut short.
    private static func endsName(_ bytes: [UInt8], at index: Int) -> Bool {
        index >= bytes.count || bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/") || isSpace(bytes[index])
    }

    static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { matches(pattern, bytes, at: $0) }
    }

    /// The last match that starts before `before`.
    static func lastIndex(of needle: String, in bytes: [UInt8], before: Int) -> Int? {
        let pattern = Array(needle.utf8)
        let last = min(before - 1, bytes.count - pattern.count)
        guard last >= 0 else { return nil }
        return (0...last).reversed().first { matches(pattern, bytes, at: $0) }
    }

    /// ASCII case-insensitive comparison; the pattern is lower case.
    private static func matches(_ pattern: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        for (k, p) in pattern.enumerated() {
            var b = bytes[index + k]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { b += 32 }
            if b != p { return false }
        }
        return true
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }
}
