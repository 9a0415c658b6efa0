/// Turns resolved event phrases and their attached values into claims, each with its modality
/// (read on the clauses of the event and of the value), its evidence and the rule that drew it.
struct ClaimBuilder {
    let text: TokenizedText
    let context: ExtractionContext
    let g: EventGrammar
    /// Read as claims are made; it keeps what it has read.
    var clauses: Clauses
    let phrases: [EventPhrase]
    let attached: AttributeAttachment
    let index: MentionIndex

    mutating func build() -> [Claim] {
        var claims: [Claim] = []
        // Sized once: at most a claim per ordinal, date and place, one for the people of each
        // phrase, one per venue and per role.
        var most = attached.heldAt.count + index.roles.count
        for k in phrases.indices {
            most += (phrases[k].ordinalSpan == nil ? 0 : 1) + attached.dates[k].count + attached.places[k].count
                + (attached.people[k].isEmpty ? 0 : 1) + attached.counts[k].count
        }
        claims.reserveCapacity(most)
        var quotes = QuoteCache(text)
        // Per claim, the instance of the event it is about (-1 for a person's role): read back
        // for duplicates without taking the event reference out of the claim.
        var instances: [Int] = []
        instances.reserveCapacity(claims.capacity)
        var instance = -1
        func claim(_ subject: ClaimSubject, _ attribute: Attribute, _ value: ClaimValue, span: TextSpan,
                   sentence: Int, and other: Int? = nil, modality: Modality, rule: String) -> Claim {
            instances.append(instance)
            return self.claim(subject, attribute, value, span: span, sentence: sentence, and: other, modality: modality,
                              rule: rule, quotes: &quotes)
        }
        // Phrases are read field by field, never copied whole (a copy retains all their strings and arrays).
        for k in phrases.indices {
            let ordinal = phrases[k].ordinal, ordinalSpan = phrases[k].ordinalSpan
            var dates = attached.dates[k], places = attached.places[k], people = attached.people[k], counts = attached.counts[k]
            // An agreement known by its name is told of by its signing ("signed in Rome in 2021",
            // "la signature du traité") or its year ("the Elysée Treaty of 1963"), not by what
            // else its sentence says ("Under the Paris Agreement, countries must report by 2025").
            if phrases[k].entry.traits.isNamed, phrases[k].verbs == nil, phrases[k].rule != .actOfAgreement {
                let after = text.end(ofAny: g.genitives, at: phrases[k].end)
                dates = ArraySlice(dates.filter { $0.rule == .inForce || $0.rule == .launch || $0.item.tokens.lowerBound == after })
                places = []; people = []; counts = []
            }
            // Most phrases say nothing more than their name: no event reference is made for them.
            guard ordinalSpan != nil || !dates.isEmpty || !places.isEmpty || !people.isEmpty || !counts.isEmpty else { continue }
            let sentence = phrases[k].sentence, noun = phrases[k].noun.lowerBound
            let subject = ClaimSubject.event(ref(k))
            instance = phrases[k].instance
            if let n = ordinal, let span = ordinalSpan {
                claims.append(claim(subject, .ordinal, .ordinal(n), span: span, sentence: sentence,
                                    modality: clauses.modality(at: noun), rule: g.names.ordinal))
            }
            for d in dates {
                guard case .time(var t) = index.value(d.item) else { continue }
                // A day told as the first or last of the gathering: an edge of it (TIMEX3 `mod`
                // START or END on a day), compared as such (see `TimeComparator`).
                if d.edge != .none, t.isResolved, t.start.day != nil, t.end == nil, t.modifier == nil {
                    t = TimeValue(start: t.start, modifier: d.edge == .opening ? .start : .end, anchor: t.anchor)
                }
                // An entry into force is an event of its own (see `Lexicon.entryIntoForce(of:)`).
                let subject = d.rule == .inForce ? ClaimSubject.event(derived(k, Lexicon.entryIntoForce, slot: 1))
                    : d.rule == .launch ? ClaimSubject.event(derived(k, Lexicon.launch, slot: 2)) : subject
                var said = modality(ofEventAt: noun, sentence: sentence, value: d)
                // A day after the article's own cannot have happened yet: told as a fact ("The
                // summit, which runs until Monday"), it is a schedule.
                if said == .asserted, ClaimBuilder.isAfter(t, context.referenceDate) { said = .planned }
                claims.append(claim(subject, .date, .time(t), span: index.span(d.item),
                                    sentence: sentence, and: d.sentence, modality: said, rule: g.names[rule: d.rule]))
            }
            for place in places {
                guard case .id(let id) = index.value(place.item) else { continue }
                claims.append(claim(subject, .place, .place(id), span: index.span(place.item), sentence: sentence,
                                    modality: modality(ofEventAt: noun, sentence: sentence, value: place), rule: g.names[rule: place.rule]))
            }
            for c in counts {
                guard case .number(let q) = index.value(c.value.item) else { continue }
                let span = text.span(from: c.tokens.lowerBound, through: c.tokens.upperBound - 1)
                // Members are counted as they are now, whatever is planned around them ("les
                // ministres des 37 pays membres doivent débattre…").
                let said = modality(ofEventAt: noun, sentence: sentence, value: c.value)
                let modality: Modality = AttributeAttachment.countsMembers(c.key) && said == .planned ? .asserted : said
                claims.append(claim(subject, .count, .quantity(Quantity(value: q.value, unit: unit(of: c, at: subject), approximate: q.approximate)),
                                    span: span, sentence: sentence, and: c.value.sentence, modality: modality, rule: g.names.count))
            }
            if !people.isEmpty {
                var names: [String] = []
                for item in people { if case .name(let n) = index.value(item), !names.contains(n) { names.append(n) } }
                names.sort()   // in place, as `chairs` below: `sorted()` would make a second list
                let first = people[people.startIndex]
                var span = index.span(first)
                for item in people { span = span.union(index.span(item)) }
                claims.append(claim(subject, .participants, .participants(names), span: span, sentence: sentence,
                                    modality: clauses.modality(event: noun, value: first.tokens.lowerBound),
                                    rule: g.names.participants))
                // Who chaired it, among them: a claim of its own, which two reports can dispute.
                var chairs: [String] = [], chairSpan: TextSpan? = nil, firstChair = first
                for item in people where chaired(item) {
                    guard case .name(let n) = index.value(item), !chairs.contains(n) else { continue }
                    if chairs.isEmpty { firstChair = item }
                    chairs.append(n)
                    chairSpan = chairSpan.map { $0.union(index.span(item)) } ?? index.span(item)
                }
                if let chairSpan {
                    chairs.sort()
                    claims.append(claim(subject, .chair, .chair(chairs), span: chairSpan, sentence: sentence,
                                        modality: clauses.modality(event: noun, value: firstChair.tokens.lowerBound),
                                        rule: g.names.chair))
                }
            }
        }
        for h in attached.heldAt {
            let venueSentence = phrases[h.venue].sentence
            instance = phrases[h.host].instance
            claims.append(claim(.event(ref(h.host)), .heldAt, .event(ref(h.venue)), span: h.span, sentence: venueSentence,
                                modality: clauses.modality(event: phrases[h.host].noun.lowerBound, value: phrases[h.venue].noun.lowerBound),
                                rule: h.rule))
        }
        let before = claims.count
        roleClaims(into: &claims, &quotes)
        instances += repeatElement(-1, count: claims.count - before)
        // The same statement found twice (two phrases of one instance in one sentence) is one claim:
        // same event instance, attribute and value span (the value follows from the span). The
        // first one stays.
        var seen = StatementSet(capacity: claims.count)
        var repeated = [Bool](repeating: false, count: claims.count)
        var anyRepeated = false
        for k in claims.indices where instances[k] >= 0 {
            if !seen.insert(k, of: claims, instances: instances) { repeated[k] = true; anyRepeated = true }
        }
        guard anyRepeated else { return claims }
        // Compacted in place: the claims kept are swapped to the front, never copied.
        var kept = 0
        for k in claims.indices where !repeated[k] { claims.swapAt(kept, k); kept += 1 }
        claims.removeLast(claims.count - kept)
        return claims
    }

