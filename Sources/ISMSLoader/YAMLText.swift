import ISMSModel
import Yams

/// Parses YAML into a node tree, turning syntax errors into diagnostics with file lines.
enum YAMLText {
    /// Composes `text`; `lineOffset` shifts marks when the YAML sits inside a larger file (front matter).
    static func compose(_ text: String, file: String, lineOffset: Int = 0, log: LoadLog) -> YAMLDocument? {
        // Yams allocates several objects per node and hashes every mapping's keys; composing
        // from libyaml's events directly is several times faster. Whatever that fast path does
        // not take (errors included) goes through Yams as before.
        switch YAMLComposer.compose(text) {
        case .document(let document): return document
        case .empty: return nil
        case .unsupported: break
        }
        if let excess = YAMLAliases.excess(in: text) {
            let (message, line, column): (String, Int, Int)
            switch excess {
            case let .values(l, c): (message, line, column) = ("the aliases of this file would repeat more than \(YAMLAliases.valueLimit) values; the file is not read", l, c)
            case let .depth(l, c): (message, line, column) = ("this alias would nest values more than \(YAMLAliases.depthLimit) levels deep; the file is not read", l, c)
            }
            log.error("yaml-limit", message, at: SourceLocation(file: file, line: line + lineOffset, column: column),
                      hint: "write the values out instead of repeating them with aliases")
            return nil
        }
        do {
            // Every value is read from its text (numbers, dates, booleans), so no tag needs
            // resolving; the default resolver ran seven regular expressions on every scalar
            // Yams hashes (it hashes each mapping key to find duplicates).
            return try Yams.compose(yaml: text, .basic, .default, .utf8).map(YAMLDocument.init)
        } catch let error as YamlError {
            let (message, place) = describe(error, lineOffset: lineOffset)
            let line = (place?.line ?? 1) + lineOffset
            log.error("yaml-syntax", message, at: SourceLocation(file: file, line: line, column: place?.column ?? 1))
        } catch {
            log.error("yaml-syntax", "cannot parse YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset))
        }
        return nil
    }

    /// The message for an error, and where in the YAML text it is (1-based).
    private static func describe(_ error: YamlError, lineOffset: Int) -> (String, (line: Int, column: Int)?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let place = (mark.line, mark.column)
            // libyaml stops at 1000 levels with a message about its own API.
            if problem.hasPrefix("Maximum nesting level reached") {
                return ("invalid YAML: nested more than 1000 levels deep", place)
            }
            // Where the construct began, when that is not where it broke: an unclosed quote or bracket.
            let prefix = context.map { c in
                c.mark.line == mark.line && c.mark.column == mark.column ? "\(c.text) "
                    : "\(c.text) from line \(c.mark.line + lineOffset), column \(c.mark.column), "
            } ?? ""
            return ("invalid YAML: \(prefix)\(problem)".trimmingWhitespace(), place)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ("duplicate key \(keys) in the same mapping", (context.mark.line, context.mark.column))
        case let .reader(problem, offset, value, yaml):
            // The reader gives a byte offset: the line and column of the offending character.
            guard let offset, offset >= 0, offset <= yaml.utf8.count else { return ("unreadable text: \(problem)", nil) }
            let before = yaml.utf8.prefix(offset)
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 0x0A).map { before.index(after: $0) } ?? before.startIndex
            let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
            let hex = String(value, radix: 16, uppercase: true)
            let character = value >= 0 ? " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))" : ""
            return ("invalid YAML: \(problem)\(character)", (line, column))
        default:
            return ("invalid YAML: \(error)", nil)
        }
    }
}
