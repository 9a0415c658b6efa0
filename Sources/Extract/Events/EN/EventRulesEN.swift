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
        determiners: KeywordSet(["the", "a", "an", "their", "its", "this", "that", "our", "his", "her"]),
        conjunctions: KeywordSet(["and"]),
        between: KeywordSet(["between"]),
        with: KeywordSet(["with"]),
        heldAtMarkers: ["during", "on the sidelines", "on the margins", "in the margins", "on the occasion", "at the occasion",
                        "in the run-up", "ahead"].map(WordSequence.init),
        heldAtMarkersForActs: ["at"].map(WordSequence.init),
        locatives: KeywordSet(["in", "at"]),
        dateBlockers: KeywordSet(["since", "until", "till", "before", "after", "by"]),
        runVerbs: KeywordSet(["runs", "run", "running", "lasts", "last", "continues", "continue"]),
        sinceWords: KeywordSet(["since"]),
        sinceStandIns: KeywordSet(["one"]),
        dateLeadIns: KeywordSet(["in", "on", "the", "of"]),
        actVerbs: KeywordSet(["signed", "sign", "signs", "launched", "launch", "launches", "concluded", "conclude", "concludes",
                           "inked", "adopted", "adopt", "adopts"]),
        meetVerbs: KeywordSet(["met", "meet", "meets", "hold", "holds", "convened", "convene", "convenes", "co-chaired",
                            "chaired", "hosted", "host", "hosts"]),
        happenVerbs: KeywordSet(["held", "place", "happened", "occurred"]),
        takeVerbs: KeywordSet(["take", "took", "takes", "taking", "taken"]),
        clauseOpeners: KeywordSet(["which", "who", "whom", "whose", ";"]),
        subordinators: ["as", "while", "whereas", "although", "though", "because"].map(WordSequence.init),
        whileConjunctions: ["as", "when", "while"],
        notSubordinators: ["such as", "as well", "well as", "as of", "as part", "even though"].map(WordSequence.init),
        firstRestrictors: ["held in", "held outside", "held on", "to take place in", "to be held in", "to be hosted by", "hosted by", "hosted in", "organised in", "organized in", "to be held", "since", "of its kind", "outside", "on African soil", "on Asian soil", "on European soil", "on American soil", "on the continent", "in Africa", "in Asia", "in Europe", "in Latin America"],
        openingCues: ["opened", "opens", "open", "began", "begins", "kicked off", "kicks off", "got under way", "gets under way"],
        closingCues: ["ended", "ends", "closed", "closes", "wrapped up", "wraps up", "finished", "finishes", "runs until", "run until", "lasts until", "continues until"],
        closingConnectives: ["at the end", "at the close", "at the conclusion"],
        forceCues: ["into force", "in force", "took effect", "takes effect", "take effect", "provisionally applied", "applied provisionally"],
        launchCues: ["launched", "set up", "created", "established", "inaugurated"],
        processLaunchCues: ["began", "begun", "started", "opened", "kicked off"],
        hostVerbs: KeywordSet(["hosts", "hosted", "hosting", "host", "welcomes", "welcomed", "welcoming"]),
        bodyNouns: KeywordSet(["committee", "subcommittee", "sub-committee", "commission", "board", "panel", "assembly", "parliament", "taskforce"]),
        openingParticiples: KeywordSet(["meeting", "gathering", "gathered", "convening", "convened", "assembled"]),
        formerPlanCues: ["originally", "initially", "first scheduled", "first planned"],
        countedNouns: [("member countries", "members"), ("member states", "members"), ("member nations", "members"), ("allies", "members"), ("countries", "countries"),
                       ("nations", "countries"), ("delegations", "delegations"), ("delegates", "delegates"),
                       ("heads of state and government", "leaders"), ("heads of state", "leaders"), ("leaders", "leaders"),
                       ("ministers", "ministers"), ("participants", "participants"), ("commissioners", "commissioners"),
                       ("members", "members")],
        qualifierSuffixes: ["al", "ic", "ical", "ory", "ive", "ary", "ous"],
        referenceAdjectives: KeywordSet(["last", "next", "previous", "recent", "latest", "upcoming", "same", "first", "second",
                                      "third", "fourth", "final", "annual", "ministerial", "inaugural", "the", "a", "an",
                                      "their", "its", "this", "that"]),
        sequelWords: KeywordSet(["next", "previous", "last", "upcoming", "following", "prior"]),
        ellipsisFollowers: KeywordSet(["will", "is", "was", "would", "should", "took", "takes", "is", "had", "has",
                                    "one", ",", ";", "."]),
        adjectivesFollowNoun: false,
        partiesBeforeNoun: true,
        idiomPrefixes: [],
        names: EventRuleNames(.en, act: "<signing|launch> of <agreement>", generic: "<meeting|session> of <event>",
                              meet: "<parties> <meet>", locative: "in", heldAt: "at", inForce: "into force", launched: "launched")
    )
}
