import Foundation

/// What one git command printed and whether it succeeded.
struct GitOutput {
    var succeeded: Bool
    var output: Data
    /// Standard error, trimmed; git's own explanation of a failure.
    var message: String
}

/// Runs git subcommands in one folder with a fixed environment and fixed settings.
struct GitCommand {
    var git: URL
    var folder: String
    var environment: [String: String]

    /// Git for `folder` with the caller's environment made safe, or nil when git is not on PATH.
    init?(folder: String, environment: [String: String]) {
        guard let git = GitHistory.executable("git", searchPath: environment["PATH"]) else { return nil }
        self.git = git
        self.folder = folder
        var env = GitHistory.gitEnvironment(environment)
        // Paths given to git are folder names, never patterns: a folder called `[draft]` must
        // match itself only. ls-tree takes paths as plain prefixes today; this keeps it so for
        // any command, and the other settings go because git may refuse them beside it.
        env["GIT_GLOB_PATHSPECS"] = nil
        env["GIT_NOGLOB_PATHSPECS"] = nil
        env["GIT_ICASE_PATHSPECS"] = nil
        env["GIT_LITERAL_PATHSPECS"] = "1"
        self.environment = env
    }

    /// Runs `git -C folder -c <settings> <command> <arguments>` with `input` on standard input;
    /// throws only when git cannot be run at all, a failing git is reported in the output.
    func run(_ command: String, _ arguments: [String], settings: [String] = [], input: Data? = nil) throws -> GitOutput {
        // Standard input and error go through files, and only standard output through a pipe:
        // with two pipes git could block writing one while we wait on the other. Files also
        // spare us writing to a pipe git has closed, which would raise SIGPIPE in this process.
        let fm = FileManager.default
        let stem = fm.temporaryDirectory.appendingPathComponent("isms-git-\(UUID().uuidString)")
        let inputFile = stem.appendingPathExtension("in"), errorFile = stem.appendingPathExtension("err")
        defer {
            try? fm.removeItem(at: inputFile)
            try? fm.removeItem(at: errorFile)
        }
        let process = Process()
        process.executableURL = git
        // Paths are printed as they are, not quoted with octal escapes, whatever the user set.
        process.arguments = ["-C", folder] + (["core.quotepath=off"] + settings).flatMap { ["-c", $0] } + [command] + arguments
        process.environment = environment
        let out = Pipe()
        let inputHandle: FileHandle, errorHandle: FileHandle
        do {
            try (input ?? Data()).write(to: inputFile)
            guard fm.createFile(atPath: errorFile.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            inputHandle = try FileHandle(forReadingFrom: inputFile)
            errorHandle = try FileHandle(forWritingTo: errorFile)
        } catch {
            throw GitSnapshotError.gitFailed(command: command, reason: "cannot make a temporary file: \(error.localizedDescription)")
        }
        defer {
            try? inputHandle.close()
            try? errorHandle.close()
        }
        process.standardInput = inputHandle
        process.standardOutput = out
        process.standardError = errorHandle
        do { try process.run() } catch {
            throw GitSnapshotError.gitFailed(command: command, reason: "cannot start \(git.path): \(error.localizedDescription)")
        }
        // Read to the end before waiting: a child blocked on a full pipe would never exit.
        let data = try? out.fileHandleForReading.readToEnd() ?? Data()
        try? out.fileHandleForReading.close()
        process.waitUntilExit()
        let message = ((try? Data(contentsOf: errorFile)).map { String(decoding: $0, as: UTF8.self) } ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let exited = process.terminationReason == .exit && process.terminationStatus == 0
        return GitOutput(succeeded: exited && data != nil, output: data ?? Data(), message: message)
    }
}
