/// The words a language uses around event mentions, as hashed tables, and the names of the
/// rules that draw claims. One value per language (`EventRulesFR.grammar`, `EventRulesEN.grammar`);
/// the event and claim rules are written once against it.
///
/// A class: every stage of a document's analysis holds the grammar, and a struct of some fifty
/// tables would be copied (fifty retains) into each; a reference is one.
final class EventGrammar: Sendable {
    let language: Language
    /// "de", "du", "de l'", "of", "of the": between an act and its agreement, a noun and its party.
    let genitives: WordSequences
    /// Determiners and possessives that may open a noun phrase: "le", "leur", "the", "their".
    let determiners: KeywordSet
    /// "et", "and".
    let conjunctions: KeywordSet
    /// "entre", "between".
    let between: KeywordSet
    /// "avec", "with": before the other side of an event ("a summit with China").
    let with: KeywordSet
    /// Heads of the phrases that put one event at another: "lors", "en marge", "during", "on the sidelines".
    let heldAtMarkers: WordSequences
    /// The same, but only for an agreement or document signed or launched at an event: "au", "at".
    let heldAtMarkersForActs: WordSequences
    /// Prepositions that make a place the place of an event: "à", "in".
    let locatives: KeywordSet
    /// Verbs of chairing alone: "chaired", "présidée". Co-chairs are left out ("co-chaired",
    /// "coprésidée"): reports name one co-chair or both, each side by its own people, and two
    /// reports naming one co-chair each do not disagree.
    let chairVerbs: KeywordSet
    /// The word that brings the agent of a passive: "by", "par".
    let agentWords: KeywordSet
    /// Phrases that name who chaired right before them: "under the chairmanship of", "sous la
    /// présidence de".
    let chairLeadIns: WordSequences
    /// Nouns of a source right before a locative ("selon une source gouvernementale à
    /// Belgrade", "two diplomats in Brussels said", "Iceland's ambassador in Warsaw"): the place
    /// is where the source sits, not where the event is.
    let sourceNouns: KeywordSet
    /// Words before a date that make it no event date: "depuis", "jusqu'", "since", "until".
    /// Verbs of duration before "until"/"jusqu'à": the date after them is the gathering's last
    /// day, not a bound on something else ("The summit, which runs until Monday, Nov. 16").
    let runVerbs: KeywordSet
    let dateBlockers: KeywordSet
    /// Words that open a clause of time with its own event: "just days after EU leaders gathered
    /// in Brussels on 25-26 June", "avant que les ministres se retrouvent le 3 mai". A date in
    /// such a clause is that clause's, unless an event is named in it.
    let timeClauseOpeners: KeywordSet
    /// Words that make an event a moment other things are dated by: "figures released ahead of
    /// the meeting, trade rose by 18 per cent last year", "à la veille du sommet, …". After
    /// such an event and a comma, a value is the new clause's, not the event's.
    let timePrepositions: WordSequences
    /// The blockers that also hold over a place or name: "since", "depuis".
    let sinceWords: KeywordSet
    /// Pronouns standing for the event after "since": "le premier depuis celui de Kiev, en
    /// février 2023", "the first since the one in Kyiv in February 2023".
    let sinceStandIns: KeywordSet
    /// Words skipped when looking for a blocker before a date: "en", "le", "in", "on".
    let dateLeadIns: KeywordSet
    /// Verbs of signing, launching, concluding (an agreement or a document).
    let actVerbs: KeywordSet
    /// Verbs of meeting and holding ("s'est réuni", "se tiendra", "met", "was held").
    let meetVerbs: KeywordSet
    /// Who meets at a summit: "heads of government", "leaders", "chefs d'État", "dirigeants"
    /// (a numbered meeting of theirs is a summit).
    let leaderNouns: WordSequences
    /// Words that open a clause of purpose before a verb: "pour", "afin", "to" ("réunis à Banff
    /// pour préparer la rencontre": an event after it is no object of the verb before).
    let purposeMarkers: KeywordSet
    /// Verbs of happening, said of any event, a signing included ("a eu lieu", "took place").
    let happenVerbs: KeywordSet
    /// Words before "place" that make a meeting verb of it: "took place", "will take place".
    let takeVerbs: KeywordSet
    /// Words that open a relative clause, where modality is read separately: "qui", "which".
    let clauseOpeners: KeywordSet
    /// Relative pronouns of possession: "le Comesa, dont le sommet se tiendra à Lusaka", "Comesa,
    /// whose summit…": the event after one is the party's before it.
    let possessiveRelatives: KeywordSet
    /// Words right next to a generic noun that make it a different event, not a reference
    /// ("le dialogue réglementaire", "the regulatory dialogue"): suffixes of such adjectives…
    let qualifierSuffixes: [StaticString]
    /// …except these, which keep it a reference ("la dernière réunion", "the next meeting").
    let referenceAdjectives: KeywordSet
    /// Conjunctions that open a subordinate clause: "as", "while", "alors que", "tandis que".
    /// Parties named in one are no subject of the sentence's events (see `EventParties`).
    let subordinators: WordSequences
    /// Conjunctions of time: "…pressed Xi on Thursday, as the summit opened": the day of the
    /// main clause is the event's.
    let whileConjunctions: WordSequences
    /// Where those words subordinate nothing: "such as", "as well as", "as part of".
    let notSubordinators: WordSequences
    /// What a count of an event counts, right after its number ("38 member countries", "37 pays
    /// membres"), with the key both languages share ("member-countries"): counts compare only
    /// when they count the same thing. Key "states": counted only as the members of a body named
    /// after them ("les 35 États de la Celac").
    /// Grouped by first word, each group in the order written (see `countedNouns(startingWith:)`).
    let countedNouns: [(words: WordSequence, key: String)]
    /// Words joined to a number by a hyphen that count members: "the 15-member bloc", "the
    /// 16-nation SADC" (English only: French says "le bloc de 15 membres").
    let memberCompounds: KeywordSet
    /// The first words of `countedNouns`, tested before the sequences.
    let countedNounHeads: KeywordSet
    /// First word → its range of `countedNouns`: a count reads the nouns that may start after
    /// it, not every one.
    private let countedNounsByHead: KeywordTable<Range<Int>>

