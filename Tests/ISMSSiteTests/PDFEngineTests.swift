import Foundation
import ISMSSite
import XCTest

/// Finding a PDF engine on PATH, printing with the ones installed, and how failures read.
final class PDFEngineTests: XCTestCase {
    // MARK: Finding an engine

    func testChoiceNoneOrUnknownGivesNil() throws {
        let bin = try fakePrograms(["weasyprint": version("WeasyPrint version 1")])
        XCTAssertNil(PDFEngine.find(environment: ["PATH": bin.path, "ISMS_PDF_ENGINE": "none"]))
        XCTAssertNil(PDFEngine.find(environment: ["PATH": bin.path, "ISMS_PDF_ENGINE": "prince"]))
        XCTAssertNil(PDFEngine.find(environment: ["PATH": bin.path, "ISMS_PDF_ENGINE": "chromium"]))
        XCTAssertNil(PDFEngine.find(environment: ["PATH": try fakePrograms([:]).path]))
    }

    func testPrefersWeasyPrintUnlessChromiumIsChosen() throws {
        let bin = try fakePrograms([
            "weasyprint": version("\n  WeasyPrint version 99.1  \nsecond line"),
            "chromium": version("Chromium 200.0.1 built on Test"),
        ])
        let auto = PDFEngine.find(environment: ["PATH": bin.path])
        XCTAssertEqual(auto, PDFEngine(name: "weasyprint", executable: bin.appendingPathComponent("weasyprint"), version: "WeasyPrint version 99.1"))
        let chosen = PDFEngine.find(environment: ["PATH": bin.path, "ISMS_PDF_ENGINE": " Chromium "])
        XCTAssertEqual(chosen, PDFEngine(name: "chromium", executable: bin.appendingPathComponent("chromium"), version: "Chromium 200.0.1 built on Test"))
    }

    func testOtherChromiumNamesAndBrokenProgramsAreSkipped() throws {
        let broken = try fakePrograms(["weasyprint": "exit 1", "chromium": "exit 1"])
        let chrome = try fakePrograms(["google-chrome": version("Google Chrome 150")])
        let found = PDFEngine.find(environment: ["PATH": broken.path + ":" + chrome.path])
        XCTAssertEqual(found?.name, "chromium")
        XCTAssertEqual(found?.executable, chrome.appendingPathComponent("google-chrome"))
        XCTAssertEqual(found?.version, "Google Chrome 150")
    }

    // MARK: Failures

    func testMissingInputThrowsNamingIt() throws {
        let engine = PDFEngine(name: "weasyprint", executable: URL(fileURLWithPath: "/bin/true"), version: "test")
        let missing = try scratchFolder().appendingPathComponent("no such report.print.html")
        XCTAssertThrowsError(try engine.render(html: missing, to: missing.appendingPathExtension("pdf"))) { error in
            XCTAssertEqual(error as? PDFEngine.Failure, .missingInput(missing.path))
            XCTAssertTrue("\(error)".contains(missing.path), "\(error)")
        }
    }

