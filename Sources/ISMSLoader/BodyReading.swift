/// How much of each document's body a load makes: what checking needs, or also the HTML a site needs.
public enum BodyReading: Sendable {
    /// The links and headings only, from a parse that renders nothing: `isms check` and exports.
    case outline
    /// Also the body's HTML (`Document.rendered`), made once while the files are read on all cores.
    case rendered
}
