import CYaml

/// A bound on what YAML aliases may repeat. Yams shares an aliased node, but whatever walks the
/// tree (the flat `YAMLDocument`, Yams' duplicate-key check hashing keys) expands it, so a "billion
/// laughs" file of a few lines would take exponential time and memory, and aliases nested in
/// aliases could recurse deeper than a thread's stack.
enum YAMLAliases {
    /// Most values all the aliases of one text may repeat together.
    static let valueLimit = 100_000
    /// Deepest nesting an alias may reach once expanded (libyaml allows as much when written out).
    static let depthLimit = 1000

    enum Excess: Equatable {
        case values(line: Int, column: Int)
        case depth(line: Int, column: Int)
    }

    /// The first alias that takes the text over a limit, or nil when it stays within them (a text
    /// libyaml cannot parse counts as within: its syntax error is reported as usual).
    static func excess(in text: String) -> Excess? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            return scan(&parser)
        }
    }

    /// What one node amounts to once its aliases are expanded.
    private struct Size {
        var values = 1
        /// Levels below the node itself.
        var depth = 0
    }

    private static func scan(_ parser: inout yaml_parser_t) -> Excess? {
        var anchors: [String: Size] = [:]
        // Collections still open, innermost last, with their anchor.
        var open: [(anchor: String?, size: Size)] = []
        var repeated = 0
        var event = yaml_event_t()
        defer { yaml_event_delete(&event) }
        func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
        /// Adds a finished node to the collection it is in.
        func attach(_ size: Size, anchor: String?) {
            if let anchor { anchors[anchor] = size }
            guard !open.isEmpty else { return }
            open[open.count - 1].size.values += size.values
            open[open.count - 1].size.depth = max(open[open.count - 1].size.depth, size.depth + 1)
        }
        while true {
            yaml_event_delete(&event)
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                attach(Size(), anchor: anchorName(event.data.scalar.anchor))
            case YAML_SEQUENCE_START_EVENT:
                open.append((anchorName(event.data.sequence_start.anchor), Size()))
            case YAML_MAPPING_START_EVENT:
                open.append((anchorName(event.data.mapping_start.anchor), Size()))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let (anchor, size) = open.popLast() else { return nil }
                attach(size, anchor: anchor)
            case YAML_ALIAS_EVENT:
                // An undefined alias is Yams' to report.
                let size = anchorName(event.data.alias.anchor).flatMap { anchors[$0] } ?? Size()
                repeated += size.values
                if repeated > valueLimit { return .values(line: line, column: column) }
                if open.count + size.depth > depthLimit { return .depth(line: line, column: column) }
                attach(size, anchor: nil)
            default:
                continue
            }
        }
    }
}
