/// The ids of the 93 controls of ISO/IEC 27001:2022 Annex A, which the SoA decides on.
enum AnnexA {
    /// Themes with the number of controls in each: 5 organizational, 6 people, 7 physical, 8 technological.
    static let themes: [(theme: Int, count: Int, file: String)] = [
        (5, 37, "organizational"), (6, 8, "people"), (7, 14, "physical"), (8, 34, "technological"),
    ]

    /// Every control id, in catalogue order.
    static var controls: [String] {
        themes.flatMap { t in (1...t.count).map { "A.\(t.theme).\($0)" } }
    }

    /// Controls the generated organisations exclude (they develop no software of their own);
    /// no risk or document relies on them.
    static let excluded: [String: String] = [
        "A.8.28": "The group develops no software; all clinical and administrative systems are bought and configured by vendors under contract.",
        "A.8.33": "No production data is used for testing; vendors test on synthetic data at their own sites under A.5.20 contract clauses.",
    ]

    /// Controls on suppliers, one of which a transferred risk names.
    static let supplier = ["A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.23"]
}
