import ISMSModel

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
        func pad(_ depth: Int) { for _ in 0..<depth { out.append(literal: "  ") } }
        switch self {
        case .null: out.append(literal: "null")
        case .bool(let b): out.append(literal: b ? "true" : "false")
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { return out.append(literal: "[]") }
            out.append(literal: "[\n")
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(literal: ",\n") }
                pad(indent + 1)
                item.write(to: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            pad(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            JSONValue.appendObject(count: pairs.count, indent: indent, to: &out,
                                   key: { JSONValue.quote(pairs[$0].0, into: &$1) }, value: { pairs[$0].1 })
        }
    }

    /// Appends an object of `count` pairs, as `.object` serialises: pair `k`'s key as `key`
    /// writes it (quoted), then its value. A table's rows share keys quoted once.
    static func appendObject(count: Int, indent: Int, to out: inout [UInt8],
                             key: (Int, inout [UInt8]) -> Void, value: (Int) -> JSONValue) {
        if count == 0 { return out.append(literal: "{}") }
        out.append(literal: "{\n")
        for k in 0..<count {
            if k > 0 { out.append(literal: ",\n") }
            for _ in 0...indent { out.append(literal: "  ") }
            key(k, &out)
            out.append(literal: ": ")
            value(k).write(to: &out, indent: indent + 1)
        }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { out.append(literal: "  ") }
        out.append(UInt8(ascii: "}"))
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
        s.withUTF8Bytes { bytes in
            // Runs of bytes that need no escape, nearly all text, are copied whole.
            var run = 0, i = 0
            while i < bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0xE2 else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                switch b {
                case UInt8(ascii: "\""): out.append(literal: "\\\"")
                case UInt8(ascii: "\\"): out.append(literal: "\\\\")
                case UInt8(ascii: "\n"): out.append(literal: "\\n")
                case UInt8(ascii: "\r"): out.append(literal: "\\r")
                case UInt8(ascii: "\t"): out.append(literal: "\\t")
                case 0..<0x20: appendEscape(UInt32(b), to: &out)
                case _ where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    appendEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    i += 2
                default: out.append(b)
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
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

extension Array where Element == UInt8 {
    /// Appends a literal's bytes by copying them; `append(contentsOf: "…".utf8)` went through
    /// the generic path for sequences, some 180 instructions an append.
    mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
