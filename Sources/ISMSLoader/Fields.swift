import ISMSModel
import Yams

/// Reads the fields of one YAML mapping with types, recording each field's location and
/// reporting wrong types, bad dates and (on `finish`) unknown keys with a "did you mean".
final class Fields {
    let mapping: Node.Mapping
    let file: String
    let lineOffset: Int
    let log: LoadLog
    /// Dotted path of this mapping within its record ("" for the record itself).
    let path: String
    /// Shared by all readers of one record, so nested fields land in the record's origin.
    let locations: LocationBox
    private var known: [String] = []
    /// Values by plain key. Yams' own subscript compares whole nodes, resolving tags by
    /// regular expression on every lookup, which made loading a large knowledge base slow.
    private let values: [String: Node]

    init(_ mapping: Node.Mapping, file: String, lineOffset: Int, log: LoadLog, path: String = "", locations: LocationBox? = nil) {
        self.mapping = mapping
        var values: [String: Node] = [:]
        for (key, value) in mapping { if let name = key.string, values[name] == nil { values[name] = value } }
        self.values = values
        self.file = file
        self.lineOffset = lineOffset
        self.log = log
        self.path = path
        self.locations = locations ?? LocationBox()
    }

    /// Where this mapping starts.
    var location: SourceLocation { Node.mapping(mapping).location(in: file, lineOffset: lineOffset) }

    /// The record's origin: its start and the locations of every field read so far.
    var origin: Origin { Origin(location, fields: locations.fields) }

    /// The origin of this nested mapping alone, with field paths relative to it.
    var localOrigin: Origin {
        guard !path.isEmpty else { return origin }
        var fields: [String: SourceLocation] = [:]
        for (key, location) in locations.fields where key.hasPrefix(path + ".") {
            fields[String(key.dropFirst(path.count + 1))] = location
        }
        return Origin(location, fields: fields)
    }

    private func key(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    func place(_ node: Node) -> SourceLocation { node.location(in: file, lineOffset: lineOffset) }

    /// The raw node of a field, or nil when absent or null. Marks the key as known.
    func node(_ name: String) -> Node? {
        known.append(name)
        guard let value = values[name] else { return nil }
        locations.fields[key(name)] = place(value)
        return value.isNull ? nil : value
    }

    func has(_ name: String) -> Bool { values[name].map { !$0.isNull } ?? false }

    private func typeError(_ name: String, expected: String, _ node: Node) {
        let found: String
        if case .scalar(let s) = node { found = "'\(s.string)'" } else { found = node.kindName }
        log.error("wrong-type", "'\(key(name))' must be \(expected), found \(found)", at: place(node))
    }

    func missing(_ name: String, of what: String) {
        log.error("missing-field", "\(what) has no '\(key(name))'", at: location)
    }

    /// A single text value; numbers and dates are taken as written.
    func string(_ name: String, required what: String? = nil) -> String? {
        guard let node = node(name) else {
            if let what { missing(name, of: what) }
            return nil
        }
        guard case .scalar(let s) = node else {
            typeError(name, expected: "a single value", node)
            return nil
        }
        return s.string
    }

    func int(_ name: String, required what: String? = nil) -> Int? {
        guard let node = node(name) else {
            if let what { missing(name, of: what) }
            return nil
        }
        if case .scalar(let s) = node, let value = Int(s.string.trimmingWhitespace()) { return value }
        typeError(name, expected: "a whole number", node)
        return nil
    }

    func bool(_ name: String) -> Bool? {
        guard let node = node(name) else { return nil }
        if case .scalar(let s) = node {
            switch s.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        typeError(name, expected: "true or false", node)
        return nil
    }

    func date(_ name: String) -> CalendarDate? {
        guard let node = node(name) else { return nil }
        guard case .scalar(let s) = node else {
            typeError(name, expected: "a date (YYYY-MM-DD)", node)
            return nil
        }
        return parseDate(s.string, at: place(node), field: key(name))
    }

    func parseDate(_ text: String, at location: SourceLocation, field: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text.trimmingWhitespace()) { return date }
        log.error("invalid-date", "'\(field)' is not a valid date: '\(text)'", at: location, hint: "write dates as YYYY-MM-DD")
        return nil
    }

    /// A list of text values; a single value counts as a list of one.
    func strings(_ name: String) -> [String] {
        guard let node = node(name) else { return [] }
        switch node {
        case .scalar(let s):
            return [s.string]
        case .sequence(let seq):
            var result: [String] = []
            for (i, item) in seq.enumerated() where !item.isNull {
                locations.fields[key("\(name).\(i)")] = place(item)
                guard case .scalar(let s) = item else {
                    log.error("wrong-type", "each entry of '\(key(name))' must be a single value, found \(item.kindName)", at: place(item))
                    continue
                }
                result.append(s.string)
            }
            return result
        default:
            typeError(name, expected: "a list", node)
            return []
        }
    }

    /// One value of a fixed set, with a suggestion when it is close to a valid one.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type, required what: String? = nil) -> T? where T.RawValue == String {
        guard let raw = string(name, required: what) else { return nil }
        return parseChoice(raw, type, at: locations.fields[key(name)] ?? location, field: key(name))
    }

