/// Sentences built from the word lists, so thousands of documents do not repeat one paragraph.
struct Prose {
    var random: SplitMix64

    private static let instructionTails = Words.tails.filter { !$0.hasPrefix("and ") }

    /// An object phrase with a system filled in; `system` is preferred a third of the time so a
    /// document keeps returning to its own subject.
    mutating func object(about system: String) -> String {
        let template = random.pick(Words.objects)
        let filler = random.percent(35) ? system : random.pick(Words.systems)
        return template.replacingOccurrences(of: "%", with: filler)
    }

    /// A statement: who does what to what, and when.
    mutating func statement(about system: String) -> String {
        "\(random.pick(Words.actors)) \(random.pick(Words.verbs)) \(object(about: system)) \(random.pick(Words.tails))"
    }

    /// An instruction for a numbered step.
    mutating func instruction(about system: String) -> String {
        // Tails that carry a verb of their own ("and keeps …") agree with a subject, not with an imperative.
        "\(random.pick(Words.imperatives)) \(object(about: system)) \(random.pick(Self.instructionTails))"
    }

    /// A sentence giving a reason.
    mutating func reason() -> String {
        let openers = ["This matters because", "The rule exists because", "Experience shows why:", "It was introduced because"]
        return "\(random.pick(openers)) \(random.pick(Words.reasons))."
    }

    /// A paragraph of `count` sentences, mostly statements with the odd reason among them.
    mutating func paragraph(_ count: Int, about system: String) -> String {
        (0..<count).map { _ in random.percent(25) ? reason() : statement(about: system) }.joined(separator: " ")
    }

    /// A short activity phrase for a table cell, like "reviewing the patch level of the EMR".
    mutating func duty(about system: String) -> String {
        Slug.sentence("\(random.pick(Words.gerunds)) \(object(about: system))")
    }
}

extension SplitMix64 {
    /// Runs `body` with prose drawn from this generator, which then continues after what it used.
    mutating func prose<T>(_ body: (inout Prose) -> T) -> T {
        var prose = Prose(random: self)
        let result = body(&prose)
        self = prose.random
        return result
    }
}
