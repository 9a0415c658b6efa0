/// Agreements known by their own name: "the Quirinal Treaty", "the Treaty of Asunción", "the
/// Lancaster House treaties", "le traité franco-allemand de l'Élysée", "les accords d'Oslo".
///
/// The lexicon cannot list every treaty an article recalls, and the year one was signed is a
/// fact reports get wrong ("signés le 2 novembre 2010" against "which the two countries signed
/// in 2011"). A name says which treaty it is in either language and whoever tells it, so:
/// - its id is its name and its kind ("quirinal-treaty"; "lisbon-treaty" for "le traité de
///   Lisbonne": a place is named by the gazetteer's English name);
/// - its series has no parties (the lexicon's `named` trait, see `EventParties`);
/// - it happens once (`Lexicon.isNamedAgreement`);
/// - a meeting named after it ("the Antarctic Treaty Consultative Meeting") is its series.
///
/// A name is capitalised words after the noun and a genitive ("the Treaty of Rome", "le traité
/// du Quirinal", over the parties' adjective French puts between: "le traité franco-allemand de
/// l'Élysée") or, in English, right before it ("the Quirinal Treaty"). Not a name: words that
/// are parties ("the EU treaties"), dates ("the March agreement"), another event's name ("the
/// Economic Partnership Agreement"), words only for a kind of agreement many pairs sign ("the
/// Friendship Treaty", `EventGrammar.commonNameWords`), a headline's title case. An agreement
/// named before its noun is named after a place ("the Paris Agreement", "the Minsk
/// agreements"): "the Mutual Recognition Agreement" is a kind.
/// What a named agreement's noun calls it, the same in both languages ("traité", "Treaty" →
/// treaty; "accords", "Agreement" → agreement): the last part of its id.
enum NamedAgreementKind: String, CaseIterable, Sendable {
    case treaty, agreement, `protocol`, pact
}

extension EventPhraseFinder {
    /// `nouns`: the tokens that are nouns of named agreements (`TokenScan`), ascending.
    func namedAgreements(_ phrases: inout [EventPhrase], _ nouns: [Int]) {
        var found: [EventPhrase] = []
        var replaced: [Int] = []   // generic "accord" / "agreement" phrases a name makes specific
        for k in nouns {
            guard let kind = g.namedAgreementKinds[text.tokens[k].hash] else { continue }
            let at = phrases.firstIndex { $0.noun.contains(k) }
            if let at, phrases[at].refersTo == nil { continue }   // a lexicon agreement ("Economic Partnership Agreement")
            let sentence = text.sentenceIndex(ofToken: k)
            guard !isTitleCase(sentence) else { continue }
            var tokens = k..<(k + 1), name: String
            if let after = nameAfter(noun: k, sentence: sentence, treaty: kind == .treaty) {
                name = key(of: after); tokens = k..<after.upperBound
                // "the Revised Treaty of Chaguaramas": another treaty than the Treaty of Chaguaramas.
                if g.partiesBeforeNoun, let before = capitalisedWords(before: k, sentence: sentence) {
                    name = key(of: before) + "-" + name; tokens = before.lowerBound..<tokens.upperBound
                }
            } else if g.partiesBeforeNoun, let before = nameBefore(noun: k, sentence: sentence),
                      kind != .agreement || placeID(of: before) != nil {
                name = key(of: before); tokens = before.lowerBound..<(k + 1)
            } else {
                continue
            }
            let id = name + "-" + kind.rawValue
            // A treaty in the name of another event is that event's series, whoever attends:
            // "the 48th Antarctic Treaty Consultative Meeting", "la 48e réunion consultative du
            // traité sur l'Antarctique".
            if let e = event(named: tokens, sentence: sentence, phrases) {
                if phrases[e].ownParties.isEmpty {
                    phrases[e].ownParties = [id]
                    phrases[e].end = max(phrases[e].end, tokens.upperBound)
                    // The number before the name numbers the event: parties now say whose it is.
                    if phrases[e].ordinal == nil, tokens.lowerBound < phrases[e].start, let (n, span, start) = ordinal(before: tokens.lowerBound) {
                        phrases[e].ordinal = n; phrases[e].ordinalSpan = span; phrases[e].start = start
                    }
                }
                continue
            }
            // A capitalised word after the noun makes it part of a longer name that is no event:
            // "the North Atlantic Treaty Organization".
            if tokens.upperBound == k + 1, text.isCapitalizedWord(k + 1) { continue }
            if let at { replaced.append(at) }
            let entry = LexiconEntry(kind: .agreement, id: id, fr: [], en: [], properties: ["class": "agreement", "named": "true"])
            found.append(EventPhrase(entry: entry, noun: tokens, sentence: sentence, rule: .namedAgreement))
        }
        guard !found.isEmpty else { return }
        for at in replaced.reversed() { phrases.remove(at: at) }
        phrases += found
        phrases.sort { $0.start < $1.start }
    }

