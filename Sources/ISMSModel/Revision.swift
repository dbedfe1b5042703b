/// One commit that changed a file: which, when, by whom and why.
public struct Revision: Hashable, Sendable {
    /// The commit hash, full or abbreviated.
    public var commit: String
    /// The author date as a day in the author's own time zone, as `git log --date=short` shows it.
    public var date: CalendarDate
    public var author: String
    /// The first line of the commit message.
    public var subject: String

    public init(commit: String, date: CalendarDate, author: String, subject: String) {
        self.commit = commit
        self.date = date
        self.author = author
        self.subject = subject
    }

    /// The hash cut to seven characters, the length people are used to reading in messages.
    public var shortCommit: String { String(commit.prefix(7)) }
}
