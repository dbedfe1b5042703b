@testable import ISMSSite
import ISMSModel
import XCTest

final class SiteIndexTests: XCTestCase {
    /// Referrers are kept once each, in the order they first come, for short lists (compared
    /// with each other) and long ones (through a set) alike.
    func testReferrersAreKeptOnceInOrder() {
        func list(_ count: Int) -> [Referrer] {
            (0..<count).map { n in Referrer(kind: n % 3 == 0 ? .risk : .document, id: "R-\(n * 7 % 11)") }
        }
        for count in [0, 1, 2, 16, 17, 40] {
            let referrers = list(count)
            var seen: Set<Referrer> = []
            XCTAssertEqual(SiteIndex.unique(referrers), referrers.filter { seen.insert($0).inserted }, "\(count)")
        }
        // The fourteenth, documents:R-3, repeats the third.
        XCTAssertEqual(SiteIndex.unique(list(16)).map { "\($0.kind.rawValue):\($0.id)" },
                       ["risks:R-0", "documents:R-7", "documents:R-3", "risks:R-10", "documents:R-6", "documents:R-2",
                        "risks:R-9", "documents:R-5", "documents:R-1", "risks:R-8", "documents:R-4", "documents:R-0",
                        "risks:R-7", "documents:R-10", "risks:R-6"])
    }
}
