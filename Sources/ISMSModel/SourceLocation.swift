/// A place in a knowledge-base file: path relative to the knowledge base, 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Where a record came from, with the location of each field the loader read.
///
/// Field keys are dotted paths (`treatment.controls.1`), so a diagnostic about one list
/// element points at that element's line.
public struct Origin: Hashable, Sendable {
    public var location: SourceLocation
    public var fields: FieldLocations

    public init(_ location: SourceLocation, fields: FieldLocations = FieldLocations()) {
        self.location = location
        self.fields = fields
    }

    /// The location of a field, falling back to its parent path and then to the record itself.
    public func at(_ path: String) -> SourceLocation {
        var key = Substring(path)
        while true {
            if let found = fields[String(key)] { return found }
            guard let dot = key.lastIndex(of: ".") else { return location }
            key = key[..<dot]
        }
    }
}
