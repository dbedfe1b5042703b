import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ISMSLoader
import ISMSModel
import ISMSSite

/// Every command names itself: a name derived from the type asked the runtime about every
/// conformance in the binary, which was more than half of the time to start.
@main
struct ISMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isms",
        abstract: "Check an ISMS knowledge base and publish it as a cross-linked site.",
        version: ISMSVersion.current,
        subcommands: [Check.self, Export.self, Build.self, Serve.self, Pack.self, RenderMarkdown.self]
    )

    /// Runs the command asked for, with the C library's memory held as the tool needs it.
    static func main() {
        #if canImport(Glibc)
        // glibc raises its trim threshold each time a large block is freed, after which what is
        // freed at the top of its heaps stays with the process; a fixed threshold gives it back.
        // The large build's peak: 550-580 MB with the threshold raised, 512-536 MB fixed.
        // `mallopt` is glibc's own, which Swift's Glibc module does not show: found by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in <malloc.h>
        if let mallopt = dlsym(nil, "mallopt") { _ = unsafeBitCast(mallopt, to: Mallopt.self)(trimThreshold, 1 << 20) }
        #endif
        main(nil)
    }
}

/// Options every command shares: the knowledge-base folder and the reference date.
struct KnowledgeBaseOptions: ParsableArguments {
    @Argument(help: "The knowledge-base folder.")
    var knowledgeBase: String = "content"

    @Option(name: .customLong("as-of"), help: "Reference date (YYYY-MM-DD) for reviews due and dates past; default today.")
    var asOf: String?

    func date() throws -> CalendarDate {
        guard let asOf else { return .today() }
        guard let date = CalendarDate(iso: asOf) else { throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'") }
        return date
    }

    var url: URL { URL(fileURLWithPath: knowledgeBase) }

    /// How paths are shown: relative to where the user stands, as they typed the folder.
    var pathPrefix: String {
        let trimmed = knowledgeBase.hasSuffix("/") ? String(knowledgeBase.dropLast()) : knowledgeBase
        return trimmed == "." || trimmed.isEmpty ? "" : trimmed + "/"
    }

    /// Loads, resolves and checks; a knowledge base that cannot be read exits with status 2.
    /// Documents are rendered only for a command that makes pages (`.rendered`).
    func inspect(bodies: BodyReading = .rendered) throws -> Inspection {
        try exitingIfUnreadable { try Inspection.run(directory: url, asOf: date(), bodies: bodies) }
    }

    /// `inspect`, with `companion` run on the loaded knowledge base while it is resolved and checked.
    func inspect<Companion: Sendable>(bodies: BodyReading = .rendered, alongside companion: @escaping @Sendable (KnowledgeBase) -> Companion) throws -> (Inspection, Companion) {
        try exitingIfUnreadable { try Inspection.run(directory: url, asOf: date(), bodies: bodies, alongside: companion) }
    }

    private func exitingIfUnreadable<T>(_ inspect: () throws -> T) throws -> T {
        do {
            return try inspect()
        } catch let error as ValidationError {
            throw error
        } catch {
            Console.error("isms: \(error)")
            throw ExitCode(2)
        }
    }
}

enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension DiagnosticReport.Format: ExpressibleByArgument {}
extension ExportTable.Kind: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the knowledge base against the criteria; exit 1 on errors.")

    @OptionGroup var options: KnowledgeBaseOptions

    @Option(help: "Output format: text, json or sarif.")
    var format: DiagnosticReport.Format = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let inspection = try options.inspect(bodies: .outline)
        Console.print(DiagnosticReport(diagnostics: inspection.diagnostics, pathPrefix: options.pathPrefix).render(format))
        let failed = inspection.errorCount > 0 || (strict && inspection.warningCount > 0)
        // The process ends here rather than after freeing the knowledge base record by record,
        // which took a tenth of a second on a large one; the output is written unbuffered.
        Self.exit(withError: failed ? ExitCode(1) : nil)
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the resolved records of one kind as JSON or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @Argument(help: "assets, threats, vulnerabilities, risks, controls, documents, people or training.")
    var kind: ExportTable.Kind

    @OptionGroup var options: KnowledgeBaseOptions

    @Option(help: "Output format: json or csv.")
    var format: Format = .json

    func run() throws {
        let inspection = try options.inspect(bodies: .outline)
        let table = ExportTable(kind, inspection.resolved)
        Console.print(format == .json ? table.json : table.csv)
        if inspection.errorCount > 0 {
            Console.error("isms: warning: the knowledge base has \(inspection.errorCount) error(s); run 'isms check' for the details")
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Render the knowledge base as a static HTML site.")

    @OptionGroup var options: KnowledgeBaseOptions

    @Option(name: .shortAndLong, help: "Folder to write the site to (replaced as a whole).")
    var output: String = "output"

    @Option(help: "A folder of templates, stylesheet or strings put over the default theme and the knowledge base's templates/.")
    var templates: String?

    @Option(help: "Who the site is for: internal (default), public (only what is classified public) or auditor (everything).")
    var audience: Audience = .internal

    @Flag(help: "Replace the output folder even if isms did not write it.")
    var force = false

    @Flag(help: "Add the reception display (display/) and the policy poster to a public build.")
    var display = false

    func validate() throws {
        if display && audience != .public {
            throw ValidationError("the reception display shows only public documents: use it with --audience public")
        }
    }

    func run() throws {
        let url = options.url, extra = templates.map { URL(fileURLWithPath: $0) }
        let (inspection, madeTheme) = try options.inspect { base in
            Result { try Theme.forKnowledgeBase(url, extra: extra, language: base.settings.publishing.language) }
        }
        let report = DiagnosticReport(diagnostics: inspection.diagnostics, pathPrefix: options.pathPrefix)
        if !inspection.diagnostics.isEmpty { Console.error(report.text) }
        do {
            let theme = try madeTheme.get()
            var builder = SiteBuilder(inspection: inspection, theme: theme, attachments: .directory(options.url), audience: audience)
            builder.display = display
            var state: SiteState?
            let count = try SiteWriter.write(to: URL(fileURLWithPath: output), knowledgeBase: options.url, force: force) { sink in
                state = try builder.build(into: sink)
            }
            Console.error("isms: wrote \(count) files to \(output)")
            // The process ends here, as `check` does, rather than after freeing the knowledge base
            // and the site's indexes object by object: on a large site that took a tenth of a
            // second before the folder swap and more after it.
            withExtendedLifetime((inspection, builder, state)) {
                Self.exit(withError: inspection.errorCount > 0 ? ExitCode(1) : nil)
            }
        } catch {
            Console.error("isms: \(error)")
            throw ExitCode(2)
        }
    }
}

struct RenderMarkdown: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-markdown",
        abstract: "Read Markdown on standard input and write the HTML fragment the site makes of it."
    )

    @Flag(help: "Keep raw HTML, as a knowledge base with 'raw_html: true' does (unsafe for untrusted text).")
    var rawHTML = false

    @Option(help: "Drop a leading level-1 heading equal to this title, as document pages do.")
    var title: String?

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: input, encoding: .utf8) else {
            Console.error("isms: standard input is not UTF-8 text")
            throw ExitCode(2)
        }
        Console.print(MarkdownFragment.render(text, allowRawHTML: rawHTML, title: title))
    }
}

extension Audience: ExpressibleByArgument {}
