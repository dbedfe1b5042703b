import Foundation

// The tokeniser of the site search. `templates/site/search.js` implements the same rules for
// queries, so any change here must be made there too (a test runs both on the same samples).
//
// Text is normalised with NFKC and lowercased (so full-width Latin matches ASCII and half-width
// katakana matches full-width), with final sigma folded into sigma because JavaScript's
// toLowerCase applies the final-sigma rule and Swift's lowercased() does not.
// Then:
// - letters, marks and digits outside CJK form words;
// - words joined by single `.`, `-`, `_`, `/` or `:` form a compound such as `a.8.13`, `r-012`
//   or `27001:2022`; a compound yields itself and then each of its words, so ids are found whole
//   or by their parts;
// - runs of Han, kana (with ー) and Hangul yield overlapping bigrams, a lone character itself;
// - everything else separates tokens.
extension SearchIndex {
    /// The search tokens of a text, in order of appearance, repeats included.
    public static func tokens(_ text: String) -> [String] {
        var normalised = normalise(text)
        return normalised.withUTF8 { utf8 in
            var out: [String] = []
            scanTokens(utf8) { start, end in out.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)) }
            return out
        }
    }

    /// Calls `body` with the byte range of each token of already normalised UTF-8 text, in the order of `tokens(_:)`.
    /// Every token is a contiguous run of the text, so the index can hash and copy bytes instead of making strings.
    static func scanTokens(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        if isASCII(utf8) { scanASCIITokens(utf8, body) } else { scanTokensOfAnyText(utf8, body) }
    }

    /// `scanTokens` of any text, character by character.
    static func scanTokensOfAnyText(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var parts: [(Int, Int)] = []
        var compoundStart = -1, wordStart = -1, joinerPending = false
        var previousCJK = -1, cjkRun = 0

        func endCompound(at end: Int) {
            if parts.isEmpty {
                // A single word, as most are: no list of parts to fill and empty.
                if wordStart >= 0 { body(wordStart, end) }
            } else {
                if wordStart >= 0 { parts.append((wordStart, end)) }
                if parts.count > 1 { body(compoundStart, parts[parts.count - 1].1) }
                for part in parts { body(part.0, part.1) }
                parts.removeAll(keepingCapacity: true)
            }
            compoundStart = -1; wordStart = -1; joinerPending = false
        }
        func endCJKRun() {
            if cjkRun == 1 { body(previousCJK, previousCJK + sequenceLength(utf8[previousCJK])) }
            previousCJK = -1; cjkRun = 0
        }

        var i = 0
        while i < utf8.count {
            let lead = utf8[i]
            // ASCII, most of any text, is classified inline without decoding a scalar.
            let length = sequenceLength(lead)
            switch lead < 0x80 ? asciiKind(lead) : kind(of: scalar(in: utf8, at: i, length: length)) {
            case .word:
                if cjkRun > 0 { endCJKRun() }
                if wordStart < 0 {
                    if compoundStart < 0 { compoundStart = i }
                    wordStart = i
                    joinerPending = false
                }
                // More ASCII letters and digits change nothing: the run is stepped over at once.
                i += length
                while i < utf8.count, asciiKind(utf8[i]) == .word { i += 1 }
                continue
            case .joiner:
                if cjkRun > 0 { endCJKRun() }
                if wordStart >= 0 {
                    parts.append((wordStart, i))
                    wordStart = -1
                    joinerPending = true
                } else if joinerPending {
                    endCompound(at: i)
                }
            case .cjk:
                if compoundStart >= 0 { endCompound(at: i) }
                if previousCJK >= 0 { body(previousCJK, i + length) }
                previousCJK = i
                cjkRun += 1
            case .separator:
                if compoundStart >= 0 { endCompound(at: i) }
                if cjkRun > 0 { endCJKRun() }
                // Likewise a run of ASCII separators (spaces, punctuation).
                i += length
                while i < utf8.count, utf8[i] < 0x80, asciiKind(utf8[i]) == .separator { i += 1 }
                continue
            }
            i += length
        }
        if compoundStart >= 0 { endCompound(at: utf8.count) }
        if cjkRun > 0 { endCJKRun() }
    }

    /// `scanTokens` of ASCII text, where every byte is a character and none is CJK: the same
    /// tokens in the same order, by a loop that goes over each byte once and keeps no state
    /// between compounds. Most text is ASCII, and the general loop's bookkeeping for every
    /// character cost more than finding the tokens. A test holds the two to the same tokens.
    static func scanASCIITokens(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let n = utf8.count
        var parts: [(Int, Int)] = []
        var i = 0
        while i < n {
            // Between compounds, separators and joiners alike lead nowhere.
            while i < n, asciiKind(utf8[i]) != .word { i += 1 }
            guard i < n else { break }
            let compoundStart = i
            var wordStart = i
            var last: (Int, Int)? = nil
            while true {
                i += 1
                while i < n, asciiKind(utf8[i]) == .word { i += 1 }
                guard i < n, asciiKind(utf8[i]) == .joiner else {
                    last = (wordStart, i)
                    break
                }
                // A word and a joiner: the compound goes on if a word follows at once.
                parts.append((wordStart, i))
                i += 1
                guard i < n, asciiKind(utf8[i]) == .word else { break }
                wordStart = i
            }
            if parts.isEmpty {
                if let last { body(last.0, last.1) }
            } else {
                if let last { parts.append(last) }
                if parts.count > 1 { body(compoundStart, parts[parts.count - 1].1) }
                for part in parts { body(part.0, part.1) }
                parts.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return true }
        var i = 0
        while i + 8 <= utf8.count {
            if base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < utf8.count {
            if utf8[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Bytes in the UTF-8 sequence that starts with `lead` (the text is valid UTF-8: it comes from a String).
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    @inline(__always)
    static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        switch length {
        case 1: return UInt32(utf8[i])
        case 2: return UInt32(utf8[i] & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
        case 3: return UInt32(utf8[i] & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
        default:
            return UInt32(utf8[i] & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
        }
    }

    /// NFKC, lowercase, final sigma folded.
    static func normalise(_ text: String) -> String {
        var contiguous = text
        switch contiguous.withUTF8({ utf8 in utf8.contains { $0 >= 0x80 } ? 2 : utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? 1 : 0 }) {
        case 0: return text
        case 1:
            // ASCII with capitals: lowered byte by byte into the new string's own storage.
            return contiguous.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for i in 0..<bytes.count { buffer[i] = lowered(bytes[i]) }
                    return bytes.count
                }
            }
        default: break
        }
        // A stable character is left alone by NFKC whatever surrounds it and never joins the one
        // before it, so the text splits before each one: only the runs around other characters
        // (with the stable character before them, which a mark may join) go through Foundation's
        // normalisation, the slow part of indexing. Most text, Japanese included, is stable.
        // Works on UTF-8 bytes: a stable character is copied, lowered when it has a lowercase.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func scalarAt(_ k: Int) -> (value: UInt32, length: Int) {
            let length = sequenceLength(bytes[k])
            return bytes.withUnsafeBufferPointer { (scalar(in: $0, at: k, length: length), length) }
        }
        while i < bytes.count {
            let (v, length) = scalarAt(i)
            let next = i + length
            let startsRun = !isStable(v) || (next < bytes.count && !isStable(scalarAt(next).value))
            guard startsRun else {
                if length == 1 {
                    out.append(lowered(bytes[i]))
                } else {
                    let low = lowered(v)
                    if low == v { out.append(contentsOf: bytes[i..<next]) } else { out.append(contentsOf: String(Unicode.Scalar(low)!).utf8) }
                }
                i = next
                continue
            }
            var end = next
            while end < bytes.count, !isStable(scalarAt(end).value) { end += scalarAt(end).length }
            out.append(contentsOf: fullyNormalised(String(decoding: bytes[i..<end], as: UTF8.self)).utf8)
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// NFKC, lowercase and final sigma folded, by Foundation: right for any text, but slow.
    static func fullyNormalised(_ text: String) -> String {
        // NFKC is by definition NFKD followed by canonical composition. Spelt out because Foundation
        // on Linux (Swift 6.3) leaves ﾊﾟ as ハ + U+309A from precomposedStringWithCompatibilityMapping.
        let nfkc = text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        let lowered = nfkc.lowercased()
        return lowered.unicodeScalars.contains("ς") ? lowered.replacingOccurrences(of: "ς", with: "σ") : lowered
    }

    /// The lowercase form of an ASCII byte.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    /// The lowercase form of a stable character: of those, only A–Z and À–Þ (but ×) have one.
    @inline(__always)
    static func lowered(_ v: UInt32) -> UInt32 {
        (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 0x20 : v
    }

    /// Characters NFKC keeps as they are wherever they stand (quick check Yes, combining class 0, never the
    /// second half of a composition), from the blocks common in our text; so are their lowercase forms.
    static func isStable(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x7F, 0xA1...0xA7, 0xA9, 0xAB...0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xBB, 0xBF, 0xC0...0xFF,
             0x2010, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2190...0x2193, 0x2264, 0x2265,
             0x3001...0x3002, 0x300C...0x300F, 0x3041...0x3096, 0x30A1...0x30FE, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return true
        default:
            return false
        }
    }

    enum TokenKind { case word, joiner, cjk, separator }

    @inline(__always)
    static func asciiKind(_ b: UInt8) -> TokenKind {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
        case 0x2D, 0x2E, 0x2F, 0x3A, 0x5F: return .joiner
        default: return .separator
        }
    }

    static func kind(of v: UInt32) -> TokenKind {
        if v < 0x80 { return asciiKind(UInt8(v)) }
        // Kana and the main block of Han first: the bulk of Japanese text.
        if (0x4E00...0x9FFF).contains(v) || (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v) { return .cjk }
        if v >= 0x1100 && isCJK(v) { return .cjk }
        guard let scalar = Unicode.Scalar(v) else { return .separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return .word
        default:
            return .separator
        }
    }

    /// Han, kana and Hangul: the scripts written without spaces between words (same table in search.js).
    static let cjkRanges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF,   // Hangul Jamo
        0x3005...0x3007,   // 々 〆 〇
        0x3021...0x3029,   // Hangzhou numerals
        0x3038...0x303B,   // more Han marks
        0x3041...0x3096,   // Hiragana
        0x3099...0x309F,   // voicing marks, ゝ ゞ ゟ
        0x30A1...0x30FA,   // Katakana (not ゠ or the middle dot ・, which separate words)
        0x30FC...0x30FF,   // ー ヽ ヾ ヿ
        0x3131...0x318E,   // Hangul compatibility Jamo
        0x31F0...0x31FF,   // Katakana phonetic extensions
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7FF,   // Hangul syllables, Jamo extended B
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0x1AFF0...0x1B16F, // Kana extensions and supplement
        0x20000...0x3FFFF, // CJK extensions B onwards
    ]

    static func isCJK(_ v: UInt32) -> Bool {
        for range in cjkRanges {
            if v < range.lowerBound { return false }
            if v <= range.upperBound { return true }
        }
        return false
    }
}
