/// Finds the event phrases of a document: lexicon nouns, acts merged with their agreement,
/// ordinals and parties of each phrase, the verbs that go with them, and meetings told by a
/// verb alone.
///
/// - Complexity: constant work per lexicon match and per phrase; the candidate verbs and sequel
///   words come from the document's one `TokenScan`.
struct EventPhraseFinder {
    let text: TokenizedText
    let context: ExtractionContext
    let g: EventGrammar
    let index: MentionIndex
    let words: TokenScan

    /// `names`: the lexicon's matches in the text, all kinds.
    func find(_ names: [LexiconMatch]) -> [EventPhrase] {
        // Every step edits the one array in place: a phrase holds arrays and strings, and copying
        // it into a new array per step retained them all again.
        var phrases = lexiconPhrases(names)
        for k in phrases.indices { describe(&phrases[k]) }
        let eventNouns = phrases.map(\.noun.lowerBound)
        phrases.removeAll { isBodysOwnMeeting($0, eventNouns: eventNouns) }
        namedAgreements(&phrases, words.agreementNouns)
        mergeActs(&phrases)
        mergeGenericOfEvent(&phrases)
        leadersMeetings(&phrases)
        appositiveOrdinals(&phrases)
        ellipticalSequels(&phrases, words.sequels)
        attachTriggers(&phrases, words.verbs)
        return phrases
    }

    // MARK: Nouns

    private func lexiconPhrases(_ names: [LexiconMatch]) -> [EventPhrase] {
        var found: [Int] = []   // indices in `names`; the phrases are made at the end, in place
        // All kinds at once, so a longer party name ("Conseil européen") hides the generic "Conseil".
        for i in names.indices {
            // The kind first: most names are parties and places, not taken out of the list.
            let kind = names[i].entry.kind
            guard kind == .event || kind == .agreement else { continue }
            let entry = names[i].entry, first = names[i].tokens.lowerBound
            if entry.traits.capitalizedOnly, !text.tokens[first].capitalized { continue }
            if let words = entry.traits.onlyWhenLaunched, text.isWord(first, in: words), !isLaunched(names[i].tokens) { continue }
            if entry.traits.refersTo != nil, text.start(ofAny: g.idiomPrefixes, endingBefore: first) != nil { continue }
            // "Meeting in Odesa on Thursday, the leaders held their 25th summit": a participle
            // opening the sentence, not the noun (its day and place are the summit's).
            if entry.traits.refersTo != nil, names[i].tokens.count == 1, text.isWord(first, in: g.openingParticiples),
               text.isWord(first + 1, in: g.locatives), first == text.sentences[text.sentenceIndex(ofToken: first)].lowerBound { continue }
            // "Fil monde – Édition du vendredi 18 septembre 2026", "Weekend edition, Saturday 3 May":
            // a generic noun opening a line and followed by its date is the paper's issue.
            if entry.traits.refersTo != nil, text.tokens[first].capitalized, opensLine(first), isDated(after: names[i].tokens.upperBound) { continue }
            if let last = found.last, names[last].tokens == names[i].tokens { continue }   // two entries, one spelling: keep the first
            found.append(i)
        }
        return found.map { i in
            EventPhrase(entry: names[i].entry, noun: names[i].tokens, sentence: text.sentenceIndex(ofToken: names[i].tokens.lowerBound),
                        rule: .eventNoun)
        }
    }

    /// Whether a date starts at token `k`, over a genitive or a comma ("du vendredi 18
    /// septembre", ", Saturday 3 May"), or at the token before (a date read with its lead-in:
    /// "du vendredi 18 septembre" may be one mention).
    private func isDated(after k: Int) -> Bool {
        var k = k
        if let e = text.end(ofAny: g.genitives, at: k) { k = e } else if text.isPunctuation(k, UInt8(ascii: ",")) { k += 1 }
        return index.dates.contains { $0.tokens.lowerBound == k || $0.tokens.lowerBound == k - 1 }
    }

    /// Whether token `k` opens its line or a part of it set off by a dash, after at most two
    /// capitalised words ("Fil monde – Édition", "Weekend Edition").
    private func opensLine(_ k: Int) -> Bool {
        var i = k
        while true {
            if i == 0 || text.tokens[i].newlineBefore { return true }
            if text.isPunctuation(i - 1, UInt8(ascii: "-")) && text.tokens[i - 1].spaceBefore { return true }
            guard k - i < 2, text.isCapitalizedWord(i - 1) else { return false }
            i -= 1
        }
    }

    /// A launch told right after the noun, in its sentence: "Talks were launched", "talks,
    /// launched in 2017", "les discussions, entamées en 2017". A few words may stand between
    /// (auxiliaries, an adverb, a comma). Not "the summit launched talks in July": the date
    /// there is the summit's, and the talks have none of their own.
    private func isLaunched(_ noun: Range<Int>) -> Bool {
        let sentence = text.sentences[text.sentenceIndex(ofToken: noun.lowerBound)]
        for k in noun.upperBound..<min(noun.upperBound + 4, sentence.upperBound) {
            if text.end(ofAny: g.launchCues, at: k) != nil || text.end(ofAny: g.processLaunchCues, at: k) != nil { return true }
            if text.tokens[k].kind != .word && !text.isPunctuation(k, UInt8(ascii: ",")) { return false }
        }
        return false
    }

