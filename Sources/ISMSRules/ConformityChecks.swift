import ISMSModel

/// Each requirement of the criteria in force is met by a document or by records.
public enum ConformityChecks {
    /// What satisfies one requirement: documents that say so and records whose presence counts.
    public struct Coverage: Sendable {
        public var criteria: Criteria
        public var requirement: Requirement
        public var documents: [Document]
        public var records: [RecordKind]
        public var satisfied: Bool { !documents.isEmpty || !records.isEmpty }
    }

    /// Coverage of every requirement of every criteria set in force, in criteria order.
    public static func coverage(_ kb: ResolvedKnowledgeBase) -> [Coverage] {
        // One pass over the documents instead of one per requirement: thousands of documents
        // times dozens of requirements dominated the check of a large knowledge base.
        var satisfying: [String: [Int]] = [:]
        for (n, doc) in kb.base.documents.enumerated() {
            var seen: Set<String> = []
            for ref in doc.satisfies {
                guard let (c, r) = kb.requirement(ref) else { continue }
                let key = c.id + "\u{1F}" + r.clause
                if seen.insert(key).inserted { satisfying[key, default: []].append(n) }
            }
        }
        return kb.base.settings.criteriaInForce.flatMap { criteria in
            criteria.requirements.map { req in
                Coverage(criteria: criteria, requirement: req,
                         documents: (satisfying[criteria.id + "\u{1F}" + req.clause] ?? []).map { kb.base.documents[$0] },
                         records: req.providedBy.filter { kb.base.count($0) > 0 })
            }
        }
    }

    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        let settings = kb.base.settings
        for c in coverage(kb) where !c.satisfied {
            let byRecords = c.requirement.providedBy.isEmpty ? "" : " or " + c.requirement.providedBy.map { "\($0.rawValue)/ records" }.joined(separator: " or ")
            let reference = c.criteria.id == settings.criteria.first ? c.requirement.clause : "\(c.criteria.id):\(c.requirement.clause)"
            findings.error("requirement-unmet", "nothing satisfies \(c.criteria.title) \(c.requirement.clause) (\(c.requirement.title))",
                           at: settings.origin.at("criteria"),
                           hint: "add \"\(reference)\" to 'satisfies' of the document that provides it\(byRecords)")
        }
    }
}
