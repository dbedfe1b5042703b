/// A JSON value whose objects keep their key order, serialised the same way every time.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func optional(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }
    public static func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }

    /// Two-space indented JSON with a trailing newline at the top level.
    public func serialized(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(to: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the serialised value to a byte buffer: one buffer for a whole register, not a string per value.
    func write(to out: inout [UInt8], indent: Int) {
        func pad(_ depth: Int) { for _ in 0..<depth { out.append(contentsOf: "  ".utf8) } }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { return out.append(contentsOf: "[]".utf8) }
            out.append(contentsOf: "[\n".utf8)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(contentsOf: ",\n".utf8) }
                pad(indent + 1)
                item.write(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            pad(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { return out.append(contentsOf: "{}".utf8) }
            out.append(contentsOf: "{\n".utf8)
            for (n, pair) in pairs.enumerated() {
                if n > 0 { out.append(contentsOf: ",\n".utf8) }
                pad(indent + 1)
                JSONValue.quote(pair.0, into: &out)
                out.append(contentsOf: ": ".utf8)
                pair.1.write(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            pad(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        quote(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal; U+2028 and U+2029 are escaped too, as older script engines take them for line ends.
    /// Works on UTF-8 bytes: every byte to escape is ASCII but those two, which are E2 80 A8 and E2 80 A9.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
                case 0..<0x20: appendEscape(UInt32(b), to: &out)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    appendEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `\u` and four lowercase hex digits.
    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }

    /// Appends the value as one CSV field, as `CSV.field(csvCell)` would give it: text, the
    /// common case, without making a string per cell.
    func appendCSVField(to out: inout [UInt8]) {
        switch self {
        case .null: break
        case .int(let i) where i >= 0: out.append(contentsOf: String(i).utf8)
        case .string(let s): CSV.appendField(s, to: &out)
        default: CSV.appendField(csvCell, to: &out)
        }
    }

    /// The value as one CSV cell: lists joined by "; ", null empty.
    var csvCell: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return s
        case .array(let items): return items.map(\.csvCell).joined(separator: "; ")
        case .object(let pairs): return pairs.map { "\($0.0)=\($0.1.csvCell)" }.joined(separator: "; ")
        }
    }
}