    /// Parties before (English) and after the noun, then the ordinal before it; generic qualifiers.
    private func describe(_ p: inout EventPhrase) {
        var parties: [String] = []
        // A list of its own only when both sides name parties (rare): else the side's list as it is.
        func add(_ ids: [String]) { if parties.isEmpty { parties = ids } else { parties += ids } }
        var numberedName: Int? = nil
        if g.partiesBeforeNoun {
            // "the second EU-Japan High Level Economic Dialogue": title-case words of the event's
            // name may stand between its parties (or ordinal) and the noun.
            let named = titleCaseModifiers(before: p.noun.lowerBound, sentence: p.sentence)
            if let (s, ids) = partiesBefore(named, sentence: p.sentence) {
                p.start = s; add(ids)
            } else if named < p.noun.lowerBound, index.ordinalCovering(named - 1) != nil {
                numberedName = named
            }
        }
        if let (e, ids) = partiesAfter(afterEditionAdjectives(p.noun.upperBound), sentence: p.sentence) {
            p.end = e; add(ids)
        } else if g.adjectivesFollowNoun, let (e, ids) = partiesAfterAdjectives(p.noun.upperBound, sentence: p.sentence) {
            p.end = e; add(ids)
        }
        // An ordinal before title-case words numbers the event they name with the noun when
        // the phrase names its parties ("the second High Level Economic Dialogue between the EU
        // and Japan") or the words are an edition's ("the 51st Regular Meeting"); else the words
        // name something else, of which it is the first ("at first Quirinal summit": the first
        // since the Quirinal Treaty, not the first Franco-Italian summit).
        if let named = numberedName,
           !parties.isEmpty || (named..<p.noun.lowerBound).allSatisfy({ text.isWord($0, in: g.editionAdjectives) }) {
            p.start = named
        }
        if parties.isEmpty { p.counterpart = counterpart(after: p.end, sentence: p.sentence) }
        if parties.count == 2 {
            // Sorted, each once: the usual pair ("UE-Japon") by one comparison.
            if parties[0] > parties[1] { parties.swapAt(0, 1) } else if parties[0] == parties[1] { parties.removeLast() }
        } else if parties.count > 2 {
            // Sorted, each once (a few ids: no set needed).
            parties.sort()
            var unique: [String] = []
            for id in parties where unique.last != id { unique.append(id) }
            parties = unique
        }
        p.ownParties = parties
        if let (n, span, s) = ordinal(before: p.start), !(n == 1 && isSuperlativeFirst(after: p.end, sentence: p.sentence)) {
            p.ordinal = n; p.ordinalSpan = span; p.start = s
        }
        if p.refersTo != nil { p.qualified = isQualified(p) }
        p.sequel = hasSequelWord(p)
    }

    /// "The June 15-17 summit, the 51st gathering of G7 leaders, …", "le sommet, la 51e
    /// édition…": a numbered generic noun in apposition numbers the event before it.
    private func appositiveOrdinals(_ phrases: inout [EventPhrase]) {
        for b in phrases.indices.dropFirst() {
            let a = b - 1
            guard phrases[a].ordinal == nil, let n = phrases[b].ordinal, phrases[b].refersTo != nil, !phrases[b].qualified,
                  phrases[a].sentence == phrases[b].sentence, text.isPunctuation(phrases[a].end, UInt8(ascii: ",")) else { continue }
            var k = phrases[a].end + 1
            while k < phrases[b].start, text.isWord(k, in: g.determiners) || text.isPunctuation(k, UInt8(ascii: "'")) { k += 1 }
            guard k == phrases[b].start else { continue }
            phrases[a].ordinal = n
            phrases[a].ordinalSpan = phrases[b].ordinalSpan
        }
    }

    /// A sequel word among the few words before the phrase ("le prochain", "last year's
    /// ministerial session": five tokens) or right after its noun ("le sommet suivant"), within
    /// its sentence; or "since" before it ("the first since a February 2022 meeting in
    /// Brussels", "qui préside l'organisation depuis le sommet de Tianjin": an earlier one).
    private func hasSequelWord(_ p: EventPhrase) -> Bool {
        let sentence = text.sentences[p.sentence]
        for k in Swift.max(sentence.lowerBound, p.start - 5)..<p.start {
            if text.isWord(k, in: g.sequelWords) { return true }
            if text.isWord(k, in: g.sinceWords) {
                if (Swift.max(sentence.lowerBound, k - 3)..<k).contains(where: index.isFirst(at:)) { return true }
                // "since the summit", "depuis le sommet": right before it, a determiner at most.
                if (k + 1..<p.start).allSatisfy({ text.isWord($0, in: g.determiners) || text.isPunctuation($0, UInt8(ascii: "'")) }) { return true }
            }
        }
        return p.noun.upperBound < sentence.upperBound && text.isWord(p.noun.upperBound, in: g.sequelWords)
    }

