import ISMSModel
import ISMSRules
import XCTest

/// Each class of finding, with the exact place it points at.
final class CheckerTests: XCTestCase {
    func testFixtureIsClean() throws {
        XCTAssertEqual(try Fixture.lines(), [])
    }

    func testWorkedExampleRiskIsEvaluated() throws {
        let (kb, _) = try Fixture.check()
        let e = try XCTUnwrap(kb.evaluations["R-1"])
        XCTAssertEqual(e.elements.map(\.value), [36, 18, 9])
        XCTAssertFalse(e.acceptable)
        XCTAssertEqual(kb.residualEvaluations["R-1"]?.elements.map(\.value), [1, 2, 1])
        XCTAssertEqual(kb.residualEvaluations["R-1"]?.acceptable, true)
        XCTAssertEqual(kb.evaluations["R-2"]?.value, 9)
        XCTAssertEqual(kb.evaluations["R-2"]?.acceptable, true)
    }

    func testDuplicateIdNamesBothPlaces() throws {
        let lines = try Fixture.lines(["threats/more.yaml": "id: AST-1\nname: Fire\nlikelihood: 1\n"], codes: ["duplicate-id"])
        XCTAssertEqual(lines, ["threats/more.yaml:1:5: error: duplicate id 'AST-1': already used by the asset at assets/assets.yaml:1:7 [duplicate-id]"])
    }

    func testEveryRepeatInPlaceOrder() throws {
        let lines = try Fixture.lines([
            "threats/more.yaml": "- {id: AST-1, name: Fire, likelihood: 1}\n- {id: T-9, name: Flood, likelihood: 1}\n",
            "audits/a.yaml": "- {id: T-9, date: 2026-01-01}\n- {id: AST-1, date: 2026-01-02}\n",
        ], codes: ["duplicate-id"])
        XCTAssertEqual(lines, [
            "audits/a.yaml:2:8: error: duplicate id 'AST-1': already used by the asset at assets/assets.yaml:1:7 [duplicate-id]",
            "threats/more.yaml:1:8: error: duplicate id 'AST-1': already used by the asset at assets/assets.yaml:1:7 [duplicate-id]",
            "threats/more.yaml:2:8: error: duplicate id 'T-9': already used by the audit at audits/a.yaml:1:8 [duplicate-id]",
        ])
    }

    func testControlDecidedTwice() throws {
        let lines = try Fixture.lines(["soa/extra.yaml": "control: 5.1\napplicable: true\n"], codes: ["duplicate-id"])
        XCTAssertEqual(lines, ["soa/soa.yaml:1:13: error: control A.5.1 is decided twice in the SoA: first at soa/extra.yaml:1:10 [duplicate-id]"])
    }

    func testDanglingReferences() throws {
        let risks = """
            - id: R-1
              asset: AST-9
              threat: T-1
              vulnerability: V-2
              owner: P-03
              treatment: reduce
              controls: [A.5.15, A.9.1]
              residual: {C: 1}
              plan:
                - action: Review privileges
                  owner: P-99
            """
        let lines = try Fixture.lines(["risks/risks.yaml": risks, "training/t.yaml": "id: TR-1\nperson: P-1\ncourse: X\ndate: 2026-01-10\n"],
                                      codes: ["dangling-reference"])
        XCTAssertEqual(lines, [
            "risks/risks.yaml:2:10: error: risk 'R-1' refers to unknown asset or asset group 'AST-9'; did you mean 'AST-1'? [dangling-reference]",
            "risks/risks.yaml:4:18: error: risk 'R-1' refers to unknown vulnerability 'V-2'; did you mean 'V-1'? [dangling-reference]",
            "risks/risks.yaml:5:10: error: risk 'R-1' refers to unknown person or role 'P-03'; did you mean 'P-01'? [dangling-reference]",
            "risks/risks.yaml:7:22: error: risk 'R-1' refers to unknown control 'A.9.1'; did you mean 'A.5.1'? [dangling-reference]",
            "risks/risks.yaml:11:14: error: a plan item of risk 'R-1' refers to unknown person or role 'P-99' [dangling-reference]",
            "training/t.yaml:2:9: error: training record 'TR-1' refers to unknown person 'P-1'; did you mean 'P-01'? [dangling-reference]",
        ])
    }

