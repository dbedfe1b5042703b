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

    /// Appends `field(value)`; a plain value, the common case, is copied as it is.
    static func appendField(_ value: String, to out: inout [UInt8]) {
        var value = value
        let plain = value.withUTF8 { bytes -> Bool in
            // A first byte that may start a formula, or any byte that calls for quotes, takes the general way.
            if let first = bytes.first, "=+-@\t\r".utf8.contains(first) { return false }
            return !bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        }
        if plain {
            value.withUTF8 { out.append(contentsOf: $0) }
        } else {
            out.append(contentsOf: field(value).utf8)
        }
    }

    static func field(_ value: String) -> String {
        // Spreadsheets run a cell starting with =, +, - or @ as a formula (some after a tab or a
        // carriage return too); a leading apostrophe stops that.
        var value = value
        if let first = value.utf8.first, "=+-@\t\r".utf8.contains(first), Int(value) == nil {
            value = "'" + value
        }
        // The characters that call for quotes are ASCII, so the bytes tell.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
