import Extract

/// Links the events documents speak of into real-world events.
///
/// Claims are first grouped by series (event type + parties, the same in French and English),
/// so nothing is compared across series. Within a series, an instance is identified:
/// 1. by its ordinal ("the 3rd council" in any document is the 3rd council);
/// 2. for one-off events (the launch of a named agreement), by the series alone;
/// 3. numbered instances with different ordinals but the same day (and no other place), or
///    an opening day and a closing day up to a week later (no other place), or consecutive
///    numbers a few days apart in different documents, are one event whose ordinal is disputed
///    ("19th" vs "20e" EU–Canada summit on 14 June 2025 in Ottawa);
/// 4. an unnumbered event joins the one numbered instance whose date (month precision or
///    better) or place fits it, or whose days are a few days from its own with no place
///    against it; when several fit, it stays on its own rather than guess;
/// 5. unnumbered events are one event when their days meet, when the days of different
///    documents are a few days apart with no place against it (a series does not meet twice
///    in a week: the day is what those sources dispute), or when they share a place and
///    their dates agree to the month, or to the year with nothing finer against it; an event
///    with a place and no date joins the series' only occasion at that place.
/// An event that cannot be placed stays alone: it yields no conflict, only single-source facts.
///
/// Claims are never copied: linking notes them by index (see ``LinkedClaims``).
///
/// - Complexity: O(*n* log *n*) to group *n* claims (O(*n*·*e*) if the claims of documents
///   naming *e* events each come interleaved rather than event by event); within a series,
///   O(*k*²) in its *k* instances.
struct EventLinker: Sendable {
    /// Event types that happen once per set of parties (the lexicon's agreements; agreements
    /// known by their name are one-off too, see `Lexicon.isNamedAgreement`).
    let oneOffTypes: Set<String>