    func testDocumentReferences() throws {
        let doc = """
            ---
            id: PRC-01
            title: Procedure
            type: procedure
            owner: P-02
            approver: P-01
            approved: 2026-03-01
            version: "1"
            classification: internal
            controls: [A.8.13, A.8.99]
            risks: [R-3]
            satisfies: ["6.1.4"]
            ---
            """
        let lines = try Fixture.lines(["procedures/p.md": doc], codes: ["dangling-reference", "unknown-requirement"])
        XCTAssertEqual(lines, [
            "procedures/p.md:10:20: error: document 'PRC-01' refers to unknown control 'A.8.99'; did you mean 'A.8.19'? [dangling-reference]",
            "procedures/p.md:11:9: error: document 'PRC-01' refers to unknown risk 'R-3'; did you mean 'R-1'? [dangling-reference]",
            "procedures/p.md:12:13: error: document 'PRC-01' claims to satisfy '6.1.4', which no criteria in force require; did you mean '6.1.2'? [unknown-requirement]",
        ])
    }

    func testLinksInDocumentsMustResolve() throws {
        let doc = """
            ---
            id: PRC-01
            title: Procedure
            type: procedure
            owner: P-02
            approver: P-01
            approved: 2026-03-01
            version: "1"
            classification: internal
            ---
            # Procedure

            See [the policy](doc:POL-01), [access](control:5.15), [R-1](risk:R-1) and [site](https://example.org).
            Broken: [a](doc:POL-02), [b](control:A.5.99), [c](risk:AST-1), [d](../policies/missing.md),
            [e](ctrl:A.5.1) and [f](../policies/policy.md#scope) ![img](../img/x.png).
            [g](../../../etc/passwd), [h](p.md#step), [i](#steps) and [j](#%73teps).

            ## Steps
            """
        let lines = try Fixture.lines(["procedures/p.md": doc], codes: ["dangling-link"])
        XCTAssertEqual(lines, [
            "procedures/p.md:14:9: error: link to unknown document 'POL-02'; did you mean 'POL-01'? [dangling-link]",
            "procedures/p.md:14:26: error: link to unknown control 'A.5.99'; did you mean 'A.5.19'? [dangling-link]",
            "procedures/p.md:14:47: error: link to unknown risk 'AST-1' [dangling-link]",
            "procedures/p.md:14:64: error: link to '../policies/missing.md', which is not a document of the knowledge base [dangling-link]",
            "procedures/p.md:15:1: error: link with unknown scheme 'ctrl:'; use one of: asset:, threat:, vulnerability:, risk:, person:, role:, training:, audit:, review:, incident:, nonconformity:, objective:, doc:, control: [dangling-link]",
            "procedures/p.md:15:21: error: link to '#scope', which is not a heading of 'POL-01'; 'POL-01' has no headings [dangling-link]",
            "procedures/p.md:15:54: error: link to '../img/x.png', which is not a file of the knowledge base [dangling-link]",
            "procedures/p.md:16:1: error: link to '../../../etc/passwd', which leads outside the knowledge base [dangling-link]",
            "procedures/p.md:16:27: error: link to '#step', which is not a heading of 'PRC-01'; did you mean '#steps'? [dangling-link]",
        ])
    }

    func testValuesOutsideTheScales() throws {
        let lines = try Fixture.lines([
            "threats/threats.yaml": "- id: T-1\n  name: Leak\n  likelihood: 4\n",
            "assets/extra.yaml": "id: AST-3\nname: X\ncategory: physical\nowner: P-01\nC: 5\nI: 0\nA: 3\n",
        ], codes: ["out-of-scale"])
        XCTAssertEqual(lines, [
            "assets/extra.yaml:5:4: error: confidentiality 5 of asset 'AST-3' is outside the scale 1–4; levels: 1 Published, 2 Internal use, 3 Secret, 4 Highly confidential [out-of-scale]",
            "assets/extra.yaml:6:4: error: integrity 0 of asset 'AST-3' is outside the scale 1–3; levels: 1 Unnecessary, 2 Necessary, 3 Important [out-of-scale]",
            "threats/threats.yaml:3:15: error: threat 4 of threat 'T-1' is outside the scale 1–3; levels: 1 Low, 2 Medium, 3 High [out-of-scale]",
        ])
    }

