/// Which event of a sentence each date, place, venue and person belongs to.
///
/// - A date or place goes to the nearest event phrase before it (at most 12 tokens from the
///   phrase or its verb: "La troisième réunion devrait avoir lieu en 2025 à Tokyo"), else to the
///   nearest one after it (at most 4, no comma or clause between), else, when it opens the sentence ("Le 13 mai, … signeront une
///   lettre d'intention"), to the sentence's first event, else to an event that frames the
///   clause after a comma ("… on Tuesday endorsed a roadmap, at a summit hosted by Montenegro"). So "à Tokyo" in "lors du 29e sommet
///   Japon-UE à Tokyo" is the summit's, and "en mai 2023" far down a sentence is nobody's.
/// - A date after "depuis", "jusqu'à", "since", "until" is no event's date, nor a dateline's
///   ("PARIS, 5 juin (AFP) -", "Brussels, 24 June 2025 –"): the day the dispatch was filed.
/// - A place counts after a locative ("à Paris", "in Brussels"), unless a source stands before
///   the locative ("a source in Belgrade said") or an edition named by its rank alone ("after the
///   first in Samarkand"), as "de <place>" right after the
///   phrase ("le sommet de Hiroshima") or right before it in English ("the Tokyo summit").
/// - Two dates told together ("le mois dernier (26 mars)") give the more informative one.
/// - held_at: "<A> lors du <B>", "<A> at the <B>": A took place at B. A is the nearest event
///   before the marker; when the marker opens the sentence ("Lors du 28e sommet, l'accord a été
///   signé"), the first event after B.
/// - An event whose parties come from the previous sentence ("Le mois dernier (26 mars), l'UE
///   et la Corée du Sud ont annoncé… Lors de leur Conseil…") and that has no date in its own
///   sentence takes the date of that sentence, when that sentence names no event itself.
/// - A host with no date takes its venue's ("launched at the 29th summit in Tokyo in 2022").
/// - People go to the nearest event of their sentence.
struct AttributeAttachment {
    /// A dateline's date: a paragraph opens with the place in capitalised words, a comma and
    /// the date, then maybe "(AFP)", then a dash.
    static func isDateline(_ date: Range<Int>, _ text: TokenizedText) -> Bool {
        let comma = date.lowerBound - 1
        guard text.isPunctuation(comma, UInt8(ascii: ",")) else { return false }
        // Back to the paragraph's start over the place: capitalised words, with "-" or "'"
        // inside ("SAINT-JOHN'S"), six tokens at most.
        var k = comma - 1
        while k >= 0, comma - k <= 6 {
            let t = text.tokens[k]
            guard (t.isWord && t.capitalized) || text.isPunctuation(k, UInt8(ascii: "-")) || text.isPunctuation(k, UInt8(ascii: "'"))
            else { return false }
            if k == 0 || t.newlineBefore { break }
            k -= 1
        }
        guard k >= 0, k < comma, k == 0 || text.tokens[k].newlineBefore, text.tokens[k].isWord else { return false }
        var after = date.upperBound
        if text.isPunctuation(after, UInt8(ascii: "(")) {
            guard let close = (after + 1..<min(after + 6, text.tokens.count)).first(where: { text.isPunctuation($0, UInt8(ascii: ")")) })
            else { return false }
            after = close + 1
        }
        return text.isPunctuation(after, UInt8(ascii: "-")) && !text.tokens[after].newlineBefore
    }

    struct Value {
        let item: MentionIndex.Item
        /// Named by `EventGrammar.names` (a number, so lists of values are plain data).
        let rule: Rule
        /// The sentence the value is in (the previous one for a date told there).
        let sentence: Int
        /// For a date: the first or last day of a gathering ("opened on", "s'est achevé").
        var edge: Edge = .none
    }

    enum Edge: UInt8 { case none, opening, closing }

    /// Per phrase, its dates, places and people.
    private(set) var dates: PerPhrase<Value>
    private(set) var places: PerPhrase<Value>
    private(set) var heldAt: [(host: Int, venue: Int, span: TextSpan, rule: String)] = []
    private(set) var people: PerPhrase<MentionIndex.Item>
    /// Per phrase, its counts: the number, the counted noun's key, and the tokens of both.
    private(set) var counts: PerPhrase<Count>

    /// Whether a count's key counts members (a state of things, not a plan).
    static func countsMembers(_ key: String) -> Bool { key == "members" }

    struct Count {
        let value: Value
        let key: String
        /// The party whose members are counted, when the sentence names it ("of the European Union").
        let owner: String?
        let tokens: Range<Int>
    }

