import Foundation
import ISMSModel

/// What a link in a document points at, decided once for both `isms check` and the site.
public enum LinkTarget: Hashable, Sendable {
    /// A web, mail or phone address, left as written.
    case external
    /// Another document of the knowledge base, with an optional `#fragment`.
    case document(id: String, fragment: String)
    /// A record or control by id (`risk:R-012`, `control:A.8.13`).
    case record(RecordKind, id: String)
    /// A file of the knowledge base that is not a document (an image, a PDF).
    case file(path: String)
    /// A link that cannot be followed, with why.
    case unresolved(message: String, hint: String?)
}

/// The links of one document, classified: looked up when they are the document's own, worked
/// out otherwise. It holds no copy of the knowledge base: a copy retained and released each
/// of its forty-odd indexes, for every document of every page and check.
public struct DocumentLinkTargets {
    /// The targets of the document's links by their number in `document.links`; empty when
    /// the document is not the knowledge base's own reading of its file.
    let known: [LinkTarget]
    let document: Document

    /// Where the document's link number `n` (in `document.links`) leads in `kb`, the knowledge base these came from.
    public subscript(link n: Int, in kb: ResolvedKnowledgeBase) -> LinkTarget {
        n < known.count ? known[n] : kb.classify(document.links[n].destination, from: document)
    }

    /// Where a link to `destination` written in the document leads in `kb`. Worked out again:
    /// a link's target depends on nothing but its destination, the document and `kb`.
    public subscript(destination: String, in kb: ResolvedKnowledgeBase) -> LinkTarget { kb.classify(destination, from: document) }
}

extension ResolvedKnowledgeBase {
    /// Classifies a link written in `document`.
    public func linkTarget(_ destination: String, from document: Document) -> LinkTarget {
        classify(destination, from: document)
    }

    /// The links of `document` classified, for looking up each of its links in turn: the
    /// document is found once, not once per link.
    public func linkTargets(of document: Document) -> DocumentLinkTargets {
        let known = documentsByPath[document.path] == document.id ? linkTargets[document.path] ?? [] : []
        return DocumentLinkTargets(known: known.count == document.links.count ? known : [], document: document)
    }

    /// The files of the knowledge base (not documents) that `document` links to, in the order
    /// of its links, a file as often as it is linked: read off the links classified when resolving.
    public func linkedFiles(of document: Document) -> [String] {
        let targets = linkTargets(of: document)
        return document.links.indices.compactMap {
            if case .file(let path) = targets[link: $0, in: self] { return path }
            return nil
        }
    }

    /// The links of each document classified, by document path and link number: the checks,
    /// the cross-references, the pages and the attachments all ask, and on a large knowledge
    /// base working each link out again was a few per cent of a build. By number, not by
    /// destination: hashing each destination at every look-up cost more than the lists.
    static func linkTargets(of documents: [Document], in kb: ResolvedKnowledgeBase) -> [String: [LinkTarget]] {
        let classified = documents.concurrentMap { d in (d.path, classifiedLinks(of: d, in: kb)) }
        var byPath: [String: [LinkTarget]] = [:]
        byPath.reserveCapacity(classified.count)
        for (path, targets) in classified { byPath[path] = targets }
        return byPath
    }

    /// The targets of a document's links in order; a destination written again is worked out once.
    static func classifiedLinks(of d: Document, in kb: ResolvedKnowledgeBase) -> [LinkTarget] {
        let links = d.links
        var targets: [LinkTarget] = []
        targets.reserveCapacity(links.count)
        // Most documents have a few links, among which a repeat is found faster than hashed.
        let few = links.count <= 32
        var seen: [String: Int] = [:]
        for (n, link) in links.enumerated() {
            let earlier = few ? links[..<n].firstIndex { $0.destination == link.destination } : seen[link.destination]
            if let earlier {
                targets.append(targets[earlier])
            } else {
                if !few { seen[link.destination] = n }
                targets.append(kb.classify(link.destination, from: d))
            }
        }
        return targets
    }

    /// Schemes of addresses outside the knowledge base, left as written.
    static let externalSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    /// Record kinds by the scheme of links to them (`risk:`, `doc:`).
    static let kindsBySchemes = Dictionary(RecordKind.allCases.compactMap { kind in kind.linkScheme.map { ($0, kind) } }, uniquingKeysWith: { first, _ in first })

