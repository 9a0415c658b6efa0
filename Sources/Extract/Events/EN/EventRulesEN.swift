/// English tables for event mentions and claims.
///
/// Rules (names as they appear on mentions and claims):
/// - `<event> (lexicon)`: an event type or agreement from the lexicon ("Digital Partnership Council").
/// - `<signing|launch> of <agreement> (en)`: an act on an agreement is that agreement's event.
/// - `<meeting|session> of <event> (en)`: "the 3rd meeting of the Council…" is the Council's 3rd.
/// - `<parties> <meet> (en)`: "the EU and Japan met…" without an event noun.
/// - `<ordinal> <event> (en)`, `<event> … <date> (en)`, `<date>, … <event> (en)`, `<event> in <place> (en)`,
///   `<event> at <event> (en)`, `at <event>, … <event> (en)`, `<event> … <people> (en)`,
///   `<date> … . <pronoun> <event> (en)`, `<event> at <event> … <date> (en)`, `<person> <role> (en)`.
enum EventRulesEN {
    static let grammar = EventGrammar(
        language: .en,
        genitives: ["of", "of the"].map(WordSequence.init),
        determiners: WordSet(["the", "a", "an", "their", "its", "this", "that", "our", "his", "her"]),
        conjunctions: WordSet(["and"]),
        between: WordSet(["between"]),
        heldAtMarkers: ["during", "on the sidelines", "on the margins", "in the margins", "on the occasion", "at the occasion",
                        "in the run-up", "ahead"].map(WordSequence.init),
        heldAtMarkersForActs: ["at"].map(WordSequence.init),
        locatives: WordSet(["in", "at"]),
        dateBlockers: WordSet(["since", "until", "till", "before", "after", "by"]),
        dateLeadIns: WordSet(["in", "on", "the", "of"]),
        actVerbs: WordSet(["signed", "sign", "signs", "launched", "launch", "launches", "concluded", "conclude", "concludes",
                           "inked", "adopted", "adopt", "adopts"]),
        meetVerbs: WordSet(["met", "meet", "meets", "hold", "holds", "convened", "convene", "convenes", "co-chaired",
                            "chaired", "hosted", "host", "hosts"]),
        happenVerbs: WordSet(["held", "place", "happened", "occurred"]),
        takeVerbs: WordSet(["take", "took", "takes", "taking", "taken"]),
        clauseOpeners: WordSet(["which", "who", "whom", "whose", ";"]),
        qualifierSuffixes: ["al", "ic", "ical", "ory", "ive", "ary", "ous"],
        referenceAdjectives: WordSet(["last", "next", "previous", "recent", "latest", "upcoming", "same", "first", "second",
                                      "third", "fourth", "final", "annual", "ministerial", "inaugural", "the", "a", "an",
                                      "their", "its", "this", "that"]),
        sequelWords: WordSet(["next", "previous", "last", "upcoming", "following", "prior"]),
        ellipsisFollowers: WordSet(["will", "is", "was", "would", "should", "took", "takes", "is", "had", "has",
                                    "one", ",", ";", "."]),
        adjectivesFollowNoun: false,
        partiesBeforeNoun: true,
        idiomPrefixes: [],
        names: EventRuleNames(.en, act: "<signing|launch> of <agreement>", generic: "<meeting|session> of <event>",
                              meet: "<parties> <meet>", locative: "in", heldAt: "at")
    )
}
