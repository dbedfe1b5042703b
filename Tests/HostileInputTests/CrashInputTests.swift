import Foundation
import ISMSLoader
import ISMSMarkdown
import ISMSModel
import ISMSRules
import XCTest

/// Inputs that crashed or hung one of the fuzz targets in `Fuzz/` (found by fuzzing or by
/// hand), kept in `CrashInputs/TARGET/` and run here through the same steps as the target:
/// each must now pass without a trap, in bounded time, and HTML must hold nothing unsafe
/// (the pipe-table input made a `style` attribute before tables used classes).
final class CrashInputTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("CrashInputs")

    /// The small knowledge base of `Fuzz/Sources/FuzzSupport/FuzzKnowledgeBase.swift`.
    static let base: [String: String] = [
        "isms.yaml": "organisation:\n  name: Fuzz Clinic\ncriteria: [iso27001-2022]\n",
        "people/people.yaml": "- id: P-01\n  name: Director\n  roles: [ROLE-TOP]\n",
        "roles/roles.yaml": "id: ROLE-TOP\nname: Top management\n",
        "assets/assets.yaml": "- id: AST-1\n  name: Records\n  category: information\n  owner: P-01\n  group: Paper\n  C: 4\n  I: 2\n  A: 1\n",
        "threats/threats.yaml": "- id: T-1\n  name: Leak\n  categories: [D, A]\n  likelihood: 3\n",
        "vulnerabilities/v.yaml": "- id: V-1\n  name: Weak access\n  category: management\n  level: 3\n  threats: [T-1]\n",
        "risks/risks.yaml": "- id: R-1\n  asset: AST-1\n  threat: T-1\n  vulnerability: V-1\n  treatment: reduce\n  controls: [A.5.15]\n",
        "policies/policy.md": "---\nid: POL-01\ntitle: Policy\n---\n# Policy\n\n## Scope\n",
        "images/logo.png": "png",
    ]

    /// Where `FuzzRecords` puts its input, by the input's first byte.
    static let places = [
        "isms.yaml", "assets/f.yaml", "threats/f.yaml", "vulnerabilities/f.yaml", "risks/f.yaml", "soa/f.yaml",
        "people/f.yaml", "roles/f.yaml", "training/f.yaml", "audits/f.yaml", "reviews/f.yaml", "incidents/f.yaml",
        "nonconformities/f.yaml", "objectives/f.yaml", "catalogues/f.yaml", "elsewhere/f.yaml",
    ]

    static func check(_ extra: [String: Data]) throws -> (ResolvedKnowledgeBase, [Diagnostic]) {
        let all = base.mapValues { Data($0.utf8) }.merging(extra) { _, new in new }
        let loaded = try KnowledgeBaseLoader.load(FileSource(list: { Array(all.keys) }, read: { all[$0]! }))
        let resolved = ResolvedKnowledgeBase(loaded.knowledgeBase, asOf: CalendarDate(iso: "2026-11-22")!)
        return (resolved, loaded.diagnostics + Checker.check(resolved))
    }

    func inputs(_ target: String) throws -> [(name: String, data: Data)] {
        let folder = Self.folder.appendingPathComponent(target)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.sorted().map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    func testTheCrashInputsAreKept() throws {
        XCTAssertGreaterThan(try inputs("FuzzRecords").count + inputs("FuzzFrontMatter").count + inputs("FuzzPipeTables").count + inputs("FuzzLinks").count, 0)
    }

    func testFrontMatterInputs() throws {
        for (name, data) in try inputs("FuzzFrontMatter") {
            let started = Date()
            _ = try Self.check(["policies/fuzzed.md": data])
            XCTAssertLessThan(Date().timeIntervalSince(started), 30, "\(name) hangs")
        }
    }

    func testRecordInputs() throws {
        for (name, data) in try inputs("FuzzRecords") where !data.isEmpty {
            let started = Date()
            _ = try Self.check([Self.places[Int(data[0]) % Self.places.count]: data.dropFirst()])
            XCTAssertLessThan(Date().timeIntervalSince(started), 30, "\(name) hangs")
        }
    }

    func testPipeTableInputs() throws {
        for (name, data) in try inputs("FuzzPipeTables") {
            let html = Markdown.render(String(decoding: data, as: UTF8.self)).html
            XCTAssertEqual(HarmfulContentTests.problems(in: html, page: name), [])
        }
    }

    func testLinkInputs() throws {
        let kb = try Self.check([:]).0
        for (name, data) in try inputs("FuzzLinks") {
            let text = String(decoding: data, as: UTF8.self)
            var document = Document(id: "DOC-F", path: "procedures/fuzzed.md", origin: Origin(SourceLocation(file: "procedures/fuzzed.md")))
            document.body = text
            _ = Markdown.render(text, title: "Fuzzed") { url in
                if case .file(let path) = kb.linkTarget(url, from: document) { XCTAssertTrue(kb.base.attachments.contains(path), name) }
                return .keep
            }
        }
    }
}
