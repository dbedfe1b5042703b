/// Where each page of the site lives, and relative links between pages.
struct PagePaths: Sendable {
    private var documentFiles: [String: String] = [:]

    init(documentIDs: [String]) {
        var used: Set<String> = []
        for id in documentIDs {
            var name = PagePaths.fileName(id)
            var n = 2
            while used.contains(name) {
                name = PagePaths.fileName(id) + "-\(n)"
                n += 1
            }
            used.insert(name)
            documentFiles[id] = name
        }
    }

    /// A file-name-safe form of an id: letters, digits, `.`, `_` and `-` kept, the rest `-`.
    static func fileName(_ id: String) -> String {
        let kept = id.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-")) ? Character(s) : "-"
        }
        let name = String(kept)
        return name.isEmpty || name.hasPrefix(".") ? "_" + name : name
    }

    /// Path of a document's page from the site root.
    func document(_ id: String) -> String { "documents/\(documentFiles[id] ?? PagePaths.fileName(id)).html" }

    /// The `../` prefix leading from a page back to the site root.
    static func root(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
