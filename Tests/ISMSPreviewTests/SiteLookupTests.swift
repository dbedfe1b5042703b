import ISMSPreview
import XCTest

/// Look-ups against a real folder: only regular files inside the resolved root are ever found.
final class SiteLookupTests: XCTestCase {
    func makeSite() throws -> (TestFolder, SiteLookup) {
        let folder = try TestFolder(self)
        try folder.write("site/index.html", "home")
        try folder.write("site/a.txt", "a")
        try folder.write("site/risks/index.html", "risks")
        try folder.write("site/risks/R-1.html", "risk")
        try folder.write("site/empty/.keep", "")
        try folder.write("site/.isms-output", "isms")
        try folder.write("outside/secret.txt", "secret")
        try folder.write("site-other/x.txt", "neighbour")
        try folder.link("site/escape.txt", to: "../outside/secret.txt")
        try folder.link("site/escape-absolute.txt", to: folder.path + "/outside/secret.txt")
        try folder.link("site/escape-dir", to: "../outside")
        try folder.link("site/neighbour", to: "../site-other")
        try folder.link("site/loop-a", to: "loop-b")
        try folder.link("site/loop-b", to: "loop-a")
        try folder.link("site/alias.txt", to: "a.txt")
        try folder.link("site/dangling.txt", to: "nowhere.txt")
        return (folder, SiteLookup(root: folder.url.appendingPathComponent("site")))
    }

    func locate(_ lookup: SiteLookup, _ target: String) throws -> SiteLookup.Outcome {
        try lookup.locate(RequestPath.parse(target).get())
    }

    func testOutcomes() throws {
        let (folder, lookup) = try makeSite()
        let site = folder.path + "/site"
        let table: [(String, SiteLookup.Outcome)] = [
            ("/", .file(site + "/index.html")),
            ("/index.html", .file(site + "/index.html")),
            ("/a.txt", .file(site + "/a.txt")),
            ("/risks/", .file(site + "/risks/index.html")),
            ("/risks", .addSlash),
            ("/risks/R-1.html", .file(site + "/risks/R-1.html")),
            ("/alias.txt", .file(site + "/a.txt")),
            ("/a.txt/", .notFound),
            ("/missing.html", .notFound),
            ("/empty/", .notFound),
            ("/.isms-output", .notFound),
            ("/escape.txt", .notFound),
            ("/escape-absolute.txt", .notFound),
            ("/escape-dir/secret.txt", .notFound),
            ("/escape-dir/", .notFound),
            ("/neighbour/x.txt", .notFound),
            ("/loop-a", .notFound),
            ("/dangling.txt", .notFound),
            ("/%252e%252e/outside/secret.txt", .notFound),
        ]
        for (target, expected) in table {
            XCTAssertEqual(try locate(lookup, target), expected, target)
        }
    }

    func testARootReachedThroughASymlinkStillWorks() throws {
        let (folder, _) = try makeSite()
        try folder.link("current", to: "site")
        let lookup = SiteLookup(root: folder.url.appendingPathComponent("current"))
        XCTAssertEqual(try locate(lookup, "/a.txt"), .file(folder.path + "/site/a.txt"))
        XCTAssertEqual(try locate(lookup, "/escape.txt"), .notFound)
    }

    func testAMissingRootFindsNothing() throws {
        let folder = try TestFolder(self)
        XCTAssertEqual(try locate(SiteLookup(root: folder.url.appendingPathComponent("none")), "/"), .notFound)
    }

    /// A rebuild swaps the folder by rename; the next look-up must see the new one.
    func testTheRootIsResolvedAgainOnEveryLookUp() throws {
        let (folder, lookup) = try makeSite()
        try folder.write("next/a.txt", "new")
        try FileManager.default.moveItem(atPath: folder.path + "/site", toPath: folder.path + "/previous")
        try FileManager.default.moveItem(atPath: folder.path + "/next", toPath: folder.path + "/site")
        XCTAssertEqual(try locate(lookup, "/a.txt"), .file(folder.path + "/site/a.txt"))
        XCTAssertEqual(try locate(lookup, "/index.html"), .notFound)
    }
}