    /// "…; le prochain aura lieu à Johannesburg en 2025", "next year's will take place in …",
    /// "le 24e s'était tenu en décembre 2023": a sequel word or an ordinal standing for the noun
    /// of the event named just before makes a new event of the same series (numbered, for an
    /// ordinal). Only after a determiner ("le", "the") or as "<next> year's", and before a verb
    /// or punctuation, so "la prochaine fois" or "next week" are left alone.
    private func ellipticalSequels(_ phrases: inout [EventPhrase], _ sequels: [Int]) {
        guard !phrases.isEmpty else { return }
        var inPhrase = [Bool](repeating: false, count: text.tokens.count)
        for p in phrases.indices { for k in phrases[p].start..<Swift.max(phrases[p].start, phrases[p].end) { inPhrase[k] = true } }
        // Stand-ins: (first token, last token, ordinal they give).
        var standIns: [(Int, Int, Int?)] = []
        for k in sequels where k >= 1 && k < text.tokens.count - 1 && !inPhrase[k] {
            standIns.append((k, k, nil))
        }
        for item in index.ordinals where !inPhrase[item.tokens.lowerBound] {
            guard case .ordinal(let n) = index.value(item) else { continue }
            standIns.append((item.tokens.lowerBound, item.tokens.upperBound - 1, n))
        }
        if standIns.isEmpty { return }
        standIns.sort { $0.0 < $1.0 }

        // The new phrases, each with the number of phrases before it: merged in at the end, and
        // only when there are any (most documents have none, and keep their array untouched).
        var created: [(before: Int, phrase: EventPhrase)] = []
        var next = 0
        for (k, last, ordinal) in standIns {
            // Copy the nearest earlier phrase of the same or previous sentence that is no act or
            // agreement; a stand-in made after it is nearer (it copies such a phrase itself).
            while next < phrases.count, phrases[next].noun.lowerBound < k { next += 1 }
            var a = next - 1
            while a >= 0, phrases[a].isAct || phrases[a].knownClass == .agreement { a -= 1 }
            let fromCreated = !created.isEmpty && created[created.count - 1].before > a
            guard fromCreated || a >= 0 else { continue }
            let sentence = text.sentenceIndex(ofToken: k)
            guard sentence - (fromCreated ? created[created.count - 1].phrase.sentence : phrases[a].sentence) <= 1 else { continue }
            var after = last + 1
            let determined = text.isWord(k - 1, in: g.determiners)
            if ordinal == nil, text.isWord(after, EventPhraseFinder.yearHash), text.isPunctuation(after + 1, UInt8(ascii: "'")),
               text.isWord(after + 2, EventPhraseFinder.sHash) {
                after += 3
            } else if !determined {
                continue
            }
            guard after < text.tokens.count, text.isWord(after, in: g.ellipsisFollowers) else { continue }
            var copy = fromCreated ? created[created.count - 1].phrase : phrases[a]
            copy.noun = k..<after
            copy.start = k; copy.end = after
            copy.sentence = sentence
            copy.ordinal = ordinal
            copy.ordinalSpan = ordinal == nil ? nil : text.span(from: k, through: last)
            copy.dropVerbs()
            copy.sequel = ordinal == nil
            created.append((next, copy))
        }
        if created.isEmpty { return }
        // Stand-ins start on no phrase's token: inserting each after the phrases before it keeps
        // the phrases ordered by noun.
        var merged: [EventPhrase] = []
        merged.reserveCapacity(phrases.count + created.count)
        var i = 0
        for c in created {
            while i < c.before { merged.append(phrases[i]); i += 1 }
            merged.append(c.phrase)
        }
        while i < phrases.count { merged.append(phrases[i]); i += 1 }
        phrases = merged
    }

    func ordinal(before start: Int) -> (Int, TextSpan, Int)? {
        guard start > 0 else { return nil }
        // Over an edition's adjectives: "the 70th ordinary session", "the 30th annual summit".
        var start = start
        while start > 1, text.isWord(start - 1, in: g.editionAdjectives), text.isLowercaseWord(start - 1) { start -= 1 }
        guard let k = index.ordinalCovering(start - 1) else { return bareRoman(before: start) }
        let item = index.ordinals[k]
        guard case .ordinal(let n) = index.value(item) else { return nil }
        return (n, index.span(item), item.tokens.lowerBound)
    }

    /// "The XXXVII Spanish-Portuguese summit", as Iberian summits are numbered: a bare Roman
    /// numeral in capitals between a determiner and the event. (Alone, "World War II" and
    /// "Charles III" are no ordinals, so the ordinal rules leave them; here the event says so.)
    private func bareRoman(before start: Int) -> (Int, TextSpan, Int)? {
        let i = start - 1
        guard text.isWord(i - 1, in: g.determiners), text.tokens[i].allCaps else { return nil }
        let t = text.tokens[i]
        let n = text.folded.withUnsafeBufferPointer { OrdinalShapes.romanValue($0[Int(t.foldedStart)..<Int(t.foldedEnd)]) }
        guard let n, n >= 2 else { return nil }
        return (n, t.span, i)
    }