    init(phrases: [EventPhrase], text: TokenizedText, index: MentionIndex, grammar g: EventGrammar) {
        let window = PhraseWindow(phrases)
        var hasPhrase = [Bool](repeating: false, count: text.sentences.count)
        // Phrases are read by index, never copied whole (a copy retains all their strings and arrays).
        for k in phrases.indices { hasPhrase[phrases[k].sentence] = true }

        // Each phrase's extent, measured once.
        let extents = phrases.indices.map { phrases[$0].extent }

        /// `reach`: how far after its event a value may stand, and before it (12 and 4 tokens
        /// for dates and places; a count of who gathered reaches further: "…opened today in
        /// Yaoundé, Cameroon, with trade ministers from the organization's 166 members").
        /// A process ("negotiations") takes a date only as its launch, and no other value; a value
        /// nearest a process is a stage of it ("negotiations were relaunched in mid-2025") and
        /// goes to no event.
        func target(for value: Range<Int>, sentence s: Int, fronted: Bool, reach: (after: Int, before: Int) = (12, 4),
                    isDate: Bool = false) -> Int? {
            // One pass over the phrases near: the best one before the value, and the best one
            // after it, which counts only when there is none before.
            var before: (k: Int, gap: Int)? = nil, after: (k: Int, gap: Int)? = nil
            // A value right before an event noun qualifies it ("since a February 2022 meeting in
            // Brussels", "the 2024 summit"), whatever event stands before.
            var adjacent: Int? = nil
            for k in window.near(value, radius: 40, sentence: s) {
                let e = extents[k], gap = EventPhrase.gap(between: e, and: value)
                if adjacent == nil, e.lowerBound == value.upperBound, phrases[k].start == value.upperBound { adjacent = k }
                if e.lowerBound <= value.lowerBound {
                    if gap <= reach.after, before == nil || gap <= before!.gap, !inRelativeClauseOfAnotherNoun(value, after: e.upperBound),
                       !inClosedRelativeClause(k, before: value), !isMetAfterText(k, value), !isMomentBeforeComma(k, value) {
                        before = (k, gap)
                    }
                } else if before == nil, gap <= reach.before, after == nil || gap < after!.gap {
                    // A value before its event ("en 2024 leur deuxième Conseil") is close, with no comma
                    // or clause between ("…en juin, lorsque les gouvernements auront signé l'accord" is not).
                    // Nor a new clause ("…were launched in 1999 and a political agreement was reached").
                    let between = value.upperBound..<max(value.upperBound, e.lowerBound)
                    // Nor over a clause of purpose: "réunis mardi dans la capitale indienne pour préparer le sommet".
                    if between.contains(where: { text.isPunctuation($0, UInt8(ascii: ",")) || text.isWord($0, in: g.clauseOpeners)
                                                 || text.isWord($0, in: g.conjunctions) || g.opensPurpose(at: $0, in: text) }) { continue }
                    after = (k, gap)
                }
            }
            let best = adjacent ?? before?.k ?? after?.k
                ?? (fronted ? window.first(after: value.lowerBound, sentence: s) : simultaneous(value, sentence: s))
            guard let k = best else { return nil }
            return phrases[k].isProcess && !(isDate && isLaunch(value, k)) ? nil : k
        }
        // "According to figures released ahead of the meeting, two-way trade rose by 18 per cent
        // last year": an event named as a moment, then a comma and a clause of its own.
        func isMomentBeforeComma(_ k: Int, _ value: Range<Int>) -> Bool {
            let start = phrases[k].start
            let named = (max(0, start - 4)..<start).contains { j in
                guard var i = text.end(ofAny: g.timePrepositions, at: j), i <= start else { return false }
                // Over determiners and a genitive: "ahead of the", "à la veille du".
                while i < start {
                    if let e = text.end(ofAny: g.genitives, at: i), e <= start { i = e; continue }
                    guard text.isWord(i, in: g.determiners) || text.isPunctuation(i, UInt8(ascii: "'")) else { return false }
                    i += 1
                }
                return true
            }
            guard named else { return false }
            return (extents[k].upperBound..<max(extents[k].upperBound, value.lowerBound)).contains { text.isPunctuation($0, UInt8(ascii: ",")) }
        }
        // A text does not meet: "…under their free trade agreement, as trade ministers met in
        // Auckland", "Le Conseil, chargé de suivre l'accord, s'était réuni … à Bruxelles". A
        // value after a verb of meeting that follows an agreement or a document is not theirs.
        func isMetAfterText(_ k: Int, _ value: Range<Int>) -> Bool {
            guard AttributeAttachment.isAgreementOrDocument(phrases[k].knownClass) else { return false }
            return (extents[k].upperBound..<max(extents[k].upperBound, value.lowerBound)).contains { text.isWord($0, in: g.meetVerbs) }
        }
        // "European leaders pressed Xi on Thursday to rebalance trade, as the 25th EU-China
        // summit opened": a day in a main clause that names no event, then a comma, a conjunction
        // of time and the event (after at most a determiner or two). Or a closing connective:
        // "Les chefs… se sont séparés mercredi 8 juillet à Ankara, au terme d'un sommet de deux
        // jours" (after at most a determiner and a length: "at the end of a two-day summit").
        func simultaneous(_ value: Range<Int>, sentence s: Int) -> Int? {
            let end = text.sentences[s].upperBound
            guard let comma = (value.upperBound..<min(end, value.upperBound + 9)).first(where: { text.isPunctuation($0, UInt8(ascii: ",")) }),
                  let k = window.first(after: comma, sentence: s), window.first(after: value.lowerBound, sentence: s) == k
            else { return nil }
            if let afterConjunction = text.end(ofAny: g.whileConjunctions, at: comma + 1) {
                return phrases[k].start - afterConjunction <= 2 ? k : nil
            }
            return introducesClosing(k, at: comma + 1) ? k : nil
        }
        /// Whether a closing connective and its genitive start at token `i` and lead to phrase
        /// `k` over at most a determiner and a length ("a two-day"), with no comma.
        func introducesClosing(_ k: Int, at i: Int) -> Bool {
            guard let connective = text.end(ofAny: g.closingConnectives, at: i),
                  let genitive = text.end(ofAny: g.genitives, at: connective), genitive <= phrases[k].start,
                  phrases[k].start - genitive <= 4 else { return false }
            return !(genitive..<phrases[k].start).contains { text.isPunctuation($0, UInt8(ascii: ",")) }
        }
        // "Macron, who hosted the previous summit in Paris in October 2024, was due to hold talks
        // on Sunday": a relative clause that closed before the value holds no event of it.
        // The clause may open without a comma ("Au lendemain du sommet qui a porté lundi 9 mars
        // les relations… au rang de « partenariat stratégique global », quelque 300 entreprises se
        // sont retrouvées mardi 10 mars").
        func inClosedRelativeClause(_ k: Int, before value: Range<Int>) -> Bool {
            let floor = text.sentences[phrases[k].sentence].lowerBound
            var i = phrases[k].start - 1
            while i >= floor, !text.isPunctuation(i, UInt8(ascii: ",")), !text.isWord(i, in: g.clauseOpeners) { i -= 1 }
            guard i >= floor, text.isWord(i, in: g.clauseOpeners) || text.isWord(i + 1, in: g.clauseOpeners) else { return false }
            // From the noun, not its extent: a verb of the main clause may have been taken for
            // the event's ("…, was due to hold talks").
            let end = phrases[k].end
            return (end..<max(end, value.lowerBound)).contains { text.isPunctuation($0, UInt8(ascii: ",")) }
        }
        // "…ce sommet la présidence française du G7, qui débutera le 1er janvier 2026": the
        // relative clause holding the value is about "présidence", not the summit. Only places,
        // dates, names and little words may stand between an event and its own relative clause
        // ("the summit in Tokyo, which will open on 5 June").
        func inRelativeClauseOfAnotherNoun(_ value: Range<Int>, after end: Int) -> Bool {
            guard end < value.lowerBound,
                  let opener = (end..<value.lowerBound).last(where: { text.isWord($0, in: g.clauseOpeners) }) else { return false }
            for i in end..<opener where text.isLowercaseWord(i) {
                if text.isWord(i, in: g.locatives) || text.isWord(i, in: g.dateLeadIns) || text.isWord(i, in: g.determiners) { continue }
                return true
            }
            return false
        }
        // "The TCA entered into force on 1 May 2021", "l'entrée en vigueur de l'APE le 1er
        // février 2019", "l'accord, en vigueur depuis 2017": a cue between an agreement and its
        // date (or in the act that names it) makes the date its entry into force.
        func isInForce(_ value: Range<Int>, _ k: Int) -> Bool {
            guard AttributeAttachment.isAgreementOrDocument(phrases[k].knownClass) else { return false }
            return hasCue(g.forceCues, between: k, and: value)
        }
        // "The TTC was launched in April 2022", "Lancé en 2021, le CCT…": a standing body's
        // launch, not one of its meetings (an ordinal says which meeting: "the 2nd TTC in 2025").
        func isLaunch(_ value: Range<Int>, _ k: Int) -> Bool {
            guard phrases[k].knownClass == .council || phrases[k].knownClass == .dialogue || phrases[k].isProcess, phrases[k].ordinal == nil,
                  phrases[k].refersTo == nil || phrases[k].qualified else { return false }
            return hasCue(g.launchCues, between: k, and: value)
                || (phrases[k].isProcess && hasCue(g.processLaunchCues, between: k, and: value))
        }
        // "Le 20e sommet s'est ouvert samedi 22 novembre", "…on Thursday, as the summit opened":
        // a gathering's first or last day.
        func edge(_ value: Range<Int>, _ k: Int) -> Edge {
            let cls = phrases[k].knownClass
            guard cls == .meeting || cls == .summit || cls == .council || cls == .dialogue else { return .none }
            // "…mercredi 8 juillet à Ankara, au terme d'un sommet": the day the gathering ended.
            if value.upperBound <= phrases[k].start,
               (value.upperBound..<phrases[k].start).contains(where: { introducesClosing(k, at: $0) }) { return .closing }
            // The verb may also stand before its object: "wrapped up their first summit on Sunday".
            if hasCue(g.openingCues, between: k, and: value, past: 4, ahead: 5) { return .opening }
            if hasCue(g.closingCues, between: k, and: value, past: 4, ahead: 5) { return .closing }
            return .none
        }
        func hasCue(_ cues: WordSequences, between k: Int, and value: Range<Int>, past: Int = 0, ahead: Int = 0) -> Bool {
            // From the participle that may open the sentence ("Lancé en 2021, …"); `past`
            // tokens after the event when the value comes first ("…, as the summit opened"),
            // `ahead` tokens before it, where a cue of several words may start earlier and reach
            // in ("Le rideau est tombé vendredi 26 juin sur la 29e réunion").
            let floor = text.sentences[phrases[k].sentence].lowerBound
            let lo = max(floor, min(extents[k].lowerBound - ahead, value.lowerBound - 1))
            let after = value.lowerBound < extents[k].lowerBound ? past : 0
            let hi = min(text.sentences[phrases[k].sentence].upperBound, max(extents[k].upperBound + after, value.lowerBound))
            guard hi > lo else { return false }
            // The cue and the date in one stretch without a comma or a conjunction: "…, entré en
            // vigueur le 1er février 2019, a été signé en juillet 2018" puts only the first date
            // in force; "launched in 1999 and stalled in June 2019" launched nothing in 2019.
            for i in (ahead > 0 ? max(floor, lo - 3) : lo)..<hi {
                guard let e = text.end(ofAny: cues, at: i), e > lo else { continue }
                let between = e <= value.lowerBound ? e..<value.lowerBound : value.upperBound..<max(value.upperBound, i)
                if !between.contains(where: { text.isPunctuation($0, UInt8(ascii: ",")) || text.isWord($0, in: g.conjunctions) }) { return true }
                // Unless the date is set off by commas right after the cue: "l'entrée en vigueur,
                // le 1er février 2023, du traité".
                if between == e..<(e + 1), text.isPunctuation(value.upperBound, UInt8(ascii: ",")) { return true }
            }
            return false
        }
        // Or in an opening participle of meeting, up to its comma: "Réunis jeudi à Odessa, les
        // dirigeants… ont tenu leur 25e sommet", "Meeting in Lviv on Thursday, the leaders…".
        func opensSentence(_ value: Range<Int>, _ s: Int) -> Bool {
            let start = text.sentences[s].lowerBound
            if value.lowerBound - start <= 2 && text.isPunctuation(value.upperBound, UInt8(ascii: ",")) { return true }
            guard text.isWord(start, in: g.openingParticiples), value.upperBound - start <= 7 else { return false }
            var k = value.upperBound
            while k < text.sentences[s].upperBound, k - start <= 12, !text.isPunctuation(k, UInt8(ascii: ",")) {
                if text.tokens[k].kind == .punctuation { return false }
                k += 1
            }
            return text.isPunctuation(k, UInt8(ascii: ",")) && !(start + 1..<value.lowerBound).contains { text.isPunctuation($0, UInt8(ascii: ",")) }
        }
        func isBlocked(_ value: Range<Int>) -> Bool {
            var k = value.lowerBound - 1
            var skipped = 0, overName = false
            // Over lead-ins, and for "since" a place or name too: "since Istanbul in 2004",
            // "depuis Paris en 2019" (not "hosted by Canada in Kananaskis last week").
            while k >= 0, skipped < 6 {
                if text.isWord(k, in: g.dateLeadIns) || text.isPunctuation(k, UInt8(ascii: "'")) {
                    if text.isWord(k, in: g.dateBlockers) { return !isRunUntil(k) }
                } else if text.tokens[k].kind == .word, text.tokens[k].capitalized, !text.tokens[k].newlineBefore {
                    overName = true
                } else if (!overName && text.isPunctuation(k, UInt8(ascii: ",")))
                            || (overName && (text.isWord(k, in: g.sinceStandIns) || text.end(ofAny: g.genitives, at: k) != nil)) {
                    // "depuis celui de Kiev, en février 2023": over a comma right before the
                    // date, and the stand-in before the name.
                } else {
                    break
                }
                k -= 1; skipped += 1
            }
            if overName ? text.isWord(k, in: g.sinceWords) : text.isWord(k, in: g.dateBlockers) && !isRunUntil(k) { return true }
            return isInTimeClause(value)
        }
        // "The meeting comes just days after EU leaders gathered in Brussels on 25-26 June for a
        // European Council": the date is the gathering's the clause tells, not the meeting's. Up
        // to twelve words back, within the clause (no comma) and with no event named between.
        func isInTimeClause(_ value: Range<Int>) -> Bool {
            let s = text.sentenceIndex(ofToken: value.lowerBound)
            let floor = max(text.sentences[s].lowerBound, value.lowerBound - 12)
            var k = value.lowerBound - 1
            while k >= floor, !text.isPunctuation(k, UInt8(ascii: ",")) {
                if text.isWord(k, in: g.timeClauseOpeners), !isRunUntil(k) {
                    // Right before the date ("after 2020"), the blockers above have spoken.
                    guard k < value.lowerBound - 2 else { return false }
                    if let p = window.first(after: k, sentence: s), phrases[p].start < value.lowerBound { return false }
                    return true
                }
                k -= 1
            }
            return false
        }
        // "The summit, originally scheduled for Oct. 27 to 29, was pushed back…": a plan given up
        // says nothing of when the event is (a cue at most six words before the date: "had initially been
        // pencilled in for November 21").
        func isFormerPlan(_ value: Range<Int>) -> Bool {
            let floor = text.sentences[text.sentenceIndex(ofToken: value.lowerBound)].lowerBound
            return (max(floor, value.lowerBound - 6)..<value.lowerBound).contains { text.end(ofAny: g.formerPlanCues, at: $0) != nil }
        }
        // "Leaders … on Tuesday endorsed a roadmap to …, at a summit hosted for the first time by
        // Montenegro", "…ont adopté mardi une feuille de route, lors du sommet de Podgorica": an
        // event after a comma and "at" / "lors de" frames the clause before it, so the clause's
        // day (which no event took) is the event's. The first event after the date only.
        func framingEvent(after value: Range<Int>, sentence s: Int) -> Int? {
            guard let k = window.first(after: value.upperBound - 1, sentence: s) else { return nil }
            let start = phrases[k].start
            var m = start - 1
            // Back over the words between marker and noun: "at a", "lors du", "à l'occasion de la".
            while m > value.upperBound, start - m <= 3,
                  text.isWord(m, in: g.determiners) || text.end(ofAny: g.genitives, at: m) != nil
                    || text.isPunctuation(m, UInt8(ascii: "'")) { m -= 1 }
            for first in stride(from: m, through: max(value.upperBound + 1, m - 2), by: -1)
            where text.end(ofAny: g.heldAtMarkers, at: first) == m + 1 || text.end(ofAny: g.heldAtMarkersForActs, at: first) == m + 1 {
                return text.isPunctuation(first - 1, UInt8(ascii: ",")) ? k : nil
            }
            return nil
        }
        // Whether the noun before a locative says whose place follows, and it is not an event's:
        // a source's ("a government source in Belgrade", "une source gouvernementale à
        // Belgrade"), or another edition's, named by its number or rank alone ("a year after the
        // first in Samarkand", "le précédent à Bruxelles"; not "l'an prochain à Rabat").
        func isSomeoneElsesPlace(locative l: Int) -> Bool {
            if text.isWord(l - 1, in: g.sourceNouns) { return true }
            // French adjectives follow the noun: "une source gouvernementale à".
            if g.adjectivesFollowNoun, text.isWord(l - 2, in: g.sourceNouns), text.isLowercaseWord(l - 1) { return true }
            let rank = index.ordinalCovering(l - 1) != nil || text.isWord(l - 1, in: g.sequelWords)
            return rank && (text.isWord(l - 2, in: g.determiners) || text.isPunctuation(l - 2, UInt8(ascii: "'")))
        }
        // "C'est à Antigua que s'est ouverte, mardi 2 juin, la 56e session…", "Ainsi s'achève,
        // ce vendredi, le sommet": a verb of meeting, opening or closing, the date between commas,
        // then the event, the verb's subject put after it. The edge the verb tells.
        func invertedSubject(of value: Range<Int>, sentence s: Int) -> (phrase: Int, edge: Edge)? {
            let verb = value.lowerBound - 2
            guard text.isPunctuation(value.lowerBound - 1, UInt8(ascii: ",")), text.isPunctuation(value.upperBound, UInt8(ascii: ",")),
                  let k = window.first(after: value.upperBound, sentence: s) else { return nil }
            var i = value.upperBound + 1
            while i < phrases[k].start, text.isWord(i, in: g.determiners) || text.isPunctuation(i, UInt8(ascii: "'")) { i += 1 }
            guard i == phrases[k].start else { return nil }
            if text.end(ofAny: g.openingCues, at: verb) == verb + 1 { return (k, .opening) }
            if text.end(ofAny: g.closingCues, at: verb) == verb + 1 { return (k, .closing) }
            return text.isWord(verb, in: g.meetVerbs) || text.isWord(verb, in: g.happenVerbs) ? (k, .none) : nil
        }
        // "runs until Monday", "se poursuit jusqu'au lundi": a blocker after a verb of duration
        // bounds the gathering itself (its last day, see `edge`).
        func isRunUntil(_ blocker: Int) -> Bool { text.isWord(blocker - 1, in: g.runVerbs) }

        // Dates.
        // Dates of sentences without events, by sentence (ascending): few are ever asked for,
        // so they are listed, not hashed.
        var unattachedDates: [(sentence: Int, item: MentionIndex.Item)] = []
        var found: [(phrase: Int, item: Value)] = []
        // "the first Ukraine summit in three years": how long since the last one, not when this
        // one is (a span counted from the article's date, right after a "first" event).
        var endsOfFirsts = Set<Int>()
        // ("first" numbers no event there: the phrase has no ordinal, but the word is before it.)
        for k in phrases.indices where phrases[k].ordinal == 1 || index.isFirst(at: phrases[k].start - 1) {
            endsOfFirsts.insert(phrases[k].end)
        }
        func isTimeSinceFirst(_ item: MentionIndex.Item) -> Bool {
            guard case .time(let t) = index.value(item), t.anchor != nil, text.isWord(item.tokens.lowerBound, in: g.locatives)
            else { return false }
            // "…on Monday, the first in seven years", "la première en sept ans": "first" alone.
            return endsOfFirsts.contains(item.tokens.lowerBound) || index.isFirst(at: item.tokens.lowerBound - 1)
        }
        for item in index.dates where !isBlocked(item.tokens) && !AttributeAttachment.isDateline(item.tokens, text) && !isFormerPlan(item.tokens)
                                      && !isTimeSinceFirst(item) {
            let s = text.sentenceIndex(ofToken: item.tokens.lowerBound), fronted = opensSentence(item.tokens, s)
            if let (k, edge) = invertedSubject(of: item.tokens, sentence: s) {
                var value = Value(item: item, rule: .date, sentence: s)
                value.edge = edge
                found.append((k, value))
            } else if let k = target(for: item.tokens, sentence: s, fronted: fronted, isDate: true) {
                let rule: Rule = isInForce(item.tokens, k) ? .inForce : isLaunch(item.tokens, k) ? .launch
                    : fronted && phrases[k].start > item.tokens.lowerBound ? .frontedDate : .date
                var value = Value(item: item, rule: rule, sentence: s)
                if rule != .inForce, rule != .launch { value.edge = edge(item.tokens, k) }
                found.append((k, value))
            } else if let k = framingEvent(after: item.tokens, sentence: s) {
                found.append((k, Value(item: item, rule: .date, sentence: s)))
            } else if !hasPhrase[s] {
                unattachedDates.append((s, item))
            }
        }
        // A date opening the sentence is the first event's only when that event has no date of
        // its own there ("Il y a un an, à La Haye, les alliés…, contre un objectif fixé au
        // sommet du pays de Galles, en 2014": 2014 is that summit's, the year ago is not).
        if found.contains(where: { $0.item.rule == .frontedDate }) {
            let all = found
            found.removeAll { f in
                f.item.rule == .frontedDate && all.contains { $0.phrase == f.phrase && $0.item.rule != .frontedDate && $0.item.sentence == f.item.sentence }
            }
        }
        var told = PerPhrase(phrases: phrases.count, grouping: found)
        if told.contains(where: { $0.count > 1 }) {
            told = told.map { $0.count > 1 ? AttributeAttachment.mergeAppositions(Array($0), text, index)[...] : $0 }
        }
        // A phrase without a date of its own may take one below (its venue's, its previous
        // sentence's): one at most, kept aside until the lists are final.
        var taken = [Value?](repeating: nil, count: phrases.count)
        func firstDate(_ k: Int) -> Value? { told[k].first ?? taken[k] }

        // Places.
        found.removeAll(keepingCapacity: true)
        for item in index.places {
            let s = text.sentenceIndex(ofToken: item.tokens.lowerBound)
            let before = item.tokens.lowerBound - 1
            if text.isWord(before, in: g.locatives) {
                if isSomeoneElsesPlace(locative: before) { continue }
                if let k = target(for: item.tokens, sentence: s, fronted: opensSentence(item.tokens, s)) {
                    found.append((k, Value(item: item, rule: .place, sentence: s)))
                }
                continue
            }
            // "le sommet de Hiroshima", "the Tokyo summit". (Not "l'accord de Paris", "the Paris
            // Agreement": a treaty's name, told by parties that did not sign it there.)
            for k in window.near(item.tokens, radius: 24, sentence: s)
            where !phrases[k].isProcess && !AttributeAttachment.isAgreementOrDocument(phrases[k].knownClass) {
                let end = phrases[k].end
                let afterDe = g.adjectivesFollowNoun && (end == before || (end == before - 1 && text.isPunctuation(before, UInt8(ascii: "'"))))
                    && text.end(ofAny: g.genitives, at: end) != nil
                let rightBefore = !g.adjectivesFollowNoun && item.tokens.upperBound == phrases[k].start
                if afterDe || rightBefore { found.append((k, Value(item: item, rule: .place, sentence: s))); break }
            }
        }
        // "organisé à Villers-Cotterêts et à Paris", "held in Geneva and Vienna": an event on
        // several sites has no one place to compare; neither is claimed.
        // The places are listed in text order, so coordinated ones are neighbours.
        var coordinated = [Bool](repeating: false, count: found.count)
        for a in found.indices.dropLast() where found[a].phrase == found[a + 1].phrase {
            let gapStart = found[a].item.item.tokens.upperBound, next = found[a + 1].item.item.tokens.lowerBound
            guard next > gapStart, next - gapStart <= 3,
                  (gapStart..<next).contains(where: { text.isWord($0, in: g.conjunctions) }) else { continue }
            coordinated[a] = true; coordinated[a + 1] = true
        }
        if coordinated.contains(true) { found = found.indices.filter { !coordinated[$0] }.map { found[$0] } }
        places = PerPhrase(phrases: phrases.count, grouping: found)

        // Venues.
        var heldAt: [(host: Int, venue: Int, span: TextSpan, rule: String)] = []
        for b in phrases.indices {
            let s = phrases[b].sentence, venueStart = phrases[b].start, venueEnd = phrases[b].end
            let floor = text.sentences[s].lowerBound
            var k = venueStart - 1
            while k >= floor, text.isWord(k, in: g.determiners) || text.isPunctuation(k, UInt8(ascii: "'")) { k -= 1 }
            let markerEnd = text.start(ofAny: g.genitives, endingBefore: k + 1) ?? (k + 1)
            let general = text.start(ofAny: g.heldAtMarkers, endingBefore: markerEnd)
            let forActs = general == nil ? text.start(ofAny: g.heldAtMarkersForActs, endingBefore: markerEnd) : nil
            guard let markerStart = general ?? forActs, markerStart >= floor else { continue }
            var host: Int? = nil
            var best = Int.max
            for a in window.near(markerStart..<markerStart, radius: 40, sentence: s) where a != b && extents[a].upperBound <= markerStart {
                let gap = markerStart - extents[a].upperBound
                guard gap <= 12, gap < best else { continue }
                if forActs != nil, !AttributeAttachment.isAgreementOrDocument(phrases[a].knownClass) { continue }
                host = a; best = gap
            }
            var rule = g.names.heldAt
            // "Lors du 28e sommet, l'accord a été signé", "On the sidelines of the G7 summit in
            // Hiroshima in May 2023, the EU and Japan signed…": the first event after the comma
            // that closes the opening phrase.
            let sentenceEnd = text.sentences[s].upperBound
            if host == nil, markerStart - floor <= 3,
               let comma = (venueEnd..<min(sentenceEnd, venueEnd + 16)).first(where: { text.isPunctuation($0, UInt8(ascii: ",")) }) {
                host = window.first(after: comma, sentence: s)
                rule = g.names.frontedHeldAt
                if let h = host, forActs != nil, !AttributeAttachment.isAgreementOrDocument(phrases[h].knownClass) { host = nil }
            }
            guard let host else { continue }
            heldAt.append((host, b, text.span(from: venueStart, through: venueEnd - 1), rule))
        }
        self.heldAt = heldAt

        // A host without a date takes its venue's (not a process: it is dated by its launch only).
        for h in heldAt where firstDate(h.host) == nil && !phrases[h.host].isProcess {
            if let d = firstDate(h.venue) { taken[h.host] = Value(item: d.item, rule: .venueDate, sentence: d.sentence) }
        }

        // A date told in the sentence before, for an event whose parties come from there.
        for k in phrases.indices where firstDate(k) == nil && !phrases[k].isProcess {
            guard case .previousSentence(let s) = phrases[k].partySource, s == phrases[k].sentence - 1,
                  case let before = AttributeAttachment.items(of: s, in: unattachedDates), !before.isEmpty else { continue }
            let merged = AttributeAttachment.mergeAppositions(before.map { Value(item: $0, rule: .previousSentenceDate, sentence: s) }, text, index)
            if merged.count == 1 { taken[k] = merged[0] }
        }
        dates = taken.contains(where: { $0 != nil })
            ? PerPhrase(phrases: phrases.count) { k in told[k].isEmpty ? (taken[k].map { [$0] } ?? [])[...] : told[k] }
            : told

        // Counts: "with ministers from 38 member countries", "qui a réuni 37 pays". Placed as a
        // date is: the event before it, near, or right after it; in a sentence naming no event,
        // the gathering the sentence before is about ("The meeting took place in Paris. Ministers
        // from the 38 OECD member countries attended."). Never an agreement's or a document's.
        // People gather at meetings, summits, councils and dialogues, not at a text.
        func isGathering(_ k: Int) -> Bool {
            !AttributeAttachment.isAgreementOrDocument(phrases[k].knownClass) && !phrases[k].isProcess
        }
        // The first gathering of the sentence, not the last: a sentence's topic comes first, and
        // the events after it are background ("The seventh summit … concluded with a declaration
        // … that began with the first Africa–Europe summit in Cairo in 2000. Officials said 71
        // national delegations attended": the seventh's, not Cairo's).
        // "The treaty will enter into force once ten states, including at least eight member
        // states, have ratified it": states that ratify, not that attend.
        func tellsEntryIntoForce(_ s: Int) -> Bool {
            text.sentences[s].contains { text.end(ofAny: g.forceCues, at: $0) != nil }
        }
        func topic(ofSentence s: Int) -> Int? {
            guard let first = window.first(after: text.sentences[s].lowerBound - 1, sentence: s) else { return nil }
            return (first..<phrases.count).prefix { phrases[$0].sentence == s }.first(where: isGathering)
        }
        /// The number before "of the" / "des" right before `whole`, if any ("16 of the 21").
        func partOf(_ whole: MentionIndex.Item) -> MentionIndex.Item? {
            for gap in 1...3 {
                let start = whole.tokens.lowerBound - gap
                guard start > 0, text.end(ofAny: g.genitives, at: start) == whole.tokens.lowerBound else { continue }
                return index.counts.last { $0.tokens.upperBound == start }
            }
            return nil
        }
        var counted: [(phrase: Int, item: Count)] = []
        for item in index.counts {
            var next = item.tokens.upperBound
            // Whose members are counted, when the sentence says: "27 EU member states", "the 33
            // states that make up CELAC", "les 35 États de la Celac". Two counts of members of
            // different bodies (the EU's 27 and CELAC's 33 at one summit) never compare.
            var owner: String? = nil
            // "38 OECD member countries", "27 EU member states": the party says whose members.
            if let p = index.partyStarting(at: next) { owner = index.seriesParty(ofParty: p); next = index.parties[p].tokens.upperBound }
            // "CELAC's 33 member states": a possessive before the number.
            let first = item.tokens.lowerBound
            if owner == nil, text.isPunctuation(first - 2, UInt8(ascii: "'")), text.isWord(first - 1, AttributeAttachment.s),
               let p = index.partyEnding(at: first - 3) { owner = index.seriesParty(ofParty: p) }
            // Whether a region's names stand before the noun ("the six Western Balkan partners").
            var named = false
            // "the 15-member bloc", "the 16-nation SADC": the members counted in one word, and
            // the body after it, if named.
            var compound: (end: Int, key: String)? = nil
            if text.isPunctuation(next, UInt8(ascii: "-")), !text.tokens[next].spaceBefore, text.isWord(next + 1, in: g.memberCompounds),
               !text.tokens[next + 1].spaceBefore {
                compound = (next + 2, "members")
                if owner == nil, let p = index.partyStarting(at: next + 2) {
                    owner = index.seriesParty(ofParty: p); compound = (index.parties[p].tokens.upperBound, "members")
                }
            }
            if compound == nil, !g.adjectivesFollowNoun, !text.isWord(next, in: g.countedNounHeads) {
                // "71 national delegations": an adjective before the noun, where adjectives go first.
                if text.isLowercaseWord(next), text.isWord(next + 1, in: g.countedNounHeads) {
                    next += 1
                } else {
                    // "the 33 Latin American and Caribbean states": a region's names before the noun.
                    var k = next
                    while k < next + 6, text.isCapitalizedWord(k) || (k > next && text.isWord(k, in: g.conjunctions)) { k += 1 }
                    if k > next, text.isCapitalizedWord(k - 1), text.isWord(k, in: g.countedNounHeads) { next = k; named = true }
                }
            }
            var best = compound
            if compound == nil {
                guard text.isWord(next, in: g.countedNounHeads) else { continue }
                for noun in g.countedNouns(startingWith: text.tokens[next].hash) {
                    if let e = text.end(of: noun.words, at: next), e > (best?.end ?? 0) { best = (e, noun.key) }
                }
            }
            guard var (end, key) = best else { continue }
            // "the 27 member states of the European Union", "31 pays de l'OTAN", "the 33 states
            // that make up CELAC": the body after the noun.
            if owner == nil, key == "countries" || key == "states" || AttributeAttachment.countsMembers(key),
               let after = text.end(ofAny: g.genitives, at: end) ?? text.end(ofAny: g.memberOfCues, at: end) {
                var k = after
                while text.isWord(k, in: g.determiners) || text.isPunctuation(k, UInt8(ascii: "'")) { k += 1 }
                if let p = index.partyStarting(at: k) { owner = index.seriesParty(ofParty: p); end = index.parties[p].tokens.upperBound }
            }
            // "les deux partenaires", "the two partners" are the two sides, not a count; partners
            // are counted only with whose they are ("cinq partenaires des Balkans occidentaux",
            // "six partenaires de la région", "the six Western Balkan partners").
            if key == "partners", !named, text.end(ofAny: g.genitives, at: end) == nil { continue }
            // Countries of a body are its members. Bare "states" are counted only as some body's
            // ("the eight Arctic states" are a region, "38 states … hold observer status").
            if owner != nil, key == "countries" || key == "states" { key = "members" }
            if key == "states" { continue }
            let s = text.sentenceIndex(ofToken: item.tokens.lowerBound)
            // Members (and a summit's partners) are a state of the organisation, said anywhere
            // in the sentence of its gathering ("Les dirigeants des 31 pays de l'OTAN se sont
            // séparés…, au terme d'un sommet de deux jours"): the sentence's first gathering,
            // however far.
            let phrase = target(for: item.tokens.lowerBound..<end, sentence: s, fronted: false, reach: (20, 8))
                ?? (key == "members" || key == "partners" ? window.first(after: text.sentences[s].lowerBound - 1, sentence: s) : nil)
                ?? (!hasPhrase[s] && s > 0 && !tellsEntryIntoForce(s) ? topic(ofSentence: s - 1) : nil)
            guard let k = phrase, isGathering(k) else { continue }
            // "Only 16 of the 21 leaders", "dix-huit des vingt et un dirigeants": those who came,
            // a part of the whole; the whole is no count of the gathering.
            let part = partOf(item)
            counted.append((k, Count(value: Value(item: part ?? item, rule: .count, sentence: s), key: key, owner: owner,
                                     tokens: (part ?? item).tokens.lowerBound..<end)))
        }
        counts = PerPhrase(phrases: phrases.count, grouping: counted)

        // People.
        var nearest: [(phrase: Int, item: MentionIndex.Item)] = []
        for item in index.persons {
            let s = text.sentenceIndex(ofToken: item.tokens.lowerBound)
            let list = window.near(item.tokens, radius: 120, sentence: s)
            guard let k = list.min(by: { EventPhrase.gap(between: extents[$0], and: item.tokens) < EventPhrase.gap(between: extents[$1], and: item.tokens) })
            else { continue }
            nearest.append((k, item))
        }
        people = PerPhrase(phrases: phrases.count, grouping: nearest)
    }

