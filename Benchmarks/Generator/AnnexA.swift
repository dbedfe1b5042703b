import ISMSModel

/// The controls of ISO/IEC 27001:2022 Annex A, which the SoA decides on, from the tool's own catalogue.
enum AnnexA {
    /// Themes with the number of controls in each and the SoA file they go in ("organizational" …).
    static let themes: [(theme: Int, count: Int, file: String)] = Catalog.annexA2022.themes.map { t in
        (Int(t.id) ?? 0, Catalog.annexA2022.controls(inTheme: t.id).count, t.name.split(separator: " ").first.map { $0.lowercased() } ?? t.id)
    }

    /// Every control id, in catalogue order.
    static var controls: [String] { Catalog.annexA2022.controls.map(\.id) }

    /// Controls the generated organisations exclude (they develop no software of their own);
    /// no risk or document relies on them.
    static let excluded: [String: String] = [
        "A.8.28": "The group develops no software; all clinical and administrative systems are bought and configured by vendors under contract.",
        "A.8.33": "No production data is used for testing; vendors test on synthetic data at their own sites under A.5.20 contract clauses.",
    ]

    /// Controls on suppliers, one of which a transferred risk names.
    static let supplier = ["A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.23"]
}
