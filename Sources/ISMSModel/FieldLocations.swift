/// Where each field of a record stands, by dotted path (`plan.0.owner`), in the order read.
///
/// Two arrays rather than a dictionary: a record has a dozen fields or so, each of tens of
/// thousands of records had a dictionary of its own, and hashing each key into it cost more
/// than reading the field. Locations are looked up only for a diagnostic. A path set twice
/// is kept twice; the later one is the one found, as a dictionary would give it.
public struct FieldLocations: Hashable, Sendable, Sequence {
    private var keys: [String] = []
    private var locations: [SourceLocation] = []

    public init(minimumCapacity: Int = 0) {
        keys.reserveCapacity(minimumCapacity)
        locations.reserveCapacity(minimumCapacity)
    }

    /// The location last set for `path`; setting appends.
    public subscript(path: String) -> SourceLocation? {
        get {
            let length = path.utf8.count
            for i in keys.indices.reversed() where keys[i].utf8.count == length && keys[i] == path { return locations[i] }
            return nil
        }
        set {
            // A path is only ever set, never removed, by the loader.
            guard let newValue else { return }
            keys.append(path)
            locations.append(newValue)
        }
    }

    public var isEmpty: Bool { keys.isEmpty }

    public func makeIterator() -> Zip2Sequence<[String], [SourceLocation]>.Iterator { zip(keys, locations).makeIterator() }
}
