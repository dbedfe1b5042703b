/// Ids that clash, cannot be written in a link or a file name, or look like another; groups that
/// name themselves.
extension BadInput {
    static func threat(_ id: String) -> String { "- id: \"\(id)\"\n  name: Flood\n  categories: E\n  likelihood: 1\n" }

    static let identifiers: [BadInput] = [
        BadInput("same id in two record files", ["threats/t.yaml": .text(threat("T-1"))], expect: [
            "threats/threats.yaml:1:7: error: duplicate id 'T-1': already used by the threat at threats/t.yaml:1:7 [duplicate-id]",
        ]),
        BadInput("same id for a threat and a person", ["threats/t.yaml": .text(threat("P-01"))], expect: [
            "threats/t.yaml:1:7: error: duplicate id 'P-01': already used by the person at people/people.yaml:1:7 [duplicate-id]",
        ]),
        BadInput("same id in two documents", ["policies/copy.md": .text(document(id: "POL-01"))], expect: [
            "policies/policy.md:2:5: error: duplicate id 'POL-01': already used by the document at policies/copy.md:2:5 [duplicate-id]",
        ]),
        BadInput("id with a space", ["threats/t.yaml": .text(threat("T 2"))], expect: [
            "threats/t.yaml:1:7: error: id 'T 2' holds a space or an invisible character; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id with a trailing space", ["threats/t.yaml": .text(threat("T-2 "))], expect: [
            "threats/t.yaml:1:7: error: id 'T-2 ' holds a space or an invisible character; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id with a slash", ["threats/t.yaml": .text(threat("threats/T-2"))], expect: [
            "threats/t.yaml:1:7: error: id 'threats/T-2' may hold only letters, digits, '-', '_' and '.'; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id climbing out with dots", ["threats/t.yaml": .text(threat("../../etc/passwd"))], expect: [
            "threats/t.yaml:1:7: error: id '../../etc/passwd' may hold only letters, digits, '-', '_' and '.'; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id of two dots", ["threats/t.yaml": .text(threat(".."))], expect: [
            "threats/t.yaml:1:7: error: id '..' must begin with a letter or a digit; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id with markup", ["threats/t.yaml": .text(threat("<script>alert(1)</script>"))], expect: [
            "threats/t.yaml:1:7: error: id '<script>alert(1)</script>' may hold only letters, digits, '-', '_' and '.'; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id with a zero-width space", ["threats/t.yaml": .text(threat("T-\u{200B}2"))], expect: [
            "threats/t.yaml:1:7: error: id 'T-\\u{200B}2' holds a space or an invisible character; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id with a right-to-left override", ["threats/t.yaml": .text(threat("T-\u{202E}2"))], expect: [
            "threats/t.yaml:1:7: error: id 'T-\\u{202E}2' holds a space or an invisible character; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id too long for a file name", ["threats/t.yaml": .text(threat("T-" + String(repeating: "x", count: 300)))], expect: [
            "threats/t.yaml:1:7: error: id 'T-xxxxxxxxxxxxxxxxxxxxxx…' is 302 characters long; an id may have at most 100; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("empty id", ["threats/t.yaml": .text(threat(""))], expect: [
            "threats/t.yaml:1:7: error: an id must not be empty; ids appear in links and file names; write it like 'R-012' [invalid-id]",
        ]),
        BadInput("id that is a list", ["threats/t.yaml": .text("id: [T-2, T-3]\nname: Flood\ncategories: E\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:1:5: error: 'id' must be a single value, found a list [wrong-type]",
        ]),
        BadInput("Cyrillic look-alike id", ["threats/t.yaml": .text(threat("Т-1"))], expect: [
            "threats/threats.yaml:1:7: error: id 'T-1' can be mistaken for 'Т-1' (Т U+0422 CYRILLIC CAPITAL LETTER TE), the threat at threats/t.yaml:1:7; rename one of them: ids that differ only in case or in look-alike letters are mixed up [lookalike-id]",
        ]),
        BadInput("Greek look-alike id", ["people/p.yaml": .text("id: Ρ-01\nname: Impostor\n")], expect: [
            "people/people.yaml:1:7: error: id 'P-01' can be mistaken for 'Ρ-01' (Ρ U+03A1 GREEK CAPITAL LETTER RHO), the person at people/p.yaml:1:5; rename one of them: ids that differ only in case or in look-alike letters are mixed up [lookalike-id]",
        ]),
        BadInput("fullwidth look-alike id", ["threats/t.yaml": .text(threat("Ｔ-1"))], expect: [
            "threats/threats.yaml:1:7: error: id 'T-1' can be mistaken for 'Ｔ-1' (Ｔ U+FF34 FULLWIDTH LATIN CAPITAL LETTER T), the threat at threats/t.yaml:1:7; rename one of them: ids that differ only in case or in look-alike letters are mixed up [lookalike-id]",
        ]),
        BadInput("id differing only in case", ["threats/t.yaml": .text(threat("t-1"))], expect: [
            "threats/threats.yaml:1:7: error: id 'T-1' can be mistaken for 't-1', the threat at threats/t.yaml:1:7; rename one of them: ids that differ only in case or in look-alike letters are mixed up [lookalike-id]",
        ]),
        BadInput("asset in a group named after itself", ["assets/a.yaml": .text("id: AST-3\nname: Laptop\ncategory: physical\nowner: P-02\ngroup: AST-3\nC: 1\nI: 1\nA: 1\n")], expect: [
            "assets/a.yaml:5:8: error: asset 'AST-3' is put in a group named after itself; give the group a name of its own [group-name-clash]",
        ]),
        BadInput("asset groups named after each other", ["assets/a.yaml": .text("""
            - {id: AST-3, name: Laptop A, category: physical, owner: P-02, group: AST-4, C: 1, I: 1, A: 1}
            - {id: AST-4, name: Laptop B, category: physical, owner: P-02, group: AST-3, C: 1, I: 1, A: 1}
            """)], expect: [
            "assets/a.yaml:1:71: error: asset group 'AST-4' has the name of the asset 'AST-4'; give the group a name of its own [group-name-clash]",
            "assets/a.yaml:2:71: error: asset group 'AST-3' has the name of the asset 'AST-3'; give the group a name of its own [group-name-clash]",
        ]),
    ]
}
