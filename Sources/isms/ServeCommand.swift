import ArgumentParser
import Foundation
import ISMSModel
import ISMSPreview
import ISMSSite
#if canImport(Glibc)
import Glibc
#endif

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild it whenever the knowledge base changes."
    )

    @OptionGroup var options: KnowledgeBaseOptions

    @Option(help: "Port on 127.0.0.1 to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Option(name: .shortAndLong, help: "Folder to write the site to (replaced as a whole); default: a temporary folder removed at exit.")
    var output: String?

    @Option(help: "Who the site is for: internal (default), public (only what is classified public) or auditor (everything).")
    var audience: Audience = .internal

    func run() throws {
        _ = try options.date()
        // Caught before anything is written, so that Ctrl-C always ends in the clean-up below.
        let signals = StopSignals()
        let (site, scratch) = try outputFolder()
        let session = PreviewSession(
            knowledgeBase: options.url, output: site, pathPrefix: options.pathPrefix,
            server: PreviewServer.Configuration(port: port),
            rebuild: IncrementalBuild(knowledgeBase: options.url, output: site, asOf: options.asOf.flatMap(CalendarDate.init(iso:)),
                                      audience: audience).rebuild,
            log: { Console.error($0) }
        )
        let bound: UInt16
        do {
            bound = try session.start()
        } catch {
            Console.error("isms: \(error)")
            if let scratch { try? FileManager.default.removeItem(at: scratch) }
            throw ExitCode(2)
        }
        Console.error("isms: the site is in \(site.path)")
        Console.error("isms: serving http://127.0.0.1:\(bound)/")
        _ = signals.wait()
        session.stop()
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
        Console.error("isms: stopped")
    }

    /// The folder to write to, and the private scratch folder holding it when the user named none (removed at exit).
    func outputFolder() throws -> (site: URL, scratch: URL?) {
        if let output { return (URL(fileURLWithPath: output), nil) }
        // mkdtemp makes a fresh folder only its owner can enter: the site holds internal documents,
        // and the temporary folder is shared with every user of the machine.
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("isms-serve-\(getpid())-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            Console.error("isms: cannot make a temporary folder: \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        let scratch = URL(fileURLWithPath: String(cString: made))
        return (scratch.appendingPathComponent("site"), scratch)
    }

}