    /// "the first G20 summit held in Africa", "le premier sommet du G20 organisé en Afrique":
    /// "first" compares with other summits, it does not number this one.
    /// So is "the first Association Council in seven years", "la première réunion en sept ans":
    /// a span of time counted from the article's date right after the event.
    private func isSuperlativeFirst(after end: Int, sentence: Int) -> Bool {
        let bound = min(text.sentences[sentence].upperBound, end + 6)
        // Restrictive only: "the first EU-Egypt summit, held in Brussels on 22 October" is the 1st.
        let comma = (end..<max(end, bound)).first { text.isPunctuation($0, UInt8(ascii: ",")) } ?? bound
        if (end..<max(end, min(bound, comma))).contains(where: { text.end(ofAny: g.firstRestrictors, at: $0) != nil }) { return true }
        // "in" or "en", a number of one to three words, a unit, close after the noun.
        return (end..<max(end, min(bound, end + 4))).contains { lead in
            text.isWord(lead, in: g.spanLeadIns) && (lead + 2..<max(lead + 2, min(bound, lead + 5))).contains { text.isWord($0, in: g.spanUnits) }
        }
    }

    /// "le dialogue réglementaire", "the regulatory dialogue": an adjective of its own makes a
    /// generic noun a new event rather than a reference.
    ///
    /// In English, a capitalised name ending in the noun is one too: "the Paris Agreement", "the
    /// Comprehensive Economic and Trade Agreement" are not the agreement named before them.
    private func isQualified(_ p: EventPhrase) -> Bool {
        if !g.adjectivesFollowNoun, isProperName(endingAt: p.noun.lowerBound) { return true }
        if isOfABody(p) { return true }
        // "a digital trade agreement": in English, either of the two words before the noun.
        if !g.adjectivesFollowNoun, p.noun.lowerBound >= 2, text.isLowercaseWord(p.noun.lowerBound - 1),
           !text.isWord(p.noun.lowerBound - 1, in: g.referenceAdjectives), isQualifier(p.noun.lowerBound - 2) { return true }
        let k = g.adjectivesFollowNoun ? p.noun.upperBound : p.noun.lowerBound - 1
        return isQualifier(k)
    }

    /// A genitive after the noun (and an adjective or two: "la réunion annuelle du comité"),
    /// then a body's noun in lowercase within four words: "of the EVFTA trade committee", "du
    /// comité commerce". Capitalised, the body is a party or an event of its own ("du Conseil").
    private func isOfABody(_ p: EventPhrase) -> Bool {
        let bound = text.sentences[p.sentence].upperBound
        var k = p.noun.upperBound
        while k < min(bound, p.noun.upperBound + 2), text.isLowercaseWord(k), text.end(ofAny: g.genitives, at: k) == nil { k += 1 }
        guard let after = text.end(ofAny: g.genitives, at: k) else { return false }
        for i in after..<min(bound, after + 4) {
            if text.tokens[i].kind == .punctuation && !text.isPunctuation(i, UInt8(ascii: "'")) { return false }
            if text.isLowercaseWord(i), text.isWord(i, in: g.bodyNouns) { return true }
        }
        return false
    }

    /// "The Committee for Environmental Protection held its 28th meeting", "Le Comité pour la
    /// protection de l'environnement… avait tenu sa 28e réunion": a meeting told with the
    /// possessive of a body that opens the sentence is that body's own, not the gathering the
    /// article tells of (whose number and days it would take). Not when the body is a party
    /// ("the Commission") or an event of its own ("Le Conseil de partenariat… a tenu sa
    /// troisième réunion" is the Council's third).
    /// `eventNouns`: the first tokens of the document's event nouns.
    private func isBodysOwnMeeting(_ p: EventPhrase, eventNouns: [Int]) -> Bool {
        guard p.refersTo != nil else { return false }
        var k = p.start - 1
        if text.isWord(k, in: g.ownWords) { k -= 1 }
        guard text.isWord(k, in: g.possessives) else { return false }
        // The subject opens the sentence, or follows an opening adverb and its comma ("En
        // amont, le Comité…", "Meanwhile, the Committee…").
        let s = text.sentences[p.sentence].lowerBound
        let afterComma = (s..<min(k, s + 4)).first { text.isPunctuation($0, UInt8(ascii: ",")) }.map { $0 + 1 }
        for start in [s, afterComma].compactMap({ $0 }) {
            var i = start
            while i < k, text.isWord(i, in: g.determiners) || text.isPunctuation(i, UInt8(ascii: "'")) { i += 1 }
            if i < k, text.isWord(i, in: g.bodyNouns), index.partyStarting(at: i) == nil, !eventNouns.contains(i) { return true }
        }
        return false
    }

    /// A lowercase adjective with a qualifier's suffix at token `k`, that is no reference word
    /// and no party's adjective.
    private func isQualifier(_ k: Int) -> Bool {
        guard k >= 0, k < text.tokens.count, text.isLowercaseWord(k), !text.isWord(k, in: g.referenceAdjectives) else { return false }
        if adjective(at: k) != nil { return false }
        for s in g.qualifierSuffixes where text.foldedHasSuffix(k, s, minLength: 5) { return true }
        return false
    }

    /// A capitalised noun at `noun` after a capitalised word that is no party, party adjective,
    /// reference word or the sentence's first word.
    private func isProperName(endingAt noun: Int) -> Bool {
        let k = noun - 1
        guard k > text.sentences[text.sentenceIndex(ofToken: noun)].lowerBound, text.tokens[noun].capitalized,
              text.tokens[k].kind == .word, text.tokens[k].capitalized, !text.tokens[k].newlineBefore,
              index.partyEnding(at: k) == nil, !text.isWord(k, in: g.referenceAdjectives), adjective(at: k) == nil
        else { return false }
        return true
    }

