import Foundation

/// Input made to exhaust time, memory or stack: it must be refused or read in bounded time, with
/// the problem's line exact even deep inside a large file. Large files are made when a case runs.
extension BadInput {
    /// Nine aliases of nine aliases, nine levels deep: 9^9 values once expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return (lines + ["id: T-2", "name: *i"]).joined(separator: "\n") + "\n"
    }()

    /// Paragraphs of Markdown to at least `megabytes`, then a heading.
    static func hugeDocument(megabytes: Int) -> Data {
        let paragraph = Array("A paragraph of the incident log pasted into the policy, with *emphasis* and [a link](policy.md).\n\n".utf8)
        var bytes = Array("---\nid: POL-02\ntitle: Log\n---\n".utf8)
        bytes.reserveCapacity(megabytes << 20 + paragraph.count)
        while bytes.count < megabytes << 20 { bytes += paragraph }
        return Data(bytes)
    }

    static let limits: [BadInput] = [
        BadInput("billion laughs", ["threats/t.yaml": .text(billionLaughs)], expect: [
            "threats/t.yaml:6:8: error: the aliases of this file would repeat more than 100000 values; the file is not read; write the values out instead of repeating them with aliases [yaml-limit]",
        ]),
        BadInput("alias nesting past the limit", ["threats/t.yaml": .text(
            "id: T-2\nname: Flood\na: &a " + String(repeating: "[", count: 900) + "1" + String(repeating: "]", count: 900)
                + "\nb: " + String(repeating: "[", count: 200) + "*a" + String(repeating: "]", count: 200) + "\n")], expect: [
            "threats/t.yaml:4:204: error: this alias would nest values more than 1000 levels deep; the file is not read; write the values out instead of repeating them with aliases [yaml-limit]",
        ]),
        BadInput("alias inside brackets 998 deep", ["threats/t.yaml": .text(
            "id: T-2\nname: &n Flood\ncategories: E\nlikelihood: 1\nnotes: " + String(repeating: "[", count: 998) + "*n" + String(repeating: "]", count: 998) + "\n")], expect: [
            "threats/t.yaml:5:1: error: unknown key 'notes' [unknown-key]",
        ]),
        BadInput("brackets nested 100,000 deep", ["threats/t.yaml": .text(
            "id: T-2\nname: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")], expect: [
            "threats/t.yaml:2:8: error: invalid YAML: nested more than 1000 levels deep [yaml-syntax]",
        ]),
        BadInput("mappings indented 2,000 deep", ["threats/t.yaml": .text(
            "id: T-2\n" + (0..<2000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined())], expect: [
            "threats/t.yaml:1001:1000: error: invalid YAML: nested more than 1000 levels deep [yaml-syntax]",
        ]),
        BadInput("Markdown nested 100,000 deep", ["policies/p.md": .text(body(String(repeating: ">", count: 100_000) + " [deep](missing.md)"))], expect: [
            "policies/p.md:14:100002: error: link to 'missing.md', which is not a document of the knowledge base [dangling-link]",
        ]),
        BadInput("50 MB document", ["policies/log.md": .generated { hugeDocument(megabytes: 50) }], expect: [
            "policies/log.md:1:1: error: file is 50.0 MB, more than the 16 MB a knowledge-base file may have; not read; split it into smaller files [file-too-large]",
        ]),
        BadInput("50 MB record file", ["threats/many.yaml": .generated {
            Data(String(repeating: "- id: T-2\n  name: Flood\n  categories: E\n  likelihood: 1\n", count: 50 << 20 / 48 + 1).utf8)
        }], expect: [
            "threats/many.yaml:1:1: error: file is 58.3 MB, more than the 16 MB a knowledge-base file may have; not read; split it into smaller files [file-too-large]",
        ]),
        BadInput("10,000-line table", ["policies/p.md": .generated {
            let rows = (1...10_000).map { "| \($0) | [row \($0)](\($0 == 9_999 ? "missing.md" : "policy.md")) | <b>x</b> |" }
            return Data(body("| n | link | raw |\n|---:|:---:|---|\n" + rows.joined(separator: "\n")).utf8)
        }], expect: [
            "policies/p.md:10014:10: error: link to 'missing.md', which is not a document of the knowledge base [dangling-link]",
        ]),
        BadInput("10,000 records with one broken", ["threats/many.yaml": .generated {
            Data((1...10_000).map { "- id: T-\($0 + 1)\n  name: Threat \($0)\n  categories: E\n  likelihood: \($0 == 9_998 ? "often" : "1")\n" }.joined().utf8)
        }], expect: [
            "threats/many.yaml:39992:15: error: 'likelihood' must be a whole number, found 'often' [wrong-type]",
        ]),
    ]
}
