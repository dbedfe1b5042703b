/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.
public enum CSV {
    public static func table(header: [String], rows: [[String]]) -> String {
        String(decoding: bytes(header: header, rows: rows), as: UTF8.self)
    }

    /// The table's bytes; rows may be made one at a time as they are written.
    static func bytes<Rows: Sequence<[String]>>(header: [String], rows: Rows) -> [UInt8] {
        var out: [UInt8] = []
        func append(_ row: [String]) {
            for (n, cell) in row.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: field(cell).utf8)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        append(header)
        for row in rows { append(row) }
        return out
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
