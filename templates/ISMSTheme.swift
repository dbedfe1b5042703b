import Foundation

/// The default HTML theme: the files of `templates/site`, compiled into the binary.
public enum ISMSTheme {
    /// Every file of the default theme by path relative to `templates/site` (`layout.mustache`, `strings/ja.yaml`).
    public static let files: [String: Data] = Dictionary(
        embedded.map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) },
        uniquingKeysWith: { first, _ in first }
    )
}
