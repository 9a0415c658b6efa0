/// The kinds of mention `crosscheck extract` prints, spelled as in the JSON contract.
public enum MentionType: String, Sendable, Codable, CaseIterable, Hashable {
    case date, ordinal, number, place, party, person, role, event
}

/// The normalised value of a mention.
public enum MentionValue: Hashable, Sendable {
    /// Boxed: a time is some 150 bytes, every other value 25 or less, and mentions are
    /// copied through lists and sorts; a box keeps every mention small.
    indirect case time(TimeValue)
    case ordinal(Int)
    case number(Quantity)
    /// A canonical lexicon id: a place ("BE-BRU"), a party ("EU", "JP"), an event type ("summit").
    case id(String)
    /// A person's name, or a role's label as written ("ministre de la Transformation numérique").
    case name(String)
}

/// A stretch of a document that one rule recognised, with its normalised value.
///
/// `rule` names the rule that produced it ("<day> <month-name> [<year>] (fr)"), so a report
/// that raises a wrong flag can be traced back to the rule responsible.
public struct Mention: Hashable, Sendable {
    public let type: MentionType
    public let span: TextSpan
    public let value: MentionValue
    public let rule: String

    public init(type: MentionType, span: TextSpan, value: MentionValue, rule: String) {
        self.type = type; self.span = span; self.value = value; self.rule = rule
    }
}
