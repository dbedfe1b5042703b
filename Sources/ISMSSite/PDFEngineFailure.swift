import Foundation

extension PDFEngine {
    /// Why a document could not be printed; each names the file.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case missingInput(String)
        case unknownEngine(String)
        case cannotStart(engine: String, file: String, reason: String)
        case timedOut(engine: String, file: String, seconds: Int)
        case failed(engine: String, file: String, status: String, stderr: String)
        case noPDF(engine: String, file: String, stderr: String)
        case io(file: String, reason: String)

        public var description: String {
            switch self {
            case .missingInput(let file):
                return "\(file): no such HTML file to print"
            case .unknownEngine(let name):
                return "unknown PDF engine '\(name)' (known: weasyprint, chromium)"
            case .cannotStart(let engine, let file, let reason):
                return "\(file): cannot start \(engine): \(reason)"
            case .timedOut(let engine, let file, let seconds):
                return "\(file): \(engine) took longer than \(seconds) s and was stopped"
            case .failed(let engine, let file, let status, let stderr):
                return "\(file): \(engine) failed (\(status))" + Self.suffix(stderr)
            case .noPDF(let engine, let file, let stderr):
                return "\(file): \(engine) wrote no PDF" + Self.suffix(stderr)
            case .io(let file, let reason):
                return "\(file): \(reason)"
            }
        }

        static func suffix(_ stderr: String) -> String { stderr.isEmpty ? "" : ":\n" + stderr }

        /// The end of what an engine printed on standard error, where its reason usually is;
        /// short enough for a terminal.
        static func excerpt(_ data: Data, lines: Int = 20) -> String {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
        }
    }
}
