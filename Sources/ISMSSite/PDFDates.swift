import Foundation

/// Pins the creation and modification dates that Chromium writes into a PDF's document
/// information: it has no setting for them and ignores SOURCE_DATE_EPOCH, and they are the only
/// bytes that differ between two prints of the same page.
enum PDFDates {
    /// `data` with its first /CreationDate and /ModDate set to `epoch` (UTC). A date is replaced
    /// only where the old one has exactly the same length, so every byte offset in the file
    /// (its cross-reference table) stays valid; anything else is left as it was.
    static func pin(_ data: Data, epoch: Int) -> Data {
        guard let date = pdfDate(epoch) else { return data }
        var result = data
        for key in ["/CreationDate (", "/ModDate ("] {
            guard let keyRange = result.range(of: Data(key.utf8)) else { continue }
            let start = keyRange.upperBound, end = start + date.count
            guard end < result.endIndex, result[end] == UInt8(ascii: ")"),
                  isPDFDate(result[start..<end])
            else { continue }
            result.replaceSubrange(start..<end, with: date)
        }
        return result
    }

    /// `D:YYYYMMDDHHmmSS+00'00'` for a time in seconds since 1970, or nil outside years 1000 to 9999.
    static func pdfDate(_ epoch: Int) -> Data? {
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        guard let y = c.year, let mo = c.month, let d = c.day, let h = c.hour, let mi = c.minute, let s = c.second,
              (1000...9999).contains(y)
        else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return Data("D:\(y)\(two(mo))\(two(d))\(two(h))\(two(mi))\(two(s))+00'00'".utf8)
    }

    /// Whether the bytes have the shape of a full PDF date with a time zone, as Chromium (Skia) writes it.
    static func isPDFDate(_ bytes: Data) -> Bool {
        let b = Array(bytes)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        let quote = UInt8(ascii: "'")
        return b.count == 23 && b[0] == UInt8(ascii: "D") && b[1] == UInt8(ascii: ":") && digits(2..<16)
            && [UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "Z")].contains(b[16])
            && digits(17..<19) && b[19] == quote && digits(20..<22) && b[22] == quote
    }
}