    // MARK: Parties of a phrase

    /// A party mention starting at token `k`: (token after it, series id).
    private func party(at k: Int) -> (Int, String)? {
        guard let i = index.partyStarting(at: k) else { return nil }
        guard let id = index.seriesParty(ofParty: i) else { return nil }
        return (index.parties[i].tokens.upperBound, id)
    }

    /// A party adjective or prefix starting at token `k` ("japonais", "franco"): (token after it, party id).
    func adjective(at k: Int) -> (Int, String)? {
        guard k >= 0, k < text.tokens.count, text.tokens[k].kind == .word else { return nil }
        return context.lexicon.firstMatch(in: text, at: k, language: g.language) { entry, tokens in
            entry.traits.adjectiveOf.map { (tokens.upperBound, $0) }
        }
    }

    /// The longest party adjective ending right before token `end`, of up to three tokens
    /// ("Ibero-American" is not "American", "South Korean" not "Korean"): (its start, party id).
    private func adjective(endingAt end: Int, floor: Int) -> (Int, String)? {
        for s in stride(from: max(floor, end - 3), to: end, by: 1) {
            if let (e, id) = adjective(at: s), e == end { return (s, id) }
        }
        return nil
    }

    private func isSeparator(_ k: Int) -> Bool {
        text.isPunctuation(k, UInt8(ascii: "-")) || text.isPunctuation(k, UInt8(ascii: "/"))
    }

    /// After a genitive, a capitalised name that is no party, with its own genitive complement
    /// in lowercase ("du Comité des ministres", "of the Committee of Ministers"): the token
    /// after it. At most six tokens.
    private func bodyName(from k0: Int, bound: Int) -> Int? {
        guard let g0 = text.end(ofAny: g.genitives, at: k0) else { return nil }
        var k = skipDeterminers(g0, bound: bound)
        guard k < bound, party(at: k) == nil, text.tokens[k].kind == .word, text.tokens[k].capitalized else { return nil }
        k += 1
        // A name of a few words: "the General Assembly", "l'Assemblée générale", "le Comité permanent"
        // (a French adjective only right before a genitive).
        var words = 1
        while k < bound, words < 4, party(at: k) == nil, text.tokens[k].kind == .word, text.end(ofAny: g.genitives, at: k) == nil,
              text.tokens[k].capitalized || g.adjectivesFollowNoun && text.isLowercaseWord(k) && text.end(ofAny: g.genitives, at: k + 1) != nil {
            k += 1; words += 1
        }
        // "des ministres", "of Ministers": a genitive and one word, when no party follows it.
        if let g1 = text.end(ofAny: g.genitives, at: k) {
            let w = skipDeterminers(g1, bound: bound)
            if w < bound, party(at: w) == nil, text.tokens[w].kind == .word, w - k0 <= 5 { k = w + 1 }
        }
        return k < bound ? k : nil
    }

    /// "UE-Japon", "UE/Japon", "franco-allemand", "du G7", "de l'UE et du Japon", "entre l'UE et le Japon",
    /// "of the OECD", "between the EU and Japan": (token after the parties, party ids).
    private func partiesAfter(_ k0: Int, sentence: Int) -> (Int, [String])? {
        let bound = text.sentences[sentence].upperBound
        let (k, ids, sawAdjective) = joinedParties(from: k0, bound: bound)
        if ids.count >= 2 || (ids.count == 1 && (sawAdjective || text.tokens[k0].allCaps || text.tokens[k0].kind == .word && isAcronymParty(k0))) {
            return (k, ids)
        }
        // Genitive: "du G7", "de l'OCDE", "de l'UE et du Japon", "of the OECD".
        if let (e, found) = genitiveParties(from: k0, bound: bound) { return (e, found) }
        // The noun's complement, then the adjectives or the genitive: "le Conseil des ministres
        // franco-allemand", "le 33e sommet des dirigeants de l'APEC".
        if g.adjectivesFollowNoun, let after = text.end(ofAny: g.genitives, at: k0) {
            var k = after
            while k < min(bound, after + 2), text.isLowercaseWord(k), adjective(at: k) == nil, party(at: k) == nil,
                  text.end(ofAny: g.genitives, at: k) == nil { k += 1 }
            if k > after {
                let (e, found, sawAdjective) = joinedParties(from: k, bound: bound)
                if sawAdjective, !found.isEmpty { return (e, found) }
                if let (e, found) = genitiveParties(from: k, bound: bound) { return (e, found) }
            }
        }
        // Through the body that holds it: "la 136e session du Comité des ministres du Conseil de
        // l'Europe", "the annual meeting of the Joint Committee of the OECD".
        if let body = bodyName(from: k0, bound: bound), let (e, found) = genitiveParties(from: body, bound: bound) { return (e, found) }
        // "entre l'UE et le Japon", "between the EU and Japan".
        if text.isWord(k0, in: g.between) {
            var k = skipDeterminers(k0 + 1, bound: bound)
            guard let (e1, a) = party(at: k) else { return nil }
            k = e1
            guard text.isWord(k, in: g.conjunctions) else { return nil }
            k = skipDeterminers(k + 1, bound: bound)
            guard let (e2, b) = party(at: k) else { return nil }
            return (e2, [a, b])
        }
        return nil
    }

