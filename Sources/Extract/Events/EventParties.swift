/// Where an event phrase without parties of its own gets them.
///
/// In order: (1) the phrase's own parties ("sommet UE-Japon", "du G7"); (2) the subject parties
/// of its clause, outside any other event phrase and any role (see below); (3) the leading
/// parties of the nearest earlier sentence of the same paragraph that has some ("L'UE et la
/// Corée du Sud ont annoncé… Lors de leur Conseil de partenariat numérique"); (4) the event it
/// refers to (see `EventReferences`); (5) for a gathering (a summit or a meeting), the
/// organisation the article is about (see `topic`); (6) the document's dominant pair: the set of
/// two or more parties named together most often ("les deux alliés", "the two partners").
///
/// Step (2) reads a sentence in segments, cut at commas, ";", ":", relative pronouns and
/// subordinating conjunctions (a comma inside a list of parties cuts nothing). The parties of an
/// event are its subject's, and a subject comes before its verb:
/// - parties before the phrase in its own segment ("The EU and Canada held their 20th summit…,
///   as both sides sought to reduce their reliance on the United States": not the United States);
/// - else the sentence's leading parties, when their segment comes before the phrase's and is a
///   main clause ("The EU and Japan, which signed an EPA in 2019, held their summit"), or opens
///   the segment right after a phrase that opens the sentence ("Lors de leur sommet, l'UE et le
///   Japon ont signé…");
/// - else none from this sentence: parties after the phrase are its objects ("le sommet a été
///   marqué par le conflit entre Israël et l'Iran"), and the phrase falls to steps (3) to (5).
struct EventParties {
    let text: TokenizedText
    let index: MentionIndex
    /// `EventGrammar.hostVerbs`: a subject before one of them hosts the event (see `subjectParties`).
    let hostVerbs: KeywordSet
    /// `EventGrammar.determiners`: a phrase that opens its sentence after them alone is the
    /// sentence's subject (see `subjectParties`).
    let determiners: KeywordSet
    /// `EventGrammar.possessiveRelatives` (see `possessor(before:)`).
    let possessiveRelatives: KeywordSet
    /// The leading groups of the sentences that have one, in order, and per sentence the index
    /// of its group there (-1: it names no party outside phrases). Plain numbers per sentence:
    /// a list of optional groups per sentence would be visited element by element when freed.
    private var groups: [LeadingGroup] = []
    private var groupOfSentence: [Int32] = []
    /// The parties sentence `s`'s first segment naming some names, by index in `groups`.
    private func leadingGroup(_ s: Int) -> Int? { groupOfSentence[s] >= 0 ? Int(groupOfSentence[s]) : nil }

    /// The parties of a sentence's first segment that names some, and where each party of the
    /// sentence sits.
    private struct LeadingGroup {
        let parties: [String]
        let segment: Int
        let firstToken: Int
        /// The segment is a main clause: it starts the sentence or follows a comma, ";" or ":",
        /// not a relative pronoun or a conjunction ("While Canada prepared…" names no subject of
        /// the sentence's other clauses).
        let opensFreely: Bool
        let named: [(token: Int, segment: Int, id: String)]
        let segments: Segments
    }
    /// The most frequent set of two or more parties in the document, if any.
    private(set) var dominant: [String]? = nil
    /// The organisation the article is about, if any: the one it names most, at least twice, at
    /// least one and a half times as often as any state and more often than the dominant pair.
    /// An article on the OAS's General Assembly tells "the 56th regular session" and names Haiti
    /// and the OAS together once ("the OAS's support to the … mission in Haiti"); one on ECOWAS's
    /// summit tells "the 70th ordinary session of the Authority" and names Nigeria and Ghana
    /// together once. Only gatherings take it: a press release of the Commission names the EU
    /// three times as often as Japan, and "the Digital Partnership" is still both's.
    private(set) var topic: String? = nil
    /// The organisations the document names (series ids).
    private var organisations: [String] = []

