/// Media types by file extension, for the files a site holds.
public enum ContentType {
    /// HTML pages, always UTF-8 as the site writes them.
    public static let html = "text/html; charset=utf-8"
    /// Plain text, for error bodies and `.txt` files.
    public static let plainText = "text/plain; charset=utf-8"
    /// JSON exports and the events answer.
    public static let json = "application/json"
    /// For anything not listed, so a browser never guesses.
    public static let fallback = "application/octet-stream"

    static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": json,
        "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "pdf": "application/pdf",
        "txt": plainText,
    ]

    /// The media type of a path, by its extension compared case-insensitively.
    public static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }
}