    /// Parties or their adjectives joined by dashes or slashes from token `k0`: "UE-Japon",
    /// "franco-allemand", "EU/Japan". The token after them, their ids, and whether an adjective
    /// was among them.
    private func joinedParties(from k0: Int, bound: Int) -> (Int, [String], Bool) {
        var k = k0
        var ids: [String] = []
        var sawAdjective = false
        while k < bound {
            if let (e, id) = party(at: k) { ids.append(id); k = e }
            else if g.adjectivesFollowNoun, let (e, id) = adjective(at: k) { ids.append(id); k = e; sawAdjective = true }
            else { break }
            if k + 1 < bound, isSeparator(k), text.isGlued(k) || text.isGlued(k + 1) || text.tokens[k + 1].spaceBefore {
                if party(at: k + 1) != nil || (g.adjectivesFollowNoun && adjective(at: k + 1) != nil) { k += 1; continue }
            }
            break
        }
        return (k, ids, sawAdjective)
    }

    /// "la réunion ministérielle annuelle de l'OCDE": the genitive after one or two adjectives
    /// of the noun (words of `referenceAdjectives`, or with a qualifier's suffix).
    private func partiesAfterAdjectives(_ k0: Int, sentence: Int) -> (Int, [String])? {
        let bound = text.sentences[sentence].upperBound
        var k = k0
        while k < min(bound, k0 + 2), text.isLowercaseWord(k), text.end(ofAny: g.genitives, at: k) == nil,
              text.isWord(k, in: g.referenceAdjectives) || g.qualifierSuffixes.contains(where: { text.foldedHasSuffix(k, $0, minLength: 5) }) {
            k += 1
        }
        guard k > k0 else { return nil }
        return genitiveParties(from: k, bound: bound)
    }

    /// "with China", "with Chinese leaders", "avec la Chine", "avec les dirigeants chinois": the
    /// party on the other side.
    private func counterpart(after k0: Int, sentence: Int) -> String? {
        let bound = text.sentences[sentence].upperBound
        guard text.isWord(k0, in: g.with) else { return nil }
        let k = skipDeterminers(k0 + 1, bound: bound)
        if let (_, id) = party(at: k) { return id }
        // A party adjective before (English) or after (French) the noun it qualifies.
        if !g.adjectivesFollowNoun, let (_, id) = adjective(at: k) { return id }
        if g.adjectivesFollowNoun, k + 1 < bound, let (_, id) = adjective(at: k + 1) { return id }
        return nil
    }

    /// "G7", "OCDE": a party written as an acronym may follow the noun alone ("sommet G7").
    private func isAcronymParty(_ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.capitalized && text.foldedLength(k) <= 5 && (t.allCaps || text.string(k).utf8.contains { $0 >= 48 && $0 <= 57 })
    }

    private func genitiveParties(from k0: Int, bound: Int) -> (Int, [String])? {
        guard let afterGenitive = text.end(ofAny: g.genitives, at: k0) else { return nil }
        var k = skipDeterminers(afterGenitive, bound: bound)
        guard let (e1, a) = party(at: k) else { return nil }
        var ids = [a]
        k = e1
        if text.isWord(k, in: g.conjunctions) {
            var j = k + 1
            if let e = text.end(ofAny: g.genitives, at: j) { j = e }
            j = skipDeterminers(j, bound: bound)
            if let (e2, b) = party(at: j) { ids.append(b); k = e2 }
        }
        return (k, ids)
    }

    private func skipDeterminers(_ k0: Int, bound: Int) -> Int {
        var k = k0
        while k < bound {
            if text.isWord(k, in: g.determiners) || text.isPunctuation(k, UInt8(ascii: "'")) { k += 1; continue }
            // A count of members before the name: "of the 16-nation SADC".
            if k + 2 < bound, text.tokens[k].kind == .number, text.isPunctuation(k + 1, UInt8(ascii: "-")),
               text.isWord(k + 2, in: g.memberCompounds) { k += 3; continue }
            break
        }
        return k
    }

    /// English: "EU-Japan summit", "the G7 summit", "Franco-German summit": (first token, party ids).
    /// The first of up to four capitalised words right before `k` that are neither parties nor
    /// the sentence's first word ("High Level Economic"); `k` itself when there are none.
    private func titleCaseModifiers(before k: Int, sentence: Int) -> Int {
        let floor = text.sentences[sentence].lowerBound
        var i = k
        while i - 1 > floor, k - i < 4, text.tokens[i - 1].kind == .word, text.tokens[i - 1].capitalized,
              index.partyEnding(at: i - 1) == nil, adjective(at: i - 1) == nil {
            i -= 1
        }
        return i
    }

