/// The glossary page: the theme's terms in the site's language, each with an anchor.
extension PageLinks {
    func glossary(_ entries: [GlossaryEntry]) -> [String: Any] {
        let terms = Dictionary(entries.map { ($0.id, $0.term) }, uniquingKeysWith: { first, _ in first })
        return [
            "entries": entries.map { e -> [String: Any] in
                // Absent, not empty: an empty string still opens a Mustache section.
                var entry: [String: Any] = [
                    "id": HTML.escape(SitePaths.fileName(e.id)),
                    "term": HTML.escape(e.term),
                    "definition": HTML.escape(e.definition),
                    "see": e.see.compactMap { id in terms[id].map { "<a href=\"#\(HTML.escape(SitePaths.fileName(id)))\">\(HTML.escape($0))</a>" } }
                        .joined(separator: separator),
                ]
                if let abbreviation = e.abbreviation, !abbreviation.isEmpty { entry["abbreviation"] = HTML.escape(abbreviation) }
                return entry
            },
        ]
    }
}
