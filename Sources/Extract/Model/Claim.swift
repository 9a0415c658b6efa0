/// Whether the text asserts a fact, announces it as planned, or reports someone else's word.
public enum Modality: String, Sendable, Codable, Hashable {
    case asserted   // "s'est réuni", "was signed", "is held"
    case planned    // "se tiendra", "devrait avoir lieu", "est prévu pour", "will", "is expected to"
    case reported   // "selon", "according to"
}

/// The event a claim speaks about, as its document names it.
///
/// `type` and `parties` make the series ("digital-partnership-council:EU+JP"), identical in
/// French and English; `ordinal` picks the instance when the text gives one ("troisième");
/// `instance` numbers the distinct events of one document after in-document references
/// ("la troisième réunion", "the Council") were resolved, so claims about the same event in
/// one document share it.
public struct EventRef: Hashable, Sendable, Codable {
    public let type: String          // lexicon event-type id: "summit", "digital-partnership-council"
    public let parties: [String]     // canonical party ids, sorted: ["EU", "JP"]
    public let ordinal: Int?
    public let instance: Int

    public init(type: String, parties: [String], ordinal: Int?, instance: Int) {
        // Usually sorted already: checking costs no allocation, sorting does.
        var sorted = true
        for k in parties.indices.dropFirst() where parties[k - 1] > parties[k] { sorted = false; break }
        self.type = type; self.parties = sorted ? parties : parties.sorted(); self.ordinal = ordinal; self.instance = instance
    }

    /// "digital-partnership-council:EU+JP"; "summit:" when no party is known.
    public var series: String { type + ":" + parties.joined(separator: "+") }
}

/// What a claim says about its subject, spelled as in the JSON report.
public enum Attribute: String, Sendable, Codable, Hashable, CaseIterable {
    case date, place, ordinal, participants, heldAt = "held_at", count, role, chair
}

/// The value a claim gives its attribute.
public enum ClaimValue: Hashable, Sendable, Codable {
    case time(TimeValue)
    case place(String)                // canonical place id
    case ordinal(Int)
    case participants([String])       // canonical party ids and person names, sorted
    case event(EventRef)              // held_at: the event this one took place at
    case quantity(Quantity)
    case text(String)                 // a role label, normalised
    case chair([String])              // who chaired it (co-chairs too): person names, sorted
}

/// Where a claim comes from: enough to quote it and to find it again.
public struct Evidence: Hashable, Sendable, Codable {
    public let document: String
    public let language: Language
    public let sentence: TextSpan     // the whole sentence, for context
    public let span: TextSpan         // the words that state the value
    public let quote: String          // the sentence's text, verbatim

    public init(document: String, language: Language, sentence: TextSpan, span: TextSpan, quote: String) {
        self.document = document; self.language = language; self.sentence = sentence; self.span = span; self.quote = quote
    }
}

/// What a claim is about: an event, or a person (for roles).
public enum ClaimSubject: Hashable, Sendable, Codable {
    case event(EventRef)
    case person(String)               // normalised full name
}

/// One checkable statement: subject, attribute, value, modality, with its evidence and the
/// rule that drew it. Reconcile works on these values only and never re-reads text.
public struct Claim: Hashable, Sendable, Codable {
    public let subject: ClaimSubject
    public let attribute: Attribute
    public let value: ClaimValue
    public let modality: Modality
    public let evidence: Evidence
    public let rule: String

    public init(subject: ClaimSubject, attribute: Attribute, value: ClaimValue, modality: Modality,
                evidence: Evidence, rule: String) {
        self.subject = subject; self.attribute = attribute; self.value = value
        self.modality = modality; self.evidence = evidence; self.rule = rule
    }
}
