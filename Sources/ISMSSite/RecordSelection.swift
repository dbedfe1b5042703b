/// Records of one register picked by position and read where they are. Pages list the same
/// risks of a large knowledge base many times over; copying a record out of its register
/// retains every field of it, and with both cores retaining the same fields that was about a
/// tenth of the large build's cycles.
struct RecordSelection<Record>: RandomAccessCollection {
    private let records: [Record]
    private let positions: [Int32]

    /// The records of `records` at `positions`, in that order.
    init(_ records: [Record], positions: [Int32]) {
        self.records = records
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(position: Int) -> Record {
        // Lent, not copied: `map` and the like read the fields they need and nothing else.
        _read { yield records[Int(positions[position])] }
    }
}

extension RecordSelection: Sendable where Record: Sendable {}
