import ISMSModel

/// Reads the fields of one YAML mapping with types, recording each field's location and
/// reporting wrong types, bad dates and (on `finish`) unknown keys with a "did you mean".
final class Fields {
    let document: YAMLDocument
    /// The mapping's node in `document`.
    let mapping: Int
    let file: String
    let lineOffset: Int
    let log: LoadLog
    /// Dotted path of this mapping within its record ("" for the record itself).
    let path: String
    /// Shared by all readers of one record, so nested fields land in the record's origin.
    let locations: LocationBox
    /// The names asked for, for "did you mean" hints.
    private var known: [String] = []
    /// Which pairs of the mapping a reader asked for (bit `i` for pair `i`, the set past 64);
    /// the others are unknown keys.
    private var askedBits: UInt64 = 0
    private var askedBeyond: Set<Int> = []

    init(_ document: YAMLDocument, mapping: Int, file: String, lineOffset: Int, log: LoadLog, path: String = "", locations: LocationBox? = nil) {
        self.document = document
        self.mapping = mapping
        self.file = file
        self.lineOffset = lineOffset
        self.log = log
        self.path = path
        // Room for a record's usual fields at once, rather than growing from empty by doubling.
        self.locations = locations ?? LocationBox(capacity: document.pairCount(mapping))
        known.reserveCapacity(24)
    }

    /// Where this mapping starts.
    var location: SourceLocation { place(mapping) }

    /// The record's origin: its start and the locations of every field read so far.
    var origin: Origin { Origin(location, fields: locations.fields) }

    /// The origin of this nested mapping alone, with field paths relative to it.
    var localOrigin: Origin {
        guard !path.isEmpty else { return origin }
        // Keys are made of the readers' own field names and list indices, all ASCII, so the
        // prefix can be cut by bytes (dropping Characters walked every key).
        let prefix = path + "."
        let cut = prefix.utf8.count
        var fields = FieldLocations()
        for (key, location) in locations.fields where key.hasPrefix(prefix) {
            fields[String(Substring(key.utf8.dropFirst(cut)))] = location
        }
        return Origin(location, fields: fields)
    }

