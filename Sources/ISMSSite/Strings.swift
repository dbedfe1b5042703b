import Foundation
import Yams
import ISMSModel

/// The site's own words (menus, labels, headings) in one language, by key.
public struct Strings: Sendable {
    private var words: [String: String]
    /// The same keys by the bytes of their canonical composition (NFC), and their texts by
    /// number. A risk page asks for some 25 words, and the Dictionary hashed each key with
    /// SipHash first. Canonically equal strings are equal Strings and have the same NFC bytes,
    /// so the two agree on every key.
    private var table = SearchTermTable()
    private var texts: [String] = []

    public init(_ words: [String: String]) {
        self.words = words
        for (key, text) in words {
            var nfc = key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
            let number = nfc.withUTF8 { table.insert($0, hash: SearchTermTable.hash($0)) }
            if number.added { texts.append(text) } else { texts[number.number] = text }
        }
    }

    /// The text of `key`, nil when no file defines it.
    private func lookUp(_ key: String) -> String? {
        var key = key, ascii = true
        let number = key.withUTF8 { bytes -> Int? in
            ascii = !bytes.contains { $0 >= 0x80 }
            return ascii ? table.number(of: bytes, hash: SearchTermTable.hash(bytes)) : nil
        }
        // Keys outside ASCII, which pages seldom ask for, are left to String's own comparison.
        guard ascii else { return words[key] }
        return number.map { texts[$0] }
    }

    /// Reads a strings file: a YAML mapping of key to text; keys missing here come from `fallback`.
    static func parse(_ data: Data, file: String, fallback: Strings? = nil) throws -> Strings {
        let text = String(decoding: data, as: UTF8.self)
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text, .basic)
        } catch {
            throw Theme.Failure.strings(file, "not valid YAML: \(error)")
        }
        guard let mapping = (loaded ?? [String: Any]()) as? [String: Any] else {
            throw Theme.Failure.strings(file, "expected a mapping of keys to text")
        }
        var words = fallback?.words ?? [:]
        for (key, value) in mapping { words[key] = "\(value)" }
        return Strings(words)
    }

    /// The text for a key; the key itself when no file defines it, so a gap shows rather than hides.
    public subscript(_ key: String) -> String { lookUp(key) ?? key }

    /// The text for a key, or `fallback` when no file defines it (for values the knowledge base may extend).
    public func text(_ key: String, or fallback: String) -> String { lookUp(key) ?? fallback }

    /// The text with `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        Self.fill(self[key], values)
    }

    /// `text` with each `{name}` that `values` names replaced by its value, in one pass:
    /// Foundation's `replacingOccurrences`, once per name, took tens of thousands of
    /// instructions a call, and the heat map fills a text for each of its cells.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var out: [UInt8] = []
        text.withUTF8Bytes { bytes in
            out.reserveCapacity(bytes.count + 16)
            var i = 0
            while i < bytes.count {
                // A brace is ASCII, so it is never part of another character's bytes.
                if bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")),
                   let value = values[String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]), as: UTF8.self)] {
                    out.append(contentsOf: value.utf8)
                    i = close + 1
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every key, for the templates (`{{{t.key}}}`), escaped for HTML.
    var escaped: [String: String] { words.mapValues(HTML.escape) }

    /// All keys defined.
    public var keys: [String] { words.keys.sorted() }
}
