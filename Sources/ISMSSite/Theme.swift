import Foundation
import ISMSLoader
import ISMSMarkdown
import ISMSTheme
import Mustache

/// A site theme: Mustache templates, static files copied to `static/`, the site's words in one
/// language, and the glossary in that language.
public struct Theme: Sendable {
    public var templates: MustacheLibrary
    /// Static files (CSS, scripts) by name, copied verbatim under `static/`.
    public var assets: [String: Data]
    public var strings: Strings
    /// Templates whose tags only name values (no transforms, partials or new delimiters), which
    /// `TemplateFrames` may render once per shape of their values.
    var frameable: Set<String> = []
    public var glossary: [GlossaryEntry]

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case template(String, String)
        /// A template that does not parse: its file in the theme, where the parser stopped, and why.
        case templateSyntax(file: String, line: Int, column: Int, reason: String)
        case missing(String)
        case strings(String, String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read the theme folder"
            case let .template(name, reason): return "template '\(name)': \(reason)"
            case let .templateSyntax(file, line, column, reason): return "\(file):\(line):\(column): \(reason)"
            case .missing(let name): return "the theme has no template '\(name).mustache'"
            case let .strings(file, reason): return "\(file): \(reason)"
            }
        }
    }

    /// Why a template as written does not parse, at its own lines: the words and the policy put
    /// into it move what follows, so the file is parsed again as written to place the error.
    static func syntaxFailure(_ file: String, _ written: String) -> Failure? {
        do {
            _ = try MustacheTemplate(string: written)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            return .templateSyntax(file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                                   reason: syntaxReason(error.error))
        } catch {
            return nil
        }
    }

    /// The parser's error in words.
    static func syntaxReason(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name other than the one it was opened with"
        case .unfinishedName: return "a tag's name is not finished"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "a tag that sets delimiters is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "an inherited section holds a tag it may not hold"
        case .textInsideInheritSection: return "an inherited section holds text outside its blocks"
        case .invalidConfigVariableSyntax: return "a configuration tag is malformed"
        case .unrecognisedConfigVariable: return "a configuration tag names an unknown setting"
        // The reader's only error: it ran out of text inside a tag or section.
        case nil: return "the template ends inside a tag or an open section"
        }
    }

    /// Templates every theme must provide.
    public static let requiredTemplates = ["layout", "index", "document", "record", "register", "methodology", "glossary", "search", "print"]

    /// The theme from the built-in files with `overrides` (same relative paths) put over them,
    /// in `language` (English words fill any gap in another language's strings).
    public static func make(defaults: [String: Data], overrides: [String: Data] = [:], language: String) throws -> Theme {
        let files = defaults.merging(overrides) { _, override in override }
        // Words merge key by key, so an override file need only hold the words it changes.
        var strings = Strings([:])
        for file in ["strings/en.yaml"] + (language == "en" ? [] : ["strings/\(language).yaml"]) {
            for layer in [defaults, overrides] {
                if let data = layer[file] { strings = try Strings.parse(data, file: file, fallback: strings) }
            }
        }
        let words = strings.escaped
        var library = MustacheLibrary()
        var frameable: Set<String> = []
        var assets: [String: Data] = [:]
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasSuffix(".mustache"), !path.contains("/") {
                let name = String(path.dropLast(".mustache".count))
                let written = String(decoding: data, as: UTF8.self)
                do {
                    var source = withWords(written, words)
                    // A page that a theme of one's own writes is held to the policy too.
                    if ContentSecurityPolicy.pageTemplates.contains(name) { source = ContentSecurityPolicy.ensured(in: source) }
                    library.register(try MustacheTemplate(string: source), named: name)
                    if namesValuesOnly(source) { frameable.insert(name) }
                } catch {
                    throw syntaxFailure(path, written) ?? Failure.template(name, "\(error)")
                }
            } else if !path.contains("/") {
                assets[path] = data
            }
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil { throw Failure.missing(name) }
        let glossaryFile = files["glossary/\(language).yaml"] != nil ? "glossary/\(language).yaml" : "glossary/en.yaml"
        let glossary = try GlossaryEntry.parse(files[glossaryFile] ?? Data(), file: glossaryFile)
        var theme = Theme(templates: library, assets: assets, strings: strings, glossary: glossary)
        theme.frameable = frameable
        return theme
    }

    /// A template with each `{{{t.key}}}` of a known word replaced by the escaped word: the
    /// words are fixed for a build, and looking them up for every page was a large part of
    /// the template engine's work. A brace that could make a tag with its neighbour is
    /// written as a character reference, so a word can never become template syntax.
    static func withWords(_ template: String, _ words: [String: String]) -> String {
        guard template.contains("{{{t.") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{{t.") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}}"),
                  let word = words[String(rest[open.upperBound..<close.lowerBound])] else {
                out += rest[open]
                rest = rest[open.upperBound...]
                continue
            }
            let scalars = Array(word.unicodeScalars)
            for (n, scalar) in scalars.enumerated() {
                let before = n > 0 ? scalars[n - 1] : nil, after = n + 1 < scalars.count ? scalars[n + 1] : nil
                if scalar == "{" && (after == "{" || after == nil) {
                    out += "&#123;"
                } else if scalar == "}" && (before == "}" || before == nil) {
                    out += "&#125;"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The built-in theme, overridden by the knowledge base's own `templates/` folder and then by
    /// `extra` (the `--templates` option), in the knowledge base's language.
    public static func forKnowledgeBase(_ knowledgeBase: URL?, extra: URL?, language: String) throws -> Theme {
        var overrides: [String: Data] = [:]
        if let own = knowledgeBase?.appendingPathComponent(KnowledgeBaseLoader.themeFolder),
           FileManager.default.fileExists(atPath: own.path) {
            overrides = try files(in: own)
        }
        if let extra { overrides.merge(try files(in: extra)) { _, later in later } }
        return try make(defaults: ISMSTheme.files, overrides: overrides, language: language)
    }

    /// The theme files a knowledge base's `templates/` folder holds, from any file source (a git revision).
    public static func overrides(in source: FileSource) throws -> [String: Data] {
        let prefix = KnowledgeBaseLoader.themeFolder + "/"
        var files: [String: Data] = [:]
        for path in try source.list() where path.hasPrefix(prefix) { files[String(path.dropFirst(prefix.count))] = try source.read(path) }
        return files
    }

    /// Every regular file under a folder by relative path (hidden files and symlinks leaving it skipped).
    public static func files(in directory: URL) throws -> [String: Data] {
        let source = FileSource.directory(directory)
        var files: [String: Data] = [:]
        do {
            for path in try source.list() { files[path] = try source.read(path) }
        } catch {
            throw Failure.unreadable(directory.path)
        }
        return files
    }

    /// Whether every tag of a template is a plain name: a variable, a section or a comment,
    /// never a transform such as `count(x)`, a partial or a change of delimiters.
    static func namesValuesOnly(_ source: String) -> Bool {
        // By bytes: Foundation's `range(of:)` cost more than parsing the templates.
        var source = source
        return source.withUTF8 { bytes in
            var i = 0
            while let open = bytes.firstOffset(of: "{{", from: i) {
                guard let close = bytes.firstOffset(of: "}}", from: open + 2) else { return false }
                let tag = bytes[(open + 2)..<close]
                if tag.contains(UInt8(ascii: "(")) { return false }
                if let first = tag.first, first == UInt8(ascii: ">") || first == UInt8(ascii: "=") || first == UInt8(ascii: "<") || first == UInt8(ascii: "$") {
                    return false
                }
                i = close + 2
            }
            return true
        }
    }

    /// Renders a template with an already-escaped view model.
    func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let text = templates.render(TemplateValues(context), withTemplate: name) else { throw Failure.missing(name) }
        return text
    }
}

/// A page's view model as the template engine sees it. A class of our own answers the engine's
/// type checks at once, where a dictionary's conditional conformance is worked out at every
/// name a template looks up, which was most of the engine's time.
final class TemplateValues: MustacheParent, @unchecked Sendable {
    let values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? {
        let value = values[name]
        return (value as? HTMLBytes)?.string ?? value
    }
}
