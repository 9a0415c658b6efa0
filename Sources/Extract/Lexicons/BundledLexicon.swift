extension Lexicon {
    /// The lexicon shipped with crosscheck: parties, places, event types and agreements, role
    /// nouns, in French and English. Users add their own entries with `--lexicon FILE`.
    public static let bundled = Lexicon(PartiesLexicon.entries + PlacesLexicon.entries
                                        + EventTypesLexicon.entries + RolesLexicon.entries)

    /// Event types that happen once per set of parties: the launch or signing of a named
    /// agreement ("digital-partnership"). The generic "agreement" is not one of them.
    /// Their entry into force happens once too ("entry-into-force-of-the-" + id, see
    /// `Lexicon.entryIntoForce(of:)`).
    public var oneOffEventTypes: Set<String> {
        let ids = entries.filter { $0.kind == .agreement && $0.properties["refers-to"] == nil }.map(\.id)
        let bodies = entries.filter { $0.kind == .event && $0.properties["refers-to"] == nil
                                      && (Lexicon.isBody($0.properties["class"]) || $0.traits.isProcess) }
        return Set(ids + ids.map(Lexicon.entryIntoForce(of:)) + bodies.map { Lexicon.launch(of: $0.id) })
    }

    /// Whether an event type is an agreement known by its name, which the lexicon need not list
    /// ("quirinal-treaty", "oslo-agreement", see `NamedAgreements`), or its entry into force:
    /// they happen once, as the lexicon's agreements do. Their ids end with their kind.
    public static func isNamedAgreement(_ type: String) -> Bool {
        let bytes = type.utf8
        return namedAgreementSuffixes.contains { bytes.count > $0.count && bytes.suffix($0.count).elementsEqual($0) }
    }

    /// "-" and each kind of named agreement.
    private static let namedAgreementSuffixes = NamedAgreementKind.allCases.map { Array(("-" + $0.rawValue).utf8) }

    /// The event type of the launch of a standing body ("the TTC was launched in April 2022",
    /// "lancé en 2021, le CCT…") or of a process ("negotiations launched in 1999"): once per
    /// body or process and set of parties, unlike its meetings. (Two negotiations of the same
    /// parties, on two agreements, would be taken for one.)
    public static func launch(of type: String) -> String { "launch-of-the-" + type }

    /// Councils and dialogues are standing bodies that meet again and again; summits and
    /// meetings are not launched.
    static func isBody(_ eventClass: String?) -> Bool { eventClass == "council" || eventClass == "dialogue" }

    /// The event type of an agreement's entry into force: a day of its own, not the day it was
    /// signed ("signed on 30 December 2020, in force since 1 May 2021").
    public static func entryIntoForce(of type: String) -> String { "entry-into-force-of-the-" + type }
}
