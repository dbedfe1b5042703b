/// Bytes that are not plain UTF-8 text with `\n` line ends: the lines and columns must still be right.
extension BadInput {
    static let encoding: [BadInput] = [
        BadInput("byte-order mark before an error", ["threats/t.yaml": .bytes([0xEF, 0xBB, 0xBF] + Array("id: [T-2]\nname: Flood\n".utf8))], expect: [
            "threats/t.yaml:1:5: error: 'id' must be a single value, found a list [wrong-type]",
        ]),
        BadInput("byte-order mark before front matter", ["policies/p.md": .bytes([0xEF, 0xBB, 0xBF] + Array(document(approved: "someday").utf8))], expect: [
            "policies/p.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/p.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("CRLF line ends", ["threats/t.yaml": .text("id: T-2\r\nname: Flood\r\ncategories: E\r\nlikelihood: often\r\n")], expect: [
            "threats/t.yaml:4:13: error: 'likelihood' must be a whole number, found 'often' [wrong-type]",
        ]),
        BadInput("CRLF front matter", ["policies/p.md": .text(document(approved: "someday").replacingOccurrences(of: "\n", with: "\r\n"))], expect: [
            "policies/p.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/p.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("CR-only line ends", ["threats/t.yaml": .text("id: T-2\rname: Flood\rcategories: E\rlikelihood: often\r")], expect: [
            "threats/t.yaml:4:13: error: 'likelihood' must be a whole number, found 'often' [wrong-type]",
        ]),
        BadInput("invalid UTF-8 in YAML", ["threats/t.yaml": .bytes(Array("id: T-2\nname: Fl".utf8) + [0xFF] + Array("ood\n".utf8))], expect: [
            "threats/t.yaml:2:9: error: file is not UTF-8 text: byte 0xFF is not valid here; save the file as UTF-8 [unreadable-file]",
        ]),
        BadInput("invalid UTF-8 in Markdown", ["policies/p.md": .bytes(Array("---\nid: POL-02\n---\n# Second\n\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8))], expect: [
            "policies/p.md:6:4: error: file is not UTF-8 text: byte 0xE9 is not valid here; save the file as UTF-8 [unreadable-file]",
        ]),
        BadInput("UTF-16 text", ["threats/t.yaml": .bytes([0xFF, 0xFE] + Array("id: T-2\n".utf8).flatMap { [$0, 0] })], expect: [
            "threats/t.yaml:1:1: error: file is not UTF-8 text: byte 0xFF is not valid here; save the file as UTF-8 [unreadable-file]",
        ]),
        BadInput("encoded surrogate", ["threats/t.yaml": .bytes(Array("id: T-2\nname: ".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8))], expect: [
            "threats/t.yaml:2:7: error: file is not UTF-8 text: byte 0xED is not valid here; save the file as UTF-8 [unreadable-file]",
        ]),
        BadInput("overlong encoding", ["threats/t.yaml": .bytes(Array("id: T-2\nname: ".utf8) + [0xC0, 0xAF] + Array("\n".utf8))], expect: [
            "threats/t.yaml:2:7: error: file is not UTF-8 text: byte 0xC0 is not valid here; save the file as UTF-8 [unreadable-file]",
        ]),
        BadInput("NUL byte", ["threats/t.yaml": .bytes(Array("id: T-2\nname: Fl".utf8) + [0x00] + Array("ood\n".utf8))], expect: [
            "threats/t.yaml:2:9: error: invalid YAML: control characters are not allowed (U+0000) [yaml-syntax]",
        ]),
        BadInput("control character", ["threats/t.yaml": .bytes(Array("id: T-2\nname: Fl".utf8) + [0x07] + Array("ood\n".utf8))], expect: [
            "threats/t.yaml:2:9: error: invalid YAML: control characters are not allowed (U+0007) [yaml-syntax]",
        ]),
    ]

    /// Files with nothing in them.
    static let empty: [BadInput] = [
        BadInput("empty record file", ["threats/t.yaml": .text("")], expect: [
            "threats/t.yaml:1:1: error: file is empty; write its records, a comment ('# none yet') or delete the file [empty-file]",
        ]),
        BadInput("record file of blank lines", ["threats/t.yaml": .text("\n  \n\t\n")], expect: [
            "threats/t.yaml:1:1: error: file is empty; write its records, a comment ('# none yet') or delete the file [empty-file]",
        ]),
        BadInput("empty document", ["policies/p.md": .text("")], expect: [
            "policies/p.md:1:1: error: file is empty; write the document or delete the file [empty-file]",
        ]),
        BadInput("byte-order mark alone", ["roles/r.yaml": .bytes([0xEF, 0xBB, 0xBF])], expect: [
            "roles/r.yaml:1:1: error: file is empty; write its records, a comment ('# none yet') or delete the file [empty-file]",
        ]),
        BadInput("empty settings", ["isms.yaml": .text("")], expect: [
            "isms.yaml:1:1: error: file is empty; write at least 'organisation: {name: …}' [empty-file]",
        ]),
        BadInput("byte-order mark and blank lines", ["policies/p.md": .bytes([0xEF, 0xBB, 0xBF, 0x0A, 0x20, 0x0A])], expect: [
            "policies/p.md:1:1: error: file is empty; write the document or delete the file [empty-file]",
        ]),
    ]
}