    /// The event of sentence `s` whose name holds the treaty named at `tokens`: right after it,
    /// over capitalised words ("the Antarctic Treaty Consultative Meeting", "the Antarctic
    /// Treaty meeting"), or before it and a genitive, over an adjective or two ("la 48e réunion
    /// consultative du traité sur l'Antarctique").
    private func event(named tokens: Range<Int>, sentence s: Int, _ phrases: [EventPhrase]) -> Int? {
        var i = tokens.upperBound
        while i < tokens.upperBound + 3, !phrases.contains(where: { $0.noun.lowerBound == i }), text.isCapitalizedWord(i) { i += 1 }
        if let e = phrases.firstIndex(where: { $0.noun.lowerBound == i && $0.sentence == s }) { return e }
        guard var j = text.start(ofAny: g.genitives, endingBefore: tokens.lowerBound) else { return nil }
        for _ in 0..<2 where !phrases.contains(where: { $0.noun.upperBound == j }) && text.isLowercaseWord(j - 1) { j -= 1 }
        return phrases.firstIndex { $0.noun.upperBound == j && $0.sentence == s }
    }

    /// "of Rome", "d'Asunción", "du Quirinal", "franco-allemand de l'Élysée", for a treaty "sur
    /// l'Antarctique": the name after noun `k`, over the parties' adjectives and a genitive.
    private func nameAfter(noun k: Int, sentence: Int, treaty: Bool) -> Range<Int>? {
        let end = text.sentences[sentence].upperBound
        var i = k + 1
        while i < end {
            if let p = index.partyStarting(at: i), text.isLowercaseWord(i) { i = index.parties[p].tokens.upperBound }
            else if text.isLowercaseWord(i), let (e, _) = adjective(at: i) { i = e }
            else if i > k + 1, text.isPunctuation(i, UInt8(ascii: "-")), text.isGlued(i) { i += 1 }
            else { break }
        }
        guard let start = text.end(ofAny: g.genitives, at: i) ?? (treaty ? text.end(ofAny: g.treatySubjectLinks, at: i) : nil)
        else { return nil }
        // A place is named whole, its lowercase particles with it ("d'Aix-la-Chapelle").
        if let place = index.places.first(where: { $0.tokens.lowerBound == start }) { return place.tokens }
        var e = start
        while e < end, words(start..<e) < 4, isNameWord(e) || isNameHyphen(e) { e += 1 }
        while e > start, !text.isCapitalizedWord(e - 1) { e -= 1 }
        return isName(start..<e) ? start..<e : nil
    }

    /// "Quirinal", "Lancaster House": the name right before noun `k`.
    private func nameBefore(noun k: Int, sentence: Int) -> Range<Int>? {
        capitalisedWords(before: k, sentence: sentence).flatMap { isName($0) ? $0 : nil }
    }

    /// The words of a name right before token `k`, if any.
    private func capitalisedWords(before k: Int, sentence: Int) -> Range<Int>? {
        let floor = text.sentences[sentence].lowerBound
        var s = k
        while s > floor, words(s..<k) < 4, isNameWord(s - 1) || isNameHyphen(s - 1) { s -= 1 }
        while s < k, !text.isCapitalizedWord(s) { s += 1 }
        return s < k ? s..<k : nil
    }

    /// A capitalised word that may be part of a name: no party or its adjective ("the
    /// Franco-German Elysée Treaty"), date, ordinal or determiner.
    private func isNameWord(_ i: Int) -> Bool {
        text.isCapitalizedWord(i) && !text.isWord(i, in: g.determiners) && index.ordinalCovering(i) == nil && adjective(at: i) == nil
            && !index.parties.contains { $0.tokens.contains(i) } && !index.dates.contains { $0.tokens.contains(i) }
    }

    /// A hyphen joining two words of a name ("Brest-Litovsk").
    private func isNameHyphen(_ i: Int) -> Bool {
        text.isPunctuation(i, UInt8(ascii: "-")) && text.isGlued(i) && text.isGlued(i + 1) && text.isCapitalizedWord(i + 1)
    }

    private func words(_ r: Range<Int>) -> Int { r.count(where: { text.tokens[$0].kind == .word }) }

    private func isName(_ r: Range<Int>) -> Bool {
        !r.isEmpty && r.contains { text.tokens[$0].kind == .word && !text.isWord($0, in: g.commonNameWords) }
    }

    /// The place a name is, when the gazetteer knows it as a whole ("Lisbonne", "Lancaster House").
    private func placeID(of name: Range<Int>) -> String? {
        for item in index.places where item.tokens == name {
            if case .id(let id) = index.value(item) { return id }
        }
        return nil
    }

    /// The name's part of the id: a place's English name, else the name's folded words.
    private func key(of name: Range<Int>) -> String {
        if let id = placeID(of: name), let english = context.lexicon.entry(kind: .place, id: id)?.names(for: .en).first {
            return Folding.fold(english).split(separator: " ").joined(separator: "-")
        }
        return name.filter { text.tokens[$0].kind == .word }.map(text.foldedString).joined(separator: "-")
    }

    /// A headline in title case ("Leaders Sign New Trade Treaty"): every word capitalised says
    /// nothing of names.
    private func isTitleCase(_ sentence: Int) -> Bool {
        var words = 0, capitalised = 0
        for i in text.sentences[sentence] where text.tokens[i].kind == .word {
            words += 1
            if text.tokens[i].capitalized { capitalised += 1 }
        }
        return words >= 4 && capitalised * 10 >= words * 7
    }
}