    /// The counted nouns whose first word has token hash `head`, in the order written.
    func countedNouns(startingWith head: UInt64) -> ArraySlice<(words: WordSequence, key: String)> {
        countedNouns[countedNounsByHead[head] ?? 0..<0]
    }
    /// Words between counted members and the body they belong to: "the 33 states that make up
    /// CELAC", "les pays qui composent l'Union africaine". (A genitive does it too: "of the
    /// European Union", "de la Celac".)
    let memberOfCues: WordSequences
    /// Words after "the first <event>" that make "first" a superlative, not its number in the
    /// series: "the first G20 summit held in Africa", "le premier sommet depuis 2004".
    let firstRestrictors: WordSequences
    /// A span of time after "the first <event>", which makes "first" a superlative: its
    /// lead-in and its units ("in seven years", "en sept ans").
    let spanLeadIns: KeywordSet
    let spanUnits: KeywordSet
    /// Verbs that make a date the first or the last day of a gathering: "opened", "s'est
    /// ouvert"; "ended", "s'est achevé". Such a day is compared as an edge of the event, not as
    /// all of it ("opened on Saturday 22" and "ended on Sunday 23" agree).
    let openingCues: WordSequences
    let closingCues: WordSequences
    /// Words that make the day of a main clause the last day of the gathering they introduce,
    /// after a comma: "…se sont séparés mercredi 8 juillet à Ankara, au terme d'un sommet de
    /// deux jours", "…left Ankara on Wednesday, at the end of a two-day summit". A genitive
    /// ("de", "of") follows them.
    let closingConnectives: WordSequences
    /// Words that make a date an agreement's entry into force, not its signing, when they stand
    /// between the two or name the act: "entered into force", "in force since", "en vigueur".
    let forceCues: WordSequences
    /// Words that make a date a standing body's launch, not one of its meetings: "launched",
    /// "set up", "lancé", "créé".
    let launchCues: WordSequences
    /// Words that also launch a process, not a body ("negotiations began in 2018", "les
    /// négociations ont débuté en 2018"; "the Council began on Monday" is a meeting's first day).
    let processLaunchCues: WordSequences
    /// Participles of gathering that may open a sentence, up to its comma, whose day and place
    /// are then the event of the main clause's: "Réunis jeudi à Odessa, les dirigeants… ont tenu
    /// leur 25e sommet", "Meeting in Odesa on Thursday, the leaders held their 25th summit".
    let openingParticiples: KeywordSet
    /// Lowercase nouns of standing bodies: a generic meeting "of" one is that body's, not a
    /// reference to the event talked of ("la réunion annuelle du comité commerce de l'EVFTA",
    /// "the annual meeting of the EVFTA trade committee").
    let bodyNouns: KeywordSet
    /// Possessives a body's own meeting is told with ("its own session", "sa 28e réunion").
    let possessives: KeywordSet
    /// "own", "propre": between a possessive and its noun.
    let ownWords: KeywordSet
    /// Verbs whose subject receives a gathering rather than takes part as a side: "la Moldavie
    /// accueille la réunion annuelle des ministres", "Kazakhstan is hosting the summit". Its
    /// parties are then not the subject's.
    let hostVerbs: KeywordSet
    /// Words that make a date a plan given up, not the event's: "originally scheduled for
    /// Oct. 27 to 29, was pushed back to…", "initialement prévu début septembre".
    let formerPlanCues: WordSequences
    /// Words that make an event another instance of its series, not the one already named:
    /// "le précédent sommet", "la prochaine réunion", "the next summit", "last year's summit".
    let sequelWords: KeywordSet
    /// Adjectives of an edition that leave its series and number alone: between an ordinal and
    /// its noun ("the 70th ordinary session", "the 30th annual summit") or after the noun, before
    /// its genitive ("la 70e session ordinaire de la Conférence des chefs d'État"). Not
    /// "extraordinary" or "special": those sessions are numbered apart from the ordinary ones.
    let editionAdjectives: KeywordSet
    /// Words that may follow a sequel word standing for its noun ("le prochain aura lieu à
    /// Johannesburg", "next year's will take place in …"): auxiliaries, verbs, punctuation.
    let ellipsisFollowers: KeywordSet
    /// Whether adjectives follow the noun (French) or precede it (English).
    let adjectivesFollowNoun: Bool
    /// Whether parties may stand before the event noun ("EU-Japan summit").
    let partiesBeforeNoun: Bool
    /// Nouns of an agreement known by its name ("the Quirinal Treaty", "le traité de Lisbonne",
    /// "les accords d'Oslo"), each with the kind both languages call it by: the kind and the
    /// name make its id ("quirinal-treaty", "oslo-agreement"; see `NamedAgreements`).
    let namedAgreementNouns: KeywordSet
    let namedAgreementKinds: KeywordTable<NamedAgreementKind>
    /// What joins a treaty to the subject it is named after: "le traité sur l'Antarctique", "the
    /// Treaty on Open Skies" (treaties only: "the agreement on Gaza" tells what it is about).
    let treatySubjectLinks: WordSequences
    /// Capitalised words that make no name on their own ("the Friendship Treaty", "l'accord de
    /// Partenariat"): a kind of agreement many pairs sign, not one agreement.
    let commonNameWords: KeywordSet
    /// "d'accord": a generic noun in an idiom, never an event.
    let idiomPrefixes: WordSequences
    /// Rule names stamped on mentions and claims.
    let names: EventRuleNames

