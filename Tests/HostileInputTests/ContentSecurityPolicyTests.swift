import Foundation
import ISMSModel
import ISMSSite
import ISMSTheme
import XCTest

/// Every page the example builds to, for every audience and the reception display, carries the
/// Content-Security-Policy first thing after its character set, and holds nothing the policy
/// would block: no inline script, no event-handler attribute, no style attribute or element.
final class ContentSecurityPolicyTests: XCTestCase {
    static let policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'"
    static let head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">\n"

    func files(_ audience: Audience, display: Bool = false) throws -> [String: Data] {
        let inspection = try Inspection.run(directory: HostileKnowledgeBase.repository.appendingPathComponent("content"), asOf: CalendarDate(iso: "2026-11-22")!)
        var builder = SiteBuilder(inspection: inspection, theme: try Theme.make(defaults: ISMSTheme.files, language: "en"), audience: audience)
        builder.display = display
        return try builder.files()
    }

    func testEveryPageOfTheExampleCarriesThePolicyAndNothingItBlocks() throws {
        var pages = 0
        for (audience, display) in [(Audience.internal, false), (.auditor, false), (.public, true)] {
            for (path, data) in try files(audience, display: display) where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                XCTAssertTrue(html.hasPrefix(Self.head), "\(audience) \(path)")
                XCTAssertEqual(HarmfulContentTests.problems(in: html, page: path), [], "\(audience)")
                pages += 1
            }
        }
        XCTAssertGreaterThan(pages, 700)
    }

    /// The four templates that write a whole page state the same policy.
    func testTheTemplatesOfWholePagesStateThePolicy() throws {
        for name in ["layout", "display", "poster", "print"] {
            let template = String(decoding: try XCTUnwrap(ISMSTheme.files["site/\(name).mustache"] ?? ISMSTheme.files["\(name).mustache"]), as: UTF8.self)
            XCTAssertTrue(template.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.policy)\">"), name)
        }
    }
}
