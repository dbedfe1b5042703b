import Foundation
import ISMSModel
import ISMSSite

/// Writes a bad input over the clean knowledge base in a folder of its own and checks it in
/// process, as `isms check` does.
struct CorpusFolder {
    /// Holds `kb/` (the knowledge base) and `outside/` (files links may try to reach).
    let root: URL
    var knowledgeBase: URL { root.appendingPathComponent("kb") }

    init(_ input: BadInput, in parent: URL) throws {
        let fm = FileManager.default
        root = parent.appendingPathComponent(Self.folderName(input.name))
        try fm.createDirectory(at: root.appendingPathComponent("outside/more"), withIntermediateDirectories: true)
        try Data("---\nid: SECRET\ntitle: Secret\n---\nNot to be published.\n".utf8).write(to: root.appendingPathComponent("outside/secret.md"))
        try Data("id: T-99\nname: Outside\n".utf8).write(to: root.appendingPathComponent("outside/more/t.yaml"))
        var files = CleanKnowledgeBase.files.mapValues { BadInput.Entry.text($0) }
        files.merge(input.files) { _, new in new }
        for (path, entry) in files {
            let url = knowledgeBase.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch entry {
            case .text(let text): try Data(text.utf8).write(to: url)
            case .bytes(let bytes): try Data(bytes).write(to: url)
            case .generated(let make): try make().write(to: url)
            case .link(let target): try fm.createSymbolicLink(atPath: url.path, withDestinationPath: target)
            case .pipe: guard mkfifo(url.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
            case .removed: break
            }
        }
    }

    /// The printed lines of `isms check` for the knowledge base, paths relative to it.
    func check() throws -> [String] {
        try Inspection.run(directory: knowledgeBase, asOf: CleanKnowledgeBase.asOf).diagnostics.map(Self.line)
    }

    static func line(_ d: Diagnostic) -> String {
        "\(d.location): \(d.severity.rawValue): \(d.fullMessage) [\(d.code)]"
    }

    /// A folder name for a case: its words joined by dashes.
    static func folderName(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
