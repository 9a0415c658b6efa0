import Extract

/// One claim's part in a finding: what it says, how, and where.
///
/// The claim is not copied in: a statement names it by position in its batch, whose array all
/// the batch's statements share (a claim is a large value, and a batch gives a statement to
/// nearly every claim). It compares and hashes as its claim and value.
public struct Statement: Hashable, Sendable {
    /// The batch's claims, shared, and the position of this statement's claim in them.
    private let batch: [Claim]
    private let index: Int
    /// Normalised value as the report shows it ("2022-05", "summit:EU+JP#28", "JP-TYO").
    public let value: String

    public init(claim: Claim, value: String) { self.batch = [claim]; self.index = 0; self.value = value }

    /// The statement of claim `index` of `claims`, without copying it.
    init(_ claims: InputClaims, _ index: Int, value: String) {
        self.batch = claims.array; self.index = index; self.value = value
    }

    public var claim: Claim { batch[index] }

    /// Read in place (a subscript of the array would copy the whole claim first).
    public var document: String { batch.withUnsafeBufferPointer { $0[index].evidence.document } }

    public static func == (a: Statement, b: Statement) -> Bool { a.claim == b.claim && a.value == b.value }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(claim)
        hasher.combine(value)
    }
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
