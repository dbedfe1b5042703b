import ISMSModel
import XCTest

final class RiskArithmeticTests: XCTestCase {
    let standard = Methodology.standard

    /// The guide's figure 5-11: C 4, I 2, A 1, threat 3, vulnerability 3.
    func testWorkedExampleGives36_18_9() {
        let e = standard.evaluate(assetValues: ElementValues(confidentiality: 4, integrity: 2, availability: 1), threat: 3, vulnerability: 3)
        XCTAssertEqual(e.elements.map(\.value), [36, 18, 9])
        XCTAssertEqual(e.elements.map(\.element), [.confidentiality, .integrity, .availability])
        XCTAssertEqual(e.value, 36)
        XCTAssertEqual(e.elements.map(\.acceptable), [false, false, true])
        XCTAssertFalse(e.acceptable)
    }

    func testThresholdComparisonIsExplicit() {
        var m = standard
        m.acceptance.overrides = []
        XCTAssertTrue(m.acceptance.isAcceptable(value: 9, asset: 1, threat: 3, vulnerability: 3))
        m.acceptance.comparison = .lessThan
        XCTAssertFalse(m.acceptance.isAcceptable(value: 9, asset: 1, threat: 3, vulnerability: 3))
        XCTAssertTrue(m.acceptance.isAcceptable(value: 8, asset: 2, threat: 2, vulnerability: 2))
    }

    /// Table 5-13: any risk on an asset of value 4 is treated, however small.
    func testAssetValueFourIsAlwaysTreated() {
        let e = standard.evaluate(assetValues: ElementValues(confidentiality: 4, integrity: 1, availability: 1), threat: 1, vulnerability: 1)
        XCTAssertEqual(e.elements.map(\.value), [4, 1, 1])
        XCTAssertEqual(e.elements.map(\.acceptable), [false, true, true])
        let accepting = AcceptanceCriteria(threshold: 2, comparison: .lessOrEqual, overrides: [AcceptanceOverride(threatAtLeast: 1, vulnerabilityAtLeast: 1, outcome: .accept)])
        XCTAssertTrue(accepting.isAcceptable(value: 36, asset: 4, threat: 3, vulnerability: 3))
    }

    func testOnlyAffectedElementsCount() {
        let e = standard.evaluate(assetValues: ElementValues(confidentiality: 4, integrity: 2, availability: 3), threat: 1, vulnerability: 3, elements: [.availability])
        XCTAssertEqual(e.elements.map(\.value), [9])
        XCTAssertTrue(e.acceptable)
        XCTAssertEqual(e.value, 9)
    }

    func testSumFormula() {
        var m = standard
        m.formula = .sum
        let e = m.evaluate(assetValues: ElementValues(confidentiality: 4, integrity: 2, availability: 1), threat: 3, vulnerability: 3)
        XCTAssertEqual(e.elements.map(\.value), [10, 8, 7])
    }

    /// Table 5-11: rows asset value 1–4, columns threat 1–3 × vulnerability 1–3.
    func testLookupTableMatchesTheGuide() {
        let table = standard.lookupTable(assetValues: [1, 2, 3, 4]).map { $0.map(\.value) }
        XCTAssertEqual(table, [
            [1, 2, 3, 2, 4, 6, 3, 6, 9],
            [2, 4, 6, 4, 8, 12, 6, 12, 18],
            [3, 6, 9, 6, 12, 18, 9, 18, 27],
            [4, 8, 12, 8, 16, 24, 12, 24, 36],
        ])
        let acceptable = standard.lookupTable(assetValues: [3, 4]).map { $0.map(\.acceptable) }
        XCTAssertEqual(acceptable[0], [true, true, true, true, false, false, true, false, false])
        XCTAssertEqual(acceptable[1], Array(repeating: false, count: 9))
    }

    /// Ratings far off the scales are errors of `isms check`; computing with them first must not trap.
    func testHugeRatingsSaturateInsteadOfOverflowing() {
        XCTAssertEqual(RiskFormula.product.value(asset: .max, threat: 3, vulnerability: 3), .max)
        XCTAssertEqual(RiskFormula.product.value(asset: .max, threat: -2, vulnerability: 1), .min)
        XCTAssertEqual(RiskFormula.product.value(asset: .min, threat: -1, vulnerability: 1), .max)
        XCTAssertEqual(RiskFormula.sum.value(asset: .max, threat: 1, vulnerability: 1), .max)
        XCTAssertEqual(RiskFormula.sum.value(asset: .min, threat: -1, vulnerability: 0), .min)
        XCTAssertEqual(RiskFormula.product.value(asset: -1, threat: 3, vulnerability: 3), -9)
    }
}
