import Extract

/// One claim's part in a finding: what it says, how, and where.
public struct Statement: Hashable, Sendable {
    public let claim: Claim
    /// Normalised value as the report shows it ("2022-05", "summit:EU+JP#28", "JP-TYO").
    public let value: String

    public init(claim: Claim, value: String) { self.claim = claim; self.value = value }

    public var document: String { claim.evidence.document }
}

/// A verdict on one attribute of one event, with every statement that led to it.
public struct Finding: Hashable, Sendable, Identifiable {
    /// Stable across runs and input order: derived from the event id, attribute and kind family.
    public let id: String
    public let verdict: Verdict
    public let kind: FindingKind
    public let event: String            // ``LinkedEvent/id``
    public let attribute: Attribute
    /// How people call what the finding is about: "the 3rd digital partnership council (EU–JP)",
    /// "the digital partnership council (EU–JP) series".
    public let subject: String
    /// Distinct values, each with the statements that give it, in a stable order.
    public let values: [FindingValue]
    /// One sentence naming the sources and the values.
    public let explanation: String

    public var documents: [String] { Array(Set(values.flatMap { $0.statements.map(\.document) })).sorted() }
}

/// One value of a finding and the statements that give it.
public struct FindingValue: Hashable, Sendable {
    public let value: String
    public let statements: [Statement]
}
