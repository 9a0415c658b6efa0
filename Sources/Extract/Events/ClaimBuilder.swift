/// Turns resolved event phrases and their attached values into claims, each with its modality
/// (read on the clauses of the event and of the value), its evidence and the rule that drew it.
struct ClaimBuilder {
    let text: TokenizedText
    let context: ExtractionContext
    let g: EventGrammar
    let clauses: Clauses
    let phrases: [EventPhrase]
    let attached: AttributeAttachment
    let index: MentionIndex

    func build() -> [Claim] {
        var claims: [Claim] = []
        claims.reserveCapacity(phrases.count * 2 + index.roles.count)
        let quotes = QuoteCache(text.text)
        func claim(_ subject: ClaimSubject, _ attribute: Attribute, _ value: ClaimValue, span: TextSpan,
                   sentence: Int, and other: Int? = nil, modality: Modality, rule: String) -> Claim {
            self.claim(subject, attribute, value, span: span, sentence: sentence, and: other, modality: modality,
                       rule: rule, quotes: quotes)
        }
        for (k, p) in phrases.enumerated() {
            let subject = ClaimSubject.event(ref(k))
            if let n = p.ordinal, let span = p.ordinalSpan {
                claims.append(claim(subject, .ordinal, .ordinal(n), span: span, sentence: p.sentence,
                                    modality: clauses.modality(at: p.noun.lowerBound), rule: g.names.ordinal))
            }
            for d in attached.dates[k] {
                guard case .time(let t) = d.item.mention.value else { continue }
                claims.append(claim(subject, .date, .time(t), span: d.item.mention.span,
                                    sentence: p.sentence, and: d.sentence,
                                    modality: modality(of: p, value: d), rule: d.rule))
            }
            for place in attached.places[k] {
                guard case .id(let id) = place.item.mention.value else { continue }
                claims.append(claim(subject, .place, .place(id), span: place.item.mention.span, sentence: p.sentence,
                                    modality: modality(of: p, value: place), rule: place.rule))
            }
            let people = attached.people[k]
            if !people.isEmpty {
                var names: [String] = []
                for item in people { if case .name(let n) = item.mention.value, !names.contains(n) { names.append(n) } }
                let span = people.map(\.mention.span).reduce(people[0].mention.span) { $0.union($1) }
                claims.append(claim(subject, .participants, .participants(names.sorted()), span: span, sentence: p.sentence,
                                    modality: clauses.modality(event: p.noun.lowerBound, value: people[0].tokens.lowerBound),
                                    rule: g.names.participants))
            }
        }
        for h in attached.heldAt {
            let host = phrases[h.host], venue = phrases[h.venue]
            claims.append(claim(.event(ref(h.host)), .heldAt, .event(ref(h.venue)), span: h.span, sentence: venue.sentence,
                                modality: clauses.modality(event: host.noun.lowerBound, value: venue.noun.lowerBound), rule: h.rule))
        }
        claims += roleClaims(quotes)
        // The same statement found twice (two phrases of one instance in one sentence) is one claim:
        // same event instance, attribute and value span (the value follows from the span).
        // A document has few claims: sorting their keys beats hashing them.
        typealias Key = (instance: Int, attribute: Int, start: Int, end: Int, index: Int)
        let attributes = Attribute.allCases
        var keys: [Key] = []
        keys.reserveCapacity(claims.count)
        for (k, c) in claims.enumerated() {
            guard case .event(let e) = c.subject else { continue }
            keys.append((e.instance, attributes.firstIndex(of: c.attribute) ?? 0, c.evidence.span.start, c.evidence.span.end, k))
        }
        keys.sort { ($0.instance, $0.attribute, $0.start, $0.end, $0.index) < ($1.instance, $1.attribute, $1.start, $1.end, $1.index) }
        var repeated = [Bool](repeating: false, count: claims.count)
        for k in keys.indices.dropFirst() {
            let a = keys[k - 1], b = keys[k]
            if (a.instance, a.attribute, a.start, a.end) == (b.instance, b.attribute, b.start, b.end) { repeated[b.index] = true }
        }
        var kept: [Claim] = []
        kept.reserveCapacity(claims.count)
        for (k, c) in claims.enumerated() where !repeated[k] { kept.append(c) }
        return kept
    }

    func ref(_ k: Int) -> EventRef {
        let p = phrases[k]
        return EventRef(type: p.type, parties: p.parties, ordinal: p.instanceOrdinal, instance: p.instance)
    }

    private func modality(of p: EventPhrase, value: AttributeAttachment.Value) -> Modality {
        if value.sentence != p.sentence {
            return clauses.modality(at: value.item.tokens.lowerBound).strongest(clauses.modality(at: p.noun.lowerBound))
        }
        return clauses.modality(event: p.noun.lowerBound, value: value.item.tokens.lowerBound)
    }

    /// The evidence quotes the sentence of the event (and of the value, when it is another).
    private func claim(_ subject: ClaimSubject, _ attribute: Attribute, _ value: ClaimValue, span: TextSpan,
                       sentence: Int, and other: Int?, modality: Modality, rule: String, quotes: QuoteCache) -> Claim {
        var sentenceSpan = quotable(sentence, around: span)
        if let other, other != sentence { sentenceSpan = sentenceSpan.union(quotable(other, around: span)) }
        let evidence = Evidence(document: context.documentID, language: context.language, sentence: sentenceSpan,
                                span: span, quote: quotes.quote(sentenceSpan))
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
    private func roleClaims(_ quotes: QuoteCache) -> [Claim] {
        var out: [Claim] = []
        for role in index.roles {
            guard case .name(let label) = role.mention.value else { continue }
            var person: MentionIndex.Item? = nil
            // Persons are sorted: the first one starting at or after the role's end, and the one before it.
            let persons = index.persons
            var lo = 0, hi = persons.count
            while lo < hi { let mid = (lo + hi) / 2; if persons[mid].tokens.lowerBound < role.tokens.lowerBound { lo = mid + 1 } else { hi = mid } }
            if Entities.isNameFirstRoleRule(role.mention.rule), lo > 0 {
                let p = persons[lo - 1]
                if p.tokens.upperBound <= role.tokens.lowerBound, role.tokens.lowerBound - p.tokens.upperBound <= 6 { person = p }
            } else if Entities.isTitleFirstRoleRule(role.mention.rule) {
                var k = lo
                while k < persons.count, persons[k].tokens.lowerBound < role.tokens.upperBound { k += 1 }
                if k < persons.count, persons[k].tokens.lowerBound - role.tokens.upperBound <= 1 { person = persons[k] }
            }
            guard let person, case .name(let name) = person.mention.value else { continue }
            let s = text.sentenceIndex(ofToken: role.tokens.lowerBound)
            // A role is said of a person as they are now: a plan in the sentence ("signeront") is not the role's.
            let modality = clauses.modality(at: role.tokens.lowerBound) == .reported ? Modality.reported : .asserted
            out.append(claim(.person(name), .role, .text(label), span: role.mention.span, sentence: s, and: nil,
                             modality: modality, rule: g.names.role, quotes: quotes))
        }
        return out
    }
}

/// Claims of one sentence quote the same text: it is cut out once and shared (strings are
/// copy-on-write), not copied per claim.
private final class QuoteCache {
    private let text: String
    private var last: (span: TextSpan, quote: String)? = nil

    init(_ text: String) { self.text = text }

    func quote(_ span: TextSpan) -> String {
        if let last, last.span == span { return last.quote }
        let q = text.slice(span)
        last = (span, q)
        return q
    }
}
