import Foundation
import ISMSModel

/// Rows of risk tables already made, by page depth and risk. A risk's row is the same on its
/// asset's, threat's, vulnerability's and controls' pages and in the register (all one folder
/// deep), and a large knowledge base lists each of tens of thousands of risks five times or more.
final class RiskRows: @unchecked Sendable {
    private let rows = SharedMemo<String, Table.Row>()
    /// Ids two risks share (an error `isms check` reports): their rows are made each time.
    private let shared: Set<String>

    init(_ risks: [Risk]) {
        var seen: Set<String> = [], twice: Set<String> = []
        for risk in risks where !seen.insert(risk.id).inserted { twice.insert(risk.id) }
        shared = twice
    }

    /// The row for `risk` on pages whose way to the site root is `root`, made by `make` the first time.
    func row(_ risk: String, root: String, _ make: () -> Table.Row) -> Table.Row {
        if shared.contains(risk) { return make() }
        return rows.value(root + "\u{1F}" + risk, make)
    }
}
