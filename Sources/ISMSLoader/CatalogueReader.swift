import ISMSModel

/// Reads a requirement catalogue of the knowledge base's own from `catalogues/`.
enum CatalogueReader {
    /// A file holds one catalogue: `id`, `title` and `requirements`, each with `id`, `title` and `controls`.
    static func catalogue(in text: String, file: String, log: LoadLog) -> RequirementCatalogue? {
        let records = KnowledgeBaseLoader.records(in: text, file: file, log: log)
        guard let f = records.first else { return nil }
        if records.count > 1 {
            log.error("wrong-type", "a catalogue file holds one catalogue (a mapping), not a list", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let stem = String(file.split(separator: "/").last ?? "").replacingOccurrences(of: ".yaml", with: "").replacingOccurrences(of: ".yml", with: "")
        let id = f.string("id") ?? stem
        let title = f.string("title", required: "the catalogue") ?? id
        let items = f.nestedList("requirements").map { r in
            let item = RequirementCatalogue.Item(id: r.string("id", required: "the requirement") ?? "", title: r.string("title") ?? "",
                                                 controls: r.strings("controls").map(Catalog.canonicalControlID), origin: r.localOrigin)
            r.finish()
            return item
        }
        f.finish()
        return RequirementCatalogue(id: id, title: title, items: items, origin: f.origin)
    }
}
