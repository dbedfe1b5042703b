import Foundation

/// Rendered layout frames by key, filled in by whichever rendering task needs one first.
final class LayoutFrames: @unchecked Sendable {
    /// Stand-ins no page text can contain (control characters are never in escaped text).
    static let titleStandIn = "\u{1}isms-title\u{1}"
    static let contentStandIn = "\u{1}isms-content\u{1}"

    private let lock = NSLock()
    private var frames: [String: Frame] = [:]

    /// The frame for `key`, rendered by `make` the first time it is asked for.
    func frame(_ key: String, _ make: () throws -> String) throws -> Frame {
        lock.lock()
        if let frame = frames[key] {
            lock.unlock()
            return frame
        }
        lock.unlock()
        // Rendering outside the lock: two tasks may both render the same frame once, harmlessly.
        let frame = Frame(try make())
        lock.lock()
        frames[key] = frame
        lock.unlock()
        return frame
    }
}

/// A layout rendered once, cut at its stand-ins, so a page is its pieces and the page's title
/// and content joined, with no searching per page.
struct Frame: Sendable {
    enum Slot: Sendable { case title, content }

    /// The frame's text between the stand-ins; `pieces[k]` comes before `slots[k]`, the last piece after all.
    private(set) var pieces: [[UInt8]] = []
    private(set) var slots: [Slot] = []

    init(_ rendered: String) {
        let title = Array(LayoutFrames.titleStandIn.utf8), content = Array(LayoutFrames.contentStandIn.utf8)
        let bytes = Array(rendered.utf8)
        var start = 0, i = 0
        while i < bytes.count {
            // Both stand-ins begin with U+0001, which escaped text never holds.
            if bytes[i] == 1, let (standIn, slot) = [(title, Slot.title), (content, Slot.content)].first(where: { bytes[i...].starts(with: $0.0) }) {
                pieces.append(Array(bytes[start..<i]))
                slots.append(slot)
                i += standIn.count
                start = i
            } else {
                i += 1
            }
        }
        pieces.append(Array(bytes[start...]))
    }

    /// The page: the frame with the escaped title and the content put in.
    func page(title: String, content: String) -> Data {
        let titleBytes = title.utf8, contentBytes = content.utf8
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count } + contentBytes.count + 2 * titleBytes.count)
        for (k, slot) in slots.enumerated() {
            out.append(contentsOf: pieces[k])
            switch slot {
            case .title: out.append(contentsOf: titleBytes)
            case .content: out.append(contentsOf: contentBytes)
            }
        }
        out.append(contentsOf: pieces[pieces.count - 1])
        return Data(out)
    }
}
