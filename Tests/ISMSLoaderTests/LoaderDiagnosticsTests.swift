import ISMSLoader
import ISMSModel
import XCTest

/// Each loader diagnostic, with the exact line and column it points at.
final class LoaderDiagnosticsTests: XCTestCase {
    static let settings = """
        organisation:
          name: Test Clinic
        """

    func load(_ files: [String: String]) throws -> LoadResult {
        try KnowledgeBaseLoader.load(.memory(files.merging(["isms.yaml": Self.settings]) { mine, _ in mine }))
    }

    func lines(_ result: LoadResult) -> [String] {
        result.diagnostics.inPrintOrder().map { "\($0.location): \($0.severity.rawValue): \($0.fullMessage) [\($0.code)]" }
    }

    func testYAMLSyntaxErrorHasItsLine() throws {
        let result = try load(["assets/a.yaml": "id: AST-1\nname: [unclosed\ncategory: software\n"])
        XCTAssertEqual(result.diagnostics.map(\.code), ["yaml-syntax"])
        XCTAssertEqual(result.diagnostics[0].location.file, "assets/a.yaml")
        XCTAssertEqual(result.diagnostics[0].location.line, 3)
        XCTAssertTrue(result.knowledgeBase.assets.isEmpty)
    }

    func testDuplicateKeyIsASyntaxError() throws {
        let result = try load(["threats/t.yaml": "id: T-1\nname: Fire\nname: Flood\nlikelihood: 1\n"])
        XCTAssertEqual(lines(result), ["threats/t.yaml:2:1: error: duplicate key 'name' in the same mapping [yaml-syntax]"])
    }

    func testUnknownKeySuggestsTheClosest() throws {
        let result = try load(["assets/a.yaml": """
            id: AST-1
            name: Laptop
            category: physical
            ower: P-1
            C: 2
            I: 2
            A: 2
            """])
        XCTAssertEqual(lines(result), [
            "assets/a.yaml:1:1: error: asset 'AST-1' has no 'owner' [missing-field]",
            "assets/a.yaml:4:1: error: unknown key 'ower'; did you mean 'owner'? [unknown-key]",
        ])
    }

    func testWrongTypesInvalidDatesAndValues() throws {
        let result = try load(["risks/r.yaml": """
            - id: R-1
              asset: AST-1
              threat: T-1
              vulnerability: V-1
              elements: [C, X]
              treatment: reduse
              controls: {a: b}
              plan:
                - action: Encrypt laptops
                  due: 2026-02-30
                  priority: urgent
              overrides:
                threat: high
            """])
        XCTAssertEqual(lines(result), [
            "risks/r.yaml:5:17: error: 'elements' cannot be 'X'; one of: C, I, A [invalid-value]",
            "risks/r.yaml:6:14: error: 'treatment' cannot be 'reduse'; did you mean 'reduce'? [invalid-value]",
            "risks/r.yaml:7:13: error: 'controls' must be a list, found a mapping [wrong-type]",
            "risks/r.yaml:10:12: error: 'plan.0.due' is not a valid date: '2026-02-30'; write dates as YYYY-MM-DD [invalid-date]",
            "risks/r.yaml:11:17: error: 'plan.0.priority' cannot be 'urgent'; one of: high, medium, low [invalid-value]",
            "risks/r.yaml:13:13: error: 'overrides.threat' must be a whole number, found 'high' [wrong-type]",
        ])
    }

