import ISMSModel

/// Where each page of the site lives; every record kind has a folder with an index and a page per record.
public struct SitePaths: Sendable {
    /// Static files of the theme (CSS, scripts) live here, apart from record folders.
    public static let staticFolder = "static"
    /// Page paths by kind and id, made once: pages ask for hundreds of thousands of links. One
    /// table for all kinds: a table per kind cost a second lookup, and retaining the kind's
    /// table from every core at once.
    private var pages: [PageKey: String] = [:]

    private struct PageKey: Hashable, Sendable {
        var kind: RecordKind
        var id: String
    }
    private var groupFiles: [String: String] = [:]

    /// The kinds with a page per record, in the order the site lists them.
    public static let recordPageKinds: [RecordKind] = [
        .document, .asset, .threat, .vulnerability, .risk, .control, .person, .role, .training,
        .audit, .review, .incident, .nonconformity, .objective,
    ]

    /// Paths of every record the filter lets through (all by default); others get no page.
    public init(_ kb: KnowledgeBase, including: (RecordKind, String) -> Bool = { _, _ in true }, groups showGroups: Bool = true) {
        let kinds = Self.recordPageKinds.map { ($0, kb.ids(of: $0)) }
        pages.reserveCapacity(kinds.reduce(0) { $0 + $1.1.count })
        for (kind, ids) in kinds {
            let folder = Self.folder(kind) + "/"
            for (id, name) in Self.uniqueNames(ids.filter { including(kind, $0) }) { pages[PageKey(kind: kind, id: id)] = folder + name + ".html" }
        }
        var groups: [String] = []
        for asset in kb.assets where showGroups { if let g = asset.group, !groups.contains(g) { groups.append(g) } }
        groupFiles = Self.uniqueNames(groups)
    }

    /// Safe, distinct file names for ids; the first of two ids that clash keeps the plain name.
    private static func uniqueNames(_ ids: [String]) -> [String: String] {
        var names: [String: String] = [:]
        var used: Set<String> = ["index"]
        for id in ids where names[id] == nil {
            var name = fileName(id)
            var n = 2
            while used.contains(name.lowercased()) {
                name = fileName(id) + "-\(n)"
                n += 1
            }
            used.insert(name.lowercased())
            names[id] = name
        }
        return names
    }

    /// A file-name-safe form of an id: ASCII letters, digits, `.`, `_` and `-` kept, the rest `-`.
    /// Case-insensitive file systems would merge `r-1` and `R-1`, hence the lowercased clash test above.
    static func fileName(_ id: String) -> String {
        // Most ids are safe as they are; a look at the bytes settles it without building a new string.
        if let first = id.utf8.first, first != UInt8(ascii: "."), id.utf8.count <= 120, id.utf8.allSatisfy({ b in
            (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x2D
        }) {
            return id
        }
        let kept = id.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-")) ? Character(s) : "-"
        }
        // File systems allow 255 bytes per name; `isms check` reports such ids, yet the build must not fail on them.
        let name = String(kept.prefix(120))
        return name.isEmpty || name.hasPrefix(".") ? "_" + name : name
    }

    /// The folder of a kind's pages.
    public static func folder(_ kind: RecordKind) -> String { kind.rawValue }

    /// The register (list) page of a kind.
    public func register(_ kind: RecordKind) -> String { "\(Self.folder(kind))/index.html" }

    /// The page of one record, or nil when the knowledge base has no such record.
    public func page(_ kind: RecordKind, _ id: String) -> String? {
        pages[PageKey(kind: kind, id: kind == .control ? Catalog.canonicalControlID(id) : id)]
    }

    /// The page of an asset group.
    public func group(_ name: String) -> String? { groupFiles[name].map { "asset-groups/\($0).html" } }

    /// Where a file of the knowledge base that documents link to (an image, a PDF) is copied.
    public static func attachment(_ path: String) -> String { "files/" + path }

    /// The `../` prefix leading from a page back to the site root.
    public static func root(of page: String) -> String {
        // Page paths are ASCII without empty pieces: their slashes are counted, not split at.
        let slashes: Int? = page.withUTF8Bytes { bytes in
            guard bytes.first != UInt8(ascii: "/"), bytes.last != UInt8(ascii: "/") else { return nil }
            var count = 0, previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 || (byte == UInt8(ascii: "/") && previous == byte) { return nil }
                if byte == UInt8(ascii: "/") { count += 1 }
                previous = byte
            }
            return count
        }
        return String(repeating: "../", count: slashes ?? max(page.pathPieces().count - 1, 0))
    }

    /// The first folder of a page's path (its section of the site), or the page itself at the top.
    static func section(of page: String) -> String {
        if let slash = page.utf8.firstIndex(of: UInt8(ascii: "/")), slash != page.utf8.startIndex { return String(page[..<slash]) }
        return page.pathPieces().first.map(String.init) ?? ""
    }
}