    init(text: TokenizedText, index: MentionIndex, g: EventGrammar, phrases: [EventPhrase]) {
        self.text = text
        self.index = index
        hostVerbs = g.hostVerbs
        determiners = g.determiners
        possessiveRelatives = g.possessiveRelatives
        var inside = [Bool](repeating: false, count: text.tokens.count)
        // By index: `for p in phrases` would copy every phrase.
        for p in phrases.indices { for k in phrases[p].start..<phrases[p].end { inside[k] = true } }
        var roleStarts = [Bool](repeating: false, count: text.tokens.count + 2)
        for r in index.roles.indices {
            for k in index.roles[r].tokens { inside[k] = true }
            roleStarts[index.roles[r].tokens.lowerBound] = true
        }
        // "Japan's Minister…": the possessive belongs to the role, not to the sentence's subject.
        for i in index.parties.indices {
            let tokens = index.parties[i].tokens
            let e = tokens.upperBound
            if text.isPunctuation(e, UInt8(ascii: "'")), text.isWord(e + 1, EventParties.sHash), roleStarts[e + 2] {
                inside[tokens.lowerBound] = true
            }
        }
        // The parties each sentence names outside phrases and roles, in order, by segment.
        var outside: [(token: Int, id: String)] = []
        for i in index.parties.indices where !inside[index.parties[i].tokens.lowerBound] {
            guard let id = index.seriesParty(ofParty: i) else { continue }
            outside.append((index.parties[i].tokens.lowerBound, id))
        }
        groupOfSentence = [Int32](repeating: -1, count: text.sentences.count)
        var first = 0
        while first < outside.count {
            let s = text.sentenceIndex(ofToken: outside[first].token)
            var last = first
            while last + 1 < outside.count, text.sentenceIndex(ofToken: outside[last + 1].token) == s { last += 1 }
            let segments = Segments(sentence: text.sentences[s], text: text, index: index, g: g)
            let named = outside[first...last].map { (token: $0.token, segment: segments.segment(of: $0.token), id: $0.id) }
            let lead = named[0].segment
            var ids: [String] = []
            for p in named where p.segment == lead && !ids.contains(p.id) { ids.append(p.id) }
            ids.sort()   // in place: `sorted()` would make a second list
            groupOfSentence[s] = Int32(groups.count)
            groups.append(LeadingGroup(parties: ids, segment: lead, firstToken: named[0].token,
                                       opensFreely: segments.opensFreely(lead), named: named, segments: segments))
            first = last + 1
        }

        // A document names few sets of parties: a short list beats hashing arrays of strings.
        var counts: [(set: [String], count: Int, first: Int)] = []
        func count(_ set: [String], _ at: Int) {
            guard set.count >= 2 else { return }
            if let i = counts.firstIndex(where: { $0.set == set }) { counts[i].count += 1 } else { counts.append((set, 1, at)) }
        }
        for s in groupOfSentence.indices { if let group = leadingGroup(s) { count(groups[group].parties, text.sentences[s].lowerBound) } }
        for p in phrases.indices where phrases[p].ownParties.count >= 2 { count(phrases[p].ownParties, phrases[p].start) }
        let pair = counts.max { a, b in (a.count, -a.first) < (b.count, -b.first) }
        dominant = pair?.set
        // Every mention counts, roles' and phrases' included ("OAS members", "the ECOWAS summit").
        var named: [(id: String, organisation: Bool, count: Int)] = []
        for i in index.parties.indices {
            guard let id = index.seriesParty(ofParty: i) else { continue }
            if let k = named.firstIndex(where: { $0.id == id }) { named[k].count += 1 } else { named.append((id, index.isOrganisation(party: i), 1)) }
        }
        let bodies = named.filter(\.organisation)
        organisations = bodies.map(\.id)
        // The first named among equals.
        if let topic = bodies.max(by: { $0.count < $1.count }) {
            let state = named.filter { !$0.organisation }.map(\.count).max() ?? 0
            if topic.count >= 2, 2 * topic.count >= 3 * state, topic.count > pair?.count ?? 0 { self.topic = topic.id }
        }
    }

    static let sHash = Folding.word("s")

    /// Steps (1) to (3) for every phrase.
    func assignContext(_ phrases: inout [EventPhrase]) {
        for k in phrases.indices {
            let sentence = phrases[k].sentence
            if !phrases[k].ownParties.isEmpty || phrases[k].isMultilateral || phrases[k].entry.traits.isNamed {
                phrases[k].contextParties = phrases[k].ownParties; phrases[k].partySource = .own
            } else if let owner = possessor(before: phrases[k].start) {
                phrases[k].contextParties = owner; phrases[k].partySource = .own
            } else if let other = phrases[k].counterpart {
                // "The EU will hold a summit with China": the subject and the other side; with no
                // subject, the document's pair when it holds that side, else that side alone
                // (never another event of the document: "a summit with Chinese leaders" is not
                // its EU–Japan summit).
                var parties = leadingGroup(sentence).flatMap { subjectParties(of: phrases[k].start, groups[$0]) } ?? []
                if parties.isEmpty, let pair = dominant, pair.contains(other) { parties = pair }
                if !parties.contains(other) { parties.append(other); parties.sort() }
                phrases[k].contextParties = parties; phrases[k].partySource = .own
            } else if let group = leadingGroup(sentence) {
                if let parties = subjectParties(of: phrases[k].start, groups[group]) {
                    phrases[k].contextParties = parties; phrases[k].partySource = .clause
                    phrases[k].contextIsOrganisation = isOneOrganisation(parties)
                }
            } else {
                var s = sentence
                // Back to the paragraph's start, at most five sentences.
                while s > 0, sentence - s < 5, !text.tokens[text.sentences[s].lowerBound].newlineBefore {
                    s -= 1
                    if let group = leadingGroup(s) {
                        phrases[k].contextParties = groups[group].parties; phrases[k].partySource = .previousSentence(s)
                        phrases[k].contextIsOrganisation = isOneOrganisation(groups[group].parties)
                        break
                    }
                }
            }
        }
    }

    /// Whether `parties` is one organisation the document names (not a state).
    private func isOneOrganisation(_ parties: [String]) -> Bool { parties.count == 1 && organisations.contains(parties[0]) }

