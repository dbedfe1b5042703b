import ISMSModel
import Synchronization
import XCTest

final class ConcurrentMapTests: XCTestCase {
    /// Values holding references, so that moving and copying them differ in reference counts.
    let words = (0..<1000).map { "word number \($0), long enough to live on the heap" }

    func testResultsKeepTheOrderOfTheElements() {
        XCTAssertEqual(words.concurrentMap { $0.uppercased() }, words.map { $0.uppercased() })
        XCTAssertEqual([Int]().concurrentMap { $0 * 2 }, [])
    }

    func testAnOrderOfWorkDoesNotChangeTheResults() {
        let backwards = Array(words.indices.reversed())
        XCTAssertEqual(words.concurrentMap(order: backwards) { $0.count }, words.map(\.count))
        let evensFirst = words.indices.filter { $0 % 2 == 0 } + words.indices.filter { $0 % 2 == 1 }
        XCTAssertEqual(words.concurrentMap(order: evensFirst) { [$0] }, words.map { [$0] })
    }

    func testCollectGetsEachResultOnceInTheOrderOfTheElements() {
        var seen: [Int] = []
        var taken: [String] = []
        words.concurrentMap(order: Array(words.indices.reversed()), { [$0, $0 + "!"] }, collect: { i, result in
            seen.append(i)
            // A part swapped out of the result, as the loader takes a file's content.
            var part: [String] = []
            swap(&part, &result)
            taken.append(part[1])
        })
        XCTAssertEqual(seen, Array(words.indices))
        XCTAssertEqual(taken, words.map { $0 + "!" })
    }

    func testResultsAreFreedWithTheArray() {
        // Results are moved out of their slots: a copy left behind would never be freed.
        weak var last: Tracked?
        var results: [Tracked]? = words.concurrentMap { Tracked($0) }
        last = results?.last
        words.concurrentMap(order: nil, { Tracked($0) }, collect: { _, _ in })
        XCTAssertEqual(Tracked.alive.load(ordering: .relaxed), 1000)
        results = nil
        XCTAssertNil(last)
        XCTAssertEqual(Tracked.alive.load(ordering: .relaxed), 0)
    }

    func testConcurrentlyReturnsBothResults() {
        let words = self.words
        let (a, b) = concurrently({ words.count }, { words.last! })
        XCTAssertEqual(a, 1000)
        XCTAssertEqual(b, words[999])
    }
}

/// A value that counts its living instances.
private final class Tracked: Sendable {
    static let alive = Atomic<Int>(0)
    let word: String

    init(_ word: String) {
        self.word = word
        Self.alive.add(1, ordering: .relaxed)
    }

    deinit { Self.alive.subtract(1, ordering: .relaxed) }
}

final class BackgroundTests: XCTestCase {
    func testTheValueIsWhatTheWorkGivesAndMapsInsideKeepTheirOrder() {
        let words = (0..<500).map { "word \($0)" }
        let beside = Background { words.concurrentMap { $0.uppercased() } }
        let here = words.concurrentMap { $0.count }
        XCTAssertEqual(beside.wait(), words.map { $0.uppercased() })
        XCTAssertEqual(here, words.map(\.count))
    }
}
