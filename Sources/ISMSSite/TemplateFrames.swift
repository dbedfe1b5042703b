import Foundation
import ISMSModel

/// Templates rendered once per shape of their view model, then filled in per page.
///
/// A record page's view model is a handful of ready HTML strings; which of them are empty is
/// all a template's sections can depend on. So the engine runs once per template and shape,
/// with a stand-in for each string, and a page is the result cut at the stand-ins with its
/// own strings put back: the same bytes as the engine's, without its name look-ups per page.
/// A template that does anything else with a value (escapes it, transforms it) is left to
/// the engine for that shape, so a theme's own templates are always rendered faithfully.
final class TemplateFrames: @unchecked Sendable {
    /// Frames by template and shape (and the layout's by page kind); nil where the engine must render each page.
    private let frames = SharedMemo<String, FilledTemplate?>()
    /// Frames of models with a schema, by schema and shape.
    private let schemaFrames = SharedMemo<FramedModel.Shape, FilledTemplate?>()

    /// The template of `model`'s schema rendered with its values and `shared` (values the
    /// same for every page, such as the site's words), as UTF-8. As `render(_:_:shared:theme:)`
    /// does, but a model's shape is the values it leaves out or empty and its flags, so
    /// filling a page casts, sorts and looks up no value by name.
    func render(_ model: FramedModel, shared: [String: Any], theme: Theme) throws -> [UInt8] {
        let name = model.schema.template
        guard theme.frameable.contains(name) else { return Array(try theme.render(name, model.context(shared)).utf8) }
        let frame = try schemaFrames.value(model.shape) {
            var standIns = model.context(shared)
            for (n, value) in model.strings.enumerated() where value?.isEmpty == false { standIns[model.schema.strings[n]] = FilledTemplate.standIn(n) }
            return FilledTemplate(try theme.render(name, standIns), slots: model.strings.count)
        }
        guard let frame else { return Array(try theme.render(name, model.context(shared)).utf8) }
        return frame.bytes(with: model.strings.map { $0 ?? .text("") })
    }

    /// The template `name` rendered with `context`, as UTF-8: string values are framed, flags
    /// are part of the shape, and `shared` values (the same for every page of a build, such as
    /// the site's words) are passed as they are. Any other value leaves the page to the engine.
    /// Bytes, not a String: a page is put together from bytes, and making a String of each
    /// page's content checked it as UTF-8 once more.
    func render(_ name: String, _ context: [String: Any], shared: [String], theme: Theme) throws -> [UInt8] {
        guard theme.frameable.contains(name) else { return Array(try theme.render(name, context).utf8) }
        var strings: [(key: String, value: FrameValue)] = []
        var flags: [(key: String, value: Bool)] = []
        strings.reserveCapacity(context.count)
        for (key, value) in context {
            if shared.contains(key) { continue }
            if let text = value as? String {
                strings.append((key, .text(text)))
            } else if let html = value as? HTMLBytes {
                strings.append((key, .html(html.bytes)))
            } else if let flag = value as? Bool {
                flags.append((key, flag))
            } else {
                return Array(try theme.render(name, context).utf8)
            }
        }
        strings.sort { $0.key < $1.key }
        flags.sort { $0.key < $1.key }
        // A section may treat an empty string unlike any other: the shape keeps the two apart.
        // Made as bytes: appending to a String piece by piece cost more than the page's bytes.
        var key = Array(name.utf8)
        key.reserveCapacity(256)
        for flag in flags {
            key.append(0x1F)
            key.append(contentsOf: flag.key.utf8)
            key.append(UInt8(ascii: "?"))
            key.append(flag.value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        }
        for pair in strings {
            key.append(0x1F)
            key.append(contentsOf: pair.key.utf8)
            key.append(pair.value.isEmpty ? UInt8(ascii: "=") : UInt8(ascii: "+"))
        }
        let shape = String(decoding: key, as: UTF8.self)
        let frame = try self.frame(shape, slots: strings.count) {
            var standIns = context
            for (n, pair) in strings.enumerated() where !pair.value.isEmpty { standIns[pair.key] = FilledTemplate.standIn(n) }
            return try theme.render(name, standIns)
        }
        guard let frame else { return Array(try theme.render(name, context).utf8) }
        return frame.bytes(with: strings.map(\.value))
    }

    /// The frame kept under `key`, cut from what `render` gives (with stand-ins for `slots`
    /// values) the first time it is asked for; nil when that output cannot be framed.
    func frame(_ key: String, slots: Int, _ render: () throws -> String) throws -> FilledTemplate? {
        try frames.value(key) { FilledTemplate(try render(), slots: slots) }
    }
}

/// The names of a kind of page's values, made once: a frame is kept per schema and shape,
/// so a page's values are given in the schema's order, not by name.
final class FrameSchema: Sendable {
    /// The template the values are for.
    let template: String
    /// Names of the HTML values, in the order a model gives them.
    let strings: [String]
    /// Names of the flags, likewise.
    let flags: [String]

    init(template: String, strings: [String], flags: [String]) {
        precondition(strings.count <= 64 && flags.count <= 64, "a shape holds 64 values and 64 flags")
        self.template = template
        self.strings = strings
        self.flags = flags
    }
}

/// A page's view model by schema: each HTML value (nil when the page has none of it) and flag.
struct FramedModel {
    let schema: FrameSchema
    let strings: [FrameValue?]
    let flags: [Bool]