    func testRiskTreatmentRules() throws {
        let risks = """
            - id: R-1
              asset: AST-1
              threat: T-1
              vulnerability: V-1
            - id: R-2
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: reduce
            - id: R-3
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: transfer
              controls: [A.5.20]
              residual: {threat: 1}
            - id: R-4
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: retain
            - id: R-5
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: retain
              acceptance: {by: P-01, date: 2026-05-01}
            - id: R-6
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              treatment: transfer
              transfer_to: Cyber insurance policy CY-1
              controls: [A.8.13]
              acceptance: {by: P-01, date: 2026-05-01}
              residual: {threat: 1}
            """
        let lines = try Fixture.lines(["risks/risks.yaml": risks], codes: ["untreated-risk", "reduce-without-controls", "transfer-without-contract",
                                                                         "transfer-without-supplier-control", "residual-unaccepted", "residual-missing"])
        XCTAssertEqual(lines, [
            "risks/risks.yaml:1:3: error: risk 'R-1' is not acceptable (C 36 > 9, I 18 > 9) but has no treatment; choose 'treatment: reduce', 'retain', 'avoid' or 'transfer' [untreated-risk]",
            "risks/risks.yaml:9:14: error: risk 'R-2' is treated by reduce but names no controls; list the controls that lower it under 'controls' [reduce-without-controls]",
            "risks/risks.yaml:9:14: warning: risk 'R-2' is treated by reduce but records no residual values; add 'residual:' with the ratings expected after treatment [residual-missing]",
            "risks/risks.yaml:14:14: error: risk 'R-3' is transferred but names no contract or insurance; name it under 'transfer_to' [transfer-without-contract]",
            "risks/risks.yaml:16:13: error: residual risk of 'R-3' is still not acceptable (C 12 > 9) and management has not accepted it; record 'acceptance: {by: …, date: …}' or treat the risk further [residual-unaccepted]",
            "risks/risks.yaml:21:14: error: residual risk of 'R-4' is still not acceptable (C 36 > 9, I 18 > 9) and management has not accepted it; record 'acceptance: {by: …, date: …}' or treat the risk further [residual-unaccepted]",
            "risks/risks.yaml:32:14: warning: risk 'R-6' is transferred but names no control that covers the supplier; add the supplier controls that apply, e.g. A.5.19 or A.5.20 [transfer-without-supplier-control]",
        ])
    }

    func testAssetValueFourOverrideIsExplained() throws {
        let risks = "- {id: R-1, asset: AST-1, threat: T-1, vulnerability: V-1, elements: [C], overrides: {threat: 1, vulnerability: 1}}\n"
        let lines = try Fixture.lines(["risks/risks.yaml": risks], codes: ["untreated-risk"])
        XCTAssertEqual(lines, [
            "risks/risks.yaml:1:3: error: risk 'R-1' is not acceptable (C 4, asset value 4 is always treated) but has no treatment; choose 'treatment: reduce', 'retain', 'avoid' or 'transfer' [untreated-risk]",
        ])
    }

    func testStatementOfApplicabilityRules() throws {
        var soa = Catalog.annexA2022.controls.filter { $0.id != "A.8.34" }.map { c -> String in
            switch c.id {
            case "A.5.15": return "- {control: A.5.15, applicable: false, justification: Not needed}"
            case "A.8.28": return "- control: A.8.28\n  applicable: false"
            default: return "- {control: \(c.id), applicable: true}"
            }
        }
        soa.append("- {control: A.9.9, applicable: true}")
        let lines = try Fixture.lines(["soa/soa.yaml": soa.joined(separator: "\n")],
                                      codes: ["soa-missing", "exclusion-unjustified", "excluded-control-used", "soa-unknown-control"])
        XCTAssertEqual(lines, [
            "risks/risks.yaml:6:14: error: risk 'R-1' is treated with control A.5.15, which the SoA excludes; the SoA decision is at soa/soa.yaml:15:3 [excluded-control-used]",
            "soa/soa.yaml:1:3: error: the SoA has no decision on control A.8.34 (Protection of information systems during audit testing); add '- control: A.8.34' with 'applicable:' to a file in soa/ [soa-missing]",
            "soa/soa.yaml:88:15: error: control A.8.28 is excluded without a justification; say why under 'justification' [exclusion-unjustified]",
            "soa/soa.yaml:94:13: error: SoA decision on 'A.9.9', which is not a control of ISO/IEC 27001:2022 Annex A; did you mean 'A.5.9'? [soa-unknown-control]",
        ])
    }

    func testDocumentsReviewAndApproval() throws {
        let overdue = """
            ---
            id: PRC-01
            title: Old procedure
            type: procedure
            owner: P-02
            approver: P-01
            approved: 2025-01-10
            version: "1"
            review: 12 months
            classification: internal
            ---
            """
        let unapproved = "---\nid: PRC-02\ntitle: Draft\ntype: procedure\nowner: P-02\nversion: \"0.1\"\nreview: 2027-01-01\nclassification: internal\n---\n"
        let lines = try Fixture.lines(["procedures/old.md": overdue, "procedures/draft.md": unapproved], codes: ["review-overdue", "unapproved-document"])
        XCTAssertEqual(lines, [
            "procedures/draft.md:1:1: warning: document 'PRC-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
            "procedures/old.md:9:9: warning: document 'PRC-01' was due for review on 2026-01-10 (316 days ago) [review-overdue]",
        ])
    }