    private func partiesBefore(_ k0: Int, sentence: Int) -> (Int, [String])? {
        let floor = text.sentences[sentence].lowerBound
        var k = k0 - 1
        var ids: [String] = []
        var start = k0
        while k >= floor {
            if let i = index.partyEnding(at: k) {
                guard let id = index.seriesParty(ofParty: i) else { break }
                ids.append(id); start = index.parties[i].tokens.lowerBound; k = start - 1
            } else if let (s, id) = adjective(endingAt: k + 1, floor: floor) {
                ids.append(id); start = s; k = s - 1
            } else {
                break
            }
            if k >= floor, isSeparator(k) || text.isWord(k, in: g.conjunctions) { k -= 1; continue }
            break
        }
        return ids.isEmpty ? nil : (start, ids)
    }

    // MARK: Merges

    /// "la signature de l'accord", "le lancement du premier Partenariat numérique", "the launch of
    /// the Digital Partnership": one phrase, the agreement's, starting at the act noun.
    private func mergeActs(_ phrases: inout [EventPhrase]) {
        guard phrases.contains(where: \.isAct) else { return }
        // Compacted in place: the phrases kept are swapped to the front, never copied.
        var kept = 0, k = 0
        while k < phrases.count {
            guard phrases[k].isAct else { phrases.swapAt(kept, k); kept += 1; k += 1; continue }
            if k + 1 < phrases.count, !phrases[k + 1].isAct, phrases[k + 1].sentence == phrases[k].sentence,
               connects(from: afterApposedDate(phrases[k].noun.upperBound), to: phrases[k + 1].start) {
                let act = phrases[k].noun
                phrases[k + 1].start = act.lowerBound
                phrases[k + 1].noun = act.lowerBound..<phrases[k + 1].noun.upperBound
                phrases[k + 1].rule = .actOfAgreement
                phrases.swapAt(kept, k + 1); kept += 1
                k += 2
            } else {
                k += 1   // an act alone ("la signature", "the launch") makes no event
            }
        }
        phrases.removeLast(phrases.count - kept)
    }

    /// The token after a date set off by commas at token `k` ("l'entrée en vigueur, le 1er
    /// février 2023, du traité du Quirinal": the date is the act's), else `k`.
    private func afterApposedDate(_ k: Int) -> Int {
        guard text.isPunctuation(k, UInt8(ascii: ",")),
              let date = index.dates.first(where: { $0.tokens.lowerBound == k + 1 || $0.tokens.lowerBound == k + 2 }),
              text.isPunctuation(date.tokens.upperBound, UInt8(ascii: ",")) else { return k }
        return date.tokens.upperBound + 1
    }

    /// "la troisième réunion du Conseil de partenariat numérique": the Council's third.
    private func mergeGenericOfEvent(_ phrases: inout [EventPhrase]) {
        // Compacted in place, as acts are.
        var kept = 0, k = 0
        while k < phrases.count {
            let generic = k, event = k + 1
            if phrases[generic].typeID == EventPhraseFinder.meeting
                || phrases[generic].knownClass == .meeting && phrases[generic].refersTo != nil,
               event < phrases.count, phrases[event].sentence == phrases[generic].sentence,
               phrases[event].knownClass != .agreement, phrases[event].knownClass != .document,
               text.end(ofAny: g.genitives, at: afterEditionAdjectives(phrases[generic].noun.upperBound)) != nil,
               connects(from: afterEditionAdjectives(phrases[generic].noun.upperBound), to: phrases[event].start) {
                phrases[event].start = phrases[generic].start
                if phrases[event].ordinal == nil {
                    phrases[event].ordinal = phrases[generic].ordinal; phrases[event].ordinalSpan = phrases[generic].ordinalSpan
                }
                phrases[event].rule = .genericOfEvent
                phrases.swapAt(kept, event); kept += 1
                k += 2
                continue
            }
            phrases.swapAt(kept, k); kept += 1
            k += 1
        }
        phrases.removeLast(phrases.count - kept)
    }

    /// The token after the edition adjectives that follow a noun ending before `k` ("la 70e
    /// session ordinaire de la Conférence"): `k` when there are none (English puts them before).
    private func afterEditionAdjectives(_ k: Int) -> Int {
        var k = k
        while k < text.tokens.count, text.isLowercaseWord(k), text.isWord(k, in: g.editionAdjectives) { k += 1 }
        return k
    }

    /// "Caribbean Community heads of government wrapped up their 51st Regular Meeting", "les
    /// dirigeants… pour leur 12e réunion": a numbered meeting of leaders is a summit, as other
    /// reports call it. Leaders named at most twelve words before the noun, in its sentence.
    private func leadersMeetings(_ phrases: inout [EventPhrase]) {
        var summit: LexiconEntry?? = nil    // looked up when first needed
        for k in phrases.indices where phrases[k].ordinal != nil && phrases[k].typeID == EventPhraseFinder.meeting {
            let floor = max(text.sentences[phrases[k].sentence].lowerBound, phrases[k].start - 12)
            guard (floor..<phrases[k].start).contains(where: { text.end(ofAny: g.leaderNouns, at: $0) != nil }) else { continue }
            if summit == nil { summit = .some(context.lexicon.entry(kind: .event, id: EventPhraseFinder.summit)) }
            if let entry = summit ?? nil { phrases[k].entry = entry }
        }
    }

    /// Only genitives, determiners and apostrophes between two tokens (at most four).
    private func connects(from a: Int, to b: Int) -> Bool {
        guard b >= a, b - a <= 4 else { return false }
        var k = a
        if let e = text.end(ofAny: g.genitives, at: k) { k = e }
        while k < b, text.isWord(k, in: g.determiners) || text.isPunctuation(k, UInt8(ascii: "'")) { k += 1 }
        return k == b
    }