    func testFailedRenderNamesFileAndEngineErrors() throws {
        let bin = try fakePrograms(["weasyprint": "echo 'warming up' >&2\necho 'boom: cannot parse' >&2\nexit 3"])
        let engine = PDFEngine(name: "weasyprint", executable: bin.appendingPathComponent("weasyprint"), version: "fake")
        let html = try page(in: scratchFolder(), named: "soa.print.html")
        XCTAssertThrowsError(try engine.render(html: html, to: html.appendingPathExtension("pdf"))) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix(html.path + ": weasyprint failed (exit status 3)"), text)
            XCTAssertTrue(text.hasSuffix("warming up\nboom: cannot parse"), text)
        }
    }

    func testSuccessWithoutAPDFIsAFailure() throws {
        let bin = try fakePrograms(["chromium": "echo 'bytes written' >&2"])
        let engine = PDFEngine(name: "chromium", executable: bin.appendingPathComponent("chromium"), version: "fake")
        let html = try page(in: scratchFolder(), named: "plan.print.html")
        XCTAssertThrowsError(try engine.render(html: html, to: html.appendingPathExtension("pdf"))) { error in
            XCTAssertEqual(error as? PDFEngine.Failure, .noPDF(engine: "chromium", file: html.path, stderr: "bytes written"))
        }
    }

    func testTimeLimitStopsTheEngine() throws {
        // A child of the script would keep running if only the script were stopped.
        let bin = try fakePrograms(["weasyprint": "sleep 30\nsleep 30"])
        let engine = PDFEngine(name: "weasyprint", executable: bin.appendingPathComponent("weasyprint"), version: "fake")
        let html = try page(in: scratchFolder(), named: "slow.print.html")
        let start = Date()
        XCTAssertThrowsError(try engine.render(html: html, to: html.appendingPathExtension("pdf"), timeLimit: 1)) { error in
            XCTAssertEqual(error as? PDFEngine.Failure, .timedOut(engine: "weasyprint", file: html.path, seconds: 1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testBatchThrowsTheFirstFailureInOrderAfterPrintingTheRest() throws {
        // Like WeasyPrint, the fake takes the output as its last argument; it fails on names with "bad".
        let bin = try fakePrograms(["weasyprint": """
            for last; do :; done
            case "$*" in *-bad.html*) echo "cannot print" >&2; exit 1;; esac
            printf '%%PDF-1.7 fake' > "$last"
            """])
        let engine = PDFEngine(name: "weasyprint", executable: bin.appendingPathComponent("weasyprint"), version: "fake")
        let folder = try scratchFolder()
        let names = ["a-bad", "b-good", "c-bad", "d-good"]
        let batch = try names.map { (html: try page(in: folder, named: "\($0).html"), pdf: folder.appendingPathComponent("\($0).pdf")) }
        XCTAssertThrowsError(try engine.render(batch: batch)) { error in
            guard case .failed(_, let file, _, _)? = error as? PDFEngine.Failure else { return XCTFail("\(error)") }
            XCTAssertEqual(file, batch[0].html.path)
        }
        let printed = names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0).pdf").path) }
        XCTAssertEqual(printed, ["b-good", "d-good"])
    }

    // MARK: The engines installed here

    func testWeasyPrint() throws { try checkEngine("weasyprint") }

    func testChromium() throws { try checkEngine("chromium") }

    /// Prints a report-like portrait page and a landscape one, as `isms build` lays them out, and
    /// reads them back: text, running heads and repeated table headers on page 2, A4 sizes, and
    /// the same bytes twice with a fixed SOURCE_DATE_EPOCH.
    func checkEngine(_ name: String) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["ISMS_PDF_ENGINE"] = name
        guard let engine = PDFEngine.find(environment: environment) else { throw XCTSkip("\(name) is not installed") }
        guard let pdftotext = tool("pdftotext"), let pdfinfo = tool("pdfinfo") else { throw XCTSkip("poppler-utils is not installed") }
        XCTAssertEqual(engine.name, name)
        XCTAssertFalse(engine.version.isEmpty)

        // Spaces and Japanese in the path test the file URL and base URL given to the engine.
        let site = try scratchFolder().appendingPathComponent("site 報告")
        let reports = try writeReports(in: site)
        let portrait = reports.appendingPathComponent("register.print.html"), landscape = reports.appendingPathComponent("soa.print.html")
        let epoch = 1_767_225_600
        let start = Date()
        try engine.render(batch: [
            (portrait, reports.appendingPathComponent("register.pdf")),
            (landscape, reports.appendingPathComponent("soa.pdf")),
        ], sourceDateEpoch: epoch, environment: environment)
        print("\(engine.version): two documents in \(String(format: "%.2f", Date().timeIntervalSince(start))) s")

        let register = reports.appendingPathComponent("register.pdf").path
        let text = try run(pdftotext, ["-layout", register, "-"])
        XCTAssertTrue(text.contains("Register of Test Records"), text)
        XCTAssertTrue(text.contains("情報セキュリティ方針を定める。"), text)
        XCTAssertTrue(text.contains("RUNNING HEAD TEXT"), text)
        let second = try run(pdftotext, ["-layout", "-f", "2", "-l", "2", register, "-"])
        XCTAssertTrue(second.contains("RUNNING HEAD TEXT"), second)
        XCTAssertTrue(second.contains("HEADER CELL"), "table headers repeat on page 2:\n\(second)")
        XCTAssertTrue(second.contains("Page 2"), second)
        XCTAssertEqual(try pageSize(pdfinfo, register)?.map { Int($0.rounded()) }, [595, 842])
        XCTAssertGreaterThanOrEqual(try pageCount(pdfinfo, register) ?? 0, 2)

        let soa = reports.appendingPathComponent("soa.pdf").path
        XCTAssertEqual(try pageSize(pdfinfo, soa)?.map { Int($0.rounded()) }, [842, 595])
        XCTAssertTrue(try run(pdftotext, ["-layout", soa, "-"]).contains("SOA RUNNING HEAD"))

        // The engines stamp whole seconds, so the second print must start in another second to show anything.
        let elapsed = Date().timeIntervalSince(start)
        if elapsed < 1.2 { Thread.sleep(forTimeInterval: 1.2 - elapsed) }
        let again = reports.appendingPathComponent("again.pdf")
        try engine.render(html: portrait, to: again, sourceDateEpoch: epoch, environment: environment)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: register)), try Data(contentsOf: again),
                       "\(name) prints the same bytes with SOURCE_DATE_EPOCH")
        // WeasyPrint writes no dates unless the page's meta tags give them; Chromium's are pinned.
        for line in try run(pdfinfo, [register]).split(separator: "\n") where line.hasSuffix("Date:") || line.contains("Date: ") {
            XCTAssertTrue(line.hasSuffix("Jan  1 00:00:00 2026 UTC"), String(line))
        }
    }

    // MARK: Fixtures

    /// A folder like the site's: static/print.css, and in reports/ a portrait register with a
    /// table longer than a page and a landscape page on a named page, each with its own page stylesheet.
    func writeReports(in site: URL) throws -> URL {
        let reports = site.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try write("""
            @page { size: A4 portrait; margin: 22mm 14mm 18mm; }
            @page wide { size: A4 landscape; margin: 20mm 12mm 16mm; }
            body.landscape { page: wide; }
            body { font-family: "DejaVu Sans", "Noto Sans CJK JP", "IPAGothic", sans-serif; font-size: 10pt; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            """, to: site.appendingPathComponent("static/print.css"))
        try write("""
            @charset "UTF-8";
            @page {
              @top-right { content: "RUNNING HEAD TEXT"; font-size: 8pt; }
              @bottom-right { content: "Page " counter(page) " / " counter(pages); font-size: 8pt; }
            }
            """, to: reports.appendingPathComponent("register.print.css"))
        try write("@page wide { @top-right { content: \"SOA RUNNING HEAD\"; font-size: 8pt; } }\n",
                  to: reports.appendingPathComponent("soa.print.css"))
        let rows = (1...90).map { "<tr><td>R-\($0)</td><td>Record number \($0)</td></tr>" }.joined(separator: "\n")
        try write(document(title: "Register of Test Records", style: "register.print.css", bodyClass: "portrait", content: """
            <p lang="ja">情報セキュリティ方針を定める。</p>
            <table><thead><tr><th>Id</th><th>HEADER CELL</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """), to: reports.appendingPathComponent("register.print.html"))
        try write(document(title: "Statement of Applicability", style: "soa.print.css", bodyClass: "landscape", content: "<p>Wide.</p>"),
                  to: reports.appendingPathComponent("soa.print.html"))
        return reports
    }

    func document(title: String, style: String, bodyClass: String, content: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        <link rel="stylesheet" href="../static/print.css">
        <link rel="stylesheet" href="\(style)">
        </head>
        <body class="\(bodyClass)">
        <h1>\(title)</h1>
        \(content)
        </body>
        </html>
        """
    }

    func page(in folder: URL, named name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try write(document(title: "Test", style: "none.css", bodyClass: "portrait", content: ""), to: url)
        return url
    }

    /// Executable shell scripts by name in a new folder, to stand in for engines.
    func fakePrograms(_ scripts: [String: String]) throws -> URL {
        let bin = try scratchFolder().appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for (name, body) in scripts {
            let url = bin.appendingPathComponent(name)
            try write("#!/bin/sh\n" + body + "\n", to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return bin
    }

    /// A fake program's body that prints `text` for --version.
    func version(_ text: String) -> String {
        "[ \"$1\" = --version ] && printf '%s\\n' '\(text)'"
    }

    func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("isms-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    // MARK: Reading PDFs back

    func tool(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func run(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a full pipe would block the tool for ever.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool.lastPathComponent) \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Width and height of the first page in points, from "Page size: 595.276 x 841.89 pts (A4)".
    func pageSize(_ pdfinfo: URL, _ pdf: String) throws -> [Double]? {
        guard let line = try run(pdfinfo, [pdf]).split(separator: "\n").first(where: { $0.hasPrefix("Page size:") }) else { return nil }
        let words = line.split(separator: " ")
        guard let x = words.firstIndex(of: "x"), x > 0, x + 1 < words.count,
              let width = Double(words[x - 1]), let height = Double(words[x + 1]) else { return nil }
        return [width, height]
    }

    func pageCount(_ pdfinfo: URL, _ pdf: String) throws -> Int? {
        try run(pdfinfo, [pdf]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") }
    }
}
