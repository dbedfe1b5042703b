import ISMSModel

/// Readers for people, roles and training records.
enum PeopleReaders {
    static func person(_ f: Fields) -> Person? {
        guard let id = f.string("id", required: "a person") else { return nil }
        var p = Person(id: id, origin: f.origin)
        p.name = f.string("name", required: "person '\(id)'") ?? id
        p.title = f.string("title")
        p.department = f.string("department")
        p.roles = f.strings("roles")
        f.finish()
        p.origin = f.origin
        return p
    }

    static func role(_ f: Fields) -> Role? {
        guard let id = f.string("id", required: "a role") else { return nil }
        var r = Role(id: id, origin: f.origin)
        r.name = f.string("name", required: "role '\(id)'") ?? id
        r.responsibilities = f.strings("responsibilities")
        r.competences = f.strings("competences")
        f.finish()
        r.origin = f.origin
        return r
    }

    static func training(_ f: Fields) -> TrainingRecord? {
        guard let id = f.string("id", required: "a training record") else { return nil }
        let what = "training record '\(id)'"
        var t = TrainingRecord(id: id, origin: f.origin)
        t.person = f.string("person", required: what) ?? ""
        t.course = f.string("course", required: what) ?? ""
        t.competence = f.string("competence")
        t.date = f.date("date")
        if t.date == nil, !f.has("date") { f.missing("date", of: what) }
        t.result = f.choice("result", TrainingResult.self)
        t.effectiveness = f.string("effectiveness")
        t.expires = f.date("expires")
        f.finish()
        t.origin = f.origin
        return t
    }
}
