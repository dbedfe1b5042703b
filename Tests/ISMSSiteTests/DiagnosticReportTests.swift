import ISMSModel
import ISMSSite
import XCTest

final class DiagnosticReportTests: XCTestCase {
    let diagnostics = [
        Diagnostic(.error, "unknown-key", "unknown key 'ower'", at: SourceLocation(file: "assets/a.yaml", line: 4, column: 1), hint: "did you mean 'owner'?"),
        Diagnostic(.warning, "review-overdue", "document 'P' was due for review on 2026-01-10 (316 days ago)", at: SourceLocation(file: "p.md", line: 9, column: 9)),
    ]

    func testText() {
        let report = DiagnosticReport(diagnostics: diagnostics, pathPrefix: "content/")
        XCTAssertEqual(report.text, """
            content/assets/a.yaml:4:1: error: unknown key 'ower'; did you mean 'owner'? [unknown-key]
            content/p.md:9:9: warning: document 'P' was due for review on 2026-01-10 (316 days ago) [review-overdue]
            1 error, 1 warning

            """)
        XCTAssertEqual(DiagnosticReport(diagnostics: [], pathPrefix: "").text, "no problems found\n")
    }

    func testJSON() {
        let report = DiagnosticReport(diagnostics: Array(diagnostics.prefix(1)), pathPrefix: "kb/")
        XCTAssertEqual(report.render(.json), """
            {
              "diagnostics": [
                {
                  "severity": "error",
                  "code": "unknown-key",
                  "message": "unknown key 'ower'; did you mean 'owner'?",
                  "file": "kb/assets/a.yaml",
                  "line": 4,
                  "column": 1
                }
              ],
              "summary": {
                "errors": 1,
                "warnings": 0
              }
            }

            """)
    }

    func testSARIF() throws {
        let report = DiagnosticReport(diagnostics: diagnostics, pathPrefix: "", toolVersion: "9.9")
        let object = try JSONSerialization.jsonObject(with: Data(report.render(.sarif).utf8)) as! [String: Any]
        XCTAssertEqual(object["version"] as? String, "2.1.0")
        let run = (object["runs"] as! [[String: Any]])[0]
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        XCTAssertEqual(driver["name"] as? String, "isms")
        XCTAssertEqual((driver["rules"] as! [[String: Any]]).map { $0["id"] as! String }, ["review-overdue", "unknown-key"])
        let results = run["results"] as! [[String: Any]]
        XCTAssertEqual(results.map { $0["level"] as! String }, ["error", "warning"])
        XCTAssertEqual(results.map { $0["ruleIndex"] as! Int }, [1, 0])
        let location = ((results[0]["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any]
        XCTAssertEqual((location["artifactLocation"] as! [String: Any])["uri"] as? String, "assets/a.yaml")
        XCTAssertEqual((location["region"] as! [String: Any])["startLine"] as? Int, 4)
    }
}
