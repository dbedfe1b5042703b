import Foundation

/// Why a knowledge base could not be read from git at a revision.
public enum GitSnapshotError: Error, CustomStringConvertible, Equatable {
    /// The revision is empty, starts with `-` or holds a NUL; git is not even asked.
    case invalidRevision(String)
    case gitMissing
    case notAFolder(String)
    /// The folder is not inside a git work tree; `reason` is what git said, when it said anything.
    case notAWorkTree(folder: String, reason: String)
    case unknownRevision(String)
    /// The folder is in the work tree now but was not in the commit.
    case folderNotInRevision(folder: String, commit: String)
    /// Git failed or printed what could not be read; `command` is the git subcommand.
    case gitFailed(command: String, reason: String)

    public var description: String {
        switch self {
        case .invalidRevision(let revision):
            return "'\(revision)' is not a revision: give a commit hash, tag or branch name that does not start with '-'"
        case .gitMissing:
            return "git was not found on PATH; reading a revision needs git"
        case .notAFolder(let path):
            return "\(path): no such knowledge-base folder"
        case let .notAWorkTree(folder, reason):
            return "\(folder): not in a git work tree" + (reason.isEmpty ? "" : " (git: \(reason))")
        case .unknownRevision(let revision):
            return "unknown revision '\(revision)': no commit of that name in the repository"
        case let .folderNotInRevision(folder, commit):
            return "\(folder): the folder has no files in commit \(commit.prefix(12))"
        case let .gitFailed(command, reason):
            return "git \(command) failed: \(reason)"
        }
    }
}
