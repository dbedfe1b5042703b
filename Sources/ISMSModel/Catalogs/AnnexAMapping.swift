/// How the controls of ISO/IEC 27001:2013 Annex A carry over into the 2022 edition.
public struct AnnexAMapping: Hashable, Sendable {
    /// One 2013 control and the 2022 controls that took over its content.
    public struct Link: Hashable, Sendable {
        public var from: String
        public var to: [String]

        public init(_ from: String, _ to: String...) {
            self.from = from
            self.to = to
        }
    }

    public var older: Catalog
    public var newer: Catalog
    public var links: [Link]
    private var forward: [String: [String]]
    private var backward: [String: [String]]

    public init(older: Catalog, newer: Catalog, links: [Link]) {
        self.older = older
        self.newer = newer
        self.links = links
        var forward: [String: [String]] = [:]
        var backward: [String: [String]] = [:]
        for link in links {
            let from = Catalog.canonicalControlID(link.from)
            for to in link.to.map(Catalog.canonicalControlID) {
                forward[from, default: []].append(to)
                backward[to, default: []].append(from)
            }
        }
        self.forward = forward
        self.backward = backward
    }

    /// The 2022 controls that carry the content of a 2013 control; `9.4.2` and `A.9.4.2` both work.
    public func successors(of id2013: String) -> [String] { forward[Catalog.canonicalControlID(id2013)] ?? [] }

    /// The 2013 controls folded into a 2022 control, in 2013 catalogue order; empty for a new control.
    public func predecessors(of id2022: String) -> [String] { backward[Catalog.canonicalControlID(id2022)] ?? [] }

    /// 2022 controls with no 2013 predecessor, in 2022 catalogue order.
    public var newIn2022: [String] { newer.controls.map(\.id).filter { backward[$0] == nil } }

    /// 2013 controls the mapping leaves without a successor, in 2013 catalogue order (empty for the standard mapping).
    public var unmapped2013: [String] { older.controls.map(\.id).filter { forward[$0] == nil } }
}

