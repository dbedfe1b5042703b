import Foundation

/// A complete response; the server closes the connection after each one.
public struct HTTPResponse: Equatable, Sendable {
    /// The status of the status line.
    public var status: HTTPStatus
    /// The value of `Content-Type`.
    public var contentType: String
    /// The body; its length is sent as `Content-Length`, even for HEAD.
    public var body: Data
    /// Headers besides the ones every response carries (`Allow`, `Location`).
    public var extraHeaders: [String: String]

    /// Creates a response with a body of the given type.
    public init(_ status: HTTPStatus, contentType: String, body: Data, extraHeaders: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.extraHeaders = extraHeaders
    }

    /// A short plain-text response naming the status, for errors.
    public static func plain(_ status: HTTPStatus, extraHeaders: [String: String] = [:]) -> HTTPResponse {
        HTTPResponse(status, contentType: ContentType.plainText, body: Data("\(status.rawValue) \(status.reason)\n".utf8),
                     extraHeaders: extraHeaders)
    }

    /// The bytes on the wire; a HEAD response keeps the headers (with the full length) and drops the body.
    public func serialized(includeBody: Bool = true) -> Data {
        var head = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
        head += "Content-Type: \(contentType)\r\n"
        head += "Content-Length: \(body.count)\r\n"
        // The preview changes on every save, and its files must never be read as another type.
        head += "Cache-Control: no-store\r\n"
        head += "X-Content-Type-Options: nosniff\r\n"
        for (name, value) in extraHeaders.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "Connection: close\r\n\r\n"
        var out = Data(head.utf8)
        if includeBody { out.append(body) }
        return out
    }
}
