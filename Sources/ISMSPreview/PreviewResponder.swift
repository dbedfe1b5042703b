import Foundation
import ISMSSite

/// Answers one request: the server's own files under `/__isms/`, else a file of the site, decorated if it is HTML.
///
/// Knows nothing of sockets or of how the site is built, so it is tested by calling it.
public struct PreviewResponder: Sendable {
    /// Finds files inside the output folder.
    public var lookup: SiteLookup
    /// The build state that pages show and the long-poll waits on.
    public var status: BuildStatus
    /// Prefix for diagnostic paths in the banner (`content/`).
    public var pathPrefix: String
    /// How long `/__isms/events` holds a request open before answering with no change.
    public var longPollTimeout: TimeInterval

    /// Creates a responder for the site in `root`.
    public init(root: URL, status: BuildStatus, pathPrefix: String, longPollTimeout: TimeInterval = 25) {
        self.lookup = SiteLookup(root: root)
        self.status = status
        self.pathPrefix = pathPrefix
        self.longPollTimeout = longPollTimeout
    }

    /// Host names a browser uses for the loopback address; any other is a DNS-rebinding page and is refused.
    static let loopbackHosts: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// The response to a parsed request; HEAD gets the same head as GET (the server drops the body).
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .plain(.methodNotAllowed, extraHeaders: ["Allow": "GET, HEAD"])
        }
        if let host = request.header("Host") {
            guard Self.loopbackHosts.contains(Self.hostName(host).lowercased()) else { return .plain(.misdirected) }
        } else if request.version == "HTTP/1.1" {
            return .plain(.badRequest)
        }
        let path: RequestPath
        switch RequestPath.parse(request.target) {
        case .success(let parsed): path = parsed
        case .failure(.dotSegment): return .plain(.forbidden)
        case .failure: return .plain(.badRequest)
        }
        if path.segments.first == "__isms" { return serverFile(path, waits: request.method == "GET") }
        switch lookup.locate(path) {
        case .file(let real):
            // The build state is taken before the file is read: a page newer than its state reloads once more,
            // whereas the other order could leave a stale page that never reloads.
            let decoration = decoration()
            guard let data = FileManager.default.contents(atPath: real) else { return notFound() }
            let type = ContentType.forPath(real)
            return HTTPResponse(.ok, contentType: type, body: type == ContentType.html ? decoration.apply(to: data) : data)
        case .addSlash:
            let location = "/" + path.segments.map(Self.percentEncoded).joined(separator: "/") + "/"
                + (path.query.map { "?" + $0 } ?? "")
            return HTTPResponse(.movedPermanently, contentType: ContentType.plainText,
                                body: Data("301 Moved Permanently\n".utf8), extraHeaders: ["Location": location])
        case .notFound:
            return notFound()
        }
    }

    /// The reload script, the banner's stylesheet and the long-poll of build generations.
    func serverFile(_ path: RequestPath, waits: Bool) -> HTTPResponse {
        switch "/" + path.sitePath {
        case PreviewAssets.scriptPath:
            return HTTPResponse(.ok, contentType: ContentType.forPath("reload.js"), body: Data(PreviewAssets.reloadScript.utf8))
        case PreviewAssets.stylePath:
            return HTTPResponse(.ok, contentType: ContentType.forPath("banner.css"), body: Data(PreviewAssets.bannerStyle.utf8))
        case PreviewAssets.eventsPath:
            var snapshot = status.snapshot
            let since = Self.since(path.query)
            if waits, let since {
                snapshot = status.wait(whileGenerationIs: since, timeout: longPollTimeout)
            }
            // A page that names itself reloads only when a build changed it; others at every build.
            let reload: Bool
            if let since, let page = Self.page(path.query) {
                reload = status.changed(page, since: since)
            } else {
                reload = since != nil && snapshot.generation != since
            }
            return HTTPResponse(.ok, contentType: ContentType.json,
                                body: Data("{\"generation\":\(snapshot.generation),\"reload\":\(reload)}".utf8))
        default:
            return notFound()
        }
    }

    /// A page, so that it too shows the banner and reloads once the missing file has been written.
    func notFound() -> HTTPResponse {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            \(ContentSecurityPolicy.meta)
            <title>Not found</title>
            </head>
            <body>
            <h1>Not found</h1>
            <p>The site has no such page (yet). It reloads when the site is rebuilt.</p>
            </body>
            </html>

            """
        return HTTPResponse(.notFound, contentType: ContentType.html, body: decoration().apply(to: Data(page.utf8)))
    }

    func decoration() -> PageDecoration {
        PageDecoration(banner: PreviewBanner(snapshot: status.snapshot, pathPrefix: pathPrefix))
    }

    /// The site path of the page in `page=…` of a query (the page's URL path, encoded as a
    /// query value): `documents/x.html`, with `index.html` for a folder.
    static func page(_ query: String?) -> String? {
        guard let query, let pair = query.split(separator: "&").first(where: { $0.hasPrefix("page=") }),
              let bytes = RequestPath.percentDecoded(pair.dropFirst("page=".count)),
              let target = String(bytes: bytes, encoding: .utf8),
              case .success(let path) = RequestPath.parse(target) else { return nil }
        return path.segments.isEmpty || path.isDirectory ? (path.segments + ["index.html"]).joined(separator: "/") : path.sitePath
    }

    /// The generation in `since=N` of a query, if there is one.
    static func since(_ query: String?) -> Int? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") where pair.hasPrefix("since=") {
            return Int(pair.dropFirst("since=".count))
        }
        return nil
    }

    /// The host part of a Host header, without the port.
    static func hostName(_ header: String) -> Substring {
        let value = Substring(header)
        if value.hasPrefix("["), let close = value.firstIndex(of: "]") { return value[...close] }
        return value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? value
    }

    /// Percent-encodes a segment for a Location header: everything but unreserved characters.
    static func percentEncoded(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