    /// "le Marché commun de l'Afrique orientale et australe (Comesa), dont le sommet se tiendra
    /// en octobre à Lusaka", "Comesa, whose summit…": the party before the possessive relative
    /// owns the event. None when no party stands there (a body the lexicon does not know):
    /// the event is then nobody's we can name, not the article's.
    private func possessor(before start: Int) -> [String]? {
        var r = start - 1
        if text.isWord(r, in: determiners) { r -= 1 }
        guard text.isWord(r, in: possessiveRelatives) else { return nil }
        var k = r - 1
        if text.isPunctuation(k, UInt8(ascii: ",")) { k -= 1 }
        // Over an acronym in brackets: "(Comesa)".
        if text.isPunctuation(k, UInt8(ascii: ")")), let open = (max(0, k - 4)..<k).last(where: { text.isPunctuation($0, UInt8(ascii: "(")) }) {
            if let p = index.partyEnding(at: k - 1), let id = index.seriesParty(ofParty: p) { return [id] }
            k = open - 1
        }
        if let p = index.partyEnding(at: k), let id = index.seriesParty(ofParty: p) { return [id] }
        return []
    }

    /// Step (2): the subject parties of the phrase starting at token `start`, from its sentence's.
    private func subjectParties(of start: Int, _ group: LeadingGroup) -> [String]? {
        let segment = group.segments.segment(of: start)
        var before: [String] = []
        var last = -1
        for p in group.named where p.segment == segment && p.token < start {
            if !before.contains(p.id) { before.append(p.id) }
            last = p.token
        }
        // "la Moldavie accueille la réunion annuelle des ministres": the host, not a side.
        if !before.isEmpty, (last + 1..<start).contains(where: { text.isWord($0, in: hostVerbs) }) { return nil }
        if !before.isEmpty { before.sort(); return before }
        if group.segment < segment, group.opensFreely { return group.parties }
        // "Lors de leur sommet, l'UE et le Japon…": the subject right after the opening segment.
        // Not when the phrase is itself the subject: "The summit also adopted a line on the
        // Confederation of Sahel States, formed by Mali, Burkina Faso and Niger" names the
        // summit's objects.
        if segment == 0, group.segment == 1, group.opensFreely, group.firstToken - group.segments.start(of: 1) <= 3,
           !(group.segments.start(of: 0)..<start).allSatisfy({ text.isWord($0, in: determiners) }) { return group.parties }
        return nil
    }
}

/// A sentence cut into segments (see `EventParties`): the cuts in token order.
struct Segments {
    /// Tokens that cut: a segment starts at each.
    private var cuts: [Int] = []
    /// Per cut: whether it is a comma, ";" or ":" (a main clause may follow).
    private var plain: [Bool] = []
    private let sentenceStart: Int

    init(sentence: Range<Int>, text: TokenizedText, index: MentionIndex, g: EventGrammar) {
        sentenceStart = sentence.lowerBound
        for i in sentence {
            let t = text.tokens[i]
            if t.kind == .punctuation {
                let mark = t.foldedEnd - t.foldedStart == 1 ? text.folded[Int(t.foldedStart)] : 0
                guard mark == UInt8(ascii: ",") || mark == UInt8(ascii: ";") || mark == UInt8(ascii: ":") else { continue }
                if mark == UInt8(ascii: ","), Segments.listsParties(comma: i, text, index, g) { continue }
                cuts.append(i); plain.append(true)
            } else if g.clauseOpeners.contains(t.hash) || Segments.subordinates(i, text, g) {
                cuts.append(i); plain.append(false)
            }
        }
    }

    /// "la France, l'Allemagne et l'Italie": a comma between two parties.
    private static func listsParties(comma i: Int, _ text: TokenizedText, _ index: MentionIndex, _ g: EventGrammar) -> Bool {
        guard index.partyEnding(at: i - 1) != nil else { return false }
        var k = i + 1
        while k < i + 3, text.isWord(k, in: g.determiners) || text.isPunctuation(k, UInt8(ascii: "'")) { k += 1 }
        return index.partyStarting(at: k) != nil
    }

    /// A subordinating conjunction at token `i` ("as", "while", "tandis que", "alors que"), not
    /// in "as well as", "such as" or "alors" meaning "then".
    private static func subordinates(_ i: Int, _ text: TokenizedText, _ g: EventGrammar) -> Bool {
        guard text.end(ofAny: g.subordinators, at: i) != nil else { return false }
        return text.end(ofAny: g.notSubordinators, at: i) == nil && text.end(ofAny: g.notSubordinators, at: i - 1) == nil
    }

    func segment(of token: Int) -> Int {
        var lo = 0, hi = cuts.count
        while lo < hi { let mid = (lo + hi) / 2; if cuts[mid] <= token { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The first token of segment `n` (the cut itself for n > 0).
    func start(of n: Int) -> Int { n == 0 ? sentenceStart : cuts[n - 1] }

    /// Whether segment `n` may be a main clause: the sentence's first, or after a plain cut.
    func opensFreely(_ n: Int) -> Bool { n == 0 || plain[n - 1] }
}
