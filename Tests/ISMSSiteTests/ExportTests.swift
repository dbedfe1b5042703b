@testable import ISMSSite
import XCTest

final class ExportTests: XCTestCase {
    func testRisksCarryComputedValues() throws {
        let table = ExportTable(.risks, try SiteFixture.inspection().resolved)
        XCTAssertEqual(table.json, """
            [
              {
                "id": "R-001",
                "title": "Records leak",
                "asset": "AST-1",
                "threat": "T-1",
                "vulnerability": "V-1",
                "elements": [
                  "C",
                  "I",
                  "A"
                ],
                "threat_level": 3,
                "vulnerability_level": 3,
                "C": 36,
                "I": 18,
                "A": 9,
                "value": 36,
                "acceptable": false,
                "treatment": "reduce",
                "controls": [
                  "A.5.15",
                  "A.8.2"
                ],
                "owner": null,
                "residual_value": 4,
                "residual_acceptable": false,
                "accepted_by": "P-01",
                "accepted_on": "2026-05-01"
              }
            ]

            """)
        XCTAssertEqual(table.csv, "id,title,asset,threat,vulnerability,elements,threat_level,vulnerability_level,C,I,A,value,acceptable,treatment,controls,owner,residual_value,residual_acceptable,accepted_by,accepted_on\r\n"
            + "R-001,Records leak,AST-1,T-1,V-1,C; I; A,3,3,36,18,9,36,false,reduce,A.5.15; A.8.2,,4,false,P-01,2026-05-01\r\n")
    }

    func testControlsListTheWholeCatalogue() throws {
        let table = ExportTable(.controls, try SiteFixture.inspection().resolved)
        XCTAssertEqual(table.rows.count, 93)
        XCTAssertEqual(Array(table.columns.prefix(4)), ["id", "title", "theme", "applicable"])
        XCTAssertEqual(table.rows[14].map(\.csvText).prefix(4), ["A.5.15", "Access control", "Organizational controls", "true"])
        XCTAssertEqual(table.rows[14][9], .array([.string("R-001")]))
        XCTAssertEqual(table.rows[0][8], .array([.string("POL-01")]))
    }

    func testCSVQuotesAndNeutralisesFormulas() throws {
        let table = ExportTable(.assets, try SiteFixture.inspection(["assets/a.yaml": "- {id: AST-1, name: \"=HYPERLINK(\\\"x\\\")\", category: information, owner: P-01, C: 4, I: 2, A: 1, use: \"line one\\nline two\"}\n"]).resolved)
        let row = table.csv.components(separatedBy: "\r\n")[1]
        XCTAssertTrue(row.hasPrefix("AST-1,\"'=HYPERLINK(\"\"x\"\")\",information,"), row)
        XCTAssertTrue(row.contains(",\"line one\nline two\","), row)
    }

    func testStringsAreEscapedByteForByteAsByScalar() {
        let samples = ["plain", "quote \" and \\", "lines\n\r\t", "\u{0}\u{1}\u{1F}\u{7F}", "sep\u{2028}par\u{2029}end", "\u{2027}\u{202A}",
                       "é 日本 🙂 \u{301}", "=SUM(A1)", "-1", "@x", "\ttab", "a,b", "", "a\u{E2}"]
        for sample in samples {
            // The serialisation by Unicode scalars that the byte loop replaced.
            var expected = "\""
            for scalar in sample.unicodeScalars {
                switch scalar {
                case "\"": expected += "\\\""
                case "\\": expected += "\\\\"
                case "\n": expected += "\\n"
                case "\r": expected += "\\r"
                case "\t": expected += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    expected += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: expected.unicodeScalars.append(scalar)
                }
            }
            XCTAssertEqual(JSONValue.string(sample).serialized(), expected + "\"", sample)
            XCTAssertEqual(CSV.table(header: [sample], rows: [[sample, "x"]]),
                           "\(CSV.field(sample))\r\n\(CSV.field(sample)),x\r\n", sample)
        }
    }

