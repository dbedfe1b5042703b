import Foundation
import GitFixtures
import ISMSLoader
import ISMSModel
import ISMSPack
import ISMSSite
import ISMSTheme
import XCTest
import ZIPFoundation

/// The audit pack as an auditor receives it: frozen at a revision, verifiable, printable.
final class AuditPackTests: XCTestCase {
    var repository: ScratchRepository!
    var root: URL { repository.root }

    override func setUpWithError() throws { repository = try ScratchRepository(self) }

    @discardableResult
    func run(_ tool: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func git(_ arguments: [String], date: String = "2026-03-01T10:00:00+09:00") throws -> String {
        try repository.git(arguments, date: date)
    }

    func write(_ path: String, _ text: String) throws { try repository.write([path: text]) }

    static let settings = "organisation:\n  name: Pack Clinic\n"
    static func policy(_ text: String) -> String {
        "---\nid: POL-01\ntitle: Security policy\ntype: policy\napproved: 2026-02-01\nclassification: public\n---\n\(text)\n"
    }

    func pack(revision: String, engine: PDFEngine?) throws -> Data {
        let folder = root.appendingPathComponent("kb")
        let snapshot = try GitSnapshot.open(folder: folder, revision: revision)
        let loaded = try KnowledgeBaseLoader.load(snapshot: snapshot, folder: folder)
        let inspection = Inspection.run(loaded, asOf: snapshot.date)
        let scratch = root.appendingPathComponent("scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let pack = AuditPack(inspection: inspection, theme: try Theme.make(defaults: ISMSTheme.files, language: "en"), attachments: snapshot.source,
                             revision: AuditPack.Revision(commit: snapshot.commit, date: snapshot.date, timestamp: snapshot.timestamp), engine: engine)
        return try pack.zip(scratch: scratch).data
    }

    func extract(_ zip: Data, to folder: URL) throws {
        let archive = try Archive(data: zip, accessMode: .read)
        for entry in archive {
            let url = folder.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = try archive.extract(entry, to: url)
        }
    }

    /// A pack at an older revision holds the old content while the working tree stays as it is;
    /// its hashes verify with sha256sum; the same revision packs to the same bytes.
    func testPackAtAnOlderRevisionIsFrozenVerifiableAndReproducible() throws {
        _ = try git(["init", "-q", "-b", "main"])
        try write("kb/isms.yaml", Self.settings)
        try write("kb/policies/policy.md", Self.policy("OLD TEXT of the policy."))
        _ = try git(["add", "."])
        _ = try git(["commit", "-q", "-m", "First approved policy"])
        let first = try git(["rev-parse", "HEAD"])
        try write("kb/policies/policy.md", Self.policy("NEW TEXT of the policy."))
        _ = try git(["commit", "-q", "-am", "Rewrite the policy"], date: "2026-09-01T10:00:00+09:00")
        try write("kb/policies/policy.md", Self.policy("DIRTY TEXT not committed."))
        let status = try git(["status", "--porcelain"])

        let zip = try pack(revision: first, engine: nil)
        XCTAssertEqual(try pack(revision: first, engine: nil), zip, "the same revision must give the same bytes")
        XCTAssertEqual(try git(["status", "--porcelain"]), status)
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("kb/policies/policy.md"), encoding: .utf8), Self.policy("DIRTY TEXT not committed."))

        let out = root.appendingPathComponent("unpacked")
        try extract(zip, to: out)
        let page = try String(contentsOf: out.appendingPathComponent("site/documents/POL-01.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("OLD TEXT of the policy."))
        XCTAssertFalse(page.contains("NEW TEXT"))
        XCTAssertFalse(page.contains("DIRTY TEXT"))
        let check = try run("sha256sum", ["--check", "--quiet", "SHA256SUMS"], in: out)
        XCTAssertEqual(check.status, 0, check.out)

        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("MANIFEST.json"))) as? [String: Any])
        XCTAssertEqual((manifest["git"] as? [String: Any])?["commit"] as? String, first)
        XCTAssertEqual((manifest["git"] as? [String: Any])?["date"] as? String, "2026-03-01")
        XCTAssertEqual(manifest["built"] as? String, "2026-03-01T01:00:00Z")
        XCTAssertEqual(manifest["version"] as? String, ISMSVersion.current)
        XCTAssertEqual((manifest["pdf"] as? [String: Any])?["note"] as? String, "no PDF engine (weasyprint or chromium) was found; the pack has no PDFs")
        XCTAssertNotNil(manifest["check"] as? [String: Any])
        let listed = ((manifest["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
        XCTAssertTrue(listed.contains("site/reports/statement-of-applicability.csv"))
        XCTAssertTrue(listed.contains("site/reports/risk-treatment-plan.print.html"))
    }

    /// With a PDF engine on the machine, every report is a PDF whose text holds its title; the
    /// pack is the same bytes whatever folder it is made in, and no PDF names that folder.
    func testReportsAndApprovedDocumentsArePrinted() throws {
        guard let engine = PDFEngine.find() else { throw XCTSkip("no PDF engine on this machine") }
        guard (try? run("pdftotext", ["-v"], in: root))?.status == 0 else { throw XCTSkip("pdftotext is not installed") }
        _ = try git(["init", "-q", "-b", "main"])
        try write("kb/isms.yaml", Self.settings)
        try write("kb/policies/policy.md", Self.policy("The approved policy text, after [ISO](https://www.iso.org/) and [its scope](#scope).\n\n## Scope\n\nAll."))
        _ = try git(["add", "."])
        _ = try git(["commit", "-q", "-m", "Policy"])
        let out = root.appendingPathComponent("unpacked")
        let zip = try pack(revision: "HEAD", engine: engine)
        XCTAssertEqual(try pack(revision: "HEAD", engine: engine), zip, "a pack made in another scratch folder must be the same bytes")
        try extract(zip, to: out)
        for folder in ["pdf/reports", "pdf/documents"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(folder).path) {
                let pdf = try Data(contentsOf: out.appendingPathComponent(folder).appendingPathComponent(name))
                XCTAssertNil(pdf.range(of: Data("scratch-".utf8)), "\(folder)/\(name) names the scratch folder")
                XCTAssertNil(pdf.range(of: Data("file:".utf8)), "\(folder)/\(name) links to a file")
            }
        }
        let policyPDF = try Data(contentsOf: out.appendingPathComponent("pdf/documents/POL-01.pdf"))
        XCTAssertNotNil(policyPDF.range(of: Data("/URI (https://www.iso.org/)".utf8)), "the link to elsewhere stays")
        let text = try run("pdftotext", ["-layout", "pdf/reports/statement-of-applicability.pdf", "-"], in: out)
        XCTAssertEqual(text.status, 0, text.out)
        XCTAssertTrue(text.out.contains("Statement of Applicability"), text.out)
        XCTAssertTrue(text.out.contains("Pack Clinic"))
        let policy = try run("pdftotext", ["pdf/documents/POL-01.pdf", "-"], in: out)
        XCTAssertTrue(policy.out.contains("The approved policy text, after ISO and its scope."), policy.out)
    }
}
