/// Where a threat comes from: deliberate, accidental or environmental (one threat may be several).
public enum ThreatCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case deliberate = "D"
    case accidental = "A"
    case environmental = "E"

    public static func < (a: ThreatCategory, b: ThreatCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A potential cause of an incident, rated by likelihood.
public struct Threat: Hashable, Sendable {
    public var id: String
    public var name = ""
    public var categories: [ThreatCategory] = []
    public var likelihood = 1
    public var description: String?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}
