import Crypto
import Foundation
import ISMSLoader
import ISMSModel
import ISMSSite
import ZIPFoundation

/// The audit pack: the auditor's site, every report as HTML, CSV, JSON and PDF, the approved
/// documents as PDF, and a manifest with a SHA-256 for every file, frozen at a git revision.
public struct AuditPack: Sendable {
    /// Where the knowledge base was taken from.
    public struct Revision: Sendable {
        public var commit: String
        public var date: CalendarDate
        /// Committer time, seconds since 1970: the pack's build time, so a rebuild is identical.
        public var timestamp: Int

        public init(commit: String, date: CalendarDate, timestamp: Int) {
            self.commit = commit
            self.date = date
            self.timestamp = timestamp
        }
    }

    public var inspection: Inspection
    public var theme: Theme
    public var attachments: FileSource?
    /// nil when the knowledge base is not in git.
    public var revision: Revision?
    /// nil when no PDF engine is found; the pack is still made and says so.
    public var engine: PDFEngine?

    public init(inspection: Inspection, theme: Theme, attachments: FileSource?, revision: Revision?, engine: PDFEngine?) {
        self.inspection = inspection
        self.theme = theme
        self.attachments = attachments
        self.revision = revision
        self.engine = engine
    }

    /// What was put in the pack, for the console.
    public struct Summary: Sendable {
        public var files: Int
        public var pdfs: Int
        public var engine: String?
    }

    /// The pack as zip bytes; `scratch` is an empty folder for the PDF engine's input and output.
    public func zip(scratch: URL) throws -> (data: Data, summary: Summary) {
        let site = try SiteBuilder(inspection: inspection, theme: theme, attachments: attachments, audience: .auditor).files()
        var files: [String: Data] = [:]
        for (path, data) in site { files["site/" + path] = data }
        let pdfs = try renderPDFs(site, scratch: scratch)
        for (path, data) in pdfs { files[path] = data }
        let manifest = self.manifest(files, pdfCount: pdfs.count)
        files["MANIFEST.json"] = Data(manifest.serialized().utf8 + [0x0A])
        files["SHA256SUMS"] = Data(files.keys.sorted().map { "\(Self.sha256(files[$0]!))  \($0)\n" }.joined().utf8)
        return (try archive(files), Summary(files: files.count, pdfs: pdfs.count, engine: engine?.name))
    }

    /// Each report's printable page and each approved document's page, printed by the engine.
    func renderPDFs(_ site: [String: Data], scratch: URL) throws -> [String: Data] {
        guard let engine else { return [:] }
        let root = scratch.appendingPathComponent("site")
        var jobs: [(pdf: String, html: String)] = ReportKind.allCases.map { ("pdf/reports/\($0.rawValue).pdf", $0.printable) }
        let paths = SitePaths(inspection.resolved.base)
        for d in inspection.resolved.base.documents where d.approved != nil {
            guard let page = paths.page(.document, d.id) else { continue }
            jobs.append(("pdf/documents/\((page as NSString).lastPathComponent.replacingOccurrences(of: ".html", with: ".pdf"))", page))
        }
        let printed = Set(jobs.map(\.html))
        for (path, data) in site {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (printed.contains(path) ? Data(PrintedLinks.unlinkingSitePages(Array(data))) : data).write(to: url)
        }
        for job in jobs {
            try FileManager.default.createDirectory(at: scratch.appendingPathComponent(job.pdf).deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try engine.render(batch: jobs.map { (html: root.appendingPathComponent($0.html), pdf: scratch.appendingPathComponent($0.pdf)) },
                          sourceDateEpoch: revision?.timestamp)
        var pdfs: [String: Data] = [:]
        for job in jobs { pdfs[job.pdf] = try Data(contentsOf: scratch.appendingPathComponent(job.pdf)) }
        return pdfs
    }

    /// Everything an auditor needs to trust the pack: where it came from and what is in it.
    func manifest(_ files: [String: Data], pdfCount: Int) -> JSONValue {
        let kb = inspection.resolved
        let built = revision.map { Self.iso8601($0.timestamp) }
        return .object([
            ("tool", .string("isms")),
            ("version", .string(ISMSVersion.current)),
            ("organisation", .string(kb.base.settings.organisation.name)),
            ("git", revision.map { .object([("commit", .string($0.commit)), ("date", .string($0.date.description))]) } ?? .null),
            ("built", built.map(JSONValue.string) ?? .null),
            ("as_of", .string(kb.asOf.description)),
            ("check", .object([
                ("errors", .int(inspection.errorCount)),
                ("warnings", .int(inspection.warningCount)),
                ("diagnostics", .array(inspection.diagnostics.map { .string("\($0.location): \($0.severity == .error ? "error" : "warning"): \($0.fullMessage) [\($0.code)]") })),
            ])),
            ("pdf", engine.map { .object([("engine", .string($0.name)), ("version", .string($0.version)), ("files", .int(pdfCount))]) }
                ?? .object([("engine", .null), ("note", .string("no PDF engine (weasyprint or chromium) was found; the pack has no PDFs"))])),
            ("files", .array(files.keys.sorted().map { path in
                .object([("path", .string(path)), ("sha256", .string(Self.sha256(files[path]!))), ("bytes", .int(files[path]!.count))])
            })),
        ])
    }

    /// A zip with entries in path order and every date set to the revision's, so the same revision gives the same bytes.
    func archive(_ files: [String: Data]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: TimeInterval(revision?.timestamp ?? inspection.resolved.asOf.dayNumber * 86_400))
        for path in files.keys.sorted() {
            let data = files[path]!
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func iso8601(_ timestamp: Int) -> String {
        let day = CalendarDate(dayNumber: Int((Double(timestamp) / 86_400).rounded(.down)))
        let seconds = timestamp - day.dayNumber * 86_400
        return String(format: "%@T%02d:%02d:%02dZ", day.description, seconds / 3600, seconds % 3600 / 60, seconds % 60)
    }
}
