/// One level of a rating scale, e.g. confidentiality 4 "Highly confidential".
public struct ScaleLevel: Hashable, Sendable {
    public var value: Int
    public var name: String
    public var description: String

    public init(_ value: Int, _ name: String, _ description: String = "") {
        self.value = value
        self.name = name
        self.description = description
    }
}

/// An ordered rating scale; values outside it are findings.
public struct Scale: Hashable, Sendable {
    public var levels: [ScaleLevel]

    public init(_ levels: [ScaleLevel]) { self.levels = levels.sorted { $0.value < $1.value } }

    public var range: ClosedRange<Int> { (levels.first?.value ?? 1)...(levels.last?.value ?? 1) }
    public func contains(_ value: Int) -> Bool { levels.contains { $0.value == value } }
    public func level(_ value: Int) -> ScaleLevel? { levels.first { $0.value == value } }
}

/// The dimensions a risk is rated on.
public enum ScaleKind: String, Sendable, CaseIterable, Hashable {
    case confidentiality, integrity, availability, threat, vulnerability
}

/// How asset value, threat and vulnerability combine into a risk value.
public enum RiskFormula: String, Sendable, Hashable, CaseIterable {
    case product
    case sum

    public func value(asset: Int, threat: Int, vulnerability: Int) -> Int {
        // Saturating: values far outside the scales are reported by the checks and must not trap first.
        switch self {
        case .product: return Self.times(Self.times(asset, threat), vulnerability)
        case .sum: return Self.plus(Self.plus(asset, threat), vulnerability)
        }
    }

    private static func times(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? ((a < 0) == (b < 0) ? .max : .min) : result
    }

    private static func plus(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        return overflow ? (a < 0 ? .min : .max) : result
    }

    /// The formula as shown to readers.
    public var expression: String {
        switch self {
        case .product: return "asset value × threat × vulnerability"
        case .sum: return "asset value + threat + vulnerability"
        }
    }
}

/// How a risk value is compared with the acceptance threshold.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
    case lessThan = "<"
    case lessOrEqual = "<="

    public func holds(_ value: Int, _ threshold: Int) -> Bool {
        self == .lessThan ? value < threshold : value <= threshold
    }
}

/// A rule that decides acceptance regardless of the threshold, e.g. "asset value 4 is always treated".
public struct AcceptanceOverride: Hashable, Sendable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable { case treat, accept }
    public var assetValueAtLeast: Int?
    public var threatAtLeast: Int?
    public var vulnerabilityAtLeast: Int?
    public var outcome: Outcome

    public init(assetValueAtLeast: Int? = nil, threatAtLeast: Int? = nil, vulnerabilityAtLeast: Int? = nil, outcome: Outcome) {
        self.assetValueAtLeast = assetValueAtLeast
        self.threatAtLeast = threatAtLeast
        self.vulnerabilityAtLeast = vulnerabilityAtLeast
        self.outcome = outcome
    }

    func applies(asset: Int, threat: Int, vulnerability: Int) -> Bool {
        let conditions = [(assetValueAtLeast, asset), (threatAtLeast, threat), (vulnerabilityAtLeast, vulnerability)]
        let set = conditions.filter { $0.0 != nil }
        return !set.isEmpty && set.allSatisfy { $0.1 >= $0.0! }
    }

    /// The rule in words, for reports.
    public var summary: String {
        var parts: [String] = []
        if let v = assetValueAtLeast { parts.append("asset value ≥ \(v)") }
        if let v = threatAtLeast { parts.append("threat ≥ \(v)") }
        if let v = vulnerabilityAtLeast { parts.append("vulnerability ≥ \(v)") }
        return "when " + parts.joined(separator: " and ") + (outcome == .treat ? ": always treated" : ": always acceptable")
    }
}

/// The acceptance criteria: a threshold with an explicit comparison plus overriding rules.
public struct AcceptanceCriteria: Hashable, Sendable {
    public var threshold: Int
    public var comparison: Comparison
    public var overrides: [AcceptanceOverride]