    func testFieldsAreQuotedWithTheirQuotesDoubled() {
        let cases: [(String, String)] = [
            ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\"", "\"\"\"\""),
            ("\"\"", "\"\"\"\"\"\""), ("line\nbreak", "\"line\nbreak\""), ("cr\r\nlf", "\"cr\r\nlf\""),
            ("日本, 東京", "\"日本, 東京\""), ("é\"\u{301}", "\"é\"\"\u{301}\""), ("-5", "-5"), ("+7", "+7"),
            ("-x", "'-x"), ("=A1,B1", "\"'=A1,B1\""), ("@\"q\"", "\"'@\"\"q\"\"\""), ("a=b", "a=b"),
        ]
        for (value, field) in cases {
            XCTAssertEqual(CSV.field(value), field, value)
            var bytes: [UInt8] = []
            CSV.appendField(value, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), field, value)
        }
    }

    /// The rows are written one by one as the tree of values would serialise: an array of
    /// objects keyed by column, rows shorter or longer than the columns cut to the shorter.
    func testTableJSONIsTheSerialisationOfItsRows() {
        let rows: [[JSONValue]] = [
            [.null, .int(7), .strings(["x", "y\"z"]), .object([("k", .array([]))])],
            [],
            [.string("a\u{2028}b"), .bool(false)],
            [.int(-1), .int(2), .int(3), .int(4), .int(5)],
        ]
        for columns in [["a", "b \"q\"", "c", "d"], [], ["only"]] {
            let table = ExportTable(columns: columns, rows: rows)
            let tree = JSONValue.array(rows.map { .object(Array(zip(columns, $0))) })
            XCTAssertEqual(table.json, tree.serialized() + "\n", "\(columns)")
        }
        XCTAssertEqual(ExportTable(columns: ["a"], rows: []).json, "[]\n")
    }

    func testTableCSVIsEachCellsTextAsAField() {
        let rows: [[JSONValue]] = [
            [.null, .int(7), .int(-3), .bool(true), .string("=1+1"), .string("a,b")],
            [.strings(["x", "-y"]), .object([("k", .string("v"))]), .string(""), .string("\"q\""), .string("line\nbreak"), .int(0)],
        ]
        let table = ExportTable(columns: ["a", "b", "c", "d", "e", "f"], rows: rows)
        XCTAssertEqual(table.csv, CSV.table(header: table.columns, rows: rows.map { $0.map(\.csvCell) }))
    }

    func testEveryKindExports() throws {
        let kb = try SiteFixture.inspection().resolved
        let counts = ExportTable.Kind.allCases.map { ($0.rawValue, ExportTable($0, kb).rows.count) }
        XCTAssertEqual(counts.map(\.0), ["assets", "threats", "vulnerabilities", "risks", "controls", "documents", "people", "training",
                                         "soa", "plan", "training-matrix"])
        XCTAssertEqual(counts.map(\.1), [1, 1, 1, 1, 93, 2, 1, 1, 93, 1, 1])
    }

    /// The reports' tables exactly as CSV: the SoA row of a control, the plan of an accepted risk, the training matrix.
    func testReportTablesAsCSV() throws {
        let kb = try SiteFixture.inspection().resolved
        let soa = ExportTable(.soa, kb).csv.components(separatedBy: "\r\n")
        XCTAssertEqual(soa[0], "control,title,theme,applicable,reasons,risks,justification,status,documents,evidence,findings,requirements")
        XCTAssertEqual(soa.first { $0.hasPrefix("A.5.15,") }, "A.5.15,Access control,5 Organizational controls,true,,R-001,,,,,,")
        XCTAssertEqual(soa.first { $0.hasPrefix("A.5.1,") }, "A.5.1,Policies for information security,5 Organizational controls,true,,,,,POL-01,,,")
        XCTAssertEqual(ExportTable(.plan, kb).csv, """
            risk,title,value,treatment,transfer_to,controls,action,owner,due,priority,status,overdue,residual_value,residual_acceptable,outcome,accepted_by,accepted_on\r
            R-001,Records leak,36,reduce,,A.5.15; A.8.2,,,,,,false,4,false,accepted,P-01,2026-05-01\r

            """)
        XCTAssertEqual(ExportTable(.trainingMatrix, kb).csv, "person,name,ISMS fundamentals\r\nP-01,Aiko Sato,held\r\n")
    }
}

extension JSONValue {
    var csvText: String {
        switch self {
        case .string(let s): return s
        case .bool(let b): return String(b)
        case .int(let i): return String(i)
        default: return ""
        }
    }
}