    /// The values and flags, each in the order of the schema's names.
    init(_ schema: FrameSchema, strings: [FrameValue?], flags: [Bool] = []) {
        precondition(strings.count == schema.strings.count && flags.count == schema.flags.count, "a value or flag for each of the schema's names")
        self.schema = schema
        self.strings = strings
        self.flags = flags
    }

    /// Which values a page leaves out and which are empty, and its flags: all a template's
    /// sections can depend on.
    struct Shape: Hashable {
        let schema: ObjectIdentifier
        let absent, empty, flags: UInt64
    }

    var shape: Shape {
        var absent: UInt64 = 0, empty: UInt64 = 0, set: UInt64 = 0
        for (n, value) in strings.enumerated() {
            if let value { if value.isEmpty { empty |= 1 << n } } else { absent |= 1 << n }
        }
        for (n, flag) in flags.enumerated() where flag { set |= 1 << n }
        return Shape(schema: ObjectIdentifier(schema), absent: absent, empty: empty, flags: set)
    }

    /// The values by name, for the template engine, with `shared`.
    func context(_ shared: [String: Any]) -> [String: Any] {
        var context = shared
        for (n, value) in strings.enumerated() {
            switch value {
            case .text(let text)?: context[schema.strings[n]] = text
            case .html(let bytes)?: context[schema.strings[n]] = HTMLBytes(bytes: bytes)
            case nil: break
            }
        }
        for (n, flag) in flags.enumerated() { context[schema.flags[n]] = flag }
        return context
    }
}

/// A template's output cut at the stand-ins of its values.
struct FilledTemplate: Sendable {
    /// `pieces[k]` comes before the value `slots[k]`; the last piece after all.
    let pieces: [[UInt8]]
    let slots: [Int]

    /// The stand-in of value `n`: a control character no escaped text holds, and an ampersand,
    /// which the engine's escaping would change, so an escaped use shows as a leftover.
    static func standIn(_ n: Int) -> String { "\u{1}&\(n)\u{1}" }

    /// nil when the output holds the stand-ins in any way but whole and as they were given.
    init?(_ rendered: String, slots count: Int) {
        let bytes = Array(rendered.utf8)
        var pieces: [[UInt8]] = [], slots: [Int] = []
        var start = 0, i = 0
        while i < bytes.count {
            guard bytes[i] == 1 else {
                i += 1
                continue
            }
            // "\u{1}&" digits "\u{1}", naming a value that has a slot.
            var j = i + 1
            guard j < bytes.count, bytes[j] == UInt8(ascii: "&") else { return nil }
            j += 1
            var n = 0, digits = 0
            while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9"), digits < 6 {
                n = n * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                j += 1
                digits += 1
            }
            guard digits > 0, n < count, j < bytes.count, bytes[j] == 1 else { return nil }
            pieces.append(Array(bytes[start..<i]))
            slots.append(n)
            i = j + 1
            start = i
        }
        pieces.append(Array(bytes[start...]))
        self.pieces = pieces
        self.slots = slots
    }

    /// The output for these values, given in the order of the slots' numbers.
    func filled(with values: [String]) -> String { String(decoding: bytes(with: values.map(FrameValue.text)), as: UTF8.self) }

    /// The output for these values' bytes, made straight into the file's data: building an
    /// array first and then `Data` of it copied every page twice.
    func data(with values: [[UInt8]]) -> Data {
        Data.written(count: size(with: values)) { out in
            var at = 0
            func put(_ bytes: [UInt8]) {
                bytes.withUnsafeBytes { source in
                    if let base = source.baseAddress, source.count > 0 { out.baseAddress!.advanced(by: at).copyMemory(from: base, byteCount: source.count) }
                }
                at += bytes.count
            }
            for (k, n) in slots.enumerated() {
                put(pieces[k])
                put(values[n])
            }
            put(pieces[pieces.count - 1])
            return at
        }
    }

    /// How many bytes the output has for these values' bytes.
    private func size<Value: Collection<UInt8>>(with values: [Value]) -> Int {
        pieces.reduce(0) { $0 + $1.count } + slots.reduce(0) { $0 + values[$1].count }
    }

    /// The output for these values.
    func bytes(with values: [FrameValue]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count } + slots.reduce(0) { $0 + values[$1].count })
        for (k, n) in slots.enumerated() {
            out.append(contentsOf: pieces[k])
            values[n].withBytes { out.append(contentsOf: $0) }
        }
        out.append(contentsOf: pieces[pieces.count - 1])
        return out
    }
}

/// A value a frame puts in a slot: text, or HTML already made as bytes (`HTMLBytes`).
enum FrameValue {
    case text(String)
    case html([UInt8])

    var isEmpty: Bool { count == 0 }

    var count: Int {
        switch self {
        case .text(let text): return text.utf8.count
        case .html(let bytes): return bytes.count
        }
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .text(var text): return text.withUTF8(body)
        case .html(let bytes): return bytes.withUnsafeBufferPointer(body)
        }
    }
}