    /// Schemes by their bytes in lower case, with the kind of record they name (nil: outside
    /// the knowledge base), for `schemeTarget`.
    static let schemeBytes: [(scheme: [UInt8], kind: RecordKind?)] =
        externalSchemes.sorted().map { (Array($0.utf8), nil) } + kindsBySchemes.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.value) }

    func classify(_ destination: String, from document: Document) -> LinkTarget {
        schemeTarget(destination) ?? classifyByParts(destination, from: document)
    }

    /// `classify` of any link, by the pieces of its destination as strings.
    func classifyByParts(_ destination: String, from document: Document) -> LinkTarget {
        let (target, fragment) = Self.splitFragment(destination)
        if target.isEmpty { return fragment.isEmpty ? .unresolved(message: "empty link", hint: nil) : anchored(document.id, fragment) }
        if let colon = Self.firstIndex(of: UInt8(ascii: ":"), in: target) {
            let scheme = target[..<colon].lowercased()
            let id = String(target[target.index(after: colon)...])
            if Self.externalSchemes.contains(scheme) { return .external }
            guard let kind = Self.kindsBySchemes[scheme] else {
                let schemes = RecordKind.allCases.compactMap(\.linkScheme)
                return .unresolved(message: "link with unknown scheme '\(scheme):'",
                                   hint: Suggestion.closest(to: scheme, in: schemes).map { "did you mean '\($0):'?" } ?? "use one of: " + schemes.map { $0 + ":" }.joined(separator: ", "))
            }
            switch kind {
            case .document:
                guard documents.keys.contains(id) else { return unknown(.document, id, candidates: Array(documents.keys)) }
                return anchored(id, fragment)
            case .control:
                let canonical = Catalog.canonicalControlID(id)
                guard base.catalog.control(canonical) != nil else { return unknown(.control, id, candidates: base.catalog.controls.map(\.id)) }
                return .record(.control, id: canonical)
            default:
                guard kinds[id] == kind else {
                    return unknown(kind, id, candidates: kinds.filter { $0.value == kind }.map(\.key))
                }
                return .record(kind, id: id)
            }
        }
        let decodedTarget = Self.percentDecoded(target)
        guard let path = Self.resolve(decodedTarget, from: document.path) else {
            return .unresolved(message: "link to '\(target)', which leads outside the knowledge base", hint: nil)
        }
        guard decodedTarget.hasSuffix(".md") else {
            guard base.attachments.contains(path) else {
                return .unresolved(message: "link to '\(target)', which is not a file of the knowledge base", hint: nil)
            }
            return .file(path: path)
        }
        guard let linked = documentsByPath[path] else {
            return .unresolved(message: "link to '\(target)', which is not a document of the knowledge base", hint: nil)
        }
        return anchored(linked, fragment)
    }

    /// The target of an ASCII link with a known scheme to a record that exists or to an
    /// address outside (`risk:R-1`, `doc:D-1#part`, `https://…`), read off its bytes: most of
    /// a knowledge base's links, which splitting, lowering and hashing as strings made the
    /// most costly part of resolving. nil for any other link, which `classify` works out
    /// the general way, with the same result and the messages of links that lead nowhere.
    func schemeTarget(_ destination: String) -> LinkTarget? {
        let found: (scheme: Int, id: String, fragment: String)? = destination.withUTF8Bytes { bytes in
            var colon = -1, hash = bytes.count
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if b == UInt8(ascii: "#") { hash = i; break }
                if b == UInt8(ascii: ":") && colon < 0 { colon = i }
            }
            if hash < bytes.count, bytes[hash...].contains(where: { $0 >= 0x80 }) { return nil }
            guard colon > 0 else { return nil }
            let scheme = bytes[..<colon]
            guard let k = Self.schemeBytes.firstIndex(where: { known in
                known.scheme.count == scheme.count && zip(known.scheme, scheme).allSatisfy { $0 == ($1 | (($1 >= 0x41 && $1 <= 0x5A) ? 0x20 : 0)) }
            }) else { return nil }
            return (k, String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<hash]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[hash...]), as: UTF8.self))
        }
        guard let found else { return nil }
        guard let kind = Self.schemeBytes[found.scheme].kind else { return .external }
        let id = found.id
        switch kind {
        case .document:
            return documents.keys.contains(id) ? anchored(id, found.fragment) : nil
        case .control:
            let canonical = Catalog.canonicalControlID(id)
            return base.catalog.control(canonical) != nil ? .record(.control, id: canonical) : nil
        default:
            return kinds[id] == kind ? .record(kind, id: id) : nil
        }
    }

    /// A link into a document, provided its `#fragment` (if any) names one of its headings.
    private func anchored(_ id: String, _ fragment: String) -> LinkTarget {
        guard fragment.count > 1, let document = documents[id] else { return .document(id: id, fragment: fragment) }
        let anchor = String(fragment.dropFirst())
        let decoded = Self.percentDecoded(anchor)
        guard document.anchors.contains(decoded) else {
            let hint = Suggestion.closest(to: decoded, in: document.anchors).map { "did you mean '#\($0)'?" }
                ?? (document.anchors.isEmpty ? "'\(id)' has no headings" : nil)
            return .unresolved(message: "link to '#\(anchor)', which is not a heading of '\(id)'", hint: hint)
        }
        return .document(id: id, fragment: fragment)
    }

    private func unknown(_ kind: RecordKind, _ id: String, candidates: [String]) -> LinkTarget {
        .unresolved(message: "link to unknown \(kind.noun) '\(id)'", hint: Suggestion.closest(to: id, in: candidates).map { "did you mean '\($0)'?" })
    }

    /// The text with `%XX` escapes decoded (as written when they are invalid). Foundation's
    /// decoding bridges through NSString even when there is nothing to decode, as in most links.
    static func percentDecoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
    }

    /// Splits `a/b.md#part` into `a/b.md` and `#part`.
    static func splitFragment(_ url: String) -> (String, String) {
        guard let hash = firstIndex(of: UInt8(ascii: "#"), in: url) else { return (url, "") }
        return (String(url[..<hash]), String(url[hash...]))
    }

    // Searching and splitting by Characters was most of the time of the link checks. In ASCII
    // text every byte is a character (a "\r\n" pair aside, which holds no '#', ':' or '/'), so
    // there bytes give the same indices and pieces; other text keeps going by Characters.

    /// Whether all of the text is ASCII.
    static func isASCII(_ text: String) -> Bool {
        return text.withUTF8Bytes { bytes in bytes.allSatisfy { $0 < 0x80 } }
    }

    /// The index of the first ASCII character `byte` in `text`. Found by bytes when the
    /// text up to it and the byte after it are ASCII: the character then stands alone, as no
    /// ASCII character joins the one before it or (CR LF aside) the one after it. Taken as a
    /// byte: `Character.asciiValue` cost more than the search of a short link.
    static func firstIndex(of byte: UInt8, in text: String) -> String.Index? {
        guard byte < 0x80, byte != UInt8(ascii: "\r") else { return text.firstIndex(of: Character(Unicode.Scalar(byte))) }
        var copy = text
        var unsure = false
        let offset: Int? = copy.withUTF8 { bytes in
            for i in bytes.indices {
                if bytes[i] >= 0x80 { unsure = true; return nil }
                if bytes[i] == byte {
                    if i + 1 < bytes.count && bytes[i + 1] >= 0x80 { unsure = true; return nil }
                    return i
                }
            }
            return nil
        }
        if unsure { return text.firstIndex(of: Character(Unicode.Scalar(byte))) }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// A relative path resolved against the folder of the document that holds it (`/` is the
    /// knowledge-base root, as on a git host); nil when it climbs out of the knowledge base.
    static func resolve(_ relative: String, from documentPath: String) -> String? {
        isASCII(relative) && isASCII(documentPath) ? resolveASCII(relative, from: documentPath) : resolveByPieces(relative, from: documentPath)
    }

    /// `resolve` of any paths, by their pieces as strings.
    static func resolveByPieces(_ relative: String, from documentPath: String) -> String? {
        var parts = relative.hasPrefix("/") ? [] : documentPath.pathPieces().dropLast().map(String.init)
        for piece in relative.pathPieces() {
            if piece == ".." {
                guard parts.popLast() != nil else { return nil }
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `resolve` of ASCII paths, where every byte is a character: the pieces are joined into
    /// one buffer as they come, and `..` cuts it back to where the piece before began.
    /// Splitting, copying and joining the pieces as strings was most of the cost of a link.
    static func resolveASCII(_ relative: String, from documentPath: String) -> String? {
        var relative = relative, documentPath = documentPath
        return relative.withUTF8 { rel in
            documentPath.withUTF8 { doc -> String? in
                let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
                var out: [UInt8] = []
                out.reserveCapacity(doc.count + rel.count)
                // Where each piece in `out` begins, its slash included.
                var starts: [Int] = []
                starts.reserveCapacity(16)
                /// Hands each non-empty piece of `path` to `body`; false as soon as `body` gives false.
                func pieces(of path: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Bool {
                    var start = 0
                    for i in 0...path.count where i == path.count || path[i] == slash {
                        if i > start, !body(path[start..<i]) { return false }
                        start = i + 1
                    }
                    return true
                }
                func push(_ piece: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
                    starts.append(out.count)
                    if !out.isEmpty { out.append(slash) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: piece))
                    return true
                }
                if rel.first != slash {
                    // The document's folder: the pieces of its path but the last, as written
                    // (a `.` or `..` there is kept, not resolved, as `resolveByPieces` keeps it).
                    _ = pieces(of: doc, push)
                    if let last = starts.popLast() { out.removeSubrange(last...) }
                }
                let inside = pieces(of: rel) { piece in
                    if piece.count == 1 && piece.first == dot { return true }
                    guard piece.count == 2 && piece.first == dot && piece.last == dot else { return push(piece) }
                    // `..` takes back the piece before it; with none left, the path climbs out.
                    guard let last = starts.popLast() else { return false }
                    out.removeSubrange(last...)
                    return true
                }
                return inside ? String(decoding: out, as: UTF8.self) : nil
            }
        }
    }
}
