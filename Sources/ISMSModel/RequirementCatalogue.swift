/// A set of requirements a knowledge base adds of its own, e.g. a sector regulation, with
/// the Annex A controls each one is met by.
public struct RequirementCatalogue: Hashable, Sendable {
    /// One requirement of the catalogue and the controls that meet it.
    public struct Item: Hashable, Sendable {
        public var id: String
        public var title: String
        /// Canonical ids of the controls of the catalogue in force that meet it.
        public var controls: [String]
        public var origin: Origin

        public init(id: String, title: String, controls: [String], origin: Origin) {
            self.id = id
            self.title = title
            self.controls = controls
            self.origin = origin
        }
    }

    public var id: String
    public var title: String
    public var items: [Item]
    public var origin: Origin

    public init(id: String, title: String, items: [Item], origin: Origin) {
        self.id = id
        self.title = title
        self.items = items
        self.origin = origin
    }
}
