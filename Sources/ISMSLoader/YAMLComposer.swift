import CYaml

/// Composes YAML from libyaml's events straight into a `YAMLDocument`. It takes the common case
/// only: one document without anchors, aliases, tags or keys that are not single values, and
/// without a syntax error or a duplicate key. For anything else it gives up (nil), and the file
/// goes through Yams, whose results and error messages are then exactly what they always were.
struct YAMLComposer {
    enum Outcome {
        case document(YAMLDocument)
        /// A stream with no document at all.
        case empty
        case unsupported
    }

    private var entries: [YAMLDocument.Entry] = []
    private var children: [Int] = []
    /// Children of the collections still open, the innermost last.
    private var pending: [Int] = []
    /// Open collections: their entry and where their children start in `pending`.
    private var openCollections: [(entry: Int, start: Int)] = []

    /// Composes `text`; `scanning` tries `BlockYAMLScanner` first (off only to compare the two in tests).
    static func compose(_ text: String, scanning: Bool = true) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            if scanning, let flat = BlockYAMLScanner.compose(bytes) { return .document(flat) }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .unsupported }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var composer = YAMLComposer()
            composer.entries.reserveCapacity(bytes.count / 16)
            composer.children.reserveCapacity(bytes.count / 16)
            return composer.run(&parser)
        }
    }

    private mutating func run(_ parser: inout yaml_parser_t) -> Outcome {
        var event = yaml_event_t()
        func next() -> yaml_event_type_t? {
            yaml_event_delete(&event)
            return yaml_parser_parse(&parser, &event) == 1 ? event.type : nil
        }
        defer { yaml_event_delete(&event) }
        guard next() == YAML_STREAM_START_EVENT, let start = next() else { return .unsupported }
        if start == YAML_STREAM_END_EVENT { return .empty }
        guard start == YAML_DOCUMENT_START_EVENT else { return .unsupported }
        var root: Int?
        while root == nil {
            guard let type = next() else { return .unsupported }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil else { return .unsupported }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                root = add(scalar: text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let mapping = type == YAML_MAPPING_START_EVENT
                let (anchor, tag) = mapping
                    ? (event.data.mapping_start.anchor, event.data.mapping_start.tag)
                    : (event.data.sequence_start.anchor, event.data.sequence_start.tag)
                guard anchor == nil, tag == nil else { return .unsupported }
                open(mapping: mapping, line: line, column: column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let closed = close(mapping: type == YAML_MAPPING_END_EVENT)
                if closed.refused { return .unsupported }
                root = closed.root
            default:
                // Aliases, and anything out of place, are left to Yams.
                return .unsupported
            }
        }
        guard next() == YAML_DOCUMENT_END_EVENT, next() == YAML_STREAM_END_EVENT, let root else { return .unsupported }
        return .document(document(root: root))
    }

    /// Adds a scalar; returns it when it is the root (not inside a collection).
    mutating func add(scalar text: String, plain: Bool, line: Int, column: Int) -> Int? {
        entries.append(YAMLDocument.Entry(kind: .scalar, plain: plain, line: line, column: column, text: text))
        return attach(entries.count - 1)
    }

    /// Opens a mapping or a sequence; its children are the nodes added until it is closed.
    mutating func open(mapping: Bool, line: Int, column: Int) {
        entries.append(YAMLDocument.Entry(kind: mapping ? .mapping : .sequence, line: line, column: column))
        openCollections.append((entries.count - 1, pending.count))
    }

    /// Closes the innermost collection, and gives it when it is the root. Refused when none is
    /// open, or when a mapping repeats a key or has a key that is not a single value.
    mutating func close(mapping: Bool) -> (refused: Bool, root: Int?) {
        guard let (entry, start) = openCollections.popLast() else { return (true, nil) }
        // No slice of `pending` may outlive this step: removing from it while one is
        // alive copies the whole array, for every record of a long list.
        let count = pending.count - start
        if mapping {
            guard hasDistinctScalarKeys(pending[start...]) else { return (true, nil) }
            entries[entry].count = count / 2
        } else {
            entries[entry].count = count
        }
        entries[entry].first = children.count
        children.append(contentsOf: pending[start...])
        pending.removeSubrange(start...)
        return (false, attach(entry))
    }

    /// The document, once its root is complete.
    func document(root: Int) -> YAMLDocument { YAMLDocument(entries: entries, children: children, root: root) }

    /// Adds a finished node to the collection it is in; the node itself when it is the root.
    private mutating func attach(_ node: Int) -> Int? {
        guard !openCollections.isEmpty else { return node }
        pending.append(node)
        return nil
    }

    /// Keys (every other child of a mapping) that are all single values and all different.
    /// Yams compares keys by text and tag; without tags, by text.
    private func hasDistinctScalarKeys(_ kids: ArraySlice<Int>) -> Bool {
        let keys = stride(from: kids.startIndex, to: kids.endIndex, by: 2).map { kids[$0] }
        guard keys.allSatisfy({ entries[$0].kind == .scalar }) else { return false }
        if keys.count <= 16 {
            // Compared in place and by length first: most keys of a record differ in length.
            return entries.withUnsafeBufferPointer { entries in
                for i in keys.indices {
                    let length = entries[keys[i]].text.utf8.count
                    for j in keys.indices where j > i && entries[keys[j]].text.utf8.count == length
                        && entries[keys[i]].text == entries[keys[j]].text { return false }
                }
                return true
            }
        }
        return Set(keys.map { entries[$0].text }).count == keys.count
    }
}
