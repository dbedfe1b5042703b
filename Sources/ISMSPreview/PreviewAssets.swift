/// The files the server itself serves under `/__isms/`, apart from the site.
public enum PreviewAssets {
    /// The prefix reserved for the server; the site never has a folder of this name.
    public static let prefix = "/__isms/"
    /// The reload script.
    public static let scriptPath = "/__isms/reload.js"
    /// The banner's stylesheet.
    public static let stylePath = "/__isms/banner.css"
    /// The long-poll: `?since=N` waits until the build generation is no longer N.
    public static let eventsPath = "/__isms/events"

    /// Long-polls for the next build and reloads the page when that build changed it.
    ///
    /// An external file rather than inline code, so that pages under a strict
    /// Content-Security-Policy (no inline script) still reload.
    public static let reloadScript = """
        // Added by `isms serve` only: reloads the page once the site has been rebuilt.
        (function () {
          "use strict";
          var tag = document.currentScript;
          var seen = Number(tag && tag.getAttribute("data-generation")) || 0;
          function poll() {
            fetch("\(eventsPath)?since=" + seen + "&page=" + encodeURIComponent(window.location.pathname), { cache: "no-store" })
              .then(function (response) {
                if (!response.ok) { throw new Error("status " + response.status); }
                return response.json();
              })
              .then(function (event) {
                // The server says whether a build since changed this page (or the banner).
                if (event.reload) { window.location.reload(); } else { seen = event.generation; poll(); }
              })
              .catch(function () {
                // The server is restarting or gone: try again a little later.
                window.setTimeout(poll, 1000);
              });
          }
          poll();
        })();

        """

    /// Styles the banner of check results; printing leaves it out.
    public static let bannerStyle = """
        /* Added by `isms serve` only: the banner of check results at the top of each page. */
        .isms-preview-banner {
          position: sticky;
          top: 0;
          z-index: 1000;
          max-height: 40vh;
          overflow: auto;
          margin: 0;
          padding: 0.5em 1em;
          background: #fff4e0;
          color: #2b1b00;
          border-bottom: 3px solid #b35900;
          font: 14px/1.4 system-ui, sans-serif;
        }
        .isms-preview-banner p, .isms-preview-banner ul { margin: 0.25em 0; }
        .isms-preview-banner ul { padding-left: 1.25em; }
        .isms-preview-failure, .isms-preview-error { color: #8f1010; }
        .isms-preview-failure { font-weight: bold; }
        .isms-preview-place { font-family: ui-monospace, monospace; }
        @media print { .isms-preview-banner { display: none; } }

        """
}