    func link(_ claims: InputClaims) -> LinkedClaims {
        // 1. Local events, numbered as they come, keyed by document and instance. Documents are
        //    numbered too (one look-up per run of claims from the same document, as extraction
        //    gives them); a document's local events are found by walking back through them, as
        //    a document names few events. Claims are only noted by index, never copied.
        struct Seen {
            let document: Int
            let instance: Int
            let previousOfDocument: Int
            let firstClaim: Int                     // the claim whose ref names the event
            var ordinal: Int?                       // the ref's, else the first ordinal claim's
        }
        // Indices sized once: each regrowth hashes every key again. There are no more documents
        // than runs of claims from one document.
        var runs = 0, runName = ""
        for i in claims.indices {
            let name = claims[i].evidence.document
            if i == 0 || name != runName { runs += 1; runName = name }
        }
        var documentIndex: [String: Int] = [:]
        documentIndex.reserveCapacity(runs)
        var documentNames: [String] = []
        var lastOfDocument: [Int] = []              // per document: its latest local event, or -1
        var seen: [Seen] = []                       // per local event
        var localOfClaim = [Int](repeating: -1, count: claims.count)
        var heldAt: [Int] = []
        var lastDocument = -1, lastName = "", last = -1
        for i in claims.indices {
            if claims[i].attribute == .heldAt { heldAt.append(i) }
            guard let instance = claims[i].subject.eventInstance else { continue }
            let name = claims[i].evidence.document
            if last < 0 || seen[last].instance != instance || lastName != name {
                if lastDocument < 0 || lastName != name {
                    lastName = name
                    if let d = documentIndex[name] {
                        lastDocument = d
                    } else {
                        lastDocument = documentNames.count
                        documentIndex[name] = lastDocument
                        documentNames.append(name)
                        lastOfDocument.append(-1)
                    }
                }
                last = lastOfDocument[lastDocument]
                while last >= 0 && seen[last].instance != instance { last = seen[last].previousOfDocument }
                if last < 0 {
                    guard case .event(let ref) = claims[i].subject else { preconditionFailure("an event's claim") }
                    last = seen.count
                    seen.append(Seen(document: lastDocument, instance: instance, previousOfDocument: lastOfDocument[lastDocument],
                                     firstClaim: i, ordinal: ref.ordinal))
                    lastOfDocument[lastDocument] = last
                }
            }
            localOfClaim[i] = last
            if seen[last].ordinal == nil, claims[i].attribute == .ordinal, case .ordinal(let n) = claims[i].value { seen[last].ordinal = n }
        }
        documentIndex = [:]; lastOfDocument = []

        // 2. In (document, instance) order: documents ranked by name once.
        let documentOrder = EventLinker.order(of: documentNames)
        var documentRank = [Int](repeating: 0, count: documentNames.count)
        for (r, d) in documentOrder.enumerated() { documentRank[d] = r }
        // By document rank (a counting sort), then by instance within a document (a few each:
        // an insertion sort, and they usually come in order).
        var keyOrder = [Int](repeating: 0, count: seen.count)
        do {
            var first = [Int](repeating: 0, count: documentNames.count + 1)
            for s in seen { first[documentRank[s.document] + 1] += 1 }
            for r in documentNames.indices { first[r + 1] += first[r] }
            var fill = first
            for k in seen.indices {
                let r = documentRank[seen[k].document]
                keyOrder[fill[r]] = k
                fill[r] += 1
            }
            for r in documentNames.indices where first[r + 1] - first[r] > 1 {
                for i in (first[r] + 1)..<first[r + 1] {
                    var j = i
                    while j > first[r] && seen[keyOrder[j]].instance < seen[keyOrder[j - 1]].instance {
                        keyOrder.swapAt(j, j - 1)
                        j -= 1
                    }
                }
            }
        }

        // 3. By series (read in the order the local events were seen, which is their claims'
        //    order). A series is named once per distinct type and parties, not once per local
        //    event; what is linked by name is one series.
        var refIndex = SeriesRefIndex()
        var refs: [LinkedClaims.SeriesRef] = []
        var seriesOfRef: [Int] = []                 // per ref: its series, once a linkable event names it (else -1)
        var refOfSeen = [Int](repeating: 0, count: seen.count)
        var seriesNames = Interned(capacity: seen.count)
        var seriesOfSeen = [Int](repeating: 0, count: seen.count)
        for k in seen.indices {
            guard case .event(let ref) = claims[seen[k].firstClaim].subject else { preconditionFailure("an event's claim") }
            let r: Int
            if let known = refIndex.find(type: ref.type, parties: ref.parties, in: refs) {
                r = known
            } else {
                r = refs.count
                // (Most batches name no one-off type of the lexicon: then no type is hashed.)
                let named = Lexicon.isNamedAgreement(ref.type)
                refs.append(LinkedClaims.SeriesRef(type: ref.type, parties: ref.parties, series: ref.series, named: named,
                                                   oneOff: named || !oneOffTypes.isEmpty && oneOffTypes.contains(ref.type)))
                seriesOfRef.append(-1)
            }
            refOfSeen[k] = r
            // A treaty known by its name is that treaty in any document (`Lexicon.isNamedAgreement`).
            if !ref.parties.isEmpty || seen[k].ordinal != nil || refs[r].named {
                if seriesOfRef[r] < 0 { seriesOfRef[r] = seriesNames.number(refs[r].series) }
                seriesOfSeen[k] = seriesOfRef[r]
            } else {
                // Neither parties nor ordinal: "the meeting" alone cannot be linked across documents.
                seriesOfSeen[k] = seriesNames.number(refs[r].series + "~" + documentNames[seen[k].document] + "." + String(seen[k].instance))
            }
        }

        // 4. Local events are numbered in the order they are judged in: series by series, in the
        //    order of their names, and in (document, instance) order within a series. What is
        //    read together then lies together, and within a group a smaller number is a smaller
        //    key. (A counting sort of `keyOrder` by series rank.)
        let names = seriesNames.names
        let seriesOrder = EventLinker.order(of: names)
        var seriesStart = [Int](repeating: 0, count: names.count + 1)
        var rankOfSeries = [Int](repeating: 0, count: names.count)
        for (r, s) in seriesOrder.enumerated() { rankOfSeries[s] = r }
        for k in seen.indices { seriesStart[rankOfSeries[seriesOfSeen[k]] + 1] += 1 }
        for r in seriesOrder.indices { seriesStart[r + 1] += seriesStart[r] }
        var judged = [Int](repeating: 0, count: seen.count)     // local events' `seen` indices, in their new order
        var number = [Int](repeating: 0, count: seen.count)     // per `seen` index: its new number
        var fill = seriesStart
        for k in keyOrder {
            let r = rankOfSeries[seriesOfSeen[k]]
            judged[fill[r]] = k
            number[k] = fill[r]
            fill[r] += 1
        }
        fill = []

        // 5. Claims by local event, each local event's in input order (a counting sort), noted
        //    (see ``ClaimNote``) as the input is read in order: what judging asks of a claim
        //    then lies in a few bytes in a row, in the order it is asked, rather than in claims
        //    scattered over the whole input.
        var start = [Int](repeating: 0, count: seen.count + 1)
        for l in localOfClaim where l >= 0 { start[number[l] + 1] += 1 }
        for l in seen.indices { start[l + 1] += start[l] }
        var next = start
        var dates = 0, places = 0
        var notes = [ClaimNote](repeating: ClaimNote(), count: start[seen.count])
        // Every slot is written once (the counting sort is a permutation).
        let values = [String](unsafeUninitializedCapacity: start[seen.count]) { values, count in
            for i in claims.indices where localOfClaim[i] >= 0 {
                let l = number[localOfClaim[i]]
                let value = claims[i].value     // copied once, for both
                notes[next[l]] = ClaimNote(claims, i, value)
                (values.baseAddress! + next[l]).initialize(to: ValueComparator.render(value))
                if notes[next[l]].attribute == .date { dates += 1 } else if notes[next[l]].attribute == .place { places += 1 }
                next[l] += 1
            }
            count = start[seen.count]
        }
        localOfClaim = []; next = []

        // 6. The local events, and their groups, series by series.
        var locals = LocalEvents()
        locals.reserveCapacity(events: judged.count, dates: dates, places: places)
        for k in judged {
            locals.append(document: seen[k].document, instance: seen[k].instance, seriesRef: refOfSeen[k], ordinal: seen[k].ordinal,
                          claims: start[locals.count]..<start[locals.count + 1], notes: notes, values: values, all: claims)
        }
        var linked: [LinkedClaims.Series] = []
        linked.reserveCapacity(seriesOrder.count)
        for (r, s) in seriesOrder.enumerated() {
            let members = Array(seriesStart[r]..<seriesStart[r + 1])
            linked.append(LinkedClaims.Series(name: names[s], groups: group(members, locals, oneOff: refs[locals[members[0]].seriesRef].oneOff)))
        }
        return LinkedClaims(all: claims, notes: notes, values: values, documents: documentNames, documentRank: documentRank, seriesRefs: refs,
                            locals: locals, series: linked, heldAt: heldAt)
    }

