import Foundation
import ISMSModel

/// Reads the change history of a knowledge-base folder from git.
public enum GitHistory {
    /// Revisions of every file under `folder` by path relative to it, newest first, up to
    /// `commit` (the checked-out one when nil); nil when the folder is not in a git work tree,
    /// git is missing, the commit is unknown or git fails.
    public static func read(folder: URL, upTo commit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String: [Revision]]? {
        // Git would take a leading dash for an option, and some options write files (--output=).
        if let commit, commit.isEmpty || commit.hasPrefix("-") { return nil }
        guard let git = executable("git", searchPath: environment["PATH"]),
              let output = run(git, arguments: arguments(folder: folder.path, upTo: commit), environment: gitEnvironment(environment))
        else { return nil }
        return parse(output)
    }

    /// The git directory of the work tree holding `folder` (where `HEAD` and the reflog are),
    /// or nil when the folder is in none or git is missing.
    public static func gitDirectory(of folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        guard let git = executable("git", searchPath: environment["PATH"]),
              let output = run(git, arguments: ["-C", folder.path, "rev-parse", "--absolute-git-dir"], environment: gitEnvironment(environment)),
              let path = String(data: output, encoding: .utf8)?.trimmingCharacters(in: .newlines), path.hasPrefix("/")
        else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// One `git log` over the whole folder, so the cost is one process however many documents there are.
    static func arguments(folder: String, upTo commit: String? = nil) -> [String] {
        var arguments = [
            "-C", folder,
            // -z already leaves paths unquoted; this keeps them so should -z ever be dropped.
            "-c", "core.quotepath=off",
            // A user setting of false would list no files for the first commit.
            "-c", "log.showRoot=true",
            // Signature checks would print lines of their own into the output.
            "-c", "log.showSignature=false",
            "log", "--no-color",
            // Whether a merge lists files depends on options and settings (by default it lists
            // none); the commits it brings in are listed on their own with their own dates, so
            // skipping merges loses only conflict resolutions and keeps the output settings-proof.
            "--no-merges",
            // Renames are not followed, so detecting them would cost time for nothing;
            // without detection a rename lists the new path like any added file.
            "--no-renames",
            // Names and subjects in UTF-8 whatever i18n.logOutputEncoding says.
            "--encoding=UTF-8",
            // Decorate with no ref at all, so that %D can only say 'grafted' (the cut-off
            // commit of a shallow clone, which lists every file although it changed few),
            // never name a branch that happens to be called so.
            "--decorate-refs=refs/isms/none",
            // Record separator, then fields split by unit separators; the subject goes last
            // so that whatever it holds cannot shift the other fields.
            "--format=%x1e%H%x1f%ad%x1f%D%x1f%an%x1f%s",
            // The author's day in the author's own time zone.
            "--date=short",
            // Paths relative to the folder, NUL-terminated and never quoted.
            "--name-only", "--relative", "-z",
        ]
        // Without a commit git starts from HEAD, the history of what is checked out.
        if let commit { arguments += ["--end-of-options", commit] }
        return arguments + ["--", "."]
    }

    /// The caller's environment with a fixed locale, and without variables that would make
    /// git look at another repository than the folder's own.
    static func gitEnvironment(_ environment: [String: String]) -> [String: String] {
        var env = environment
        // Nothing in the output may depend on the user's language; paths and subjects are
        // bytes either way, decoded as UTF-8 here.
        env["LC_ALL"] = "C"
        // Git hooks export GIT_DIR (in linked worktrees) and git would then take the folder
        // for the top of the work tree; `isms check` run from a pre-commit hook must still
        // see paths relative to the folder.
        env["GIT_DIR"] = nil
        env["GIT_WORK_TREE"] = nil
        return env
    }

    /// The first executable of that name on the search path, as a shell would find it.
    static func executable(_ name: String, searchPath: String?) -> URL? {
        SearchPath(searchPath).executable(name)
    }

    /// Standard output of a successful run, or nil when the process cannot start or fails.
    static func run(_ executable: URL, arguments: [String], environment: [String: String]) -> Data? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read to the end before waiting: a child blocked on a full pipe would never exit.
        // readToEnd gives nil for no output at all, which is an empty history, not a failure.
        let data: Data?
        do { data = try out.fileHandleForReading.readToEnd() ?? Data() } catch { data = nil }
        // Closing our end lets a child we stopped reading from fail on write instead of hanging.
        try? out.fileHandleForReading.close()
        process.waitUntilExit()
        guard let data, process.terminationReason == .exit, process.terminationStatus == 0 else { return nil }
        return data
    }

    /// Revisions by path from the output of `arguments(folder:upTo:)`.
    static func parse(_ output: Data) -> [String: [Revision]] {
        let recordSeparator: UInt8 = 0x1E, unitSeparator: UInt8 = 0x1F, newline: UInt8 = 0x0A
        var history: [String: [Revision]] = [:]
        // nil after a header whose files do not tell what changed (grafted) or that cannot be read.
        var current: Revision?
        var afterHeader = false
        for token in output.split(separator: 0, omittingEmptySubsequences: false) {
            var token = token[...]
            // Git puts a newline between the formatted header and the first file name.
            if afterHeader, token.first == newline { token = token.dropFirst() }
            afterHeader = false
            guard let first = token.first else { continue }
            if first == recordSeparator {
                let fields = token.dropFirst().split(separator: unitSeparator, maxSplits: 4, omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }
                afterHeader = true
                current = nil
                guard fields.count == 5, let date = CalendarDate(iso: fields[1]),
                      !fields[2].components(separatedBy: ", ").contains("grafted") else { continue }
                current = Revision(commit: fields[0], date: date, author: fields[3], subject: fields[4])
            } else if let revision = current {
                history[String(decoding: token, as: UTF8.self), default: []].append(revision)
            }
        }
        return history
    }
}
