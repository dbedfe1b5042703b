import Foundation

/// One run of an external program under a time limit, with what it printed.
struct ChildProcess: Sendable {
    var executable: URL
    var arguments: [String]
    var environment: [String: String]

    /// How a run that ended in time ended.
    struct Outcome: Sendable {
        /// The exit status, or the signal when `exited` is false.
        var status: Int32
        var exited: Bool
        var output: Data
        var errors: Data

        var succeeded: Bool { exited && status == 0 }
    }

    enum Failure: Error, Sendable {
        case cannotStart(String)
        case timedOut
    }

    /// Runs the program with its output captured in files in `scratch` (an existing folder),
    /// ending it, and the helpers it started, when it outlasts `timeLimit`.
    func run(scratch: URL, timeLimit: TimeInterval) throws -> Outcome {
        // Files rather than pipes: nothing has to be read while the child runs, and helpers that
        // inherit the descriptors and outlive the child (Chromium's) cannot keep a read from ending.
        let outURL = scratch.appendingPathComponent("stdout.txt"), errURL = scratch.appendingPathComponent("stderr.txt")
        let out: FileHandle, err: FileHandle
        do {
            try Data().write(to: outURL)
            try Data().write(to: errURL)
            out = try FileHandle(forWritingTo: outURL)
            err = try FileHandle(forWritingTo: errURL)
        } catch {
            throw Failure.cannotStart("cannot capture its output in \(scratch.path): \(error.localizedDescription)")
        }
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do { try process.run() } catch { throw Failure.cannotStart(error.localizedDescription) }
        if ended.wait(timeout: .now() + timeLimit) == .timedOut {
            stop(process, ended)
            throw Failure.timedOut
        }
        return Outcome(
            status: process.terminationStatus,
            exited: process.terminationReason == .exit,
            output: (try? Data(contentsOf: outURL)) ?? Data(),
            errors: (try? Data(contentsOf: errURL)) ?? Data()
        )
    }

    /// Ends a run that took too long: asks first, then kills. Where the child leads its own
    /// process group (Foundation starts it so on Linux) the whole group goes, so that
    /// Chromium's renderer and GPU helpers do not live on.
    private func stop(_ process: Process, _ ended: DispatchSemaphore) {
        let pid = process.processIdentifier
        guard process.isRunning, pid > 0 else { return }
        let target = getpgid(pid) == pid ? -pid : pid
        kill(target, SIGTERM)
        if ended.wait(timeout: .now() + 5) == .timedOut {
            kill(target, SIGKILL)
            // A process stuck in the kernel may not even die of that; never wait for ever.
            _ = ended.wait(timeout: .now() + 5)
        }
    }
}