    func testRecordFilesHoldOneRecordOrAList() throws {
        let result = try load([
            "threats/one.yaml": "id: T-1\nname: Earthquake\ncategories: E\nlikelihood: 1\n",
            "threats/nested/many.yml": "- id: T-2\n  name: Blackout\n  categories: D, A, E\n  likelihood: 2\n- id: T-3\n  name: Malware\n  categories: [D, A]\n  likelihood: 3\n",
        ])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.knowledgeBase.threats.map(\.id), ["T-2", "T-3", "T-1"])
        XCTAssertEqual(result.knowledgeBase.threats[0].categories, [.deliberate, .accidental, .environmental])
        XCTAssertEqual(result.knowledgeBase.threats[1].origin.location.line, 5)
    }

    func testNonMappingRecordIsReported() throws {
        let result = try load(["people/p.yaml": "- id: P-1\n  name: Ann\n- just text\n"])
        XCTAssertEqual(lines(result), ["people/p.yaml:3:3: error: each record must be a mapping of keys and values, found a single value [wrong-type]"])
        XCTAssertEqual(result.knowledgeBase.people.map(\.id), ["P-1"])
    }

    func testYAMLOutsideRecordFoldersIsFlagged() throws {
        let result = try load(["asset/a.yaml": "id: X\n", "notes.yaml": "a: b\n"])
        XCTAssertEqual(lines(result), [
            "asset/a.yaml:1:1: warning: YAML file outside the record folders is ignored; did you mean 'assets/'? [unknown-folder]",
            "notes.yaml:1:1: warning: YAML file outside the record folders is ignored; records go in one of: assets/, threats/, vulnerabilities/, risks/, soa/, people/, roles/, training/, audits/, reviews/, incidents/, nonconformities/, objectives/ [unknown-folder]",
        ])
    }

    func testMissingSettingsFile() throws {
        let result = try KnowledgeBaseLoader.load(.memory([:]))
        XCTAssertEqual(lines(result), ["isms.yaml:1:1: error: the knowledge base has no isms.yaml; create isms.yaml with at least 'organisation: {name: …}' [missing-field]"])
    }

    func testNonUTF8FileIsReportedNotFatal() throws {
        let source = FileSource(list: { ["isms.yaml", "policies/p.md"] }, read: { path in
            path == "isms.yaml" ? Data(Self.settings.utf8) : Data([0x23, 0x20, 0xFF, 0xFE])
        })
        let result = try KnowledgeBaseLoader.load(source)
        XCTAssertEqual(lines(result), ["policies/p.md:1:3: error: file is not UTF-8 text: byte 0xFF is not valid here; save the file as UTF-8 [unreadable-file]"])
    }

    func testUnreadableSettingsAreReportedOnce() throws {
        let source = FileSource(list: { ["isms.yaml"] }, read: { _ in throw CocoaError(.fileReadNoPermission) })
        XCTAssertEqual(lines(try KnowledgeBaseLoader.load(source)), ["isms.yaml:1:1: error: cannot read file: permission denied [unreadable-file]"])
    }

    func testSettingsMethodologyIsRead() throws {
        let result = try KnowledgeBaseLoader.load(.memory(["isms.yaml": """
            organisation: {name: Clinic}
            criteria: [isms-2004, iso27001-2022]
            methodology:
              formula: sum
              acceptance:
                threshold: 6
                comparison: "<"
                overrides: []
              review_interval: 6 months
              scales:
                threat:
                  - {level: 1, name: Rare}
                  - {level: 2, name: Often}
            """]))
        XCTAssertEqual(result.diagnostics, [])
        let s = result.knowledgeBase.settings
        XCTAssertEqual(s.criteria, ["isms-2004", "iso27001-2022"])
        XCTAssertEqual(s.methodology.formula, .sum)
        XCTAssertEqual(s.methodology.acceptance, AcceptanceCriteria(threshold: 6, comparison: .lessThan, overrides: []))
        XCTAssertEqual(s.methodology.reviewInterval, Interval(count: 6, unit: .month))
        XCTAssertEqual(s.methodology.scale(.threat).levels.map(\.name), ["Rare", "Often"])
        XCTAssertEqual(s.methodology.scale(.confidentiality).range, 1...4)
    }

    func testBadSettingsValues() throws {
        let result = try KnowledgeBaseLoader.load(.memory(["isms.yaml": """
            organisation: {name: Clinic}
            criteria: [iso27001-2020]
            methodology:
              formula: power
              review_interval: often
            """]))
        XCTAssertEqual(lines(result), [
            "isms.yaml:2:12: error: unknown criteria 'iso27001-2020'; did you mean 'iso27001-2022'? [invalid-value]",
            "isms.yaml:4:12: error: 'methodology.formula' cannot be 'power'; one of: product, sum [invalid-value]",
            "isms.yaml:5:20: error: 'review_interval' cannot be 'often'; write it as a count and a unit, e.g. '12 months' [invalid-value]",
        ])
    }
}
