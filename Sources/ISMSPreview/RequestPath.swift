import Foundation

/// The path of a request target, decoded and checked, as segments below the site root.
///
/// Parsing is pure: it never looks at the disk, so every trick against it can be tested as a table.
public struct RequestPath: Equatable, Sendable {
    /// Decoded segments; none is empty, `.` or `..`, or holds `/`, `\` or a control character.
    public var segments: [String]
    /// The target ended in `/` (or was `/` itself): the client asked for a folder.
    public var isDirectory: Bool
    /// The raw query after `?`, without the `?`; nil when the target had none.
    public var query: String?

    /// Creates a path from segments that are already checked.
    public init(segments: [String], isDirectory: Bool, query: String? = nil) {
        self.segments = segments
        self.isDirectory = isDirectory
        self.query = query
    }

    /// Why a target was refused; every case is a client error, none reaches the disk.
    public enum Rejection: Error, Equatable, Sendable {
        /// Not a path starting with a single `/` (absolute URLs, `*`, `//host/…`).
        case notOriginForm
        /// A `%` not followed by two hex digits, or bytes that are not UTF-8 once decoded.
        case invalidEncoding
        /// A decoded NUL, other control character or backslash.
        case forbiddenCharacter
        /// An empty segment inside the path (`/a//b`).
        case emptySegment
        /// A `.` or `..` segment, however it was encoded.
        case dotSegment
    }

    /// The site path of the target, such as `registers/assets.html`.
    public var sitePath: String { segments.joined(separator: "/") }

    /// Parses an origin-form request target: strips the query and fragment, percent-decodes once, then checks each segment.
    public static func parse(_ target: String) -> Result<RequestPath, Rejection> {
        var raw = Substring(target)
        if let hash = raw.firstIndex(of: "#") { raw = raw[..<hash] }
        var query: String?
        if let mark = raw.firstIndex(of: "?") {
            query = String(raw[raw.index(after: mark)...])
            raw = raw[..<mark]
        }
        // Only "/…" is a path; "//x" would be read by some clients as a host, so it is refused too.
        guard raw.hasPrefix("/"), !raw.hasPrefix("//") else { return .failure(.notOriginForm) }
        guard let bytes = percentDecoded(raw.dropFirst()) else { return .failure(.invalidEncoding) }
        guard let decoded = String(data: Data(bytes), encoding: .utf8) else { return .failure(.invalidEncoding) }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) {
            return .failure(.forbiddenCharacter)
        }
        // Splitting after decoding makes "..%2f" and "%2e%2e" the plain ".." they are.
        var parts = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isDirectory = parts.last == ""
        if isDirectory { parts.removeLast() }
        for part in parts {
            if part.isEmpty { return .failure(.emptySegment) }
            if part == "." || part == ".." { return .failure(.dotSegment) }
        }
        return .success(RequestPath(segments: parts, isDirectory: isDirectory, query: query))
    }

    /// Decodes `%XX` escapes exactly once; nil when an escape is malformed.
    static func percentDecoded(_ text: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        let utf8 = Array(text.utf8)
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%") {
                guard i + 2 < utf8.count, let high = hexValue(utf8[i + 1]), let low = hexValue(utf8[i + 2]) else { return nil }
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