    /// The items of sentence `s` in a list ordered by sentence, in their order.
    private static func items(of s: Int, in list: [(sentence: Int, item: MentionIndex.Item)]) -> [MentionIndex.Item] {
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].sentence < s { lo = mid + 1 } else { hi = mid } }
        var out: [MentionIndex.Item] = []
        while lo < list.count, list[lo].sentence == s { out.append(list[lo].item); lo += 1 }
        return out
    }

    /// The "s" of the English possessive ("CELAC's").
    private static let s = Folding.hash("s".utf8)

    /// The rules that attach a value to an event.
    enum Rule: UInt8 { case date, frontedDate, previousSentenceDate, venueDate, place, count, inForce, launch }

    /// Acts at an event ("signé au sommet") are said of agreements and documents only.
    private static func isAgreementOrDocument(_ eventClass: KnownEventClass) -> Bool {
        eventClass == .agreement || eventClass == .document
    }

    /// "le mois dernier (26 mars)", "in May, on the 12th": dates told one right after the other
    /// (only "(", "," or nothing between) are one date; the most informative stays.
    static func mergeAppositions(_ values: [Value], _ text: TokenizedText, _ index: MentionIndex) -> [Value] {
        let sorted = values.sorted { $0.item.tokens.lowerBound < $1.item.tokens.lowerBound }
        var out: [Value] = []
        for v in sorted {
            if let last = out.last, last.sentence == v.sentence {
                let between = last.item.tokens.upperBound..<v.item.tokens.lowerBound
                if between.count <= 1, between.allSatisfy({ text.isPunctuation($0, UInt8(ascii: "(")) || text.isPunctuation($0, UInt8(ascii: ",")) }) {
                    if case .time(let a) = index.value(last.item), case .time(let b) = index.value(v.item),
                       b.informativeness > a.informativeness {
                        out[out.count - 1] = v
                    }
                    continue
                }
            }
            out.append(v)
        }
        return out
    }
}

