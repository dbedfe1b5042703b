/// Names derived from text: heading anchors as the tool makes them, file names, title case.
enum Slug {
    /// The anchor of an ASCII heading as `isms` (and git hosts) make it: lower case, letters,
    /// digits and `_` kept, spaces and hyphens as `-`, everything else dropped.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().compactMap { c -> Character? in
            if c == " " || c == "-" { return "-" }
            return c.isLetter || c.isNumber || c == "_" ? c : nil
        })
    }

    /// A file name stem: lower case words joined by hyphens.
    static func file(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }

    /// Title case for a phrase of the word lists ("backup and restore" → "Backup and Restore").
    static func title(_ phrase: String) -> String {
        phrase.split(separator: " ").enumerated().map { i, word in
            if i > 0, ["and", "of", "the", "for", "to"].contains(word) { return String(word) }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The text with its first letter in upper case, to start a sentence or a list item.
    static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The relative link from one file of the knowledge base to another, as written on a git host.
    static func relativePath(from: String, to: String) -> String {
        let fromFolder = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < fromFolder.count, common < target.count - 1, fromFolder[fromFolder.startIndex + common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolder.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
