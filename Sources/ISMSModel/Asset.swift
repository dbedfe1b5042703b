/// The five asset categories of the guide.
public enum AssetCategory: String, Sendable, Hashable, CaseIterable {
    case information, software, physical, service, people
}

/// An entry of the asset inventory with its nine attributes and its C/I/A values.
public struct Asset: Hashable, Sendable {
    public var id: String
    public var name = ""
    public var category: AssetCategory?
    /// Assets with the same values and attributes may be grouped and assessed as one.
    public var group: String?
    public var description: String?
    // The nine inventory attributes.
    public var owner: String?
    public var format: String?
    public var storageFormat: String?
    public var location: String?
    public var retention: String?
    public var disposal: String?
    public var use: String?
    public var users: [String] = []
    public var dependencies: [String] = []
    public var values = ElementValues(confidentiality: 1, integrity: 1, availability: 1)
    public var classification: String?
    public var origin: Origin

    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }
}
