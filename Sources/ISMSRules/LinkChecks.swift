import ISMSModel

/// Every link in a document body leads somewhere.
enum LinkChecks {
    static func run(_ kb: ResolvedKnowledgeBase, _ findings: inout Findings) {
        for document in kb.base.documents {
            for link in document.links {
                if case let .unresolved(message, hint) = kb.linkTarget(link.destination, from: document) {
                    findings.error("dangling-link", message, at: link.location, hint: hint)
                }
            }
        }
    }
}
