import Foundation
import ISMSModel

/// One file of a knowledge base read on its own: what it holds and the diagnostics about it.
/// Reading a file depends on nothing but its path and bytes, so files are read in parallel
/// and a file whose bytes did not change need not be read again.
struct LoadedFile: Hashable, Sendable {
    enum Content: Hashable, Sendable {
        /// Not UTF-8 text; its diagnostic comes before all others, as the file could not be read at all.
        case unreadable
        case settings(Settings)
        case document(Document)
        case catalogue(RequirementCatalogue?)
        case records(FileRecords)
        /// A YAML file outside the record folders (warned about).
        case ignored
    }

    var content: Content
    var diagnostics: [Diagnostic]

    /// Reads the file at `path` (a `.md`, `.yaml` or `.yml` file) from its bytes.
    init(path: String, data: Data, bodies: BodyReading = .rendered) {
        let log = LoadLog()
        content = Self.content(path: path, data: data, log: log, bodies: bodies)
        diagnostics = log.diagnostics
    }

    /// A file that could not be read, or was not read.
    init(path: String, failure: LoadFailure) {
        content = .unreadable
        let at = SourceLocation(file: path)
        switch failure {
        case .tooLarge(_, let size):
            diagnostics = [Diagnostic(.error, "file-too-large", LoadFailure.sizeMessage(size), at: at, hint: "split it into smaller files")]
        case .unreadable(_, let reason):
            diagnostics = [Diagnostic(.error, "unreadable-file", "cannot read file: \(reason)", at: at)]
        case .notAFolder:
            diagnostics = [Diagnostic(.error, "unreadable-file", "cannot read file: not a file", at: at)]
        }
    }

    /// The bytes as UTF-8 text without a leading byte-order mark, as Foundation decodes them;
    /// nil when they are not UTF-8. Validating directly is much faster than Foundation's
    /// decoder, which macOS before 15 still needs.
    private static func decoded(_ data: Data) -> String? {
        guard #available(macOS 15, *) else { return String(data: data, encoding: .utf8) }
        guard var text = String(validating: data, as: UTF8.self) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    private static func content(path: String, data: Data, log: LoadLog, bodies: BodyReading) -> Content {
        guard var text = decoded(data) else {
            let (line, column, byte) = firstInvalidByte(data)
            log.error("unreadable-file", "file is not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid here",
                      at: SourceLocation(file: path, line: line, column: column), hint: "save the file as UTF-8")
            return .unreadable
        }
        // A second byte-order mark goes too, as it always did after Foundation's decoder.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Most files have no carriage return; looking for the byte first (with memchr: a
        // byte-by-byte search was a few per cent of loading) skips a slow replace.
        let hasCR = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false }
        if hasCR { text = text.replacing("\r\n", with: "\n") }
        // A file cut to nothing by a failed save or copy; a file meant to say nothing yet can say so in a comment.
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            log.error("empty-file", "file is empty", at: SourceLocation(file: path),
                      hint: path == KnowledgeBaseLoader.settingsFile ? "write at least 'organisation: {name: …}'"
                          : path.hasSuffix(".md") ? "write the document or delete the file" : "write its records, a comment ('# none yet') or delete the file")
            return path == KnowledgeBaseLoader.settingsFile ? .settings(Settings(origin: Origin(SourceLocation(file: path)))) : .ignored
        }

        if path == KnowledgeBaseLoader.settingsFile {
            var settings = Settings(origin: Origin(SourceLocation(file: path)))
            if let document = YAMLText.compose(text, file: path, log: log) {
                if document.kind(document.root) == .mapping {
                    settings = SettingsReader.settings(Fields(document, mapping: document.root, file: path, lineOffset: 0, log: log))
                } else {
                    log.error("wrong-type", "isms.yaml must be a mapping of settings, found \(document.kindName(document.root))",
                              at: document.location(document.root, in: path, lineOffset: 0))
                }
            }
            return .settings(settings)
        }
        if path.hasSuffix(".md") {
            return .document(DocumentReader.document(path: path, text: text, log: log, bodies: bodies))
        }
        let folder = path.pathPieces().first.map(String.init) ?? ""
        if folder == KnowledgeBaseLoader.catalogueFolder, path.contains("/") {
            return .catalogue(CatalogueReader.catalogue(in: text, file: path, log: log))
        }
        guard path.contains("/"), let kind = RecordKind(rawValue: folder), RecordKind.recordFolders.contains(kind) else {
            let hint = Suggestion.closest(to: folder, in: RecordKind.recordFolders.map(\.rawValue)).map { "did you mean '\($0)/'?" }
                ?? "records go in one of: " + RecordKind.recordFolders.map { $0.rawValue + "/" }.joined(separator: ", ")
            log.warning("unknown-folder", "YAML file outside the record folders is ignored", at: SourceLocation(file: path), hint: hint)
            return .ignored
        }
        var records = FileRecords()
        for fields in KnowledgeBaseLoader.records(in: text, file: path, log: log) {
            records.add(kind, fields)
        }
        return .records(records)
    }

    /// Where the first byte that is not UTF-8 sits (line, column in characters) and its value.
    private static func firstInvalidByte(_ data: Data) -> (line: Int, column: Int, byte: UInt8) {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var line = 1, column = 1, offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count == 1 && scalar.first == 0x0A { (line, column) = (line + 1, 1) } else { column += 1 }
            case .error:
                return (line, column, data[data.startIndex + offset])
            case .emptyInput:
                return (line, column, 0)
            }
        }
    }
}
