import Foundation

/// `isms-generate --size small|large|documents --seed N --output DIR`: writes a valid
/// knowledge base of the given size, the same bytes for the same seed.
@main
struct Generate {
    static let usage = """
        usage: isms-generate --size small|large|documents [--seed N] --output DIR
          small      about the example's size: 16 documents, 35 assets, 40 risks
          large      a hospital group: 5,000 documents, 10,000 assets, 30,000 risks,
                     2,000 people, 20,000 training records
          documents  5,000 documents with only the records a clean check needs
        The output folder must be new or empty. The seed defaults to 1.
        """

    static func main() {
        let options: Options
        do {
            guard let parsed = try Options(CommandLine.arguments.dropFirst()) else {
                print(usage)
                return
            }
            options = parsed
        } catch {
            fail("\(error)\n\(usage)")
        }
        do {
            var output = try OutputFolder(path: options.output)
            let summary = try KnowledgeBaseGenerator(size: options.size, seed: options.seed).generate(into: &output)
            print("\(summary) in \(options.output)")
        } catch {
            fail("\(error)")
        }
    }
}

/// Prints the message on standard error and exits with status 2, as `isms` does when it cannot run.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("isms-generate: \(message)\n".utf8))
    exit(2)
}

/// The command line, parsed.
struct Options {
    var size: Size
    var seed: UInt64 = 1
    var output: String

    /// Nil when help was asked for.
    init?<C: Collection>(_ arguments: C) throws where C.Element == String {
        var size: Size?
        var output: String?
        var rest = Array(arguments)[...]
        while let flag = rest.popFirst() {
            if flag == "-h" || flag == "--help" { return nil }
            guard let value = rest.popFirst() else { throw GenerateError(description: "\(flag) needs a value") }
            switch flag {
            case "--size":
                guard let s = Size(rawValue: value) else { throw GenerateError(description: "unknown size '\(value)'") }
                size = s
            case "--seed":
                guard let n = UInt64(value) else { throw GenerateError(description: "the seed must be a whole number, not '\(value)'") }
                seed = n
            case "--output":
                output = value
            default:
                throw GenerateError(description: "unknown option \(flag)")
            }
        }
        guard let size else { throw GenerateError(description: "--size is required") }
        guard let output else { throw GenerateError(description: "--output is required") }
        self.size = size
        self.output = output
    }
}