    /// Statements already claimed, by open addressing on a mix of their fields: a document has
    /// tens of claims, and a general-purpose hash per claim costs more than the claim's check.
    /// A slot holds the index of a claim (-1: empty), whose fields are read where they are.
    private struct StatementSet {
        private var slots: [Int32]
        private let mask: Int

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size *= 2 }
            slots = Array(repeating: -1, count: size)
            mask = size - 1
        }

        /// Whether claims `a` and `b` state the same: same instance, attribute and value span.
        private static func same(_ a: Int, _ b: Int, _ claims: [Claim], _ instances: [Int]) -> Bool {
            instances[a] == instances[b] && claims[a].attribute == claims[b].attribute
                && claims[a].evidence.span == claims[b].evidence.span
        }

        /// Adds the statement of claim `k`: false when an earlier claim made it already.
        mutating func insert(_ k: Int, of claims: [Claim], instances: [Int]) -> Bool {
            let span = claims[k].evidence.span
            var h = UInt64(bitPattern: Int64(instances[k])) &* 0x9E3779B97F4A7C15
            h = (h ^ UInt64(bitPattern: Int64(claims[k].attribute.number &+ span.start << 3))) &* 0xBF58476D1CE4E5B9
            h = (h ^ UInt64(bitPattern: Int64(span.end))) &* 0x94D049BB133111EB
            var slot = Int(truncatingIfNeeded: h >> 32) & mask
            while slots[slot] >= 0 {
                if StatementSet.same(Int(slots[slot]), k, claims, instances) { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(k)
            return true
        }
    }

    /// An event phrase `k` stands for: the entry into force of its agreement, the launch of
    /// its council (`type` gives the event type from the phrase's). It is another event of the
    /// document, so another instance: numbered past all the phrases' (`slot` 1, 2…), as a
    /// document's events are told apart by their instance alone.
    func derived(_ k: Int, _ type: (String) -> String, slot: Int) -> EventRef {
        EventRef(type: type(phrases[k].type), parties: phrases[k].parties, ordinal: nil,
                 instance: phrases[k].instance + slot * phrases.count)
    }

    func ref(_ k: Int) -> EventRef {
        EventRef(type: phrases[k].type, parties: phrases[k].parties, ordinal: phrases[k].instanceOrdinal, instance: phrases[k].instance)
    }

    /// Whether every day `time` may be comes after `reference` (its first day is later).
    static func isAfter(_ time: TimeValue, _ reference: CalendarDate?) -> Bool {
        guard let reference, time.relative == nil, let first = time.start.firstDay else { return false }
        return first > reference
    }

    /// `event`: the first token of the event's noun, in sentence `sentence`.
    private mutating func modality(ofEventAt event: Int, sentence: Int, value: AttributeAttachment.Value) -> Modality {
        if value.sentence != sentence {
            return clauses.modality(at: value.item.tokens.lowerBound).strongest(clauses.modality(at: event))
        }
        return clauses.modality(event: event, value: value.item.tokens.lowerBound)
    }

    /// What a count counts: "members" of the body the sentence names ("27 EU members"), else of
    /// the event's only party ("the 56 member states" at a Commonwealth summit are the
    /// Commonwealth's); of no one in particular when two or more parties meet ("27 members").
    private func unit(of count: AttributeAttachment.Count, at subject: ClaimSubject) -> String {
        guard AttributeAttachment.countsMembers(count.key) else { return count.key }
        if let owner = count.owner { return owner + " " + count.key }
        if case .event(let e) = subject, e.parties.count == 1 { return e.parties[0] + " " + count.key }
        return count.key
    }

    /// The evidence quotes the sentence of the event (and of the value, when it is another).
    private func claim(_ subject: ClaimSubject, _ attribute: Attribute, _ value: ClaimValue, span: TextSpan,
                       sentence: Int, and other: Int?, modality: Modality, rule: String, quotes: inout QuoteCache) -> Claim {
        var sentenceSpan = quotable(sentence, around: span)
        if let other, other != sentence { sentenceSpan = sentenceSpan.union(quotable(other, around: span)) }
        let evidence = Evidence(document: context.documentID, language: context.language, sentence: sentenceSpan,
                                span: span, quote: quotes.quote(sentenceSpan, sentence: sentence))
        return Claim(subject: subject, attribute: attribute, value: value, modality: modality, evidence: evidence, rule: rule)
    }

    /// The sentence's span; for a run-on "sentence" of more than 120 tokens (a text without
    /// punctuation), the 50 tokens on each side of the value, so a quote stays readable and cheap.
    private func quotable(_ s: Int, around value: TextSpan) -> TextSpan {
        let r = text.sentences[s]
        guard r.count > 120 else { return text.span(ofSentence: s) }
        let v = text.tokenIndex(atOrAfterByte: value.start)
        let lo = max(r.lowerBound, min(v, r.upperBound - 1) - 50), hi = min(r.upperBound - 1, v + 50)
        return text.span(from: lo, through: max(lo, hi)).union(value)
    }

    /// A role and the person it was found with: the person right before it for "<name>, <role>",
    /// right after it for "<role> <name>".
    private mutating func roleClaims(into claims: inout [Claim], _ quotes: inout QuoteCache) {
        let roles = index.roles, persons = index.persons
        for r in roles.indices {
            guard case .name(let label) = index.value(roles[r]) else { continue }
            let role = roles[r].tokens
            var person: Int? = nil
            // Persons are sorted: the first one starting at or after the role's end, and the one before it.
            var lo = 0, hi = persons.count
            while lo < hi { let mid = (lo + hi) / 2; if persons[mid].tokens.lowerBound < role.lowerBound { lo = mid + 1 } else { hi = mid } }
            let rule = index.rule(roles[r])
            if Entities.isNameFirstRoleRule(rule), lo > 0 {
                let p = persons[lo - 1].tokens
                if p.upperBound <= role.lowerBound, role.lowerBound - p.upperBound <= 6 { person = lo - 1 }
            } else if Entities.isTitleFirstRoleRule(rule) {
                var k = lo
                while k < persons.count, persons[k].tokens.lowerBound < role.upperBound { k += 1 }
                if k < persons.count, persons[k].tokens.lowerBound - role.upperBound <= 1 { person = k }
            }
            guard let person, case .name(let name) = index.value(persons[person]) else { continue }
            let s = text.sentenceIndex(ofToken: role.lowerBound)
            // A role is said of a person as they are now: a plan in the sentence ("signeront") is not the role's.
            let modality = clauses.modality(at: role.lowerBound) == .reported ? Modality.reported : .asserted
            claims.append(claim(.person(name), .role, .text(label), span: index.span(roles[r]), sentence: s, and: nil,
                                modality: modality, rule: g.names.role, quotes: &quotes))
        }
    }
}

