import ISMSModel

/// Documents are approved, unchanged since, reviewed on time, and name real requirements.
enum DocumentChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        for d in kb.base.documents {
            if d.approved == nil {
                findings.warning("unapproved-document", "document '\(d.id)' has no approval date", at: d.origin.at("approved"),
                                 hint: "record who approved it ('approver') and when ('approved')")
            }
            if let next = kb.nextReview(of: d), next < kb.asOf {
                let late = next.days(until: kb.asOf)
                findings.warning("review-overdue", "document '\(d.id)' was due for review on \(next) (\(late) day\(late == 1 ? "" : "s") ago)",
                                 at: d.origin.at(d.review != nil ? "review" : "approved"))
            }
            // Days, not times: a commit on the day of approval is taken to be the approved text.
            // The commit that adds a file is not a change: documents approved before they were
            // put into git keep their approval until someone edits them.
            if let approved = d.approved, let revisions = kb.base.history?[d.path], revisions.count > 1,
               let latest = revisions.first, approved < latest.date {
                findings.warning("changed-after-approval",
                                 "document '\(d.id)' changed on \(latest.date), after its approval on \(approved) (commit \(latest.shortCommit): \"\(latest.subject)\")",
                                 at: d.origin.at("approved"),
                                 hint: "once the change is reviewed, approve it again: update 'approved' and 'version'")
            }
            for (i, ref) in d.satisfies.enumerated() where kb.requirement(ref) == nil {
                let clauses = kb.base.settings.criteriaInForce.enumerated().flatMap { n, c in
                    c.requirements.map { n == 0 ? $0.clause : "\(c.id):\($0.clause)" }
                }
                let hint = Suggestion.closest(to: ref, in: clauses).map { "did you mean '\($0)'?" }
                findings.error("unknown-requirement", "document '\(d.id)' claims to satisfy '\(ref)', which no criteria in force require",
                               at: d.origin.at("satisfies.\(i)"), hint: hint)
            }
        }
    }
}