    /// "pour préparer", "afin de préparer", "to prepare": whether a clause of purpose opens at
    /// token `k` (a marker, then a lowercase word that is no determiner: a verb).
    func opensPurpose(at k: Int, in text: TokenizedText) -> Bool {
        guard text.isWord(k, in: purposeMarkers) else { return false }
        var v = k + 1
        if let e = text.end(ofAny: genitives, at: v), e == v + 1 { v = e }   // "afin de"
        return text.isLowercaseWord(v) && !text.isWord(v, in: determiners)
    }

    /// `clauseOpeners` as a filter that rejects most other words in one test: every token of
    /// a sentence read for modality is checked.
    let clauseOpenerFilter: HashFilter

    /// The memberwise initialiser the tables (`EventRulesFR`, `EventRulesEN`) are written against.
    init(language: Language, genitives: [WordSequence], determiners: KeywordSet, conjunctions: KeywordSet,
         between: KeywordSet, with: KeywordSet, heldAtMarkers: [WordSequence], heldAtMarkersForActs: [WordSequence],
         locatives: KeywordSet, chairVerbs: KeywordSet, agentWords: KeywordSet, chairLeadIns: [String], sourceNouns: KeywordSet, dateBlockers: KeywordSet, timeClauseOpeners: KeywordSet, timePrepositions: [String], runVerbs: KeywordSet, sinceWords: KeywordSet, sinceStandIns: KeywordSet, dateLeadIns: KeywordSet, actVerbs: KeywordSet,
         meetVerbs: KeywordSet, leaderNouns: [String], purposeMarkers: KeywordSet, happenVerbs: KeywordSet, takeVerbs: KeywordSet, clauseOpeners: KeywordSet, possessiveRelatives: KeywordSet,
         subordinators: [WordSequence], whileConjunctions: [String], notSubordinators: [WordSequence], firstRestrictors: [String], spanLeadIns: KeywordSet, spanUnits: KeywordSet, openingCues: [String], closingCues: [String], closingConnectives: [String], forceCues: [String], launchCues: [String], processLaunchCues: [String], hostVerbs: KeywordSet, bodyNouns: KeywordSet, possessives: KeywordSet, ownWords: KeywordSet, openingParticiples: KeywordSet, formerPlanCues: [String], countedNouns: [(String, String)], memberCompounds: KeywordSet, memberOfCues: [String],
         qualifierSuffixes: [StaticString], referenceAdjectives: KeywordSet, sequelWords: KeywordSet, editionAdjectives: KeywordSet,
         ellipsisFollowers: KeywordSet, adjectivesFollowNoun: Bool, partiesBeforeNoun: Bool,
         namedAgreementNouns: [(String, NamedAgreementKind)], treatySubjectLinks: [String], commonNameWords: KeywordSet, idiomPrefixes: [WordSequence], names: EventRuleNames) {
        self.language = language
        self.genitives = WordSequences(genitives)
        self.determiners = determiners
        self.conjunctions = conjunctions
        self.between = between
        self.with = with
        self.heldAtMarkers = WordSequences(heldAtMarkers)
        self.heldAtMarkersForActs = WordSequences(heldAtMarkersForActs)
        self.locatives = locatives
        self.sourceNouns = sourceNouns
        self.chairVerbs = chairVerbs
        self.agentWords = agentWords
        self.chairLeadIns = WordSequences(chairLeadIns)
        self.dateBlockers = dateBlockers
        self.timeClauseOpeners = timeClauseOpeners
        self.timePrepositions = WordSequences(timePrepositions)
        self.runVerbs = runVerbs
        self.sinceWords = sinceWords
        self.sinceStandIns = sinceStandIns
        self.dateLeadIns = dateLeadIns
        self.actVerbs = actVerbs
        self.meetVerbs = meetVerbs
        self.leaderNouns = WordSequences(leaderNouns)
        self.purposeMarkers = purposeMarkers
        self.happenVerbs = happenVerbs
        self.takeVerbs = takeVerbs
        self.clauseOpeners = clauseOpeners
        self.possessiveRelatives = possessiveRelatives
        self.subordinators = WordSequences(subordinators)
        self.whileConjunctions = WordSequences(whileConjunctions)
        self.notSubordinators = WordSequences(notSubordinators)
        // Grouped by first word (stably): each head's nouns are one range of the list.
        let nouns = countedNouns.map { (words: WordSequence($0.0), key: $0.1) }
        var heads: [UInt64] = []
        for noun in nouns { if let h = noun.words.hashes.first, !heads.contains(h) { heads.append(h) } }
        var grouped: [(words: WordSequence, key: String)] = [], ranges: [(UInt64, Range<Int>)] = []
        for h in heads {
            let start = grouped.count
            grouped += nouns.filter { $0.words.hashes.first == h }
            ranges.append((h, start..<grouped.count))
        }
        self.countedNouns = grouped
        countedNounsByHead = KeywordTable(ranges)
        self.firstRestrictors = WordSequences(firstRestrictors)
        self.spanLeadIns = spanLeadIns
        self.spanUnits = spanUnits
        self.openingCues = WordSequences(openingCues)
        self.closingCues = WordSequences(closingCues)
        self.closingConnectives = WordSequences(closingConnectives)
        self.forceCues = WordSequences(forceCues)
        self.launchCues = WordSequences(launchCues)
        self.processLaunchCues = WordSequences(processLaunchCues)
        self.hostVerbs = hostVerbs
        self.bodyNouns = bodyNouns
        self.possessives = possessives
        self.ownWords = ownWords
        self.openingParticiples = openingParticiples
        self.formerPlanCues = WordSequences(formerPlanCues)
        countedNounHeads = KeywordSet(hashes: self.countedNouns.compactMap(\.words.hashes.first))
        self.memberCompounds = memberCompounds
        self.memberOfCues = WordSequences(memberOfCues)
        self.qualifierSuffixes = qualifierSuffixes
        self.referenceAdjectives = referenceAdjectives
        self.sequelWords = sequelWords
        self.editionAdjectives = editionAdjectives
        self.ellipsisFollowers = ellipsisFollowers
        self.adjectivesFollowNoun = adjectivesFollowNoun
        self.partiesBeforeNoun = partiesBeforeNoun
        self.namedAgreementNouns = KeywordSet(namedAgreementNouns.map(\.0))
        namedAgreementKinds = KeywordTable(words: namedAgreementNouns)
        self.treatySubjectLinks = WordSequences(treatySubjectLinks)
        self.commonNameWords = commonNameWords
        self.idiomPrefixes = WordSequences(idiomPrefixes)
        self.names = names
        clauseOpenerFilter = HashFilter(clauseOpeners.hashes)
    }
}

