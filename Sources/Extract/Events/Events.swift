/// Event mentions and the claims about them.
///
/// The steps, each in its own file:
/// 1. `EventPhraseFinder`: event nouns from the lexicon, acts merged with their agreement
///    ("la signature de l'accord"), ordinals and parties of each phrase, verbs that go with them.
/// 2. `EventParties`: context parties of phrases that name none (their sentence, the paragraph,
///    the document's dominant pair).
/// 3. `AttributeAttachment`: which phrase each date, place, venue and person belongs to.
/// 4. `EventReferences`: what generic nouns and partyless phrases refer to; instance numbers.
/// 5. `ClaimBuilder`: the claims, with modality, evidence and rule names.
public enum Events {
    /// `mentions`: what the other dimensions found in `text`.
    public static func extract(from text: TokenizedText, mentions: [Mention], in context: ExtractionContext)
        -> (mentions: [Mention], claims: [Claim]) {
        extract(from: text, found: [MentionRun(mentions)], scan: DocumentScan(text, context), in: context)
    }

    /// `found`: the other dimensions' mentions, a list per dimension.
    static func extract(from text: TokenizedText, found: [MentionRun], scan: DocumentScan, in context: ExtractionContext)
        -> (mentions: [Mention], claims: [Claim]) {
        let (phrases, claims) = analyse(text, found: found, scan: scan, in: context)
        let names = grammar(for: context.language).names
        let eventMentions = phrases.indices.map { k in
            Mention(type: .event, span: text.span(from: phrases[k].noun.lowerBound, through: phrases[k].noun.upperBound - 1),
                    value: .id(phrases[k].type), rule: names[rule: phrases[k].rule])
        }
        return (eventMentions, claims)
    }

    static func analyse(_ text: TokenizedText, found: [MentionRun], scan: DocumentScan, in context: ExtractionContext)
        -> (phrases: [EventPhrase], claims: [Claim]) {
        guard !text.tokens.isEmpty else { return ([], []) }
        let g = grammar(for: context.language)
        let index = MentionIndex(found, in: text, lexicon: context.lexicon)
        var phrases = EventPhraseFinder(text: text, context: context, g: g, index: index, words: scan.words).find(scan.names)
        let parties = EventParties(text: text, index: index, g: g, phrases: phrases)
        parties.assignContext(&phrases)
        var busy = [Bool](repeating: false, count: text.tokens.count)
        // By index: `for p in phrases` would copy every phrase (and retain its arrays), `for item in` every mention.
        for i in index.dates.indices { for k in index.dates[i].tokens { busy[k] = true } }
        for i in index.places.indices { for k in index.places[i].tokens { busy[k] = true } }
        for k in phrases.indices { for t in phrases[k].noun { busy[t] = true } }
        var clauses = Clauses(text: text, g: g, busy: busy, cues: scan.cues)
        let attached = AttributeAttachment(phrases: phrases, text: text, index: index, grammar: g)

        // Per phrase, its first date.
        var dates = [TimeKey?](repeating: nil, count: phrases.count)
        for k in phrases.indices {
            for v in attached.dates[k] { if case .time(let t) = index.value(v.item) { dates[k] = TimeKey(t, isEdge: v.edge != .none); break } }
        }
        // "the 2022 edition", "l'édition 2022": a year read as a bare number beside the noun
        // names which instance it is (never a claim: no date was told), so it is not taken for
        // the instance named before it.
        // (Years of diplomacy since the Second World War: a bare number beyond them counts things.)
        if !index.counts.isEmpty {
            var yearEndingAt = [Int: Int](), yearStartingAt = [Int: Int]()   // by token after it / its first token
            for item in index.counts {
                guard case .number(let q) = index.value(item), q.unit == nil, !q.approximate,
                      q.value == q.value.rounded(), (1945...2100).contains(q.value) else { continue }
                yearEndingAt[item.tokens.upperBound] = Int(q.value)
                yearStartingAt[item.tokens.lowerBound] = Int(q.value)
            }
            for k in phrases.indices where dates[k] == nil {
                let year = yearEndingAt[phrases[k].start] ?? (g.adjectivesFollowNoun ? yearStartingAt[phrases[k].noun.upperBound] : nil)
                if let year { dates[k] = TimeKey(TimeValue(start: TimePoint(year: year))) }
            }
        }
        var years = dates.map { $0?.start.year }
        for h in attached.heldAt where years[h.venue] == nil { years[h.venue] = years[h.host] }
        // The references read the modality of numbered phrases only (see `EventReferences`):
        // other phrases are not asked, unless asking may change a later answer.
        let modalities = phrases.indices.map { k in
            let noun = phrases[k].noun.lowerBound
            return phrases[k].ordinal != nil || !clauses.isReadWhole(noun) ? clauses.modality(at: noun) : .asserted
        }
        // A document names few event types: a short list beats hashing a type per phrase.
        var classes: [(type: String, eventClass: String)] = []
        for k in phrases.indices where !classes.contains(where: { $0.type == phrases[k].typeID }) {
            classes.append((phrases[k].typeID, phrases[k].eventClass))
        }
        // Per phrase, its first place: "le sommet de Londres" is not "l'édition de Podgorica".
        var places = [String?](repeating: nil, count: phrases.count)
        for k in phrases.indices {
            for v in attached.places[k] { if case .id(let id) = index.value(v.item) { places[k] = id; break } }
        }
        let references = EventReferences(dates: dates, years: years, places: places, modalities: modalities, dominant: parties.dominant,
                                         topic: parties.topic,
                                         entryClass: { type in classes.first { $0.type == type }?.eventClass ?? "meeting" })
        references.resolve(&phrases)
        references.assignInstances(&phrases)

        // The clauses go on to the claims with what they have read.
        var builder = ClaimBuilder(text: text, context: context, g: g, clauses: clauses, phrases: phrases,
                                   attached: attached, index: index)
        return (phrases, builder.build())
    }

    static func grammar(for language: Language) -> EventGrammar {
        switch language {
        case .fr: return EventRulesFR.grammar
        case .en: return EventRulesEN.grammar
        }
    }
}

extension Events {
    /// The events a text names, after references were resolved, as `series#ordinal@instance`
    /// ("summit:EU+JP#29@1", "meeting:@0"): what the event corpora compare. Runs every dimension.
    package static func eventKeys(in input: String, context: ExtractionContext) -> [String] {
        let text = TokenizedText(input)
        let (found, scan) = Extractor.mentionsBeforeEvents(in: text, context)
        return analyse(text, found: found, scan: scan, in: context).phrases.map { p in
            p.type + ":" + p.parties.joined(separator: "+") + (p.instanceOrdinal.map { "#\($0)" } ?? "") + "@\(p.instance)"
        }
    }
}

extension Events {
    /// Every example of every language's corpus, for the generic corpus test.
    package static var corpusCases: [CorpusCase<[String]>] {
        Language.allCases.flatMap { language -> [CorpusCase<[String]>] in
            switch language {
            case .fr: return CorpusEntry.cases(EventRulesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(EventRulesEN.corpus, language: .en)
            }
        }
    }

    /// Near misses that must name no event.
    package static var negativeCases: [CorpusCase<[String]>] {
        Language.allCases.flatMap { language -> [CorpusCase<[String]>] in
            let inputs: [String]
            switch language {
            case .fr: inputs = EventRulesFR.negativeCorpus
            case .en: inputs = EventRulesEN.negativeCorpus
            }
            return inputs.map { CorpusCase(language: language, input: $0, expected: []) }
        }
    }
}
