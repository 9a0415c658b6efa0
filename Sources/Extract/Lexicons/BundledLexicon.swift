extension Lexicon {
    /// The lexicon shipped with crosscheck: parties, places, event types and agreements, role
    /// nouns, in French and English. Users add their own entries with `--lexicon FILE`.
    public static let bundled = Lexicon(PartiesLexicon.entries + PlacesLexicon.entries
                                        + EventTypesLexicon.entries + RolesLexicon.entries)

    /// Event types that happen once per set of parties: the launch or signing of a named
    /// agreement ("digital-partnership"). The generic "agreement" is not one of them.
    public var oneOffEventTypes: Set<String> {
        Set(entries.filter { $0.kind == .agreement && $0.properties["refers-to"] == nil }.map(\.id))
    }
}
