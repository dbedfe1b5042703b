import Foundation
@testable import ISMSSite
import ISMSTheme
import XCTest

/// A whole-page template of a theme of one's own that leaves the policy out gets it put in;
/// one that states a policy of its own keeps it.
final class ContentSecurityPolicyTests: XCTestCase {
    let meta = ContentSecurityPolicy.meta

    func testThePolicyGoesRightAfterTheHead() {
        XCTAssertEqual(ContentSecurityPolicy.ensured(in: "<!DOCTYPE html>\n<html>\n<head>\n<title>x</title>\n"),
                       "<!DOCTYPE html>\n<html>\n<head>\n\(meta)\n<title>x</title>\n")
        XCTAssertEqual(ContentSecurityPolicy.ensured(in: "<HTML><HEAD lang=\"en\"><header>a</header>"),
                       "<HTML><HEAD lang=\"en\">\n\(meta)<header>a</header>")
        // `<header>` is no head: the policy goes after the doctype, where a `<meta>` opens the head.
        XCTAssertEqual(ContentSecurityPolicy.ensured(in: "<!doctype html><header>a</header>"),
                       "<!doctype html>\n\(meta)<header>a</header>")
        XCTAssertEqual(ContentSecurityPolicy.ensured(in: "<p>{{{body}}}</p>"), "\n\(meta)<p>{{{body}}}</p>")
    }

    func testAPolicyOfTheThemesOwnIsKept() {
        for template in [
            "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">",
            "<head><META HTTP-EQUIV = 'content-security-policy' CONTENT=\"default-src 'self'\">",
            "<head><meta http-equiv=Content-Security-Policy content=\"default-src 'self'\">",
        ] {
            XCTAssertEqual(ContentSecurityPolicy.ensured(in: template), template)
        }
        // Naming the policy elsewhere is not stating it.
        XCTAssertEqual(ContentSecurityPolicy.ensured(in: "<head><!-- Content-Security-Policy: none --><meta http-equiv=\"refresh\" content=\"5\">"),
                       "<head>\n\(meta)<!-- Content-Security-Policy: none --><meta http-equiv=\"refresh\" content=\"5\">")
    }

    func testEveryPageOfAThemeWithoutThePolicyCarriesIt() throws {
        let layout = String(decoding: try XCTUnwrap(ISMSTheme.files["layout.mustache"]), as: UTF8.self)
        let bare = layout.replacingOccurrences(of: meta + "\n", with: "")
        XCTAssertNotEqual(bare, layout)
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: ["layout.mustache": Data(bare.utf8)], language: "en")
        let files = try SiteBuilder(inspection: SiteFixture.inspection(), theme: theme).files()
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            // Print pages come from the built-in print template, which states the policy itself.
            let head = path.hasSuffix(".print.html") ? "<head>\n<meta charset=\"utf-8\">\n\(meta)\n" : "<head>\n\(meta)\n<meta charset=\"utf-8\">\n"
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n" + head), path)
            XCTAssertEqual(html.components(separatedBy: "Content-Security-Policy").count, 2, path)
            pages += 1
        }
        XCTAssertGreaterThan(pages, 20)
    }
}
