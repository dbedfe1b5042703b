import Foundation

/// Writes a whole site at once: into a staging folder beside the target, then swapped in by
/// rename, so readers never see a half-written site and a failure leaves the old one intact.
public enum SiteWriter {
    /// Marks a folder as made by `isms build`, so that only such folders are ever replaced.
    public static let marker = ".isms-output"

    public enum Failure: Error, CustomStringConvertible {
        case notOurs(String)
        case insideKnowledgeBase(String)
        case io(String)

        public var description: String {
            switch self {
            case .notOurs(let path): return "\(path): refusing to replace a non-empty folder that isms did not write (--force replaces it)"
            case .insideKnowledgeBase(let path): return "\(path): the output folder must not contain or lie inside the knowledge base"
            case .io(let reason): return reason
            }
        }
    }

    /// Replaces `output` with `files`; `force` replaces a folder isms did not write (never the knowledge base).
    public static func write(_ files: [String: Data], to output: URL, knowledgeBase: URL, force: Bool = false) throws {
        let fm = FileManager.default
        let out = output.standardizedFileURL.resolvingSymlinksInPath()
        let kb = knowledgeBase.standardizedFileURL.resolvingSymlinksInPath()
        let outPath = out.path, kbPath = kb.path
        if outPath == kbPath || outPath.hasPrefix(kbPath + "/") || kbPath.hasPrefix(outPath + "/") {
            throw Failure.insideKnowledgeBase(output.path)
        }
        var keep: [String] = []
        if fm.fileExists(atPath: outPath) {
            let entries = (try? fm.contentsOfDirectory(atPath: outPath)) ?? []
            let visible = entries.filter { !$0.hasPrefix(".") }
            if !visible.isEmpty && !entries.contains(marker) && !force { throw Failure.notOurs(output.path) }
            // Dot-files such as a .gitkeep belong to the folder, not to the build.
            keep = entries.filter { $0.hasPrefix(".") && $0 != marker }
        }
        let parent = out.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(out.lastPathComponent).isms-staging-\(getpid())")
        let previous = parent.appendingPathComponent(".\(out.lastPathComponent).isms-previous-\(getpid())")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            try Data("isms \(ISMSVersion.current)\n".utf8).write(to: staging.appendingPathComponent(marker))
            for name in keep { try fm.copyItem(at: out.appendingPathComponent(name), to: staging.appendingPathComponent(name)) }
            if fm.fileExists(atPath: outPath) {
                try fm.moveItem(at: out, to: previous)
                try fm.moveItem(at: staging, to: out)
                try? fm.removeItem(at: previous)
            } else {
                try fm.moveItem(at: staging, to: out)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure.io("cannot write \(output.path): \((error as NSError).localizedDescription)")
        }
    }
}