    public init(threshold: Int, comparison: Comparison, overrides: [AcceptanceOverride] = []) {
        self.threshold = threshold
        self.comparison = comparison
        self.overrides = overrides
    }

    /// Whether one element's risk is acceptable; the first matching override wins over the threshold.
    public func isAcceptable(value: Int, asset: Int, threat: Int, vulnerability: Int) -> Bool {
        if let rule = overrides.first(where: { $0.applies(asset: asset, threat: threat, vulnerability: vulnerability) }) {
            return rule.outcome == .accept
        }
        return comparison.holds(value, threshold)
    }

    /// The threshold rule in words.
    public var summary: String { "acceptable when risk value \(comparison.rawValue) \(threshold)" }
}

/// The risk assessment approach of the knowledge base: scales, formula, acceptance, review interval.
public struct Methodology: Hashable, Sendable {
    public var approach: String
    public var scales: [ScaleKind: Scale]
    public var formula: RiskFormula
    public var acceptance: AcceptanceCriteria
    public var reviewInterval: Interval

    public init(approach: String, scales: [ScaleKind: Scale], formula: RiskFormula, acceptance: AcceptanceCriteria, reviewInterval: Interval) {
        self.approach = approach
        self.scales = scales
        self.formula = formula
        self.acceptance = acceptance
        self.reviewInterval = reviewInterval
    }

    public func scale(_ kind: ScaleKind) -> Scale { scales[kind] ?? Methodology.standard.scales[kind]! }

    /// The scale asset values are rated on for one element.
    public func scale(for element: RiskElement) -> Scale {
        switch element {
        case .confidentiality: return scale(.confidentiality)
        case .integrity: return scale(.integrity)
        case .availability: return scale(.availability)
        }
    }

    /// The scales, formula and acceptance rules of the medical-ISMS guide (tables 5-4 to 5-13).
    public static let standard = Methodology(
        approach: "detailed",
        scales: [
            .confidentiality: Scale([
                ScaleLevel(1, "Published", "May be disclosed to third parties; a leak would barely affect care."),
                ScaleLevel(2, "Internal use", "Shared only inside the organisation; a leak would affect care a little."),
                ScaleLevel(3, "Secret", "Shared only with named departments or parties; a leak would affect care seriously."),
                ScaleLevel(4, "Highly confidential", "Shared only with named parties; a leak could be grave or fatal for care."),
            ]),
            .integrity: Scale([
                ScaleLevel(1, "Unnecessary", "Reference only; alteration causes no problem."),
                ScaleLevel(2, "Necessary", "Alteration causes problems but hardly affects care."),
                ScaleLevel(3, "Important", "Loss of integrity could be grave or fatal for care."),
            ]),
            .availability: Scale([
                ScaleLevel(1, "Low", "Unavailability has no effect on care."),
                ScaleLevel(2, "Middle", "Work can go on another way or wait until the information is back."),
                ScaleLevel(3, "High", "Unavailability when needed could be grave or fatal for care."),
            ]),
            .threat: Scale([
                ScaleLevel(1, "Low", "Expected once a year or less."),
                ScaleLevel(2, "Medium", "Expected about every six months."),
                ScaleLevel(3, "High", "Expected monthly or more often."),
            ]),
            .vulnerability: Scale([
                ScaleLevel(1, "Low", "Well protected; hard to exploit."),
                ScaleLevel(2, "Medium", "Partly protected."),
                ScaleLevel(3, "High", "Exposed with no effective protection."),
            ]),
        ],
        formula: .product,
        acceptance: AcceptanceCriteria(
            threshold: 9, comparison: .lessOrEqual,
            overrides: [AcceptanceOverride(assetValueAtLeast: 4, outcome: .treat)]
        ),
        reviewInterval: Interval(count: 12, unit: .month)
    )
}
