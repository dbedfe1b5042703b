/// Fields that parse as YAML but hold the wrong thing: type, case, dates, numbers, choices.
extension BadInput {
    static let values: [BadInput] = [
        BadInput("keys in the wrong case", ["threats/t.yaml": .text("ID: T-2\nName: Flood\ncategories: E\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:1:1: error: a threat has no 'id'; keys are written in lower case: 'ID' should be 'id' [missing-field]",
        ]),
        BadInput("list where one value belongs", ["threats/t.yaml": .text("id: T-2\nname: [Flood, Fire]\ncategories: E\nlikelihood: 1\n")], expect: [
            "threats/t.yaml:2:7: error: 'name' must be a single value, found a list [wrong-type]",
        ]),
        BadInput("mapping where a list belongs", ["risks/r.yaml": .text("id: R-3\nasset: AST-2\nthreat: T-1\nvulnerability: V-1\ntreatment: retain\ncontrols: {A.5.1: yes}\n")], expect: [
            "risks/r.yaml:6:11: error: 'controls' must be a list, found a mapping [wrong-type]",
        ]),
        BadInput("single value where a mapping belongs", ["isms.yaml": .text("organisation: Test Clinic\ncriteria: [iso27001-2022]\n")], expect: [
            "isms.yaml:1:15: error: 'organisation' must be a mapping of keys and values, found 'Test Clinic' [wrong-type]",
        ]),
        BadInput("words where a number belongs", ["threats/t.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: often\n")], expect: [
            "threats/t.yaml:4:13: error: 'likelihood' must be a whole number, found 'often' [wrong-type]",
        ]),
        BadInput("fraction where a whole number belongs", ["threats/t.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: 2.5\n")], expect: [
            "threats/t.yaml:4:13: error: 'likelihood' must be a whole number, found '2.5' [wrong-type]",
        ]),
        BadInput("number where a date belongs", ["training/x.yaml": .text("id: TR-2\nperson: P-01\ncourse: ISMS basics\ndate: 20260110\n")], expect: [
            "training/x.yaml:4:7: error: 'date' is not a valid date: '20260110'; write dates as YYYY-MM-DD [invalid-date]",
        ]),
        BadInput("dates in other formats", ["training/x.yaml": .text("""
            - {id: TR-2, person: P-01, course: A, date: 10/01/2026}
            - {id: TR-3, person: P-01, course: A, date: 2026-1-10}
            - {id: TR-4, person: P-01, course: A, date: 2026-01-10T09:00:00Z}
            - {id: TR-5, person: P-01, course: A, date: 10 January 2026}
            """)], expect: [
            "training/x.yaml:1:45: error: 'date' is not a valid date: '10/01/2026'; write dates as YYYY-MM-DD [invalid-date]",
            "training/x.yaml:2:45: error: 'date' is not a valid date: '2026-1-10'; write dates as YYYY-MM-DD [invalid-date]",
            "training/x.yaml:3:45: error: 'date' is not a valid date: '2026-01-10T09:00:00Z'; write dates as YYYY-MM-DD [invalid-date]",
            "training/x.yaml:4:45: error: 'date' is not a valid date: '10 January 2026'; write dates as YYYY-MM-DD [invalid-date]",
        ]),
        BadInput("date that does not exist", ["training/x.yaml": .text("id: TR-2\nperson: P-01\ncourse: ISMS basics\ndate: 2026-02-30\n")], expect: [
            "training/x.yaml:4:7: error: 'date' is not a valid date: '2026-02-30'; write dates as YYYY-MM-DD [invalid-date]",
        ]),
        BadInput("date beyond the calendar", ["training/x.yaml": .text("id: TR-2\nperson: P-01\ncourse: ISMS basics\ndate: 10000-01-01\n")], expect: [
            "training/x.yaml:4:7: error: 'date' is not a valid date: '10000-01-01'; write dates as YYYY-MM-DD [invalid-date]",
        ]),
        BadInput("review interval too long to count", ["policies/p.md": .text(document(approved: "9999-12-31", extra: "").replacingOccurrences(of: "review: 12 months", with: "review: 99999999999999999999 years"))], expect: [
            "policies/p.md:9:9: error: 'review' is neither a date nor an interval: '99999999999999999999 years'; write the next review date as YYYY-MM-DD or an interval such as '12 months' [invalid-date]",
        ]),
        BadInput("rating above the scale", ["threats/t.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: 4\n")], expect: [
            "threats/t.yaml:4:13: error: threat 4 of threat 'T-2' is outside the scale 1–3; levels: 1 Low, 2 Medium, 3 High [out-of-scale]",
        ]),
        BadInput("negative rating", ["assets/a.yaml": .text("id: AST-3\nname: Laptop\ncategory: physical\nowner: P-02\nC: -1\nI: 1\nA: 1\n")], expect: [
            "assets/a.yaml:5:4: error: confidentiality -1 of asset 'AST-3' is outside the scale 1–4; levels: 1 Published, 2 Internal use, 3 Secret, 4 Highly confidential [out-of-scale]",
        ]),
        BadInput("largest whole number as a rating", ["assets/a.yaml": .text("id: AST-3\nname: Laptop\ncategory: physical\nowner: P-02\nC: 9223372036854775807\nI: 1\nA: 1\n"),
                                                         "risks/r.yaml": .text("id: R-3\nasset: AST-3\nthreat: T-1\nvulnerability: V-1\ntreatment: retain\n")], expect: [
            "assets/a.yaml:5:4: error: confidentiality 9223372036854775807 of asset 'AST-3' is outside the scale 1–4; levels: 1 Published, 2 Internal use, 3 Secret, 4 Highly confidential [out-of-scale]",
            "risks/r.yaml:5:12: error: residual risk of 'R-3' is still not acceptable (C 9223372036854775807 > 9) and management has not accepted it; record 'acceptance: {by: …, date: …}' or treat the risk further [residual-unaccepted]",
        ]),
        BadInput("number too large to hold", ["threats/t.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: 99999999999999999999999\n")], expect: [
            "threats/t.yaml:4:13: error: 'likelihood' must be a whole number, found '99999999999999999999999' [wrong-type]",
        ]),
        BadInput("huge threshold and scale", ["isms.yaml": .text("organisation:\n  name: Test Clinic\ncriteria: [iso27001-2022]\nmethodology:\n  acceptance:\n    threshold: 9223372036854775807\n  scales:\n    threat:\n      - {level: 3037000500, name: Constant}\n")], expect: [
            "risks/risks.yaml:7:28: error: threat 1 of risk 'R-1' (residual) is outside the scale 3037000500–3037000500; levels: 3037000500 Constant [out-of-scale]",
            "threats/threats.yaml:4:15: error: threat 3 of threat 'T-1' is outside the scale 3037000500–3037000500; levels: 3037000500 Constant [out-of-scale]",
        ]),
        BadInput("choice that is not one", ["risks/r.yaml": .text("id: R-3\nasset: AST-2\nthreat: T-1\nvulnerability: V-1\ntreatment: reduse\n")], expect: [
            "risks/r.yaml:5:12: error: 'treatment' cannot be 'reduse'; did you mean 'reduce'? [invalid-value]",
        ]),
        BadInput("true or false written otherwise", ["isms.yaml": .text("organisation:\n  name: Test Clinic\ncriteria: [iso27001-2022]\npublishing:\n  raw_html: perhaps\n")], expect: [
            "isms.yaml:5:13: error: 'publishing.raw_html' must be true or false, found 'perhaps' [wrong-type]",
        ]),
        BadInput("unknown key in the settings", ["isms.yaml": .text("organisation:\n  name: Test Clinic\ncriteria: [iso27001-2022]\npublising:\n  raw_html: true\n")], expect: [
            "isms.yaml:4:1: error: unknown key 'publising'; did you mean 'publishing'? [unknown-key]",
        ]),
        BadInput("scale without levels and with a level twice", ["isms.yaml": .text("organisation:\n  name: Test Clinic\ncriteria: [iso27001-2022]\nmethodology:\n  scales:\n    threat: []\n    vulnerability:\n      - {level: 1, name: Low}\n      - {level: 1, name: Also low}\n      - {level: 3, name: High}\n")], expect: [
            "isms.yaml:6:13: error: the threat scale has no levels; list its levels, or leave it out for the default scale [invalid-value]",
            "isms.yaml:9:17: error: level 1 appears twice in the vulnerability scale [invalid-value]",
        ]),
    ]
}