    // MARK: Verbs

    /// Each signing, launching, meeting or happening verb goes with the nearest fitting phrase of
    /// its sentence (at most 16 tokens before it, 12 after: "a accueilli ce jeudi Keir Starmer dans sa ville natale pour le 37e sommet"), an earlier one (its subject: "Le Conseil s'est réuni",
    /// "l'accord a été signé") before a later one (its object: "ont tenu leur troisième Conseil").
    /// A meeting verb with parties and no phrase in its sentence is a meeting of its own.
    private func attachTriggers(_ phrases: inout [EventPhrase], _ verbs: [Int]) {
        let window = PhraseWindow(phrases)
        var hasPhrase = [Bool](repeating: false, count: text.sentences.count)
        for k in phrases.indices { hasPhrase[phrases[k].sentence] = true }
        var created: [EventPhrase] = []
        var meetingEntry: LexiconEntry?? = nil     // looked up when first needed (few documents need it)
        for i in verbs {
            let s = text.sentenceIndex(ofToken: i), range = text.sentences[s]
            let act = text.isWord(i, in: g.actVerbs)
            let meet = text.isWord(i, in: g.meetVerbs)
            var happen = text.isWord(i, in: g.happenVerbs)
            if happen, text.tokens[i].hash == EventPhraseFinder.placeHash, !text.isWord(i - 1, in: g.takeVerbs) { happen = false }
            guard act || meet || happen else { continue }
            var before: (index: Int, gap: Int)? = nil
            var after: (index: Int, gap: Int)? = nil
            // The event noun nearest before the verb, whatever its class: a verb right after a noun
            // is that noun's ("leur accord, au terme de négociations lancées en 2018": the
            // negotiations were launched, not the agreement).
            var nearestStart = -1
            for k in window.near(i..<(i + 1), radius: 32, sentence: s) where phrases[k].start < i {
                nearestStart = max(nearestStart, phrases[k].start)
            }
            for k in window.near(i..<(i + 1), radius: 32, sentence: s) {
                let cls = phrases[k].knownClass
                let fits = happen
                    || (act && (cls == .agreement || cls == .document))
                    || (meet && (cls == .meeting || cls == .council || cls == .summit || cls == .dialogue))
                guard fits else { continue }
                let gap = phrases[k].gap(to: i..<(i + 1))
                // A subject may stand further from its verb ("La réunion…, initialement prévue en
                // mars, s'est finalement tenue…") than an object does.
                let start = phrases[k].start
                guard gap <= (start < i ? 16 : 12) else { continue }
                if start < i {
                    guard phrases[k].end > nearestStart || start == nearestStart else { continue }
                    if before == nil || gap < before!.gap { before = (k, gap) }
                } else if after == nil || gap < after!.gap {
                    // An object follows its verb in the same clause: "Negotiations were launched in
                    // 1999 and a political agreement was reached" launched no agreement.
                    // Nor across a clause of purpose: "Les ministres… sont réunis cette semaine à Banff
                    // pour préparer le volet économique de la rencontre" met for the summit, not at it.
                    if (i + 1..<max(i + 1, start)).contains(where: { text.isWord($0, in: g.conjunctions) || text.isPunctuation($0, UInt8(ascii: ","))
                                                          || text.isWord($0, in: g.clauseOpeners) || g.opensPurpose(at: $0, in: text) }) { continue }
                    after = (k, gap)
                }
            }
            if let best = before ?? after {
                phrases[best.index].addVerb(at: i)
            } else if meet, !hasPhrase[s], EventPhraseFinder.meetingVerbs.contains(text.tokens[i].hash) {
                if meetingEntry == nil { meetingEntry = .some(context.lexicon.entry(kind: .event, id: EventPhraseFinder.meeting)) }
                guard let entry = meetingEntry ?? nil else { continue }
                // "L'UE et le Japon se sont réunis à Tokyo", "les dirigeants du G7 se sont réunis":
                // a meeting, when parties say who met (two in English, where "met" is also "met targets").
                let parties = Set(index.parties(in: range).compactMap { index.seriesParty(ofParty: $0) })
                guard parties.count >= (g.language == .fr ? 1 : 2) else { continue }
                var p = EventPhrase(entry: entry, noun: i..<(i + 1), sentence: s, rule: .meetVerb)
                p.addVerb(at: i)
                created.append(p)
                hasPhrase[s] = true   // one per sentence
            }
        }
        if !created.isEmpty {
            phrases = (phrases + created).sorted { $0.noun.lowerBound < $1.noun.lowerBound }
        }
    }

    static let placeHash = Folding.word("place")
    static let yearHash = Folding.word("year"), sHash = Folding.word("s")
    /// The generic meeting type's id.
    static let meeting = "meeting"
    /// The summit type's id.
    static let summit = "summit"

    /// The verbs that make a meeting on their own (not "tenir", "held": "held talks").
    static let meetingVerbs = KeywordSet(["reuni", "reunie", "reunis", "reunies", "reunira", "reuniront", "reunissent",
                                       "met", "meet", "convened", "convene"])
}
