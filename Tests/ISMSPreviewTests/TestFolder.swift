import Foundation
import XCTest

/// A fresh temporary folder for one test, removed when the test ends.
struct TestFolder {
    let url: URL

    init(_ test: XCTestCase) throws {
        // Resolved, so that paths compare equal to what realpath gives back.
        let base = URL(fileURLWithPath: FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path)
        url = base.appendingPathComponent("isms-preview-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let url = url
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    }

    var path: String { url.path }

    /// Writes a text file, making its folders.
    func write(_ relative: String, _ text: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Makes a symbolic link at `relative` whose target is `destination`, as written.
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(relative).path, withDestinationPath: destination)
    }
}
