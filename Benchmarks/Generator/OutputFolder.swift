import Foundation

/// Why nothing was generated.
struct GenerateError: Error, CustomStringConvertible {
    let description: String
}

/// The folder the knowledge base is written into; it must be new or empty, so a typo in
/// `--output` never mixes generated files into real ones.
struct OutputFolder {
    let root: URL
    private var made: Set<String> = []

    init(path: String) throws {
        root = URL(fileURLWithPath: path, isDirectory: true)
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw GenerateError(description: "\(path) exists and is not a folder") }
            let entries = try files.contentsOfDirectory(atPath: root.path)
            guard entries.isEmpty else { throw GenerateError(description: "\(path) is not empty; give a new or empty folder") }
        } else {
            try files.createDirectory(at: root, withIntermediateDirectories: true)
        }
    }

    /// Writes one file, creating its folders.
    mutating func write(_ relativePath: String, _ text: String) throws {
        let url = root.appendingPathComponent(relativePath)
        let folder = url.deletingLastPathComponent().path
        if !made.contains(folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            made.insert(folder)
        }
        try Data(text.utf8).write(to: url)
    }

    /// Writes records in files of `perFile`, named `stem-001.yaml` and on, each opening with a comment.
    mutating func writeChunked(_ folder: String, _ stem: String, _ records: [String], perFile: Int, comment: String) throws {
        let files = (records.count + perFile - 1) / perFile
        for f in 0..<files {
            let slice = records[(f * perFile)..<min(records.count, (f + 1) * perFile)]
            try write("\(folder)/\(stem)-\(pad(f + 1, 3)).yaml", "# \(comment) (part \(f + 1) of \(files))\n" + slice.joined())
        }
    }
}
