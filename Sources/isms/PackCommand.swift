import ArgumentParser
import Foundation
import ISMSLoader
import ISMSModel
import ISMSPack
import ISMSSite
import ISMSTheme

struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Make the audit pack: the auditor's site, every report as HTML, CSV, JSON and PDF, and a manifest of hashes."
    )

    @Argument(help: "The knowledge-base folder.")
    var knowledgeBase = "content"

    @Option(help: "The git revision to pack, read straight from git without touching the working tree (default: HEAD when in git).")
    var rev: String?

    @Option(name: .shortAndLong, help: "The zip file to write (default: audit-pack-REVISION.zip).")
    var output: String?

    @Option(help: "Reference date YYYY-MM-DD for what is due or overdue (default: the revision's date, else today).")
    var asOf: String?

    func run() throws {
        let folder = URL(fileURLWithPath: knowledgeBase)
        let loaded: LoadResult, source: FileSource, revision: AuditPack.Revision?
        do {
            if let snapshot = try snapshot(folder) {
                loaded = try KnowledgeBaseLoader.load(snapshot: snapshot, folder: folder)
                source = snapshot.source
                revision = AuditPack.Revision(commit: snapshot.commit, date: snapshot.date, timestamp: snapshot.timestamp)
            } else {
                loaded = try KnowledgeBaseLoader.load(directory: folder)
                source = .directory(folder)
                revision = nil
            }
        } catch {
            Console.error("isms: \(error)")
            throw ExitCode(2)
        }
        let date: CalendarDate
        if let asOf {
            guard let parsed = CalendarDate(iso: asOf) else { throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'") }
            date = parsed
        } else {
            date = revision?.date ?? .today()
        }
        let inspection = Inspection.run(loaded, asOf: date)
        if !inspection.diagnostics.isEmpty {
            Console.error(DiagnosticReport(diagnostics: inspection.diagnostics, pathPrefix: knowledgeBase.hasSuffix("/") ? knowledgeBase : knowledgeBase + "/").text)
        }
        let engine = PDFEngine.find()
        if engine == nil { Console.error("isms: no PDF engine (weasyprint or chromium) found; the pack is made without PDFs and says so in MANIFEST.json") }
        let target = URL(fileURLWithPath: output ?? "audit-pack-\(revision.map { String($0.commit.prefix(7)) } ?? date.description).zip")
        let scratch = target.deletingLastPathComponent().appendingPathComponent(".isms-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let language = loaded.knowledgeBase.settings.publishing.language
            let theme = try Theme.make(defaults: ISMSTheme.files, overrides: Theme.overrides(in: source), language: language)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let pack = AuditPack(inspection: inspection, theme: theme, attachments: source, revision: revision, engine: engine)
            let (data, summary) = try pack.zip(scratch: scratch)
            // Written whole or not at all: a failed pack leaves any earlier file as it was.
            try data.write(to: target, options: .atomic)
            Console.error("isms: wrote \(target.path): \(summary.files) files, \(summary.pdfs) PDFs" + (summary.engine.map { " by \($0)" } ?? ""))
        } catch {
            Console.error("isms: \(error)")
            throw ExitCode(2)
        }
        if inspection.errorCount > 0 { throw ExitCode(1) }
    }

    /// The revision to read from git: `--rev`, or HEAD when the folder is in a git work tree.
    func snapshot(_ folder: URL) throws -> GitSnapshot? {
        if let rev { return try GitSnapshot.open(folder: folder, revision: rev) }
        do {
            return try GitSnapshot.open(folder: folder, revision: "HEAD")
        } catch let error as GitSnapshotError {
            switch error {
            case .notAWorkTree, .gitMissing, .unknownRevision, .folderNotInRevision: return nil
            default: throw error
            }
        }
    }
}
