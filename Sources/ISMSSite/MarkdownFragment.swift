import ISMSMarkdown

/// Markdown rendered exactly as document pages render it, without a knowledge base around it
/// (links stay as written), for editor previews and scripts.
public enum MarkdownFragment {
    public static func render(_ text: String, allowRawHTML: Bool = false, title: String? = nil) -> String {
        Markdown.render(text, allowRawHTML: allowRawHTML, title: title).html
    }
}
