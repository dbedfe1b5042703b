import ISMSModel
import ISMSRules

/// Who a build is for; decides what may reach the output at all.
public enum Audience: String, CaseIterable, Sendable {
    /// Staff: everything up to the knowledge base's internal maximum classification.
    case `internal`
    /// Anyone (a website, a reception screen): only what is classified public.
    case `public`
    /// A certification auditor: everything, every page marked.
    case auditor
}

/// What one audience may see of a knowledge base. Anything it does not allow must not reach
/// the output in any form: no page, title, link, search entry, backlink, count or file name.
struct Visibility: Sendable {
    let audience: Audience
    /// Classification levels, lowest (public) first.
    let levels: [String]
    /// The highest level the internal audience may see.
    let internalMaximum: Int

    init(_ audience: Audience, settings: Settings) {
        self.audience = audience
        let levels = settings.classifications
        self.levels = levels
        // Unless the knowledge base says otherwise, the top level (secret) stays out of the internal site.
        let configured = settings.publishing.internalMaximum.flatMap { levels.firstIndex(of: $0) }
        internalMaximum = configured ?? max(0, levels.count - 2)
    }

    /// The level a record without a classification of its own is treated as: the one above public.
    var unclassified: String? { levels.count > 1 ? levels[1] : levels.first }

    /// Whether material of a classification may be shown; nil means not classified.
    func allows(_ classification: String?) -> Bool {
        switch audience {
        case .auditor: return true
        case .public: return classification != nil && classification == levels.first
        case .internal:
            guard let classification else { return true }
            // An unknown level is treated as the highest: `isms check` reports it, the site keeps it out.
            guard let index = levels.firstIndex(of: classification) else { return false }
            return index <= internalMaximum
        }
    }

    /// Whether records of a kind can be shown at all. The public sees only documents and assets
    /// explicitly classified public; every other register is internal material.
    func shows(_ kind: RecordKind) -> Bool {
        audience != .public || kind == .document || kind == .asset
    }

    /// Whether one record or document may be shown.
    func includes(_ kind: RecordKind, _ id: String, in kb: ResolvedKnowledgeBase) -> Bool {
        guard shows(kind) else { return false }
        switch kind {
        case .document: return kb.documents[id].map { allows($0.classification) } ?? false
        case .asset: return kb.assets[id].map { allows($0.classification) } ?? false
        default: return audience != .public
        }
    }

    /// Whether site-wide internal material (methodology, reports, registers, findings, history) is shown.
    var showsInternalMaterial: Bool { audience != .public }
}
