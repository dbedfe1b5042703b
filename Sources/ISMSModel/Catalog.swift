import Foundation

/// A group of controls in a catalogue, e.g. Annex A theme 5 "Organizational controls".
public struct CatalogTheme: Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One control of a catalogue: its id, short title, and a one-line summary in our own words.
public struct CatalogControl: Hashable, Sendable {
    public var id: String
    public var title: String
    public var theme: String
    public var summary: String

    public init(_ id: String, _ title: String, theme: String, summary: String) {
        self.id = id
        self.title = title
        self.theme = theme
        self.summary = summary
    }
}

/// A control catalogue such as ISO/IEC 27001:2022 Annex A, in catalogue order.
public struct Catalog: Hashable, Sendable {
    public var id: String
    public var title: String
    public var themes: [CatalogTheme]
    public var controls: [CatalogControl]
    private var index: [String: Int]

    public init(id: String, title: String, themes: [CatalogTheme], controls: [CatalogControl]) {
        self.id = id
        self.title = title
        self.themes = themes
        self.controls = controls
        self.index = Dictionary(controls.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The catalogues the tool knows, by id.
    public static let builtIn: [String: Catalog] = [annexA2022.id: annexA2022, annexA2013.id: annexA2013]

    public func control(_ id: String) -> CatalogControl? {
        index[Catalog.canonicalControlID(id)].map { controls[$0] }
    }

    public func controls(inTheme theme: String) -> [CatalogControl] { controls.filter { $0.theme == theme } }

    /// The theme under which a knowledge base's own controls follow the catalogue's.
    public static let additionalTheme = CatalogTheme(id: "additional", name: "Additional controls")

    /// The catalogue with controls of the knowledge base's own appended under `additionalTheme`.
    public func adding(_ additional: [CatalogControl]) -> Catalog {
        guard !additional.isEmpty else { return self }
        return Catalog(id: id, title: title, themes: themes + [Self.additionalTheme],
                       controls: controls + additional.map { CatalogControl($0.id, $0.title, theme: Self.additionalTheme.id, summary: $0.summary) })
    }

    /// Annex A ids are written `A.8.13` everywhere; `8.13` is accepted on input.
    public static func canonicalControlID(_ raw: String) -> String {
        // Most ids are written canonically already; the check is cheap and the trimming is not.
        let utf8 = raw.utf8
        if utf8.count > 2, utf8.first == UInt8(ascii: "A"), utf8.dropFirst().first == UInt8(ascii: "."), utf8.last.map({ $0 > 0x20 && $0 < 0x80 }) == true {
            return raw
        }
        let trimmed = raw.trimmingWhitespace()
        if let first = trimmed.first, first.isNumber { return "A." + trimmed }
        if trimmed.hasPrefix("a.") { return "A." + trimmed.dropFirst(2) }
        return trimmed
    }
}
