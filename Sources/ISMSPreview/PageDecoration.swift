import Foundation
import ISMSSite

/// Adds the preview's parts to an HTML page: the reload script, and the banner with its stylesheet.
///
/// Works on bytes so that a page in any encoding passes through unchanged apart from the insertions.
public struct PageDecoration: Sendable {
    /// The banner, which also carries the build state the script tag names.
    public var banner: PreviewBanner

    /// Creates the decoration for one build state.
    public init(banner: PreviewBanner) {
        self.banner = banner
    }

    /// The script element; it carries the generation of the page so that the script knows when it is stale.
    public var scriptTag: String {
        #"<script src="\#(PreviewAssets.scriptPath)" data-generation="\#(banner.snapshot.generation)"></script>"#
    }

    /// The link to the banner's stylesheet, added only when there is a banner.
    public static let styleTag = #"<link rel="stylesheet" href="\#(PreviewAssets.stylePath)">"#

    /// The page with the stylesheet before `</head>`, the banner right after `<body…>` and the script before `</body>`.
    ///
    /// A page without those tags gets what is missing at its end, where it is still valid HTML.
    public func apply(to page: Data) -> Data {
        let bytes = [UInt8](page)
        var insertions: [(at: Int, text: String)] = []
        let bodyClose = HTMLTags.last("</body", in: bytes) ?? bytes.count
        let banner = banner.html
        if !banner.isEmpty {
            if let headClose = HTMLTags.first("</head", in: bytes), let bodyOpen = Self.endOfOpeningBody(bytes) {
                insertions.append((headClose, Self.styleTag))
                insertions.append((bodyOpen, banner))
            } else {
                insertions.append((bodyClose, Self.styleTag + banner))
            }
        }
        insertions.append((bodyClose, scriptTag))
        var out = Data()
        out.reserveCapacity(bytes.count + insertions.reduce(0) { $0 + $1.text.utf8.count })
        var copied = 0
        // Stable by position: at the same index the banner goes before the script.
        for insertion in insertions.enumerated().sorted(by: { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }).map(\.element) {
            out.append(contentsOf: bytes[copied..<insertion.at])
            out.append(Data(insertion.text.utf8))
            copied = insertion.at
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// The index just past the `>` of the first `<body` tag, skipping `>` inside quoted attribute values.
    static func endOfOpeningBody(_ bytes: [UInt8]) -> Int? {
        guard let start = HTMLTags.first("<body", in: bytes) else { return nil }
        return HTMLTags.end(bytes, from: start + 5).map { $0 + 1 }
    }
}
