/// YAML that does not parse, each kind of mistake once, in record files and front matter.
extension BadInput {
    static let syntax: [BadInput] = [
        BadInput("unclosed flow list", ["threats/t.yaml": .text("id: T-2\nname: [Flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:3:11: error: invalid YAML: while parsing a flow sequence from line 2, column 7, did not find expected ',' or ']' [yaml-syntax]",
        ]),
        BadInput("unclosed flow mapping", ["threats/t.yaml": .text("id: T-2\nname: {a: Flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:3:11: error: invalid YAML: while parsing a flow mapping from line 2, column 7, did not find expected ',' or '}' [yaml-syntax]",
        ]),
        BadInput("unterminated double quotes", ["threats/t.yaml": .text("id: T-2\nname: \"Flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:4:1: error: invalid YAML: while scanning a quoted scalar from line 2, column 7, found unexpected end of stream [yaml-syntax]",
        ]),
        BadInput("unterminated single quotes", ["threats/t.yaml": .text("id: T-2\nname: 'Flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:4:1: error: invalid YAML: while scanning a quoted scalar from line 2, column 7, found unexpected end of stream [yaml-syntax]",
        ]),
        BadInput("invalid escape in double quotes", ["threats/t.yaml": .text("id: T-2\nname: \"Flo\\qod\"\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:2:11: error: invalid YAML: while parsing a quoted scalar from line 2, column 7, found unknown escape character [yaml-syntax]",
        ]),
        BadInput("indentation out of step", ["threats/t.yaml": .text("id: T-2\n  name: Flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:2:7: error: invalid YAML: mapping values are not allowed in this context [yaml-syntax]",
        ]),
        BadInput("colon inside a plain value", ["threats/t.yaml": .text("id: T-2\nname: Flood: river\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:2:12: error: invalid YAML: mapping values are not allowed in this context [yaml-syntax]",
        ]),
        BadInput("list item after a mapping", ["threats/t.yaml": .text("- id: T-2\nname: Flood\n")], expect: [
            "threats/t.yaml:2:1: error: invalid YAML: while parsing a block collection from line 1, column 1, did not find expected '-' indicator [yaml-syntax]",
        ]),
        BadInput("undefined alias", ["threats/t.yaml": .text("id: T-2\nname: *flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:2:7: error: invalid YAML: found undefined alias [yaml-syntax]",
        ]),
        BadInput("character that starts no token", ["threats/t.yaml": .text("id: T-2\nname: @flood\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:2:7: error: invalid YAML: while scanning for the next token found character that cannot start any token [yaml-syntax]",
        ]),
        BadInput("unsupported YAML version", ["threats/t.yaml": .text("%YAML 2.0\n---\nid: T-2\n")], expect: [
            "threats/t.yaml:1:1: error: invalid YAML: found incompatible YAML document [yaml-syntax]",
        ]),
        BadInput("two documents in one file", ["threats/t.yaml": .text("id: T-2\nname: Flood\n---\nid: T-3\n")], expect: [
            "threats/t.yaml:3:1: error: invalid YAML: expected a single document in the stream from line 1, column 1, but found another document [yaml-syntax]",
        ]),
        BadInput("tab as indentation", ["threats/t.yaml": .text("id: T-2\n\tname: Flood\n")], expect: [
            "threats/t.yaml:2:1: error: invalid YAML: while scanning a plain scalar from line 1, column 5, found a tab character that violates indentation [yaml-syntax]",
        ]),
        BadInput("duplicate key", ["threats/t.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: 1\nname: Fire\n")], expect: [
            "threats/t.yaml:2:1: error: duplicate key 'name' in the same mapping [yaml-syntax]",
        ]),
        BadInput("duplicate key in a nested mapping", ["risks/r.yaml": .text("- id: R-3\n  asset: AST-2\n  threat: T-1\n  vulnerability: V-1\n  treatment: retain\n  residual: {C: 1, C: 2}\n")], expect: [
            "risks/r.yaml:6:14: error: duplicate key 'C' in the same mapping [yaml-syntax]",
        ]),
        BadInput("key that is a list", ["threats/t.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: 1\n? [a, b]\n: c\n")], expect: [
            "threats/t.yaml:5:3: error: a key must be a single value, found a list [wrong-type]",
        ]),
        BadInput("syntax error in front matter", ["policies/p.md": .text("---\nid: POL-02\ntitle: [Second\n---\n# Second\n")], expect: [
            "policies/p.md:1:1: warning: document 'p' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
            "policies/p.md:4:1: error: invalid YAML: while parsing a flow sequence from line 3, column 8, did not find expected ',' or ']' [yaml-syntax]",
        ]),
        BadInput("record file that is a single value", ["threats/t.yaml": .text("just words\n")], expect: [
            "threats/t.yaml:1:1: error: a record file must hold a mapping or a list of mappings, found a single value [wrong-type]",
        ]),
        BadInput("list entry that is not a record", ["threats/t.yaml": .text("- id: T-2\n  name: Flood\n  categories: E\n  likelihood: 1\n- Fire\n")], expect: [
            "threats/t.yaml:5:3: error: each record must be a mapping of keys and values, found a single value [wrong-type]",
        ]),
    ]
}