/// Values per event phrase in one flat list, phrase after phrase: a list per phrase would be
/// one more array to allocate and free for every phrase with a value.
struct PerPhrase<Element> {
    private var items: [Element] = []
    /// The values of phrase `k` are `items[starts[k]..<starts[k + 1]]`.
    private var starts: [Int32]

    /// `pairs` grouped by phrase, in their order within each phrase.
    init(phrases: Int, grouping pairs: [(phrase: Int, item: Element)]) {
        var starts = [Int32](repeating: 0, count: phrases + 1)
        for p in pairs { starts[p.phrase + 1] += 1 }
        for k in 0..<phrases { starts[k + 1] += starts[k] }
        self.starts = starts
        var inOrder = true
        for k in pairs.indices.dropFirst() where pairs[k - 1].phrase > pairs[k].phrase { inOrder = false; break }
        if inOrder { items = pairs.map(\.item); return }
        items = pairs.indices.sorted { (pairs[$0].phrase, $0) < (pairs[$1].phrase, $1) }.map { pairs[$0].item }
    }

    /// The values `values(k)` gives each of `phrases` phrases.
    init(phrases: Int, _ values: (Int) -> ArraySlice<Element>) {
        starts = [0]
        starts.reserveCapacity(phrases + 1)
        for k in 0..<phrases {
            items += values(k)
            starts.append(Int32(items.count))
        }
    }

    subscript(k: Int) -> ArraySlice<Element> { items[Int(starts[k])..<Int(starts[k + 1])] }

    /// Whether a phrase's values satisfy `test`.
    func contains(where test: (ArraySlice<Element>) -> Bool) -> Bool {
        for k in 0..<(starts.count - 1) where test(self[k]) { return true }
        return false
    }

    /// Each phrase's values changed by `change`.
    func map(_ change: (ArraySlice<Element>) -> ArraySlice<Element>) -> PerPhrase {
        PerPhrase(phrases: starts.count - 1) { change(self[$0]) }
    }
}