/// Claims of one sentence quote the same text: it is cut out once and shared (strings are
/// copy-on-write), not copied per claim. Whole sentences (most quotes) are kept per sentence,
/// as claims of a sentence come from several phrases and from roles; other spans only while
/// they repeat.
///
/// A value the builder owns and passes down, not a class: a class's stored lists are checked
/// for exclusive access at run time on every quote, a local value's at compile time.
private struct QuoteCache {
    private let text: TokenizedText
    /// The sentences quoted so far, and per sentence where its text is in `quoted` (-1: not
    /// asked for yet). Plain numbers per sentence: a list of optional strings per sentence
    /// would be visited element by element when freed, though few sentences are quoted.
    private var quoted: [String] = []
    private var sentences: [Int32]
    private var last: (span: TextSpan, quote: String)? = nil

    init(_ text: TokenizedText) {
        self.text = text
        sentences = Array(repeating: -1, count: text.sentences.count)
    }

    /// The text of `span`, a quote about sentence `s`.
    mutating func quote(_ span: TextSpan, sentence s: Int) -> String {
        if text.span(ofSentence: s) == span {
            if sentences[s] >= 0 { return quoted[Int(sentences[s])] }
            let q = text.string(of: span)
            sentences[s] = Int32(quoted.count)
            quoted.append(q)
            return q
        }
        if let last, last.span == span { return last.quote }
        let q = text.string(of: span)
        last = (span, q)
        return q
    }
}

