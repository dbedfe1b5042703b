import ISMSModel
import ISMSRules

/// Competence: people against the competences their roles require, and the records behind each cell.
public struct TrainingMatrixReport: Sendable {
    /// The state of one person's competence on the reference date.
    public enum State: String, Hashable, Sendable {
        /// A passed or attended record that has not expired.
        case held
        /// Held, but the record expires within the warning window.
        case expiring
        /// Only records that have expired.
        case expired
        /// No record at all (failed attempts do not count).
        case missing
    }

    public struct Cell: Sendable {
        public var competence: String
        public var state: State
        /// Records that evidence the competence, newest first (failed attempts included, for the record).
        public var records: [TrainingRecord]
    }

    public struct Row: Sendable {
        public var person: Person
        /// One cell per competence of `competences`; nil where the person's roles do not require it.
        public var cells: [Cell?]
    }

    /// How far ahead an expiry is flagged.
    public static let warningDays = 60
    /// Every competence some role requires, in order of first appearance.
    public var competences: [String]
    public var rows: [Row]

    public init(_ kb: ResolvedKnowledgeBase) {
        var competences: [String] = []
        for role in kb.base.roles { for c in role.competences where !competences.contains(c) { competences.append(c) } }
        self.competences = competences
        var byPerson: [String: [TrainingRecord]] = [:]
        for r in kb.base.training { byPerson[r.person, default: []].append(r) }
        let soon = kb.asOf.adding(days: Self.warningDays)
        rows = kb.base.people.map { person in
            let required = Set(person.roles.flatMap { kb.roles[$0]?.competences ?? [] })
            let records = byPerson[person.id] ?? []
            return Row(person: person, cells: competences.map { competence in
                guard required.contains(competence) else { return nil }
                let evidence = records.filter { $0.competence == competence }
                    .sorted { ($0.date?.dayNumber ?? Int.min) > ($1.date?.dayNumber ?? Int.min) }
                let valid = evidence.filter { $0.result != .failed }
                let current = valid.filter { $0.expires.map { $0 >= kb.asOf } ?? true }
                let state: State
                if current.isEmpty {
                    state = valid.isEmpty ? .missing : .expired
                } else {
                    // The competence lasts as long as its longest-lived current record.
                    let lasting = current.contains { $0.expires == nil } ? nil : current.compactMap(\.expires).max()
                    state = lasting.map { $0 <= soon } == true ? .expiring : .held
                }
                return Cell(competence: competence, state: state, records: evidence)
            })
        }
    }
}
