import Foundation
import ISMSModel

/// Why a knowledge base could not be loaded at all (as opposed to loading with diagnostics).
public enum LoadFailure: Error, CustomStringConvertible, Equatable {
    case notAFolder(String)
    case unreadable(path: String, reason: String)
    /// A Markdown or YAML file larger than `KnowledgeBaseLoader.maximumFileSize`.
    case tooLarge(path: String, size: Int)

    public var description: String {
        switch self {
        case .notAFolder(let path): return "\(path): no such knowledge-base folder"
        case let .unreadable(path, reason): return "\(path): cannot read file: \(reason)"
        case let .tooLarge(path, size): return "\(path): \(Self.sizeMessage(size))"
        }
    }

    static func sizeMessage(_ size: Int) -> String {
        func megabytes(_ bytes: Int) -> String {
            let tenths = (bytes * 10 + (1 << 19)) >> 20
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        return "file is \(megabytes(size)), more than the \(KnowledgeBaseLoader.maximumFileSize >> 20) MB a knowledge-base file may have; not read"
    }

    /// Why reading failed, in a few plain words where the error is a common one.
    static func reason(_ error: Error) -> String {
        switch (error as? CocoaError)?.code {
        case .fileReadNoPermission?: return "permission denied"
        case .fileReadNoSuchFile?, .fileNoSuchFile?: return "no such file"
        default:
            if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)).lowercased() }
            return (error as NSError).localizedDescription
        }
    }
}

/// A loaded knowledge base and what the loader found wrong with it.
public struct LoadResult: Hashable, Sendable {
    public var knowledgeBase: KnowledgeBase
    public var diagnostics: [Diagnostic]
}

/// Finds the files of a knowledge base and reads them into the model.
public enum KnowledgeBaseLoader {
    public static let settingsFile = "isms.yaml"

    /// The largest Markdown or YAML file that is read (16 MiB, some 8,000 pages of text): a bigger
    /// one is a mistake (a log pasted in, a generated dump), and reading it would take memory
    /// many times its size.
    public static let maximumFileSize = 16 << 20

    /// Loads a folder on disk, with the git history of its documents when it is in a work tree;
    /// `bodies` says whether documents are rendered for a site or only outlined for checking.
    public static func load(directory: URL, bodies: BodyReading = .rendered) throws -> LoadResult {
        var cache: LoadCache? = nil
        return try load(directory: directory, cache: &cache, bodies: bodies)
    }

    /// Loads a folder like `load(directory:)`, parsing only the files changed since the load that filled `cache`.
    public static func load(directory: URL, cache: inout LoadCache) throws -> LoadResult {
        var kept: LoadCache? = cache
        let result = try load(directory: directory, cache: &kept)
        cache = kept!
        return result
    }

    private static func load(directory: URL, cache: inout LoadCache?, bodies: BodyReading = .rendered) throws -> LoadResult {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw LoadFailure.notAFolder(directory.path)
        }
        // git works while the files are parsed.
        let history = Background { GitHistory.read(folder: directory) }
        var result = try load(.directory(directory), cache: &cache, bodies: bodies)
        result.knowledgeBase.history = documentHistory(history.wait(), of: result.knowledgeBase)
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
    public static func load(_ source: FileSource, bodies: BodyReading = .rendered) throws -> LoadResult {
        var cache: LoadCache? = nil
        return try load(source, cache: &cache, bodies: bodies)
    }

    /// Loads `source` like `load(_:)`, parsing only the files whose bytes differ from those in `cache`,
    /// and leaves the files of this load in `cache` for the next.
    public static func load(_ source: FileSource, cache: inout LoadCache) throws -> LoadResult {
        var kept: LoadCache? = cache
        let result = try load(source, cache: &kept)
        cache = kept!
        return result
    }

    /// Loads `source` like `load(_:cache:)`, taking the word of a watcher that only the files at
    /// `changed` may differ from the last load: the other files in the cache are not read at all,
    /// which on a large knowledge base is most of a reload.
    public static func load(_ source: FileSource, cache: inout LoadCache, changed: Set<String>) throws -> LoadResult {
        var kept: LoadCache? = cache
        let result = try load(source, cache: &kept, changed: changed)
        cache = kept!
        return result
    }