extension ClaimBuilder {
    /// Whether the person at `item` chaired the event of their sentence: the agent of a verb of
    /// chairing ("chaired by European Council President António Costa", "présidé, pour la
    /// première fois, par la haute représentante, Kaja Kallas, et la ministre …, Ignacia Rojas
    /// Vial", "sous la présidence de"), or its subject ("António Costa, who chaired the talks",
    /// "Šefčovič avait présidé … le premier Conseil commercial"). Co-chairing is not chairing
    /// (see `EventGrammar.chairVerbs`).
    func chaired(_ item: MentionIndex.Item) -> Bool {
        let start = item.tokens.lowerBound
        let sentence = text.sentenceRange(ofToken: start)
        // Back to the nearest agent word or lead-in, over a role, names and coordination, not
        // over a clause or another verb's agent ("welcomed by" is no chairing). Over another
        // person only after "and" / "et": "présidée par António Costa, le Premier ministre
        // monténégrin, Milojko Spajić, jouant le rôle d'hôte" names one chair.
        var k = start - 1, coordinated = false
        let persons = index.persons
        var p = persons.lastIndex { $0.tokens.upperBound <= start }
        while k >= sentence.lowerBound, start - k <= 24, !text.isWord(k, in: g.clauseOpeners) {
            if text.isWord(k, in: g.conjunctions) { coordinated = true }
            if let i = p, persons[i].tokens.contains(k) {
                guard coordinated else { return false }
                coordinated = false
                p = i > 0 ? i - 1 : nil
            }
            if let e = text.end(ofAny: g.chairLeadIns, at: k), e <= start { return true }
            if text.isWord(k, in: g.agentWords) {
                return (max(sentence.lowerBound, k - 8)..<k).contains(where: isChairVerb)
            }
            k -= 1
        }
        // Forward to a verb of chairing, with no other person first and no agent after it.
        let next = persons.first { $0.tokens.lowerBound > start }?.tokens.lowerBound ?? Int.max
        var v = item.tokens.upperBound
        while v < min(sentence.upperBound, next), v - item.tokens.upperBound <= 10 {
            if isChairVerb(v) {
                return !(v + 1..<min(sentence.upperBound, v + 6)).contains { text.isWord($0, in: g.agentWords) }
            }
            v += 1
        }
        return false
    }

    /// A verb of chairing, not of co-chairing ("co-chaired", "co-présidée" end with one).
    private func isChairVerb(_ k: Int) -> Bool {
        text.isWord(k, in: g.chairVerbs) && !(text.isPunctuation(k - 1, UInt8(ascii: "-")) && text.isWord(k - 2, ClaimBuilder.co))
    }
    private static let co = Folding.word("co")
}

extension Attribute {
    /// A small number per attribute, for hashing.
    var number: Int {
        switch self {
        case .date: return 0
        case .place: return 1
        case .ordinal: return 2
        case .participants: return 3
        case .heldAt: return 4
        case .count: return 5
        case .role: return 6
        case .chair: return 7
        }
    }
}
