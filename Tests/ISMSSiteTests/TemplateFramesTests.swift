import Foundation
import ISMSModel
@testable import ISMSSite
import ISMSTheme
import XCTest

/// Pages made from a template rendered once per shape must be exactly the engine's pages.
final class TemplateFramesTests: XCTestCase {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    func site(_ theme: Theme) throws -> [String: Data] {
        let inspection = try Inspection.run(directory: Self.example, asOf: CalendarDate(iso: "2026-11-22")!)
        return try SiteBuilder(inspection: inspection, theme: theme, attachments: .directory(Self.example)).files()
    }

    func testTheExampleSiteIsTheSameWithAndWithoutFrames() throws {
        let theme = try Theme.make(defaults: ISMSTheme.files, language: "en")
        // Every built-in template names values only, so every page is filled into frames.
        XCTAssertEqual(theme.frameable.sorted(), ["display", "document", "glossary", "index", "layout", "methodology", "poster", "print", "record", "register", "search"])
        var engineOnly = theme
        engineOnly.frameable = []
        let framed = try site(theme), rendered = try site(engineOnly)
        XCTAssertEqual(Set(framed.keys), Set(rendered.keys))
        XCTAssertEqual(framed.keys.filter { framed[$0] != rendered[$0] }.sorted(), [])
        XCTAssertGreaterThan(framed.keys.filter { $0.hasPrefix("risks/") }.count, 10)
        XCTAssertGreaterThan(framed.keys.filter { $0.hasPrefix("documents/") }.count, 10)
    }

