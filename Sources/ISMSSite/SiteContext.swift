import ISMSModel
import ISMSRules

/// Everything the pages of one build share: the checked knowledge base, where pages live,
/// the words of the site's language and the cross-reference indices. A class, as every page
/// holds it: copying a structure of this size retained each of its hundred or so references,
/// from all cores at once.
final class SiteContext: Sendable {
    let inspection: Inspection
    let paths: SitePaths
    let words: Strings
    /// The words escaped once for all pages' templates (`{{{t.key}}}`).
    let escapedWords: [String: String]
    let index: SiteIndex

    /// What the audience of this build may see.
    let visibility: Visibility
    /// Whether any asset is shown (the public menu lists assets only then).
    let publicAssets: Bool
    /// Page templates and layouts rendered so far, by shape, shared by the rendering tasks.
    let templates: TemplateFrames
    /// Rows of risk tables made so far, shared by the rendering tasks.
    let riskRows: RiskRows
    /// Parts that every page of a kind shows alike (a risk page's acceptance rule), made once per build.
    let commonParts: SharedMemo<String, String>
    /// Each kind's label as lists of references show it before a title, made once per build.
    let kindLabels: [RecordKind: String]
    /// The tags an evaluation is shown as, acceptable or not, made once per build: the risk
    /// tables of a large knowledge base show one per row, on every page that lists risks.
    let verdicts: (acceptable: String, notAcceptable: String)
    /// The main menu: label keys and paths from the site root, those this audience has.
    let navigation: [(key: String, href: String)]
    /// The ids of the knowledge base's records, for telling words of free text that are none.
    let recordIDs: RecordIDFilter

    /// `recordsOf`, when given, is the context of a build whose records were the same: only what
    /// documents add to the cross-references is then worked out again.
    init(inspection: Inspection, words: Strings, audience: Audience = .internal, recordsOf previous: SiteContext? = nil) {
        self.inspection = inspection
        let kb = inspection.resolved
        let visibility = Visibility(audience, settings: kb.base.settings)
        self.visibility = visibility
        // The pages' paths are made on a thread of their own while the cross-references are
        // gathered: both need only the knowledge base, and the second runs partly on one core.
        let madePaths = Background {
            SitePaths(kb.base, including: { visibility.includes($0, $1, in: kb) }, groups: visibility.showsInternalMaterial)
        }
        self.index = previous.map { $0.index.replacingDocuments(from: kb) } ?? SiteIndex(kb)
        let paths = madePaths.wait()
        self.paths = paths
        let publicAssets = kb.base.assets.contains { paths.page(.asset, $0.id) != nil }
        self.publicAssets = publicAssets
        let inside = visibility.showsInternalMaterial
        self.navigation = [
            ("home", "index.html"), ("kind.documents", paths.register(.document)), ("kind.risks", paths.register(.risk)),
            ("kind.assets", paths.register(.asset)), ("kind.controls", paths.register(.control)),
            ("kind.people", paths.register(.person)), ("reports", ReportKind.folder + "/index.html"),
            ("methodology", "methodology.html"), ("glossary", "glossary.html"),
        ].filter { key, _ in inside || key == "home" || key == "kind.documents" || key == "glossary" || (key == "kind.assets" && publicAssets) }
        self.words = words
        self.escapedWords = words.escaped
        self.kindLabels = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { kind in
            (kind, "<span class=\"kind\">\(HTML.escape(words["kind.\(kind.rawValue)"]))</span> ")
        })
        self.verdicts = ("<span class=\"tag ok\">\(HTML.escape(words["acceptable"]))</span>",
                         "<span class=\"tag bad\">\(HTML.escape(words["notAcceptable"]))</span>")
        self.riskRows = RiskRows(kb.base.risks)
        self.commonParts = SharedMemo()
        self.templates = TemplateFrames()
        self.recordIDs = RecordIDFilter(kb.kinds.keys)
    }

    /// This context showing `resolved`, a knowledge base that differs from this one's only in
    /// one document's text and fields: paths, cross-references and template frames are kept.
    func showing(_ resolved: ResolvedKnowledgeBase) -> SiteContext {
        var inspection = inspection
        inspection.resolved = resolved
        return SiteContext(self, inspection: inspection)
    }

    private init(_ other: SiteContext, inspection: Inspection) {
        self.inspection = inspection
        paths = other.paths
        words = other.words
        escapedWords = other.escapedWords
        index = other.index
        visibility = other.visibility
        publicAssets = other.publicAssets
        templates = other.templates
        riskRows = other.riskRows
        commonParts = SharedMemo()
        kindLabels = other.kindLabels
        verdicts = other.verdicts
        navigation = other.navigation
        // A document's fields may have changed, its id among them.
        recordIDs = RecordIDFilter(inspection.resolved.kinds.keys)
    }

    var kb: ResolvedKnowledgeBase { inspection.resolved }

    /// The text of a key of the strings file.
    func t(_ key: String) -> String { words[key] }
}
