import Foundation
import ISMSLoader
import XCTest

/// The files a folder on disk lists: hidden ones and links leading outside it are left out.
final class DirectorySourceTests: XCTestCase {
    func testListsFilesAndLinksInsideOnly() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("isms-list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let kb = base.appendingPathComponent("kb")
        let outside = base.appendingPathComponent("outside")
        let fm = FileManager.default
        for folder in ["kb/policies/old", "kb/.git", "kb/assets", "outside/more"] {
            try fm.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["kb/isms.yaml", "kb/policies/a.md", "kb/policies/old/b.md", "kb/.git/config", "kb/.hidden.md", "kb/assets/x.yaml", "outside/secret.md", "outside/more/c.md"] {
            try Data("x".utf8).write(to: base.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: kb.appendingPathComponent("policies/inside.md").path, withDestinationPath: kb.appendingPathComponent("policies/a.md").path)
        try fm.createSymbolicLink(atPath: kb.appendingPathComponent("policies/leak.md").path, withDestinationPath: outside.appendingPathComponent("secret.md").path)
        try fm.createSymbolicLink(atPath: kb.appendingPathComponent("linked").path, withDestinationPath: outside.appendingPathComponent("more").path)
        try fm.createSymbolicLink(atPath: kb.appendingPathComponent("same").path, withDestinationPath: kb.appendingPathComponent("assets").path)
        XCTAssertEqual(try FileSource.directory(kb).list().sorted(), [
            "assets/x.yaml", "isms.yaml", "policies/a.md", "policies/inside.md", "policies/old/b.md",
        ])
    }

    /// Reading gives the bytes exactly, through links too, and fails plainly on what is not a file.
    func testReadsBytesAndRefusesWhatIsNotAFile() throws {
        let kb = FileManager.default.temporaryDirectory.appendingPathComponent("isms-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: kb) }
        try FileManager.default.createDirectory(at: kb.appendingPathComponent("policies"), withIntermediateDirectories: true)
        let text = Data("---\ntitle: Größe\n---\n".utf8) + Data(repeating: 0x61, count: 100_000)
        try text.write(to: kb.appendingPathComponent("policies/a.md"))
        try Data().write(to: kb.appendingPathComponent("empty.md"))
        try FileManager.default.createSymbolicLink(atPath: kb.appendingPathComponent("link.md").path, withDestinationPath: kb.appendingPathComponent("policies/a.md").path)
        let source = FileSource.directory(kb)
        XCTAssertEqual(try source.read("policies/a.md"), text)
        XCTAssertEqual(try source.read("link.md"), text)
        XCTAssertEqual(try source.read("empty.md"), Data())
        XCTAssertThrowsError(try source.read("missing.md")) { XCTAssertEqual(($0 as? CocoaError)?.code, .fileReadNoSuchFile) }
        XCTAssertThrowsError(try source.read("policies")) { XCTAssertEqual(($0 as? POSIXError)?.code, .EINVAL) }
    }
}
