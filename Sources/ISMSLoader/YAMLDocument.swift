import ISMSModel
import Yams

/// A composed YAML document held in one flat array of nodes, children referred to by index:
/// reading it copies no trees and retains nothing but the scalars' text.
final class YAMLDocument {
    enum Kind: UInt8 {
        case scalar, mapping, sequence, alias
    }

    struct Entry {
        var kind: Kind
        /// A plain (unquoted, not block) scalar: only those can be null.
        var plain = false
        /// Where the node starts, 1-based.
        var line: Int
        var column: Int
        var text = ""
        /// The node's children in `children`: key, value, key, value … for a mapping.
        var first = 0
        var count = 0
    }

    let entries: [Entry]
    let children: [Int]
    let root: Int

    init(entries: [Entry], children: [Int], root: Int) {
        self.entries = entries
        self.children = children
        self.root = root
    }

    func kind(_ node: Int) -> Kind { entries[node].kind }

    /// The text of a scalar, nil for other nodes (as Yams' `Node.string`).
    func string(_ node: Int) -> String? { entries[node].kind == .scalar ? entries[node].text : nil }

    /// The number of the first pair of a mapping whose key is the scalar `name`. Read in place,
    /// and by length first, which tells most keys of a record apart without comparing them.
    func pair(of mapping: Int, named name: String) -> Int? {
        let length = name.utf8.count
        return entries.withUnsafeBufferPointer { entries in
            guard entries[mapping].kind == .mapping else { return nil }
            let first = entries[mapping].first
            for i in 0..<entries[mapping].count {
                let key = children[first + 2 * i]
                if entries[key].kind == .scalar, entries[key].text.utf8.count == length, entries[key].text == name { return i }
            }
            return nil
        }
    }

    /// True for `~`, `null` and empty plain values.
    func isNull(_ node: Int) -> Bool {
        // Asked of every value read: the length rules out almost all before any string comparison.
        guard entries[node].kind == .scalar, entries[node].plain, entries[node].text.utf8.count <= 4 else { return false }
        switch entries[node].text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    func kindName(_ node: Int) -> String {
        switch entries[node].kind {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// Position of the node in the file, shifted by the YAML's offset inside it.
    func location(_ node: Int, in file: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(file: file, line: entries[node].line + lineOffset, column: entries[node].column)
    }

    /// The items of a sequence.
    func items(_ node: Int) -> ArraySlice<Int> {
        let e = entries[node]
        return e.kind == .sequence ? children[e.first..<e.first + e.count] : []
    }

    /// How many pairs a mapping has; pair `i` is `key(node, i)` and `value(node, i)`.
    func pairCount(_ node: Int) -> Int { entries[node].kind == .mapping ? entries[node].count : 0 }
    func key(_ node: Int, _ i: Int) -> Int { children[entries[node].first + 2 * i] }
    func value(_ node: Int, _ i: Int) -> Int { children[entries[node].first + 2 * i + 1] }
}

extension YAMLDocument {
    /// The same document from a node tree that Yams composed (the slow path, for what the fast one leaves to Yams).
    convenience init(_ node: Node) {
        var entries: [Entry] = []
        var children: [Int] = []
        func add(_ node: Node) -> Int {
            let mark = node.mark
            var entry = Entry(kind: .scalar, line: mark?.line ?? 1, column: mark?.column ?? 1)
            let kids: [Int]
            switch node {
            case .scalar(let s):
                entry.text = s.string
                entry.plain = s.style == .plain
                kids = []
            case .mapping(let m):
                entry.kind = .mapping
                entry.count = m.count
                kids = m.flatMap { [add($0.key), add($0.value)] }
            case .sequence(let s):
                entry.kind = .sequence
                entry.count = s.count
                kids = s.map(add)
            case .alias:
                entry.kind = .alias
                kids = []
            }
            entry.first = children.count
            children += kids
            entries.append(entry)
            return entries.count - 1
        }
        let root = add(node)
        self.init(entries: entries, children: children, root: root)
    }
}
