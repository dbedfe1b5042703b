import Foundation

/// The default HTML theme: the Mustache files in `templates/site`, shipped with the tool.
public enum ISMSTheme {
    /// Folder holding the default theme's templates and static assets.
    public static var directory: URL {
        Bundle.module.url(forResource: "site", withExtension: nil)!
    }
}
