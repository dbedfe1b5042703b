import Foundation

/// The command lines and environment with which each engine prints one document.
///
/// Neither engine may reach the network: the reports reference only files beside them (the
/// site's static/print.css and their own page stylesheet), and a PDF of the audit pack must not
/// depend on, or reveal anything to, a remote server. WeasyPrint can only be given a URL fetcher
/// through its Python API, so both engines get a proxy that refuses every connection instead.
extension PDFEngine {
    /// A proxy address on which nothing listens (the discard port of the loopback interface).
    static let deadProxy = "127.0.0.1:9"

    /// Arguments that print `html` to `output`, with any state kept under `scratch`; nil for an engine we do not know.
    func arguments(html: URL, output: URL, scratch: URL) -> [String]? {
        switch name {
        case "weasyprint":
            return [
                // Browsers always honour HTML's presentational attributes (img width, td align);
                // our templates use none, but Markdown pasted into a report may.
                "--presentational-hints",
                // Relative links resolve against the report's own folder, as in a browser.
                "--base-url", html.deletingLastPathComponent().absoluteString,
                // Absolute paths, so neither can be taken for an option or for "-" (standard input).
                html.path, output.path,
            ]
        case "chromium":
            return [
                "--headless",
                // The sandbox needs user namespaces, which containers and root lack; the page is our own local file.
                "--no-sandbox",
                "--disable-gpu",
                // Small /dev/shm in containers crashes the renderer; /tmp does instead.
                "--disable-dev-shm-usage",
                // A throwaway profile, and no first-run, sync, update or extension traffic.
                "--user-data-dir=" + scratch.appendingPathComponent("profile").path,
                "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions",
                // Offline: every request goes to a proxy that refuses it, loopback included, and no name resolves.
                "--proxy-server=" + Self.deadProxy, "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--hide-scrollbars", "--mute-audio",
                // The page's own @page margin boxes are the running heads, not Chromium's date and URL.
                "--no-pdf-header-footer",
                // Headings become PDF bookmarks, as WeasyPrint makes them.
                "--generate-pdf-document-outline",
                // Virtual time: print once the page has settled, without waiting in real time.
                "--virtual-time-budget=5000",
                "--print-to-pdf=" + output.path,
                html.absoluteString,
            ]
        default:
            return nil
        }
    }

    /// The caller's environment made fixed where it could change the output or reach the network.
    static func childEnvironment(_ environment: [String: String], sourceDateEpoch: Int?) -> [String: String] {
        var env = environment
        // Messages in English and UTF-8 file names whatever the user's locale.
        env["LC_ALL"] = "C.UTF-8"
        // Chromium writes its dates in local time; UTC keeps them the same length everywhere.
        env["TZ"] = "UTC"
        // Python's urllib (WeasyPrint) obeys these; both spellings, and no exceptions.
        for key in ["http_proxy", "https_proxy", "ftp_proxy", "all_proxy"] {
            env[key] = "http://" + deadProxy
            env[key.uppercased()] = "http://" + deadProxy
        }
        env["no_proxy"] = nil
        env["NO_PROXY"] = nil
        // Reproducible-builds convention: fontTools, which WeasyPrint subsets fonts with, stamps
        // each embedded font with this time instead of now.
        if let sourceDateEpoch { env["SOURCE_DATE_EPOCH"] = String(sourceDateEpoch) }
        return env
    }
}