    func choices<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) -> [T] where T.RawValue == String {
        strings(name).enumerated().compactMap { i, raw in
            parseChoice(raw, type, at: locations.fields[key("\(name).\(i)")] ?? locations.fields[key(name)] ?? location, field: key(name))
        }
    }

    func parseChoice<T: RawRepresentable & CaseIterable>(_ raw: String, _ type: T.Type, at location: SourceLocation, field: String) -> T? where T.RawValue == String {
        let trimmed = raw.trimmingWhitespace()
        if let value = T(rawValue: trimmed) ?? T(rawValue: trimmed.lowercased()) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: trimmed, in: allowed).map { "did you mean '\($0)'?" }
            ?? "one of: " + allowed.joined(separator: ", ")
        log.error("invalid-value", "'\(field)' cannot be '\(trimmed)'", at: location, hint: hint)
        return nil
    }

    /// A nested mapping read with the same record's locations.
    func nested(_ name: String) -> Fields? {
        guard let node = node(name) else { return nil }
        guard case .mapping(let m) = node else {
            typeError(name, expected: "a mapping of keys and values", node)
            return nil
        }
        return Fields(m, file: file, lineOffset: lineOffset, log: log, path: key(name), locations: locations)
    }

    /// A list of mappings (a single mapping counts as a list of one).
    func nestedList(_ name: String) -> [Fields] {
        guard let node = node(name) else { return [] }
        let items: [Node]
        switch node {
        case .mapping: items = [node]
        case .sequence(let seq): items = Array(seq)
        default:
            typeError(name, expected: "a list of mappings", node)
            return []
        }
        return items.enumerated().compactMap { i, item in
            guard case .mapping(let m) = item else {
                log.error("wrong-type", "each entry of '\(key(name))' must be a mapping of keys and values, found \(item.kindName)", at: place(item))
                return nil
            }
            let itemPath = key("\(name).\(i)")
            locations.fields[itemPath] = place(item)
            return Fields(m, file: file, lineOffset: lineOffset, log: log, path: itemPath, locations: locations)
        }
    }

    /// Reports every key of the mapping that no reader asked for.
    func finish(unknownKeySeverity: Severity = .error) {
        for (keyNode, _) in mapping {
            let name = keyNode.string ?? ""
            guard !known.contains(name) else { continue }
            let hint = Suggestion.closest(to: name, in: known).map { "did you mean '\($0)'?" }
            let diagnostic = Diagnostic(unknownKeySeverity, "unknown-key", "unknown key '\(key(name))'", at: place(keyNode), hint: hint)
            log.diagnostics.append(diagnostic)
        }
    }
}

/// The field locations of one record, shared by the readers of its nested mappings.
final class LocationBox {
    var fields: [String: SourceLocation] = [:]
}