    /// The permutation that sorts `names`, which are distinct (as `names.indices.sorted { names[$0] < names[$1] }`).
    ///
    /// ASCII names (document ids, series names, as the batches have) compare as their bytes do:
    /// they are sorted by their first 32 bytes packed into four integers, and only names that
    /// share those are compared as strings. (A string comparison costs far more than a few
    /// integer ones, reading each string where it lies, and there is one name per document.)
    static func order(of names: [String]) -> [Int] {
        typealias Key = (UInt64, UInt64, UInt64, UInt64)
        var keys: [(key: Key, index: Int)] = []
        keys.reserveCapacity(names.count)
        for (i, name) in names.enumerated() {
            let key = name.utf8.withContiguousStorageIfAvailable { bytes -> Key? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                // Zero-padded: a name that is a prefix of another sorts first, as a string does.
                func word(_ w: Int) -> UInt64 {
                    var x: UInt64 = 0
                    for k in (8 * w)..<(8 * w + 8) { x = x << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                    return x
                }
                return (word(0), word(1), word(2), word(3))
            }
            guard let key = key ?? nil else { return names.indices.sorted { names[$0] < names[$1] } }
            keys.append((key, i))
        }
        keys.sort { a, b in a.key != b.key ? a.key < b.key : names[a.index] < names[b.index] }
        return keys.map(\.index)
    }

    /// The series refs of a batch by their type and parties: an open-addressing table of their
    /// numbers, hashed by FNV-1a of the type and parties. (A dictionary keyed by the strings
    /// hashed each key again through `Hasher`, and held a copy of them; this reads the strings
    /// once per look-up, and its slots are a few bytes each.)
    struct SeriesRefIndex {
        /// Per slot: 1 + a ref's number, or 0 when free. Twice as many slots as refs at least.
        private var slots = [Int32](repeating: 0, count: 1024)
        /// Per ref: the hash of its type and parties.
        private var hashes: [UInt64] = []

        /// The number of the ref in `refs` of `type` and `parties`; nil when there is none, and
        /// then the caller appends it to `refs` (as number `refs.count`).
        mutating func find(type: String, parties: [String], in refs: [LinkedClaims.SeriesRef]) -> Int? {
            var h = StableID.fnvBasis
            StableID.mix(&h, type)
            for p in parties { h = (h ^ 0xff) &* 0x100000001b3; StableID.mix(&h, p) }
            var mask = slots.count - 1, i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 {
                let r = Int(slots[i]) - 1
                if hashes[r] == h && refs[r].type == type && refs[r].parties == parties { return r }
                i = (i + 1) & mask
            }
            hashes.append(h)
            if 2 * hashes.count > slots.count {
                // Grown: every ref placed again by its hash.
                slots = [Int32](repeating: 0, count: 2 * slots.count)
                mask = slots.count - 1
                for (r, h) in hashes.enumerated() {
                    var j = Int(truncatingIfNeeded: h) & mask
                    while slots[j] != 0 { j = (j + 1) & mask }
                    slots[j] = Int32(r + 1)
                }
            } else {
                slots[i] = Int32(hashes.count)
            }
            return nil
        }
    }

    /// Names numbered in the order they are first seen.
    private struct Interned {
        private var index: [String: Int] = [:]
        private(set) var names: [String] = []

        init(capacity: Int) { index.reserveCapacity(capacity) }

        mutating func number(_ name: String) -> Int {
            if let n = index[name] { return n }
            index[name] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    /// - Parameter members: indices into `locals`, ascending.
    private func group(_ members: [Int], _ locals: LocalEvents, oneOff: Bool) -> [EventGroup] {
        if oneOff || members.count == 1 {
            var all = EventGroup()
            for m in members { all.append(m, locals[m]) }
            return [all]
        }

        // Numbered instances, by ordinal; each one's members in local event order. A group's
        // dates and places are read through its members, where linking keeps them: nothing is
        // gathered per group.
        var numbered = members.filter { locals[$0].ordinal != nil }
        let unnumbered = members.filter { locals[$0].ordinal == nil }
        numbered.sort { (locals[$0].ordinal!, $0) < (locals[$1].ordinal!, $1) }
        var groups: [EventGroup] = []
        for m in numbered {
            if groups.last?.ordinal != locals[m].ordinal { groups.append(EventGroup()) }
            groups[groups.count - 1].append(m, locals[m])
        }

        if groups.count > 1 { rehomeMisnumbered(&groups, locals) }

        // Same day, different ordinals: one event with a disputed ordinal.
        var merged = groups.count > 1
        while merged {
            merged = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i {
                    let a = groups[i].members, b = groups[j].members
                    if (sameDay(a, b, locals) || edgesOfOneGathering(a, b, locals) || offByOne(groups[i], groups[j], locals))
                        && !placesConflict(a, b, locals) {
                        for m in groups[j].members { groups[i].append(m, locals[m]) }
                        groups.remove(at: j)
                        merged = true
                        break outer
                    }
                }
            }
        }

        // Unnumbered: join the single instance that fits, else group by day, else alone. The
        // dated ones first, so that an undated one sees every occasion it might be.
        var loose: [EventGroup] = []
        for m in unnumbered.filter({ !locals.dates(of: $0).isEmpty }) + unnumbered.filter({ locals.dates(of: $0).isEmpty }) {
            var fitting = -1, fits = 0
            for g in groups.indices where self.fits(m, groups[g], locals) {
                fits += 1; fitting = g
                if fits > 1 { break }
            }
            if fits == 1 {
                groups[fitting].append(m, locals[m])
            } else if fits == 0, let k = loose.indices.first(where: { sameOccasion(m, loose[$0], locals) })
                        ?? onlyOccasionThere(m, loose, locals) {
                loose[k].append(m, locals[m])
            } else {
                loose.append(EventGroup(m, locals[m]))
            }
        }
        return groups + loose
    }

    /// A numbered report whose date the other sources of its number contradict, and whose day
    /// is another numbered instance's, or its opening to that one's closing (at no other place),
    /// got the number wrong: n2's "48e
    /// sommet … s'est ouvert mardi à Manille", against the 48th told in Cebu in May and the 49th
    /// told in Manila that Tuesday; "le 37e sommet franco-britannique" hosted "ce jeudi", against
    /// last year's 37th and this Thursday's 38th. It joins that instance, whose number is then
    /// disputed, rather than putting this day on the other number.
    private func rehomeMisnumbered(_ groups: inout [EventGroup], _ locals: LocalEvents) {
        var moves: [(member: Int, from: Int, to: Int)] = []
        for g in groups.indices where groups[g].members.count > 1 {
            for m in groups[g].members where locals.days(of: m).contains(where: { $0 != nil }) {
                // The cheap test first: most reports have no other instance's day.
                let one = CollectionOfOne(m), document = locals[m].document
                guard let to = groups.indices.first(where: { $0 != g && !placesConflict(one, groups[$0].members, locals)
                                                             && (sameDay(one, groups[$0].members, locals)
                                                                 || edgesOfOneGathering(one, groups[$0].members, locals)) })
                else { continue }
                let others = groups[g].members.lazy.filter { locals[$0].document != document }
                guard !others.isEmpty, datesAgree(one, others, locals, atLeast: .month) == false else { continue }
                moves.append((m, g, to))
            }
        }
        guard !moves.isEmpty else { return }
        var rebuilt = [EventGroup](repeating: EventGroup(), count: groups.count)
        for g in groups.indices {
            for m in groups[g].members {
                let to = moves.first(where: { $0.member == m && $0.from == g })?.to ?? g
                rebuilt[to].append(m, locals[m])
            }
        }
        groups = rebuilt.filter { !$0.members.isEmpty }
    }

    /// Whether unnumbered event `m` and the group `g` are one occasion (rule 5 above). A series
    /// does not meet twice on one day, nor twice in a few days: a different place or day is
    /// then what the sources dispute ("the summit in Tokyo on 4 June" against "le 3 juin à
    /// Tokyo"). One document's own events were told apart by extraction, so near days join
    /// only events of different documents.
    private func sameOccasion(_ m: Int, _ g: EventGroup, _ locals: LocalEvents) -> Bool {
        let one = CollectionOfOne(m)
        if sameDay(one, g.members, locals) { return true }
        if placesConflict(one, g.members, locals) { return false }
        let document = locals[m].document
        if let gap = daysApart(one, g.members, locals), gap <= EventLinker.nearDays,
           !g.members.contains(where: { locals[$0].document == document }) { return true }
        guard sharePlace(one, g.members, locals) else { return false }
        return datesAgree(one, g.members, locals, atLeast: .year) == true
    }

    /// The one occasion of the series at `m`'s place, when `m` has no date at all: "at
    /// Podgorica summit" in one report and "the summit in Podgorica on Tuesday" in another are
    /// one summit. When two occasions were at that place, or a document told `m` apart from
    /// it already, `m` stays alone rather than guess.
    private func onlyOccasionThere(_ m: Int, _ loose: [EventGroup], _ locals: LocalEvents) -> Int? {
        let one = CollectionOfOne(m)
        guard !locals.places(of: m).isEmpty, locals.dates(of: m).isEmpty else { return nil }
        var found: Int? = nil
        for k in loose.indices where sharePlace(one, loose[k].members, locals) {
            guard found == nil else { return nil }
            found = k
        }
        guard let k = found, !placesConflict(one, loose[k].members, locals),
              !loose[k].members.contains(where: { locals[$0].document == locals[m].document }) else { return nil }
        return k
    }

    /// How many days apart two events of a series may be told and still be one occasion.
    static let nearDays = 3
    /// How long a gathering lasts at most, from its opening day to its closing one: a
    /// Commonwealth meeting runs Monday to Friday, a ministerial conference four or five days.
    static let gatheringWeek = 6

    // The rules below compare what two sets of local events (indices into `locals`) say.

    /// True when some dates agree at `precision` or better (years known), false when two
    /// contradict, nil when nothing can be said.
    private func datesAgree(_ a: some Collection<Int>, _ b: some Collection<Int>, _ locals: LocalEvents,
                            atLeast precision: TimePrecision) -> Bool? {
        var agree: Bool? = nil
        for m in a {
            for x in locals.dates(of: m) {
                for n in b {
                    for y in locals.dates(of: n) {
                        switch TimeComparator.relation(x, y) {
                        case .incompatible: return false
                        case .same, .compatible:
                            if x.start.precision >= precision && y.start.precision >= precision && x.start.year != nil && y.start.year != nil {
                                agree = true
                            }
                        case .incomparable: break
                        }
                    }
                }
            }
        }
        return agree
    }

    /// Both have a resolved day-precision date or span in common: the same day, or a day
    /// within the other's span ("3-4 June" and "3 June").
    private func sameDay(_ a: some Collection<Int>, _ b: some Collection<Int>, _ locals: LocalEvents) -> Bool {
        daysApart(a, b, locals) == 0
    }

    /// The fewest days between a day-precision date (or span) of `a` and one of `b`, years
    /// known; 0 when they overlap, nil when either has no such date.
    private func daysApart(_ a: some Collection<Int>, _ b: some Collection<Int>, _ locals: LocalEvents) -> Int? {
        var fewest: Int? = nil
        for m in a {
            for case let i? in locals.days(of: m) {
                for n in b {
                    for case let j? in locals.days(of: n) {
                        let gap = Swift.max(0, Swift.max(i.lowerBound, j.lowerBound) - Swift.min(i.upperBound, j.upperBound))
                        fewest = Swift.min(fewest ?? gap, gap)
                    }
                }
            }
        }
        return fewest
    }

    /// Consecutive numbers told of days at most ``nearDays`` apart, by different documents only:
    /// one gathering whose number and day the sources dispute ("the 26th Ordinary Summit … at
    /// Saturday's session" against "25e sommet ordinaire …, tenu le vendredi 27 novembre"). A
    /// series does not meet twice in a few days, and the next number is the likeliest slip.
    private func offByOne(_ x: EventGroup, _ y: EventGroup, _ locals: LocalEvents) -> Bool {
        guard let m = x.ordinal, let n = y.ordinal, abs(m - n) == 1,
              let gap = daysApart(x.members, y.members, locals), gap <= EventLinker.nearDays else { return false }
        // Days told as openings and closings say which ends they are: `edgesOfOneGathering` reads them.
        func toldAsEdge(_ m: Int) -> Bool { locals.dates(of: m).contains { $0.modifier == .start || $0.modifier == .end } }
        guard !x.members.contains(where: toldAsEdge), !y.members.contains(where: toldAsEdge) else { return false }
        return !x.members.contains { a in y.members.contains { locals[$0].document == locals[a].document } }
    }

    /// An opening day and a closing day at most ``gatheringWeek`` days apart, the opening first
    /// (and no place against it): the two ends of one gathering ("la 135e session… ouverte jeudi
    /// 14 mai" and "the 136th session closed in Chisinau on Friday 15 May"), whatever number each
    /// gives it; a series does not meet twice in a week.
    private func edgesOfOneGathering(_ a: some Collection<Int>, _ b: some Collection<Int>, _ locals: LocalEvents) -> Bool {
        func edge(_ m: Int) -> [(modifier: TimeModifier, day: ClosedRange<Int>)] {
            zip(locals.dates(of: m), locals.days(of: m)).compactMap { date, day in
                guard let day, let mod = date.modifier, mod == .start || mod == .end else { return nil }
                return (mod, day)
            }
        }
        for m in a {
            for x in edge(m) {
                for n in b {
                    for y in edge(n) where x.modifier != y.modifier {
                        let (opening, closing) = x.modifier == .start ? (x.day, y.day) : (y.day, x.day)
                        if opening.lowerBound <= closing.lowerBound, closing.lowerBound - opening.lowerBound <= EventLinker.gatheringWeek { return true }
                    }
                }
            }
        }
        return false
    }

    private func placesConflict(_ a: some Collection<Int>, _ b: some Collection<Int>, _ locals: LocalEvents) -> Bool {
        for m in a {
            for x in locals.places(of: m) {
                for n in b {
                    for y in locals.places(of: n) where ValueComparator.placeRelation(x, y) == .incompatible { return true }
                }
            }
        }
        return false
    }

    private func sharePlace(_ a: some Collection<Int>, _ b: some Collection<Int>, _ locals: LocalEvents) -> Bool {
        a.contains { m in locals.places(of: m).contains { x in b.contains { n in locals.places(of: n).contains(x) } } }
    }

    /// An unnumbered event fits an instance when nothing it says contradicts the instance and
    /// something specific agrees: a date of month precision or better, or the place; or when
    /// its days are a few days from the instance's with no place against it (the day is then
    /// what the sources dispute).
    private func fits(_ m: Int, _ g: EventGroup, _ locals: LocalEvents) -> Bool {
        let one = CollectionOfOne(m)
        if placesConflict(one, g.members, locals) { return false }
        let document = locals[m].document
        if let gap = daysApart(one, g.members, locals), gap <= EventLinker.nearDays,
           !g.members.contains(where: { locals[$0].document == document }) { return true }
        let agree = datesAgree(one, g.members, locals, atLeast: .month)
        if agree == false { return false }
        return agree == true || sharePlace(one, g.members, locals)
    }
}
