import ISMSModel

/// The state of the served site at one moment: which build it is and what that build found.
public struct BuildSnapshot: Sendable, Equatable {
    /// Goes up by one after every build, failed or not; pages reload when it changes.
    public var generation: Int
    /// The diagnostics of the last build that succeeded.
    public var diagnostics: [Diagnostic]
    /// Why the last build failed, when it did; the previous site is still being served.
    public var failure: String?

    /// Creates a snapshot; generation 0 means nothing has been built yet.
    public init(generation: Int = 0, diagnostics: [Diagnostic] = [], failure: String? = nil) {
        self.generation = generation
        self.diagnostics = diagnostics
        self.failure = failure
    }
}
