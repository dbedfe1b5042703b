import ISMSModel

/// Every link in a document body leads somewhere.
enum LinkChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        for document in kb.base.documents {
            let targets = kb.linkTargets(of: document)
            for (n, link) in document.links.enumerated() {
                if case let .unresolved(message, hint) = targets[link: n, in: kb] {
                    findings.error("dangling-link", message, at: link.location, hint: hint)
                }
            }
        }
    }
}