/// The rule names of one language, as they appear on mentions and claims.
struct EventRuleNames: Sendable {
    let eventNoun: String          // "<event> (lexicon)"
    let actOfAgreement: String     // "<signature|lancement> de <accord>"
    let genericOfEvent: String     // "<réunion> de <événement>"
    let meetVerb: String           // "<parties> <se réunir>"
    let namedAgreement: String     // "<traité> de <Nom>"
    let date: String               // "<event> … <date>"
    let inForceDate: String        // "<agreement> … en vigueur … <date>"
    let launchDate: String         // "<council> … lancé … <date>"
    let frontedDate: String        // "<date>, … <event>"
    let previousSentenceDate: String // "<date> … . <leur> <event>"
    let venueDate: String          // "<event> at <event> … <date>"
    let place: String              // "<event> à <place>"
    let ordinal: String            // "<ordinal> <event>"
    let heldAt: String             // "<event> lors de <event>"
    let frontedHeldAt: String      // "lors de <event>, … <event>"
    let participants: String       // "<event> … <people>"
    let chair: String              // "<event> présidé par <people>"
    let count: String              // "<event> … <number> <counted>"
    let role: String               // "<name>, <role>" / "<role> <name>"
}

extension EventRuleNames {
    /// The name of the rule that attached a value to an event.
    subscript(rule rule: AttributeAttachment.Rule) -> String {
        switch rule {
        case .date: return date
        case .frontedDate: return frontedDate
        case .previousSentenceDate: return previousSentenceDate
        case .venueDate: return venueDate
        case .place: return place
        case .count: return count
        case .inForce: return inForceDate
        case .launch: return launchDate
        }
    }