    func testAnyOtherUseOfAValueIsLeftToTheEngine() throws {
        XCTAssertTrue(Theme.namesValuesOnly("<p>{{{a}}} {{b}} {{&c}} {{#d}}{{.}}{{/d}}{{^e}}-{{/e}}{{! note }}</p>"))
        for source in ["{{uppercased(a)}}", "{{#count(a)}}x{{/count(a)}}", "{{> part}}", "{{=<% %>=}}", "{{<base}}{{/base}}", "{{$block}}{{/block}}", "{{a"] {
            XCTAssertFalse(Theme.namesValuesOnly(source), source)
        }
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "record.mustache": Data("<h1>{{title}}</h1>{{#id}}[{{.}}]{{/id}}{{^facts}}no facts{{/facts}}{{{sections}}}\n".utf8),
        ], language: "en")
        XCTAssertTrue(theme.frameable.contains("record"))
        let frames = TemplateFrames()
        let contexts: [[String: Any]] = [
            ["title": "A &amp; B", "id": "R-1", "facts": "", "sections": "<p>x</p>"],
            ["title": "C", "id": "", "facts": "<dl></dl>", "sections": ""],
            ["title": "D", "id": "R-2", "facts": "", "sections": "<p>y</p>"],
        ]
        for context in contexts {
            // The escaped title makes the shape the engine's; every page is still the engine's page.
            XCTAssertEqual(try frames.render("record", context, shared: [], theme: theme), Array(try theme.render("record", context).utf8))
        }
        XCTAssertNil(FilledTemplate("<h1>\u{1}&amp;0\u{1}</h1>", slots: 1))
        XCTAssertNil(FilledTemplate("<h1>\u{1}&3\u{1}</h1>", slots: 1))
        XCTAssertNil(FilledTemplate("<h1>\u{1}&0</h1>", slots: 1))
        let frame = try XCTUnwrap(FilledTemplate("<h1>\u{1}&1\u{1}</h1>\u{1}&0\u{1}\u{1}&1\u{1}.", slots: 2))
        XCTAssertEqual(frame.filled(with: ["body", "title é"]), "<h1>title é</h1>bodytitle é.")
    }

    func testFramedTemplatesFillEachShape() throws {
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "record.mustache": Data("{{#id}}<b>{{{id}}}</b> {{/id}}{{{title}}}{{^facts}}.{{/facts}}{{{t.home}}}\n".utf8),
        ], language: "en")
        let frames = TemplateFrames()
        let t = theme.strings.escaped
        for context: [String: Any] in [["id": "R-1", "title": "A", "facts": ""], ["id": "", "title": "B", "facts": "f"], ["id": "R-3", "title": "", "facts": ""]] {
            XCTAssertEqual(try frames.render("record", context.merging(["t": t]) { $1 }, shared: ["t"], theme: theme),
                           Array(try theme.render("record", context.merging(["t": t]) { $1 }).utf8))
        }
        // The engine counts an empty string as a value: `{{^facts}}` is skipped for it.
        XCTAssertEqual(try frames.render("record", ["id": "R-1", "title": "A", "facts": "", "t": t], shared: ["t"], theme: theme), Array("<b>R-1</b> AHome\n".utf8))
    }

    /// A model by schema fills the frame of its shape, values left out, empty and given, flags
    /// on and off, with the engine's page; a value left out is not an empty one.
    func testModelsBySchemaFillEachShape() throws {
        let template = "{{#id}}<b>{{{id}}}</b> {{/id}}{{^id}}no id {{/id}}{{{title}}}{{#flag}}!{{/flag}}{{{html}}}{{{t.home}}}\n"
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: ["record.mustache": Data(template.utf8)], language: "en")
        XCTAssertTrue(theme.frameable.contains("record"))
        var engineOnly = theme
        engineOnly.frameable = []
        let schema = FrameSchema(template: "record", strings: ["html", "id", "title"], flags: ["flag"])
        let frames = TemplateFrames(), t: [String: Any] = ["t": theme.strings.escaped]
        let cases: [([FrameValue?], Bool, String)] = [
            ([.html(Array("<i>é</i>".utf8)), .text("R-1"), .text("A &amp; B")], true, "<b>R-1</b> A &amp; B!<i>é</i>Home\n"),
            ([nil, nil, .text("C")], false, "no id CHome\n"),
            // The engine counts an empty string as a value, which a left-out one is not.
            ([.text(""), .text(""), .text("D")], true, "<b></b> D!Home\n"),
            ([.html([]), .text("R-2"), .text("")], false, "<b>R-2</b> Home\n"),
            ([nil, .text("R-3"), .text("E")], true, "<b>R-3</b> E!Home\n"),
        ]
        for (strings, flag, page) in cases {
            let model = FramedModel(schema, strings: strings, flags: [flag])
            XCTAssertEqual(String(decoding: try frames.render(model, shared: t, theme: theme), as: UTF8.self), page)
            XCTAssertEqual(String(decoding: try frames.render(model, shared: t, theme: engineOnly), as: UTF8.self), page)
        }
    }

    /// HTML given as bytes fills a frame as its String would, and reaches the engine as that String.
    func testHTMLBytesAreTheirString() throws {
        let theme = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "record.mustache": Data("<h1>{{title}}</h1>{{^facts}}no facts{{/facts}}{{{sections}}}|{{sections}}\n".utf8),
        ], language: "en")
        let framed = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "record.mustache": Data("<h1>{{title}}</h1>{{^facts}}no facts{{/facts}}{{{sections}}}\n".utf8),
        ], language: "en")
        XCTAssertTrue(framed.frameable.contains("record"))
        let frames = TemplateFrames()
        for sections in ["<p>é &amp; 日本</p>", ""] {
            let bytes: [String: Any] = ["title": "T", "facts": HTMLBytes(bytes: []), "sections": HTMLBytes(bytes: Array(sections.utf8))]
            let text: [String: Any] = ["title": "T", "facts": "", "sections": sections]
            XCTAssertEqual(try frames.render("record", bytes, shared: [], theme: framed), Array(try framed.render("record", text).utf8))
            XCTAssertEqual(try frames.render("record", bytes, shared: [], theme: theme), Array(try theme.render("record", text).utf8))
        }
        XCTAssertEqual(try theme.render("record", ["title": "T", "sections": HTMLBytes(bytes: Array("<b>".utf8))]), "<h1>T</h1>no facts<b>|&lt;b&gt;\n")
    }

    func testALayoutThatUsesItsValuesOtherwiseRunsPerPage() throws {
        let transforming = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "layout.mustache": Data("<title>{{title}}</title>{{uppercased(title)}}|{{content}}\n".utf8),
        ], language: "en")
        let escaping = try Theme.make(defaults: ISMSTheme.files, overrides: [
            "layout.mustache": Data("<title>{{title}}</title>|{{content}}\n".utf8),
        ], language: "en")
        XCTAssertFalse(transforming.frameable.contains("layout"))
        XCTAssertTrue(escaping.frameable.contains("layout"))
        for theme in [transforming, escaping] {
            let page = String(decoding: try XCTUnwrap(try site(theme)["glossary.html"]), as: UTF8.self)
            // A layout with no head gets the policy first.
            XCTAssertTrue(page.hasPrefix("\n\(ContentSecurityPolicy.meta)<title>Glossary</title>"), page)
            // The template escapes the page's content: what the engine does, not a stand-in filled raw.
            XCTAssertTrue(page.contains("|&lt;article"), page)
            XCTAssertFalse(page.contains("\u{1}"), page)
        }
        XCTAssertTrue(String(decoding: try XCTUnwrap(try site(transforming)["glossary.html"]), as: UTF8.self).contains("</title>GLOSSARY|"))
    }
}
