/// The three security elements a risk is assessed on.
public enum RiskElement: String, Sendable, Hashable, CaseIterable, Comparable {
    case confidentiality = "C"
    case integrity = "I"
    case availability = "A"

    public static func < (a: RiskElement, b: RiskElement) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var name: String {
        switch self {
        case .confidentiality: return "confidentiality"
        case .integrity: return "integrity"
        case .availability: return "availability"
        }
    }
}

/// Asset values per element (C, I, A).
public struct ElementValues: Hashable, Sendable {
    public var confidentiality: Int
    public var integrity: Int
    public var availability: Int

    public init(confidentiality: Int, integrity: Int, availability: Int) {
        self.confidentiality = confidentiality
        self.integrity = integrity
        self.availability = availability
    }

    public subscript(element: RiskElement) -> Int {
        get {
            switch element {
            case .confidentiality: return confidentiality
            case .integrity: return integrity
            case .availability: return availability
            }
        }
        set {
            switch element {
            case .confidentiality: confidentiality = newValue
            case .integrity: integrity = newValue
            case .availability: availability = newValue
            }
        }
    }

    /// The asset's value: the highest of its elements.
    public var highest: Int { max(confidentiality, integrity, availability) }
}

/// The risk value and verdict for one element.
public struct ElementRisk: Hashable, Sendable {
    public var element: RiskElement
    public var assetValue: Int
    public var value: Int
    public var acceptable: Bool
}

/// The outcome of applying the methodology to one risk: per-element values, the overall value, acceptability.
public struct RiskEvaluation: Hashable, Sendable {
    public var threat: Int
    public var vulnerability: Int
    public var elements: [ElementRisk]

    /// The overall risk value: the highest element value.
    public var value: Int { elements.map(\.value).max() ?? 0 }
    /// A risk is acceptable only when every element it affects is.
    public var acceptable: Bool { elements.allSatisfy(\.acceptable) }

    public func element(_ e: RiskElement) -> ElementRisk? { elements.first { $0.element == e } }
}

extension Methodology {
    /// Applies the formula and the acceptance criteria to each affected element.
    public func evaluate(assetValues: ElementValues, threat: Int, vulnerability: Int, elements: [RiskElement] = RiskElement.allCases) -> RiskEvaluation {
        let affected = Set(elements).sorted()
        return RiskEvaluation(threat: threat, vulnerability: vulnerability, elements: affected.map { element in
            let asset = assetValues[element]
            let value = formula.value(asset: asset, threat: threat, vulnerability: vulnerability)
            return ElementRisk(
                element: element, assetValue: asset, value: value,
                acceptable: acceptance.isAcceptable(value: value, asset: asset, threat: threat, vulnerability: vulnerability)
            )
        })
    }

    /// The look-up table: one row per asset value, one column per (threat, vulnerability) pair.
    public func lookupTable(assetValues: [Int]) -> [[(value: Int, acceptable: Bool)]] {
        let threats = scale(.threat).levels.map(\.value)
        let vulns = scale(.vulnerability).levels.map(\.value)
        return assetValues.map { a in
            threats.flatMap { t in
                vulns.map { v in
                    let value = formula.value(asset: a, threat: t, vulnerability: v)
                    return (value, acceptance.isAcceptable(value: value, asset: a, threat: t, vulnerability: v))
                }
            }
        }
    }
}
