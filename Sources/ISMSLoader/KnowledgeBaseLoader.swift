import Foundation
import ISMSModel
import Yams

/// Why a knowledge base could not be loaded at all (as opposed to loading with diagnostics).
public enum LoadFailure: Error, CustomStringConvertible, Equatable {
    case notAFolder(String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAFolder(let path): return "\(path): no such knowledge-base folder"
        case let .unreadable(path, reason): return "\(path): cannot read file: \(reason)"
        }
    }
}

/// A loaded knowledge base and what the loader found wrong with it.
public struct LoadResult: Sendable {
    public var knowledgeBase: KnowledgeBase
    public var diagnostics: [Diagnostic]
}

/// Finds the files of a knowledge base and reads them into the model.
public enum KnowledgeBaseLoader {
    public static let settingsFile = "isms.yaml"

    /// Loads a folder on disk, with the git history of its documents when it is in a work tree.
    public static func load(directory: URL) throws -> LoadResult {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw LoadFailure.notAFolder(directory.path)
        }
        var result = try load(.directory(directory))
        result.knowledgeBase.history = documentHistory(GitHistory.read(folder: directory), of: result.knowledgeBase)
        return result
    }

    /// Loads the knowledge base in `folder` as it was in the snapshot's commit, with the git
    /// history of its documents up to that commit, as a pack made then would have shown it.
    public static func load(snapshot: GitSnapshot, folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LoadResult {
        var result = try load(snapshot.source)
        let history = GitHistory.read(folder: folder, upTo: snapshot.commit, environment: environment)
        result.knowledgeBase.history = documentHistory(history, of: result.knowledgeBase)
        return result
    }

    /// The part of a history that concerns documents: only they have an approval to compare
    /// with, so records' history is not kept.
    static func documentHistory(_ history: [String: [Revision]]?, of kb: KnowledgeBase) -> [String: [Revision]]? {
        guard let history else { return nil }
        let paths = Set(kb.documents.map(\.path))
        return history.filter { paths.contains($0.key) }
    }

    /// Loads every file of `source`; problems in the content become diagnostics, never traps.
    public static func load(_ source: FileSource) throws -> LoadResult {
        let log = LoadLog()
        let paths = try source.list().filter { !isIgnored($0) }.sorted()
        var texts: [String: String] = [:]
        // Other files (images, PDFs) are there for documents to link to.
        let attachments = Set(paths.filter { !($0.hasSuffix(".md") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) })
        for path in paths where path.hasSuffix(".md") || path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            let data: Data
            do {
                data = try source.read(path)
            } catch {
                throw LoadFailure.unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            guard var text = String(data: data, encoding: .utf8) else {
                log.error("unreadable-file", "file is not UTF-8 text", at: SourceLocation(file: path))
                continue
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            // Most files have no carriage return; looking for the byte first skips a slow bridged replace.
            texts[path] = text.utf8.contains(13) ? text.replacing("\r\n", with: "\n") : text
        }

        var settings = Settings(origin: Origin(SourceLocation(file: settingsFile)))
        if let text = texts[settingsFile] {
            if let root = YAMLText.compose(text, file: settingsFile, log: log) {
                if case .mapping(let m) = root {
                    settings = SettingsReader.settings(Fields(m, file: settingsFile, lineOffset: 0, log: log))
                } else {
                    log.error("wrong-type", "isms.yaml must be a mapping of settings, found \(root.kindName)", at: root.location(in: settingsFile, lineOffset: 0))
                }
            }
        } else {
            log.error("missing-field", "the knowledge base has no isms.yaml", at: SourceLocation(file: settingsFile), hint: "create isms.yaml with at least 'organisation: {name: …}'")
        }

        var kb = KnowledgeBase(settings: settings)
        kb.catalog = Catalog.builtIn[settings.catalogue] ?? .annexA2022
        kb.attachments = attachments
        for path in paths {
            guard let text = texts[path], path != settingsFile else { continue }
            if path.hasSuffix(".md") {
                kb.documents.append(DocumentReader.document(path: path, text: text, log: log))
                continue
            }
            let folder = path.split(separator: "/").first.map(String.init) ?? ""
            if folder == catalogueFolder, path.contains("/") {
                if let catalogue = CatalogueReader.catalogue(in: text, file: path, log: log) { kb.requirementCatalogues.append(catalogue) }
                continue
            }
            guard path.contains("/"), let kind = RecordKind(rawValue: folder), RecordKind.recordFolders.contains(kind) else {
                let hint = Suggestion.closest(to: folder, in: RecordKind.recordFolders.map(\.rawValue)).map { "did you mean '\($0)/'?" }
                    ?? "records go in one of: " + RecordKind.recordFolders.map { $0.rawValue + "/" }.joined(separator: ", ")
                log.warning("unknown-folder", "YAML file outside the record folders is ignored", at: SourceLocation(file: path), hint: hint)
                continue
            }
            for fields in records(in: text, file: path, log: log) {
                add(kind, fields, to: &kb)
            }
        }
        // An SoA decision with a title on an id the catalogue lacks defines a control of the
        // knowledge base's own; it is listed after the catalogue's and linked like them.
        var additional: [CatalogControl] = []
        for d in kb.soa where kb.catalog.control(d.control) == nil && !additional.contains(where: { $0.id == d.control }) {
            guard let title = d.title else { continue }
            additional.append(CatalogControl(d.control, title, theme: Catalog.additionalTheme.id, summary: d.summary ?? ""))
        }
        kb.catalog = kb.catalog.adding(additional)
        return LoadResult(knowledgeBase: kb, diagnostics: log.diagnostics)
    }

    /// Hidden files and a top-level README are not part of the knowledge base.
    /// Files that are not content: the top-level README, hidden files, and the site theme overrides.
    static func isIgnored(_ path: String) -> Bool {
        path == "README.md" || path.hasPrefix(themeFolder + "/") || path.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The folder of the knowledge base's own requirement catalogues.
    public static let catalogueFolder = "catalogues"

    /// The folder where a knowledge base overrides the site's templates, stylesheet and words.
    public static let themeFolder = "templates"

    /// The mappings of a record file: the root mapping, or each mapping of a root list.
    static func records(in text: String, file: String, log: LoadLog) -> [Fields] {
        guard let root = YAMLText.compose(text, file: file, log: log) else { return [] }
        switch root {
        case .mapping(let m):
            return [Fields(m, file: file, lineOffset: 0, log: log)]
        case .sequence(let seq):
            return seq.compactMap { item in
                guard case .mapping(let m) = item else {
                    if !item.isNull {
                        log.error("wrong-type", "each record must be a mapping of keys and values, found \(item.kindName)", at: item.location(in: file, lineOffset: 0))
                    }
                    return nil
                }
                return Fields(m, file: file, lineOffset: 0, log: log)
            }
        default:
            if !root.isNull {
                log.error("wrong-type", "a record file must hold a mapping or a list of mappings, found \(root.kindName)", at: root.location(in: file, lineOffset: 0))
            }
            return []
        }
    }

    private static func add(_ kind: RecordKind, _ f: Fields, to kb: inout KnowledgeBase) {
        switch kind {
        case .asset: RegisterReaders.asset(f).map { kb.assets.append($0) }
        case .threat: RegisterReaders.threat(f).map { kb.threats.append($0) }
        case .vulnerability: RegisterReaders.vulnerability(f).map { kb.vulnerabilities.append($0) }
        case .risk: RegisterReaders.risk(f).map { kb.risks.append($0) }
        case .soa: RegisterReaders.soaDecision(f).map { kb.soa.append($0) }
        case .person: PeopleReaders.person(f).map { kb.people.append($0) }
        case .role: PeopleReaders.role(f).map { kb.roles.append($0) }
        case .training: PeopleReaders.training(f).map { kb.training.append($0) }
        case .audit: OperationReaders.audit(f).map { kb.audits.append($0) }
        case .review: OperationReaders.review(f).map { kb.reviews.append($0) }
        case .incident: OperationReaders.incident(f).map { kb.incidents.append($0) }
        case .nonconformity: OperationReaders.nonconformity(f).map { kb.nonconformities.append($0) }
        case .objective: OperationReaders.objective(f).map { kb.objectives.append($0) }
        case .document, .control: break
        }
    }
}
