import Foundation
import Yams

/// One term of the site's glossary.
public struct GlossaryEntry: Hashable, Sendable {
    public var id: String
    public var term: String
    public var abbreviation: String?
    public var definition: String
    public var see: [String]

    /// Reads a glossary file: a YAML list of entries with `id`, `term`, `definition`, optional `abbreviation` and `see`.
    static func parse(_ data: Data, file: String) throws -> [GlossaryEntry] {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: String(decoding: data, as: UTF8.self), .basic)
        } catch {
            throw Theme.Failure.strings(file, "not valid YAML: \(error)")
        }
        guard let list = (loaded ?? [Any]()) as? [Any] else { throw Theme.Failure.strings(file, "expected a list of terms") }
        return try list.enumerated().map { n, item in
            guard let entry = item as? [String: Any], let id = entry["id"].map({ "\($0)" }), let term = entry["term"].map({ "\($0)" }),
                  let definition = entry["definition"].map({ "\($0)" })
            else { throw Theme.Failure.strings(file, "term \(n + 1) needs an id, a term and a definition") }
            return GlossaryEntry(
                id: id, term: term, abbreviation: entry["abbreviation"].map { "\($0)" },
                definition: definition, see: (entry["see"] as? [Any])?.map { "\($0)" } ?? []
            )
        }
    }
}