    /// The name of the rule that found an event phrase.
    subscript(rule rule: EventPhrase.Rule) -> String {
        switch rule {
        case .eventNoun: return eventNoun
        case .actOfAgreement: return actOfAgreement
        case .genericOfEvent: return genericOfEvent
        case .meetVerb: return meetVerb
        case .namedAgreement: return namedAgreement
        }
    }

    init(_ language: Language, act: String, generic: String, meet: String, named: String, locative: String, heldAt: String, inForce: String, launched: String) {
        let l = " (" + language.rawValue + ")"
        eventNoun = "<event> (lexicon)"
        actOfAgreement = act + l
        genericOfEvent = generic + l
        meetVerb = meet + l
        namedAgreement = named + l
        date = "<event> … <date>" + l
        inForceDate = "<agreement> " + inForce + " … <date>" + l
        launchDate = "<council> " + launched + " … <date>" + l
        frontedDate = "<date>, … <event>" + l
        previousSentenceDate = "<date> … . <pronoun> <event>" + l
        venueDate = "<event> " + heldAt + " <event> … <date>" + l
        place = "<event> " + locative + " <place>" + l
        ordinal = "<ordinal> <event>" + l
        self.heldAt = "<event> " + heldAt + " <event>" + l
        frontedHeldAt = heldAt + " <event>, … <event>" + l
        participants = "<event> … <people>" + l
        chair = (language == .fr ? "<event> présidé par <people>" : "<event> chaired by <people>") + l
        count = "<event> … <number> <counted>" + l
        role = "<person> <role>" + l
    }
}