    func testDocumentChangedAfterApproval() throws {
        func revision(_ commit: String, _ date: String, _ subject: String) -> Revision {
            Revision(commit: commit, date: CalendarDate(iso: date)!, author: "Security Manager", subject: subject)
        }
        let sameDay = "---\nid: PRC-01\ntitle: Backup\ntype: procedure\nowner: P-02\napprover: P-01\napproved: 2026-04-10\nversion: \"2\"\nclassification: internal\n---\n"
        let draft = "---\nid: PRC-02\ntitle: Draft\ntype: procedure\nowner: P-02\nversion: \"0.1\"\nclassification: internal\n---\n"
        let history = [
            "policies/policy.md": [
                revision("abc1234def5678abc1234def5678abc1234def56", "2026-03-02", "Tighten the password rules"),
                revision("0000000111111122222223333333444444455555", "2026-02-20", "Draft the policy"),
            ],
            // Committed on the day of approval: the approved text.
            "procedures/backup.md": [revision("1111111", "2026-04-10", "Approve backup v2"), revision("2222222", "2026-04-01", "Draft backup v2")],
            // No approval to compare with: unapproved-document says enough.
            "procedures/draft.md": [revision("3333333", "2026-05-01", "Start a draft")],
        ]
        let lines = try Fixture.lines(["procedures/backup.md": sameDay, "procedures/draft.md": draft], history: history,
                                      codes: ["changed-after-approval", "unapproved-document"])
        XCTAssertEqual(lines, [
            "policies/policy.md:7:11: warning: document 'POL-01' changed on 2026-03-02, after its approval on 2026-03-01 (commit abc1234: \"Tighten the password rules\"); once the change is reviewed, approve it again: update 'approved' and 'version' [changed-after-approval]",
            "procedures/draft.md:1:1: warning: document 'PRC-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ])
        XCTAssertEqual(try Fixture.lines(history: ["policies/policy.md": [revision("4444444", "2026-02-28", "Before approval")]], codes: ["changed-after-approval"]), [])
        // Put into git after approval and not touched since: still the approved text.
        XCTAssertEqual(try Fixture.lines(history: ["policies/policy.md": [revision("5555555", "2026-06-01", "Import the policy set")]], codes: ["changed-after-approval"]), [])
        XCTAssertEqual(try Fixture.lines(history: [:], codes: ["changed-after-approval"]), [])
    }

    func testRequiredDocumentedInformation() throws {
        let lines = try Fixture.lines(["training/t.yaml": nil, "soa/soa.yaml": nil], codes: ["requirement-unmet"])
        XCTAssertEqual(lines, [
            "isms.yaml:3:11: error: nothing satisfies ISO/IEC 27001:2022 6.1.3 d (Statement of Applicability); add \"6.1.3 d\" to 'satisfies' of the document that provides it or soa/ records [requirement-unmet]",
            "isms.yaml:3:11: error: nothing satisfies ISO/IEC 27001:2022 7.2 (Evidence of competence); add \"7.2\" to 'satisfies' of the document that provides it or training/ records [requirement-unmet]",
        ])
    }

    func testSecondCriteriaSetIsCheckedToo() throws {
        let (kb, diagnostics) = try Fixture.check(["isms.yaml": "organisation: {name: Clinic}\ncriteria: [iso27001-2022, isms-2004]\n"])
        let unmet = diagnostics.filter { $0.code == "requirement-unmet" }.map(\.message)
        XCTAssertEqual(unmet.count, 8)
        XCTAssertEqual(unmet.first, "nothing satisfies ISMS certification criteria Ver. 2.0 (2004) 4.3.1 1 (Policy statement and objectives)")
        XCTAssertEqual(ConformityChecks.coverage(kb).count, 27)
    }

    func testAssetGroupsAreRatedByTheirHighestMember() throws {
        let assets = """
            - {id: AST-1, name: A, category: physical, owner: P-01, group: PCs, C: 2, I: 3, A: 1}
            - {id: AST-2, name: B, category: physical, owner: P-01, group: PCs, C: 3, I: 1, A: 2}
            """
        let risks = "- {id: R-1, asset: PCs, threat: T-1, vulnerability: V-1, treatment: avoid}\n"
        let (kb, diagnostics) = try Fixture.check(["assets/assets.yaml": assets, "risks/risks.yaml": risks])
        XCTAssertEqual(kb.evaluations["R-1"]?.elements.map(\.value), [27, 27, 18])
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.code), [])
    }
}