extension AnnexAMapping {
    /// The usual 2013 → 2022 correspondence, one link per 2013 control in 2013 catalogue order.
    public static let standard = AnnexAMapping(older: .annexA2013, newer: .annexA2022, links: [
        // A.5 Information security policies: the policy and its review became one control.
        Link("A.5.1.1", "A.5.1"),
        Link("A.5.1.2", "A.5.1"),

        // A.6 Organization of information security
        Link("A.6.1.1", "A.5.2"),
        Link("A.6.1.2", "A.5.3"),
        Link("A.6.1.3", "A.5.5"),
        Link("A.6.1.4", "A.5.6"),
        Link("A.6.1.5", "A.5.8"),
        Link("A.6.2.1", "A.8.1"),
        Link("A.6.2.2", "A.6.7"),

        // A.7 Human resource security
        Link("A.7.1.1", "A.6.1"),
        Link("A.7.1.2", "A.6.2"),
        Link("A.7.2.1", "A.5.4"),
        Link("A.7.2.2", "A.6.3"),
        Link("A.7.2.3", "A.6.4"),
        Link("A.7.3.1", "A.6.5"),

        // A.8 Asset management: inventory and ownership merged; handling went into acceptable use;
        // the three media controls became one storage-media control.
        Link("A.8.1.1", "A.5.9"),
        Link("A.8.1.2", "A.5.9"),
        Link("A.8.1.3", "A.5.10"),
        Link("A.8.1.4", "A.5.11"),
        Link("A.8.2.1", "A.5.12"),
        Link("A.8.2.2", "A.5.13"),
        Link("A.8.2.3", "A.5.10"),
        Link("A.8.3.1", "A.7.10"),
        Link("A.8.3.2", "A.7.10"),
        Link("A.8.3.3", "A.7.10"),

        // A.9 Access control
        Link("A.9.1.1", "A.5.15"),
        Link("A.9.1.2", "A.5.15"),
        Link("A.9.2.1", "A.5.16"),
        Link("A.9.2.2", "A.5.18"),
        Link("A.9.2.3", "A.8.2"),
        Link("A.9.2.4", "A.5.17"),
        Link("A.9.2.5", "A.5.18"),
        Link("A.9.2.6", "A.5.18"),
        Link("A.9.3.1", "A.5.17"),
        Link("A.9.4.1", "A.8.3"),
        Link("A.9.4.2", "A.8.5"),
        Link("A.9.4.3", "A.5.17"),
        Link("A.9.4.4", "A.8.18"),
        Link("A.9.4.5", "A.8.4"),

        // A.10 Cryptography: policy and key management became one control.
        Link("A.10.1.1", "A.8.24"),
        Link("A.10.1.2", "A.8.24"),

        // A.11 Physical and environmental security: delivery areas joined physical entry,
        // removal of assets joined storage media, unattended equipment joined end point devices.
        Link("A.11.1.1", "A.7.1"),
        Link("A.11.1.2", "A.7.2"),
        Link("A.11.1.3", "A.7.3"),
        Link("A.11.1.4", "A.7.5"),
        Link("A.11.1.5", "A.7.6"),
        Link("A.11.1.6", "A.7.2"),
        Link("A.11.2.1", "A.7.8"),
        Link("A.11.2.2", "A.7.11"),
        Link("A.11.2.3", "A.7.12"),
        Link("A.11.2.4", "A.7.13"),
        Link("A.11.2.5", "A.7.10"),
        Link("A.11.2.6", "A.7.9"),
        Link("A.11.2.7", "A.7.14"),
        Link("A.11.2.8", "A.8.1"),
        Link("A.11.2.9", "A.7.7"),

        // A.12 Operations security: the three logging controls became one; both software
        // installation controls went into installation on operational systems.
        Link("A.12.1.1", "A.5.37"),
        Link("A.12.1.2", "A.8.32"),
        Link("A.12.1.3", "A.8.6"),
        Link("A.12.1.4", "A.8.31"),
        Link("A.12.2.1", "A.8.7"),
        Link("A.12.3.1", "A.8.13"),
        Link("A.12.4.1", "A.8.15"),
        Link("A.12.4.2", "A.8.15"),
        Link("A.12.4.3", "A.8.15"),
        Link("A.12.4.4", "A.8.17"),
        Link("A.12.5.1", "A.8.19"),
        Link("A.12.6.1", "A.8.8"),
        Link("A.12.6.2", "A.8.19"),
        Link("A.12.7.1", "A.8.34"),

        // A.13 Communications security: the transfer policy, transfer agreements and messaging merged.
        Link("A.13.1.1", "A.8.20"),
        Link("A.13.1.2", "A.8.21"),
        Link("A.13.1.3", "A.8.22"),
        Link("A.13.2.1", "A.5.14"),
        Link("A.13.2.2", "A.5.14"),
        Link("A.13.2.3", "A.5.14"),
        Link("A.13.2.4", "A.6.6"),

        // A.14 System acquisition, development and maintenance: requirements merged into
        // application security requirements; three change controls into change management;
        // the development environment into environment separation; both test controls into one.
        Link("A.14.1.1", "A.8.26"),
        Link("A.14.1.2", "A.8.26"),
        Link("A.14.1.3", "A.8.26"),
        Link("A.14.2.1", "A.8.25"),
        Link("A.14.2.2", "A.8.32"),
        Link("A.14.2.3", "A.8.32"),
        Link("A.14.2.4", "A.8.32"),
        Link("A.14.2.5", "A.8.27"),
        Link("A.14.2.6", "A.8.31"),
        Link("A.14.2.7", "A.8.30"),
        Link("A.14.2.8", "A.8.29"),
        Link("A.14.2.9", "A.8.29"),
        Link("A.14.3.1", "A.8.33"),

        // A.15 Supplier relationships: monitoring and changes of supplier services merged.
        Link("A.15.1.1", "A.5.19"),
        Link("A.15.1.2", "A.5.20"),
        Link("A.15.1.3", "A.5.21"),
        Link("A.15.2.1", "A.5.22"),
        Link("A.15.2.2", "A.5.22"),

        // A.16 Information security incident management: reporting events and weaknesses merged.
        Link("A.16.1.1", "A.5.24"),
        Link("A.16.1.2", "A.6.8"),
        Link("A.16.1.3", "A.6.8"),
        Link("A.16.1.4", "A.5.25"),
        Link("A.16.1.5", "A.5.26"),
        Link("A.16.1.6", "A.5.27"),
        Link("A.16.1.7", "A.5.28"),

        // A.17 Business continuity: the three continuity controls became security during disruption.
        Link("A.17.1.1", "A.5.29"),
        Link("A.17.1.2", "A.5.29"),
        Link("A.17.1.3", "A.5.29"),
        Link("A.17.2.1", "A.8.14"),

        // A.18 Compliance: crypto regulation joined the legal requirements; the technical review
        // is split between policy compliance and vulnerability management.
        Link("A.18.1.1", "A.5.31"),
        Link("A.18.1.2", "A.5.32"),
        Link("A.18.1.3", "A.5.33"),
        Link("A.18.1.4", "A.5.34"),
        Link("A.18.1.5", "A.5.31"),
        Link("A.18.2.1", "A.5.35"),
        Link("A.18.2.2", "A.5.36"),
        Link("A.18.2.3", "A.5.36", "A.8.8"),
    ])
}
