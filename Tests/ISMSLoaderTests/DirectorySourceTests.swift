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
}
