import Foundation
import XCTest

/// `isms serve` as users run it: it serves, and a SIGTERM ends it cleanly, taking its temporary folder along.
final class ServeCommandTests: XCTestCase {
    var binary: URL {
        // The test bundle and the executable are built into the same products folder.
        var url = Bundle(for: Self.self).bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("isms").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("isms")
    }

    /// Reads standard error line by line until a line starts with `prefix`; returns all lines read.
    func readLines(_ handle: FileHandle, until prefix: String, timeout: TimeInterval = 60) -> [String] {
        var text = ""
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if text.split(separator: "\n").contains(where: { $0.hasPrefix(prefix) }) { break }
        }
        return text.split(separator: "\n").map(String.init)
    }

    func testServesAndStopsCleanly() throws {
        let folder = try TestFolder(self)
        try folder.write("kb/isms.yaml", "organisation:\n  name: Test Clinic\ncriteria: [iso27001-2022]\n")
        try folder.write("kb/policies/p.md", "# A policy\n\nText.\n")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "kb", "--port", "0", "--as-of", "2026-11-22"]
        process.currentDirectoryURL = folder.url
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var lines = readLines(err.fileHandleForReading, until: "isms: serving ")
        guard let serving = lines.first(where: { $0.hasPrefix("isms: serving http://127.0.0.1:") }),
              let site = lines.first(where: { $0.hasPrefix("isms: the site is in ") })?.dropFirst("isms: the site is in ".count),
              let port = UInt16(serving.dropFirst("isms: serving http://127.0.0.1:".count).dropLast()) else {
            process.terminate()
            return XCTFail("\(lines)")
        }
        XCTAssertTrue(lines.contains("kb/policies/p.md:1:1: warning: document has no 'id'; the file name 'p' is used [missing-field]"), "\(lines)")
        let page = try RawHTTPClient.get("/", port: port)
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"), page)
        XCTAssertTrue(page.contains(#"<script src="/__isms/reload.js" data-generation="1"></script></body>"#), page)
        XCTAssertTrue(page.contains(#"<link rel="stylesheet" href="/__isms/banner.css"></head>"#), page)
        let scratch = URL(fileURLWithPath: String(site)).deletingLastPathComponent().path
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch + "/site/index.html"))

        process.terminate()
        lines = readLines(err.fileHandleForReading, until: "isms: stopped")
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(lines.last, "isms: stopped")
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch))
    }

    func testAnOutputInsideTheKnowledgeBaseIsRefused() throws {
        let folder = try TestFolder(self)
        try folder.write("kb/isms.yaml", "organisation:\n  name: Test Clinic\n")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "kb", "--port", "0", "--output", "kb/site"]
        process.currentDirectoryURL = folder.url
        let err = Pipe()
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(text, "isms: \(folder.path)/kb/site: the output folder must not contain or lie inside the knowledge base\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/kb/site"))
    }
}