    /// Lists, then reads and parses each file on its own (on all cores), then merges the files
    /// in path order, so the result and the order of the diagnostics never depend on timing.
    /// Without a cache, the bytes of the files are not kept.
    private static func load(_ source: FileSource, cache: inout LoadCache?, changed: Set<String>? = nil, bodies: BodyReading = .rendered) throws -> LoadResult {
        let listing = try source.listing()
        let paths = listing.paths.filter { !isIgnored($0) }.sorted()
        // Other files (images, PDFs) are there for documents to link to.
        let attachments = Set(paths.filter { !isContent($0) })
        let contentPaths = paths.filter(isContent)
        let previous = cache?.entries ?? [:]
        let keepBytes = cache != nil
        // Cores take files in this order: the YAML files (few but large) first and the documents
        // after, so that no core is left with a large file while the others are done.
        let documents = contentPaths.indices.filter { contentPaths[$0].hasSuffix(".md") }
        let order = contentPaths.indices.filter { !contentPaths[$0].hasSuffix(".md") } + documents
        var merged = Merge(attachments: attachments, documents: documents.count)
        var entries: [String: LoadCache.Entry] = [:]
        var parsed = 0
        contentPaths.concurrentMap(order: order, { path -> ReadFile in
            if let changed, !changed.contains(path), let entry = previous[path] { return ReadFile(entry: entry) }
            let data: Data
            do {
                data = try source.read(path, atMost: maximumFileSize)
            } catch let large as FileTooLarge {
                return ReadFile(path: path, failure: .tooLarge(path: path, size: large.size))
            } catch {
                return ReadFile(path: path, failure: .unreadable(path: path, reason: LoadFailure.reason(error)))
            }
            if let entry = previous[path], entry.bytes == data { return ReadFile(entry: entry) }
            return ReadFile(file: LoadedFile(path: path, data: data, bodies: bodies), bytes: keepBytes ? data : nil)
        }, collect: { i, read in
            let path = contentPaths[i]
            if let bytes = read.bytes { entries[path] = LoadCache.Entry(bytes: bytes, file: read.file) }
            if read.parsed { parsed += 1 }
            merged.add(path, &read.file)
        })
        if keepBytes {
            cache = LoadCache(entries: entries, parsedInLastLoad: parsed)
        }
        var result = merged.result()
        let refused = listing.refused.filter { !isIgnored($0.path) }.sorted { $0.path < $1.path }
        result.diagnostics.insert(contentsOf: refused.map {
            Diagnostic(.error, "refused-file", "\($0.reason); not read", at: SourceLocation(file: $0.path))
        }, at: 0)
        return result
    }

    /// One file as the cores hand it over: what it holds, and its bytes when the cache keeps them.
    private struct ReadFile: Sendable {
        var file: LoadedFile
        /// What the cache keeps of the file for the next load; nil without a cache, and for a
        /// file that could not be read.
        var bytes: Data?
        /// Whether the file was parsed in this load rather than taken from the cache.
        var parsed: Bool

        init(file: LoadedFile, bytes: Data?) {
            self.file = file
            self.bytes = bytes
            parsed = true
        }

        init(entry: LoadCache.Entry) {
            file = entry.file
            bytes = entry.bytes
            parsed = false
        }

        /// Reported like a file that is not text; not cached, so the next load tries again.
        init(path: String, failure: LoadFailure) {
            file = LoadedFile(path: path, failure: failure)
            parsed = false
        }
    }

    /// One document read on its own, exactly as a load reads it; nil when `path` is not a
    /// document a load would read or the file cannot be read (a load then says why).
    public static func document(at path: String, in source: FileSource) -> Document? {
        guard path.hasSuffix(".md"), !isIgnored(path), let data = try? source.read(path), data.count <= maximumFileSize,
              case .document(let document) = LoadedFile(path: path, data: data).content else { return nil }
        return document
    }

