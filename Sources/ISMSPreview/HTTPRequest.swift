/// An HTTP/1.x request head: the request line and the header fields (bodies are never read).
public struct HTTPRequest: Equatable, Sendable {
    /// `GET`, `HEAD` or any other token; only the first two are served.
    public var method: String
    /// The request target as sent, still percent-encoded.
    public var target: String
    /// `HTTP/1.0` or `HTTP/1.1`.
    public var version: String
    /// Header fields in the order received, names as sent.
    public var headers: [(name: String, value: String)]

    /// Creates a request head from its parts.
    public init(method: String, target: String, version: String = "HTTP/1.1", headers: [(name: String, value: String)] = []) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// Equal when every part and every header, in order, is equal.
    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.target == b.target && a.version == b.version
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }

    /// The value of the first header with this name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// What the bytes received so far amount to.
    public enum Parse: Equatable, Sendable {
        /// The head has not ended yet (no empty line).
        case incomplete
        case complete(HTTPRequest)
        /// Malformed: answer with this status and close.
        case invalid(HTTPStatus)
    }

    /// Parses a request head; lines end in CRLF (a bare LF is tolerated), the head ends at the first empty line.
    /// A head longer than `limit` bytes, complete or not, is refused.
    public static func parse(_ bytes: [UInt8], limit: Int = .max) -> Parse {
        guard let end = headEnd(bytes) else { return bytes.count > limit ? .invalid(.headersTooLarge) : .incomplete }
        guard end <= limit else { return .invalid(.headersTooLarge) }
        var lines = bytes[..<end].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        // The head ends in an empty line, which splitting turns into two empty pieces.
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, let requestLine = visibleASCII(first) else { return .invalid(.badRequest) }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].allSatisfy(isTokenCharacter) else {
            return .invalid(.badRequest)
        }
        let version = String(parts[2])
        guard version.hasPrefix("HTTP/") else { return .invalid(.badRequest) }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { return .invalid(.versionNotSupported) }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            // Folded lines and whitespace before the colon are refused, as RFC 9112 asks of servers.
            guard let text = visibleASCII(line), let colon = text.firstIndex(of: ":"), colon != text.startIndex else {
                return .invalid(.badRequest)
            }
            let name = text[..<colon]
            guard name.allSatisfy(isTokenCharacter) else { return .invalid(.badRequest) }
            let value = text[text.index(after: colon)...].trimmingSpacesAndTabs()
            headers.append((String(name), String(value)))
        }
        return .complete(HTTPRequest(method: String(parts[0]), target: String(parts[1]), version: version, headers: headers))
    }

    /// Index just past the empty line that ends the head, or nil while it has not arrived.
    static func headEnd(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { return i + 2 }
                if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\r"), bytes[i + 2] == UInt8(ascii: "\n") { return i + 3 }
            }
            i += 1
        }
        return nil
    }

    /// The line as text when it holds only printable ASCII, spaces and tabs; other bytes make the request invalid.
    private static func visibleASCII(_ line: ArraySlice<UInt8>) -> String? {
        guard line.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) else { return nil }
        return String(decoding: line, as: UTF8.self)
    }

    private static func isTokenCharacter(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return false }
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".contains(c)
        }
    }
}

extension Substring {
    fileprivate func trimmingSpacesAndTabs() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
