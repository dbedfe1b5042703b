import CCmark
import Foundation
@testable import ISMSMarkdown
import XCTest

/// cmark's memory comes from one arena per document: the HTML must be what cmark gives with
/// its own allocator, at every size of document, and the arena's blocks must behave as
/// `calloc` and `realloc` promise.
final class MarkdownArenaTests: XCTestCase {
    /// Markdown without headings or tables, which `Markdown.render` leaves as cmark makes them.
    private func text(paragraphs: Int) -> String {
        (0..<paragraphs).map { n in
            switch n % 5 {
            case 0: "Paragraph \(n) with *emphasis*, **strong** text, `code` and a [link](https://example.org/\(n))."
            case 1: "- item \(n)\n- another item with _stress_\n  - nested \(n)"
            case 2: "```swift\nlet value\(n) = \(n)\n```"
            case 3: "> quoted \(n)\n> over two lines & <escaped> \"marks\""
            default: "1. first \(n)\n2. second, a long line that goes on " + String(repeating: "and on ", count: n % 40)
            }
        }.joined(separator: "\n\n") + "\n"
    }

    private func cmarkHTML(_ text: String) -> String {
        let options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SAFE
        guard let html = cmark_markdown_to_html(text, text.utf8.count, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Compares long HTML, reporting where the two first differ rather than both in full.
    private func assertSame(_ html: String, _ expected: String, _ what: String, line: UInt = #line) {
        guard html != expected else { return }
        let at = zip(html.utf8, expected.utf8).prefix { $0 == $1 }.count
        XCTFail("\(what): \(html.utf8.count) bytes against \(expected.utf8.count), first different at byte \(at)", line: line)
    }

    func testHTMLIsCmarksOwnAtEverySize() {
        // From one block of a chunk, past the size that gets a chunk of its own (8 KB),
        // past the first shared chunk (32 KB), to a document of over a megabyte.
        for paragraphs in [1, 5, 40, 120, 400, 3_000, 12_000] {
            let markdown = text(paragraphs: paragraphs)
            assertSame(Markdown.render(markdown).html, cmarkHTML(markdown), "\(paragraphs) paragraphs, \(markdown.utf8.count) bytes")
        }
    }

    func testOneLongLineAndOneLongCodeBlock() {
        let line = String(repeating: "word ", count: 300_000) + "\n"
        assertSame(Markdown.render(line).html, cmarkHTML(line), "a line of 1.5 MB")
        let code = "```\n" + String(repeating: "x = 1 < 2 && y\n", count: 50_000) + "```\n"
        assertSame(Markdown.render(code).html, cmarkHTML(code), "a code block of 800 KB")
    }

    func testBlocksAreZeroedKeptAndMovedWhole() {
        MarkdownArena.withArena { memory in
            let calloc = memory.pointee.calloc!, realloc = memory.pointee.realloc!, free = memory.pointee.free!
            // calloc's memory is zero, even where an earlier block of the arena was written.
            let first = calloc(1, 64)!
            XCTAssertTrue(UnsafeRawBufferPointer(start: first, count: 64).allSatisfy { $0 == 0 })
            first.initializeMemory(as: UInt8.self, repeating: 0xAB, count: 64)

            // The last block grows in place and keeps its bytes.
            let grown = realloc(first, 200)!
            XCTAssertEqual(grown, first)
            XCTAssertTrue(UnsafeRawBufferPointer(start: grown, count: 64).allSatisfy { $0 == 0xAB })

            // A block that is not the last is copied when it grows.
            let second = calloc(4, 4)!
            XCTAssertTrue(UnsafeRawBufferPointer(start: second, count: 16).allSatisfy { $0 == 0 })
            let moved = realloc(grown, 1_000)!
            XCTAssertNotEqual(moved, grown)
            XCTAssertTrue(UnsafeRawBufferPointer(start: moved, count: 64).allSatisfy { $0 == 0xAB })

            // Large blocks get a chunk of their own and keep their bytes as they grow.
            var large = realloc(moved, 20_000)!
            XCTAssertTrue(UnsafeRawBufferPointer(start: large, count: 64).allSatisfy { $0 == 0xAB })
            (large + 19_999).storeBytes(of: 0xCD, as: UInt8.self)
            large = realloc(large, 5_000_000)!
            XCTAssertTrue(UnsafeRawBufferPointer(start: large, count: 64).allSatisfy { $0 == 0xAB })
            XCTAssertEqual(large.load(fromByteOffset: 19_999, as: UInt8.self), 0xCD)

            // Every block is aligned as malloc's are, and the arena knows its own.
            for block in [first, second, moved, large] {
                XCTAssertEqual(Int(bitPattern: block) % 16, 0)
                XCTAssertTrue(MarkdownArena.owns(block))
            }
            var local = 0
            XCTAssertFalse(withUnsafePointer(to: &local) { MarkdownArena.owns($0) })
            free(large)
            free(nil)
            // realloc of nothing is an allocation.
            XCTAssertNotNil(realloc(nil, 10))
        }
    }

    func testArenasNestAndEachThreadHasItsOwn() {
        MarkdownArena.withArena { outer in
            let block = outer.pointee.calloc!(1, 8)!
            MarkdownArena.withArena { _ in XCTAssertFalse(MarkdownArena.owns(block)) }
            XCTAssertTrue(MarkdownArena.owns(block))
        }
        let markdown = text(paragraphs: 200)
        let expected = cmarkHTML(markdown)
        let results = UnsafeMutableBufferPointer<String>.allocate(capacity: 16)
        results.initialize(repeating: "")
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: 16) { slots[$0] = Markdown.render(markdown).html }
        for (n, html) in results.enumerated() { assertSame(html, expected, "thread \(n)") }
    }
}