    /// Files that are read: documents and YAML.
    private static func isContent(_ path: String) -> Bool {
        path.hasSuffix(".md") || path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    /// The knowledge base of files read one by one, added in path order. Diagnostics come in
    /// the order of a sequential load: files that are not text, then the settings, then the rest.
    struct Merge {
        private var kb = KnowledgeBase(settings: Settings(origin: Origin(SourceLocation(file: settingsFile))))
        private var unreadable: [Diagnostic] = []
        private var settings: [Diagnostic]? = nil
        private var others: [Diagnostic] = []

        init(attachments: Set<String>, documents: Int) {
            kb.attachments = attachments
            kb.documents.reserveCapacity(documents)
        }

        /// The next file, after every file with an earlier path; its content is taken out of
        /// `file` rather than copied.
        mutating func add(_ path: String, _ file: inout LoadedFile) {
            if path == settingsFile { settings = [] }
            var content = LoadedFile.Content.ignored
            swap(&content, &file.content)
            switch consume content {
            case .unreadable: unreadable += file.diagnostics; return
            case .settings(let read):
                kb.settings = read
                settings = file.diagnostics
                return
            case .document(let document): kb.documents.append(document)
            case .catalogue(let catalogue): catalogue.map { kb.requirementCatalogues.append($0) }
            case .records(let records): kb.append(consume records)
            case .ignored: break
            }
            others += file.diagnostics
        }

        /// The knowledge base of the files added, with their diagnostics.
        consuming func result() -> LoadResult {
            var diagnostics = unreadable
            if let settings {
                // An isms.yaml that could not be read has said so already.
                diagnostics += settings
            } else {
                diagnostics.append(Diagnostic(.error, "missing-field", "the knowledge base has no isms.yaml", at: SourceLocation(file: settingsFile),
                                              hint: "create isms.yaml with at least 'organisation: {name: …}'"))
            }
            diagnostics += others
            kb.catalog = Catalog.builtIn[kb.settings.catalogue] ?? .annexA2022
            // An SoA decision with a title on an id the catalogue lacks defines a control of the
            // knowledge base's own; it is listed after the catalogue's and linked like them.
            var additional: [CatalogControl] = []
            for d in kb.soa where kb.catalog.control(d.control) == nil && !additional.contains(where: { $0.id == d.control }) {
                guard let title = d.title else { continue }
                additional.append(CatalogControl(d.control, title, theme: Catalog.additionalTheme.id, summary: d.summary ?? ""))
            }
            kb.catalog = kb.catalog.adding(additional)
            return LoadResult(knowledgeBase: kb, diagnostics: diagnostics)
        }
    }

    /// Files that are not content: the top-level README, hidden files, and the site theme overrides.
    public static func isIgnored(_ path: String) -> Bool {
        path == "README.md" || path.hasPrefix(themeFolder + "/") || path.pathPieces().contains { $0.hasPrefix(".") }
    }

    /// The folder of the knowledge base's own requirement catalogues.
    public static let catalogueFolder = "catalogues"

    /// The folder where a knowledge base overrides the site's templates, stylesheet and words.
    public static let themeFolder = "templates"

    /// The mappings of a record file: the root mapping, or each mapping of a root list.
    static func records(in text: String, file: String, log: LoadLog) -> [Fields] {
        guard let document = YAMLText.compose(text, file: file, log: log) else { return [] }
        let root = document.root
        switch document.kind(root) {
        case .mapping:
            return [Fields(document, mapping: root, file: file, lineOffset: 0, log: log)]
        case .sequence:
            return document.items(root).compactMap { item in
                guard document.kind(item) == .mapping else {
                    if !document.isNull(item) {
                        log.error("wrong-type", "each record must be a mapping of keys and values, found \(document.kindName(item))", at: document.location(item, in: file, lineOffset: 0))
                    }
                    return nil
                }
                return Fields(document, mapping: item, file: file, lineOffset: 0, log: log)
            }
        default:
            if !document.isNull(root) {
                log.error("wrong-type", "a record file must hold a mapping or a list of mappings, found \(document.kindName(root))", at: document.location(root, in: file, lineOffset: 0))
            }
            return []
        }
    }
}
