import ISMSModel

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.
public enum CSV {
    public static func table(header: [String], rows: [[String]]) -> String {
        var out: [UInt8] = []
        for row in [header] + rows { appendRow(row, to: &out) { appendField($0, to: &$1) } }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one record: its cells as `field` writes them, separated by commas, then CR LF.
    static func appendRow<Cells: Sequence>(_ cells: Cells, to out: inout [UInt8], field: (Cells.Element, inout [UInt8]) -> Void) {
        for (n, cell) in cells.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            field(cell, &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends one field: as it is, or quoted with its quotes doubled when it holds a comma,
    /// quote or line break; a text a spreadsheet would run as a formula gets an apostrophe first.
    static func appendField(_ value: String, to out: inout [UInt8]) {
        // Spreadsheets run a cell starting with =, +, - or @ as a formula (some after a tab or a
        // carriage return too); a leading apostrophe stops that. Numbers are left as they are.
        let formula = value.utf8.first.map { "=+-@\t\r".utf8.contains($0) } == true && Int(value) == nil
        value.withUTF8Bytes { bytes in
            // The characters that call for quotes are ASCII, so the bytes tell.
            let quote = UInt8(ascii: "\"")
            let quoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
            if quoted { out.append(quote) }
            if formula { out.append(UInt8(ascii: "'")) }
            guard quoted else { return out.append(contentsOf: bytes) }
            var run = 0
            for (i, byte) in bytes.enumerated() where byte == quote {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...i]))
                out.append(quote)
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            out.append(quote)
        }
    }

    /// One field as `appendField` writes it.
    static func field(_ value: String) -> String {
        var out: [UInt8] = []
        appendField(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
