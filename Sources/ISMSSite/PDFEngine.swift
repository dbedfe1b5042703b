import Foundation
import ISMSLoader

/// A program found on this machine at run time that prints the HTML reports to PDF.
public struct PDFEngine: Sendable, Equatable {
    /// "weasyprint" or "chromium" (also for chromium-browser and google-chrome).
    public var name: String
    public var executable: URL
    /// The first line of what the program prints for `--version`.
    public var version: String

    /// An engine at a known path, as `find` returns it or as a test builds it.
    public init(name: String, executable: URL, version: String) {
        self.name = name
        self.executable = executable
        self.version = version
    }

    /// How long one document may take before its engine is stopped, in seconds.
    public static let defaultTimeLimit: TimeInterval = 120

    /// The environment variable that forces a choice: none, weasyprint or chromium (unset or auto: the best found).
    public static let choiceVariable = "ISMS_PDF_ENGINE"

    /// Program names on PATH by engine, in order of preference. WeasyPrint comes first
    /// because it implements CSS paged media (margin boxes, named pages) as specified.
    static let programs: [(engine: String, names: [String])] = [
        ("weasyprint", ["weasyprint"]),
        ("chromium", ["chromium", "chromium-browser", "google-chrome"]),
    ]

    /// The engine ISMS_PDF_ENGINE names, else the first usable of WeasyPrint and Chromium on PATH; nil if none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFEngine? {
        // `none` and names we do not know find nothing: a wish we cannot meet must not
        // silently turn into another engine. A program that cannot print its version is
        // skipped (a broken install, or a stub that only says which package to install).
        let choice = (environment[choiceVariable] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let wanted: [(engine: String, names: [String])]
        switch choice {
        case "", "auto": wanted = programs
        default: wanted = programs.filter { $0.engine == choice }
        }
        let path = SearchPath(environment["PATH"])
        for (engine, names) in wanted {
            for name in names {
                guard let executable = path.executable(name),
                      let version = version(of: executable, environment: childEnvironment(environment, sourceDateEpoch: nil))
                else { continue }
                return PDFEngine(name: engine, executable: executable, version: version)
            }
        }
        return nil
    }

    /// The first non-empty line of `--version`, or nil when the program cannot say.
    static func version(of executable: URL, environment: [String: String]) -> String? {
        guard let scratch = try? Scratch() else { return nil }
        defer { scratch.remove() }
        let child = ChildProcess(executable: executable, arguments: ["--version"], environment: environment)
        guard let outcome = try? child.run(scratch: scratch.url, timeLimit: 30), outcome.succeeded else { return nil }
        return String(decoding: outcome.output, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
    }

    /// Prints the local HTML file to `pdf`, whole or not at all; `sourceDateEpoch` (else SOURCE_DATE_EPOCH) pins its dates.
    public func render(
        html: URL, to pdf: URL, sourceDateEpoch: Int? = nil, timeLimit: TimeInterval = defaultTimeLimit,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        // With the dates pinned the same HTML gives the same bytes (WeasyPrint, and Chromium after
        // PDFDates); the time limit is kept finite so that neither the wait nor the message can overflow.
        let file = html.path
        let limit = timeLimit.isNaN ? Self.defaultTimeLimit : min(max(timeLimit, 0), 1_000_000_000)
        var isFolder: ObjCBool = false
        guard html.isFileURL, FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw Failure.missingInput(file)
        }
        let scratch: Scratch
        do { scratch = try Scratch() } catch { throw Failure.io(file: file, reason: error.localizedDescription) }
        defer { scratch.remove() }
        let output = scratch.url.appendingPathComponent("output.pdf")
        guard let arguments = arguments(html: html.standardizedFileURL, output: output, scratch: scratch.url) else {
            throw Failure.unknownEngine(name)
        }
        let epoch = sourceDateEpoch ?? environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let child = ChildProcess(
            executable: executable, arguments: arguments,
            environment: Self.childEnvironment(environment, sourceDateEpoch: epoch)
        )
        let outcome: ChildProcess.Outcome
        do {
            outcome = try child.run(scratch: scratch.url, timeLimit: limit)
        } catch ChildProcess.Failure.timedOut {
            throw Failure.timedOut(engine: name, file: file, seconds: Int(limit.rounded(.up)))
        } catch ChildProcess.Failure.cannotStart(let reason) {
            throw Failure.cannotStart(engine: name, file: file, reason: reason)
        }
        let stderr = Failure.excerpt(outcome.errors)
        guard outcome.succeeded else {
            let status = outcome.exited ? "exit status \(outcome.status)" : "signal \(outcome.status)"
            throw Failure.failed(engine: name, file: file, status: status, stderr: stderr)
        }
        // Chromium exits 0 after some failures, so the file itself is the proof.
        guard var data = try? Data(contentsOf: output), data.starts(with: Data("%PDF-".utf8)) else {
            throw Failure.noPDF(engine: name, file: file, stderr: stderr)
        }
        if name == "chromium", let epoch { data = PDFDates.pin(data, epoch: epoch) }
        do { try data.write(to: pdf, options: .atomic) } catch {
            throw Failure.io(file: pdf.path, reason: error.localizedDescription)
        }
    }
}
