import Foundation

/// One entry of a tree as `git ls-tree -r -z` lists it.
struct GitTreeEntry: Equatable {
    var mode: String
    var type: String
    var object: String
    /// The path from the top of the repository, as bytes: git does not promise UTF-8.
    var path: Data

    /// A file's own content: not a symbolic link (120000), whose target could lie outside
    /// the knowledge base, nor a submodule (160000), whose commit is in another repository.
    /// Old trees may hold regular files with modes such as 100664, hence the prefix.
    var isRegularFile: Bool { type == "blob" && mode.hasPrefix("100") }

    /// The entries of `git ls-tree -r -z` output; nil when a record is not in its format.
    static func parse(_ output: Data) -> [GitTreeEntry]? {
        var entries: [GitTreeEntry] = []
        for record in output.split(separator: 0) {
            // "<mode> <type> <object>\t<path>": the first tab ends the fields, the path may hold more.
            guard let tab = record.firstIndex(of: 0x09) else { return nil }
            let fields = String(decoding: record[..<tab], as: UTF8.self).split(separator: " ")
            guard fields.count == 3 else { return nil }
            entries.append(GitTreeEntry(mode: String(fields[0]), type: String(fields[1]), object: String(fields[2]),
                                        path: Data(record[record.index(after: tab)...])))
        }
        return entries
    }
}
