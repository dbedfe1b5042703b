/// Front matter that is not a mapping of fields between two `---` lines.
extension BadInput {
    static let frontMatter: [BadInput] = [
        BadInput("front matter never closed", ["policies/p.md": .text("---\nid: POL-02\ntitle: Second\n\n# Second\n")], expect: [
            "policies/p.md:1:1: error: front matter opened with '---' is never closed; end it with a line holding only '---' [yaml-syntax]",
            "policies/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("front matter that is a list", ["policies/p.md": .text("---\n- POL-02\n- Second\n---\n# Second\n")], expect: [
            "policies/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
            "policies/p.md:2:1: error: front matter must be a mapping of keys and values, found a list [wrong-type]",
        ]),
        BadInput("front matter that is a single value", ["policies/p.md": .text("---\nPOL-02\n---\n# Second\n")], expect: [
            "policies/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
            "policies/p.md:2:1: error: front matter must be a mapping of keys and values, found a single value [wrong-type]",
        ]),
        BadInput("front matter indented with a tab", ["policies/p.md": .text("---\nid: POL-02\n\ttitle: Second\n---\n# Second\n")], expect: [
            "policies/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
            "policies/p.md:3:1: error: invalid YAML: while scanning a plain scalar from line 2, column 5, found a tab character that violates indentation [yaml-syntax]",
        ]),
        BadInput("front matter with a duplicate key", ["policies/p.md": .text("---\nid: POL-02\ntitle: Second\ntitle: Third\n---\n# Second\n")], expect: [
            "policies/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
            "policies/p.md:3:1: error: duplicate key 'title' in the same mapping [yaml-syntax]",
        ]),
    ]
}
