import Foundation

/// The contents of many blobs read by one `git cat-file --batch`.
enum GitBlobBatch {
    /// Object ids one a line, as `git cat-file --batch` reads them.
    static func input(_ objects: [String]) -> Data {
        Data(objects.map { $0 + "\n" }.joined().utf8)
    }

    /// Contents by object id from the output for `input(objects)`; throws the reason when an
    /// object is missing or the output is not in the format asked for.
    static func parse(_ output: Data, objects: [String]) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        var index = output.startIndex
        for object in objects {
            // Each object is "<id> <type> <size>\n<content>\n", or "<id> missing\n".
            guard let newline = output[index...].firstIndex(of: 0x0A) else { throw failure("the output ends early") }
            let header = output[index..<newline].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            if header.count == 2, header[1] == "missing" { throw failure("object \(object) is missing from the repository") }
            guard header.count == 3, header[0] == object, header[1] == "blob", let size = Int(header[2]), size >= 0 else {
                throw failure("unexpected header '\(header.joined(separator: " "))' for object \(object)")
            }
            let start = output.index(after: newline)
            // Compared by subtraction so that a huge size cannot overflow an index.
            guard output.endIndex - start > size, output[start + size] == 0x0A else { throw failure("object \(object) is cut short") }
            contents[object] = Data(output[start..<(start + size)])
            index = start + size + 1
        }
        guard index == output.endIndex else { throw failure("more output than objects asked for") }
        return contents
    }

    private static func failure(_ reason: String) -> GitSnapshotError {
        .gitFailed(command: "cat-file", reason: reason)
    }
}
