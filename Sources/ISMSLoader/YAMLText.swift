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
            let (message, mark) = describe(error)
            let line = (mark?.line ?? 1) + lineOffset
            log.error("yaml-syntax", message, at: SourceLocation(file: file, line: line, column: mark?.column ?? 1))
        } catch {
            log.error("yaml-syntax", "cannot parse YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset))
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml stops at 1000 levels with a message about its own API.
            if problem.hasPrefix("Maximum nesting level reached") {
                return ("invalid YAML: nested more than 1000 levels deep", mark)
            }
            let prefix = context.map { "\($0.text) " } ?? ""
            return ("invalid YAML: \(prefix)\(problem)".trimmingWhitespace(), mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ("duplicate key \(keys) in the same mapping", context.mark)
        case let .reader(problem, _, _, _):
            return ("unreadable text: \(problem)", nil)
        default:
            return ("invalid YAML: \(error)", nil)
        }
    }
}
