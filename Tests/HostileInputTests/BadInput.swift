import Foundation

/// One piece of bad input: files put over the clean knowledge base, and exactly what `isms check`
/// must print about them (`path:line:column: severity: message [code]`, in print order).
struct BadInput: Sendable {
    /// What goes at one path of the knowledge base.
    enum Entry: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Made when the case runs, so that large files are never committed.
        case generated(@Sendable () -> Data)
        /// A symbolic link with this target, written as is.
        case link(String)
        /// A named pipe: reading it would block.
        case pipe
        /// Takes the clean knowledge base's file away.
        case removed
    }

    var name: String
    var files: [String: Entry]
    var expected: [String]

    init(_ name: String, _ files: [String: Entry], expect expected: [String]) {
        self.name = name
        self.files = files
        self.expected = expected
    }

    /// A document with every field the checks ask for, so that it adds no diagnostic of its own
    /// unless `approved` or `extra` (more front matter lines) or `body` do.
    static func document(id: String = "POL-02", approved: String = "2026-03-01", extra: String = "", body: String = "") -> String {
        "---\nid: \(id)\ntitle: Second\ntype: policy\nowner: P-02\napprover: P-01\napproved: \(approved)\nversion: \"1\"\n"
            + "review: 12 months\nclassification: internal\n\(extra)---\n# Second\n\n\(body)\n"
    }
}
