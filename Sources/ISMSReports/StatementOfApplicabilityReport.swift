import Foundation
import ISMSModel
import ISMSRules

/// One control in the Statement of Applicability: the decision, why, how far, and what implements it.
public struct SoAEntry: Sendable {
    public var control: CatalogControl
    public var decision: SoADecision?
    /// Risks whose treatment names this control, in register order.
    public var risks: [String]
    /// Documents that implement it (their front matter names it), in path order.
    public var documents: [String]
    /// What is wrong with this entry, as `isms check` reports it.
    public var findings: [String]
    /// Requirements of the knowledge base's own catalogues that this control meets.
    public var requirements: [MappedRequirement] = []

    public var applicable: Bool? { decision?.applicable }
}

/// A requirement of a knowledge base's own catalogue, as shown beside a control it maps to.
public struct MappedRequirement: Hashable, Sendable {
    public var catalogue: String
    public var id: String
    public var title: String

    public init(catalogue: String, id: String, title: String) {
        self.catalogue = catalogue
        self.id = id
        self.title = title
    }
}

/// Counts for one theme of the catalogue (or the whole of it).
public struct SoATotals: Hashable, Sendable {
    public var controls: Int
    public var applicable: Int
    public var excluded: Int
    public var undecided: Int
    /// Applicable controls by implementation status; status not recorded counts under nil.
    public var byStatus: [ImplementationStatus?: Int]

    public init(controls: Int = 0, applicable: Int = 0, excluded: Int = 0, undecided: Int = 0, byStatus: [ImplementationStatus?: Int] = [:]) {
        self.controls = controls
        self.applicable = applicable
        self.excluded = excluded
        self.undecided = undecided
        self.byStatus = byStatus
    }

    mutating func add(_ entry: SoAEntry) {
        controls += 1
        switch entry.applicable {
        case true?:
            applicable += 1
            byStatus[entry.decision?.status, default: 0] += 1
        case false?: excluded += 1
        case nil: undecided += 1
        }
    }
}

/// The Statement of Applicability: every control of the catalogue in force, in catalogue order, by theme.
public struct StatementOfApplicabilityReport: Sendable {
    public struct Theme: Sendable {
        public var theme: CatalogTheme
        public var entries: [SoAEntry]
        public var totals: SoATotals
    }

    /// A 2022 control seen from an SoA decided on the 2013 catalogue.
    public struct Transition: Sendable {
        public var control: CatalogControl
        /// The 2013 entries it continues; empty for a control new in 2022, which is a gap.
        public var predecessors: [SoAEntry]
        public var isGap: Bool { predecessors.isEmpty }
    }

    public var catalog: Catalog
    public var themes: [Theme]
    public var totals: SoATotals
    /// For an SoA on the 2013 catalogue: every 2022 control with the 2013 decisions it inherits.
    public var transition: [Transition]?

    public init(_ kb: ResolvedKnowledgeBase) {
        let catalog = kb.base.catalog
        self.catalog = catalog
        var risksByControl: [String: [String]] = [:]
        for r in kb.base.risks {
            for c in Set(r.controls.map(Catalog.canonicalControlID)) { risksByControl[c, default: []].append(r.id) }
        }
        var documentsByControl: [String: [String]] = [:]
        for d in kb.base.documents {
            for c in Set(d.controls.map(Catalog.canonicalControlID)) { documentsByControl[c, default: []].append(d.id) }
        }
        var requirementsByControl: [String: [MappedRequirement]] = [:]
        for catalogue in kb.base.requirementCatalogues {
            for item in catalogue.items {
                for c in item.controls { requirementsByControl[c, default: []].append(MappedRequirement(catalogue: catalogue.title, id: item.id, title: item.title)) }
            }
        }
        var all = SoATotals()
        themes = catalog.themes.map { theme in
            var totals = SoATotals()
            let entries = catalog.controls(inTheme: theme.id).map { control -> SoAEntry in
                let decision = kb.decisions[control.id]
                let risks = risksByControl[control.id] ?? []
                var findings: [String] = []
                switch decision?.applicable {
                case nil: findings.append("no SoA decision")
                case false?:
                    if (decision?.justification ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        findings.append("excluded without a justification")
                    }
                    if !risks.isEmpty { findings.append("excluded, yet the treatment of \(risks.joined(separator: ", ")) relies on it") }
                case true?: break
                }
                let entry = SoAEntry(control: control, decision: decision, risks: risks,
                                     documents: documentsByControl[control.id] ?? [], findings: findings,
                                     requirements: requirementsByControl[control.id] ?? [])
                totals.add(entry)
                all.add(entry)
                return entry
            }
            return Theme(theme: theme, entries: entries, totals: totals)
        }
        totals = all
        let mapping = AnnexAMapping.standard
        if catalog.id == mapping.older.id {
            let byID = Dictionary(themes.flatMap(\.entries).map { ($0.control.id, $0) }, uniquingKeysWith: { a, _ in a })
            transition = mapping.newer.controls.map { control in
                Transition(control: control, predecessors: mapping.predecessors(of: control.id).compactMap { byID[$0] })
            }
        } else {
            transition = nil
        }
    }

    /// Every entry in catalogue order.
    public var entries: [SoAEntry] { themes.flatMap(\.entries) }
}
