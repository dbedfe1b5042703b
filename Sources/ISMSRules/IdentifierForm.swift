import Foundation

/// What an id may look like. Ids become links (`risk:R-1`), file names of pages and words that
/// free text is scanned for, so they are kept to letters, digits and a little punctuation, and
/// two ids that a reader cannot tell apart are not allowed to coexist.
enum IdentifierForm {
    /// The longest id, in characters: an id is part of a page's file name, and file systems
    /// allow 255 bytes for one.
    static let maximumLength = 100

    /// Why `id` cannot be used, or nil when it can.
    static func problem(with id: String) -> String? {
        // Most ids are plain ASCII such as R-012: their bytes settle it at once.
        if let first = id.utf8.first, id.utf8.count <= maximumLength, isPlain(first), first != UInt8(ascii: "-"),
           first != UInt8(ascii: "_"), first != UInt8(ascii: "."), id.utf8.allSatisfy(isPlain) {
            return nil
        }
        if id.isEmpty { return "an id must not be empty" }
        let length = id.unicodeScalars.count
        if length > maximumLength {
            return "id '\(String(String.UnicodeScalarView(id.unicodeScalars.prefix(24))))…' is \(length) characters long; an id may have at most \(maximumLength)"
        }
        if id.unicodeScalars.contains(where: { isInvisible($0) }) {
            return "id '\(visible(id))' holds a space or an invisible character"
        }
        guard id.unicodeScalars.allSatisfy(isAllowed) else {
            return "id '\(id)' may hold only letters, digits, '-', '_' and '.'"
        }
        guard let first = id.unicodeScalars.first, isLetterOrDigit(first) else {
            return "id '\(id)' must begin with a letter or a digit"
        }
        return nil
    }

    /// The form two ids share when a reader could take one for the other: compatibility forms
    /// folded (fullwidth `Ｒ` is `R`), case ignored, and Cyrillic and Greek letters that look
    /// like Latin ones taken for those.
    static func skeleton(_ id: String) -> String {
        // For ASCII, compatibility folding changes nothing and no letter looks like another.
        if id.utf8.allSatisfy({ $0 < 0x80 }) { return id.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in id.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            out.append(lookAlikes[scalar] ?? scalar)
        }
        return String(out)
    }

    /// Lower-case Cyrillic and Greek letters drawn like a Latin letter (upper case is lowered first).
    private static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
        "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "ζ": "z",
    ]

    /// An ASCII letter, digit, `-`, `_` or `.`.
    private static func isPlain(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
    }

    private static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        if s == "-" || s == "_" || s == "." { return true }
        // Marks, so that scripts that combine characters (Devanagari, Japanese voicing marks) can write ids.
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return isLetterOrDigit(s)
        }
    }

    /// The id quoted, followed by the name of each character outside ASCII, so that two ids that
    /// look the same on screen can be told apart in the message.
    static func described(_ id: String) -> String {
        var seen: Set<Unicode.Scalar> = []
        let named = id.unicodeScalars.filter { !$0.isASCII && seen.insert($0).inserted }.map { s in
            "\(s) U+\(String(format: "%04X", s.value)) \(s.properties.name ?? "")".trimmingCharacters(in: .whitespaces)
        }
        return "'\(id)'" + (named.isEmpty ? "" : " (" + named.joined(separator: ", ") + ")")
    }

    /// The id with invisible characters shown as `\u{…}`, so the message shows what is wrong.
    private static func visible(_ id: String) -> String {
        id.unicodeScalars.map { isInvisible($0) && $0 != " " ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined()
    }
}
