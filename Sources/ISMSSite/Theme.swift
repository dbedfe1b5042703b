import Foundation
import Mustache

/// A site theme: Mustache templates plus static files (CSS, images) copied to `assets/`.
public struct Theme: Sendable {
    public var templates: MustacheLibrary
    /// Static files by name, copied verbatim under `assets/`.
    public var assets: [String: Data]

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case template(String, String)
        case missing(String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read the theme folder"
            case let .template(name, reason): return "template '\(name)': \(reason)"
            case .missing(let name): return "the theme has no template '\(name).mustache'"
            }
        }
    }

    /// Templates every theme must provide.
    public static let requiredTemplates = ["layout", "index", "document"]

    /// Reads a theme folder: `*.mustache` become templates, every other file a static asset.
    public static func load(directory: URL) throws -> Theme {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else { throw Failure.unreadable(directory.path) }
        var library = MustacheLibrary()
        var assets: [String: Data] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path) else { throw Failure.unreadable(url.path) }
            if name.hasSuffix(".mustache") {
                let template = String(name.dropLast(".mustache".count))
                do {
                    library.register(try MustacheTemplate(string: String(decoding: data, as: UTF8.self)), named: template)
                } catch {
                    throw Failure.template(template, "\(error)")
                }
            } else {
                assets[name] = data
            }
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil { throw Failure.missing(name) }
        return Theme(templates: library, assets: assets)
    }

    /// Renders a template with an already-escaped view model.
    func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let text = templates.render(context, withTemplate: name) else { throw Failure.missing(name) }
        return text
    }
}