    private func key(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    func place(_ node: Int) -> SourceLocation { document.location(node, in: file, lineOffset: lineOffset) }

    /// The value of the first pair whose key is `name`. Records have a dozen keys or so, for
    /// which a linear search is cheaper than building a dictionary per mapping.
    private func pair(_ name: String) -> Int? {
        document.pair(of: mapping, named: name)
    }

    private func value(_ name: String) -> Int? { pair(name).map { document.value(mapping, $0) } }

    private func wasAsked(_ pair: Int) -> Bool { pair < 64 ? askedBits & (1 << pair) != 0 : askedBeyond.contains(pair) }

    /// The raw node of a field, or nil when absent or null. Marks the key as known.
    func node(_ name: String) -> Int? {
        known.append(name)
        guard let pair = pair(name) else { return nil }
        if pair < 64 { askedBits |= 1 << pair } else { askedBeyond.insert(pair) }
        let value = document.value(mapping, pair)
        locations.fields[key(name)] = place(value)
        return document.isNull(value) ? nil : value
    }

    func has(_ name: String) -> Bool { value(name).map { !document.isNull($0) } ?? false }

    /// The text of a scalar node, nil for a mapping or a list.
    private func scalar(_ node: Int) -> String? { document.string(node) }

    private func typeError(_ name: String, expected: String, _ node: Int) {
        let found = scalar(node).map { "'\($0)'" } ?? document.kindName(node)
        log.error("wrong-type", "'\(key(name))' must be \(expected), found \(found)", at: place(node))
    }

    func missing(_ name: String, of what: String) {
        // A record without its id is not read further, so its other keys are never checked:
        // name the key that was probably meant here.
        let miscased = (0..<document.pairCount(mapping)).lazy.compactMap { self.document.string(self.document.key(self.mapping, $0)) }
            .first { $0 != name && $0.lowercased() == name.lowercased() }
        log.error("missing-field", "\(what) has no '\(key(name))'", at: location,
                  hint: miscased.map { "keys are written in lower case: '\($0)' should be '\(name)'" })
    }

    /// A single text value; numbers and dates are taken as written.
    func string(_ name: String, required what: String? = nil) -> String? {
        guard let node = node(name) else {
            if let what { missing(name, of: what) }
            return nil
        }
        guard let text = scalar(node) else {
            typeError(name, expected: "a single value", node)
            return nil
        }
        return text
    }

    func int(_ name: String, required what: String? = nil) -> Int? {
        guard let node = node(name) else {
            if let what { missing(name, of: what) }
            return nil
        }
        if let text = scalar(node), let value = Int(text.trimmingWhitespace()) { return value }
        typeError(name, expected: "a whole number", node)
        return nil
    }

    func bool(_ name: String) -> Bool? {
        guard let node = node(name) else { return nil }
        if let text = scalar(node) {
            switch text.lowercased() {
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
        guard let text = scalar(node) else {
            typeError(name, expected: "a date (YYYY-MM-DD)", node)
            return nil
        }
        return parseDate(text, at: place(node), field: key(name))
    }

    func parseDate(_ text: String, at location: SourceLocation, field: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text.trimmingWhitespace()) { return date }
        log.error("invalid-date", "'\(field)' is not a valid date: '\(text)'", at: location, hint: "write dates as YYYY-MM-DD")
        return nil
    }

    /// A list of text values; a single value counts as a list of one.
    func strings(_ name: String) -> [String] {
        guard let node = node(name) else { return [] }
        switch document.kind(node) {
        case .scalar:
            return [document.entries[node].text]
        case .sequence:
            var result: [String] = []
            for (i, item) in document.items(node).enumerated() where !document.isNull(item) {
                locations.fields[key("\(name).\(i)")] = place(item)
                guard let text = scalar(item) else {
                    log.error("wrong-type", "each entry of '\(key(name))' must be a single value, found \(document.kindName(item))", at: place(item))
                    continue
                }
                result.append(text)
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
        guard document.kind(node) == .mapping else {
            typeError(name, expected: "a mapping of keys and values", node)
            return nil
        }
        return Fields(document, mapping: node, file: file, lineOffset: lineOffset, log: log, path: key(name), locations: locations)
    }

    /// A list of mappings (a single mapping counts as a list of one).
    func nestedList(_ name: String) -> [Fields] {
        guard let node = node(name) else { return [] }
        let items: [Int]
        switch document.kind(node) {
        case .mapping: items = [node]
        case .sequence: items = Array(document.items(node))
        default:
            typeError(name, expected: "a list of mappings", node)
            return []
        }
        return items.enumerated().compactMap { i, item in
            guard document.kind(item) == .mapping else {
                log.error("wrong-type", "each entry of '\(key(name))' must be a mapping of keys and values, found \(document.kindName(item))", at: place(item))
                return nil
            }
            let itemPath = key("\(name).\(i)")
            locations.fields[itemPath] = place(item)
            return Fields(document, mapping: item, file: file, lineOffset: lineOffset, log: log, path: itemPath, locations: locations)
        }
    }

    /// Reports every key of the mapping that no reader asked for.
    func finish(unknownKeySeverity: Severity = .error) {
        for i in 0..<document.pairCount(mapping) where !wasAsked(i) {
            let keyNode = document.key(mapping, i)
            guard let name = document.string(keyNode) else {
                log.error("wrong-type", "a key must be a single value, found \(document.kindName(keyNode))", at: place(keyNode))
                continue
            }
            let hint = Suggestion.closest(to: name, in: known).map { "did you mean '\($0)'?" }
            let diagnostic = Diagnostic(unknownKeySeverity, "unknown-key", "unknown key '\(key(name))'", at: place(keyNode), hint: hint)
            log.diagnostics.append(diagnostic)
        }
    }
}

/// The field locations of one record, shared by the readers of its nested mappings.
final class LocationBox {
    var fields: FieldLocations

    init(capacity: Int = 0) { fields = FieldLocations(minimumCapacity: capacity) }
}
