import Extract

/// Links the events documents speak of into real-world events.
///
/// Claims are first grouped by series (event type + parties, the same in French and English),
/// so nothing is compared across series. Within a series, an instance is identified:
/// 1. by its ordinal ("the 3rd council" in any document is the 3rd council);
/// 2. for one-off events (the launch of a named agreement), by the series alone;
/// 3. numbered instances with different ordinals but the same day (and no other place) are one
///    event whose ordinal is disputed ("19th" vs "20e" EU–Canada summit on 14 June 2025 in Ottawa);
/// 4. an unnumbered event joins the one numbered instance whose date (month precision or
///    better) or place fits it; when several fit, it stays on its own rather than guess;
/// 5. unnumbered events of different documents on the same day are one event.
/// An event that cannot be placed stays alone: it yields no conflict, only single-source facts.
///
/// - Complexity: O(*n*) to group *n* claims; within a series, O(*k*²) in its *k* instances.
struct EventLinker: Sendable {
    /// Event types that happen once per set of parties (named agreements).
    let oneOffTypes: Set<String>

    func link(_ claims: [Claim]) -> [String: [EventGroup]] {
        // 1. Local events, keyed by document and instance. Documents are numbered as they come
        //    (one look-up per run of claims from the same document, as extraction gives them),
        //    instances looked up per document.
        var documentIndex: [String: Int] = [:]
        var documentNames: [String] = []
        var instancesOf: [[Int: Int]] = []        // per document: instance -> local event
        var keys: [(document: Int, instance: Int)] = []
        var refs: [EventRef] = []
        var lists: [[Claim]] = []
        var lastDocument = -1, lastName = "", last = -1
        for claim in claims {
            guard case .event(let ref) = claim.subject else { continue }
            if last >= 0, keys[last].instance == ref.instance, lastName == claim.evidence.document {
                lists[last].append(claim)
                continue
            }
            if lastDocument < 0 || lastName != claim.evidence.document {
                lastName = claim.evidence.document
                if let d = documentIndex[lastName] {
                    lastDocument = d
                } else {
                    lastDocument = documentNames.count
                    documentIndex[lastName] = lastDocument
                    documentNames.append(lastName)
                    instancesOf.append([:])
                }
            }
            if let k = instancesOf[lastDocument][ref.instance] {
                last = k
            } else {
                last = keys.count
                instancesOf[lastDocument][ref.instance] = last
                keys.append((lastDocument, ref.instance)); refs.append(ref); lists.append([])
            }
            lists[last].append(claim)
        }
        documentIndex = [:]; instancesOf = []
        // In (document, instance) order: documents ranked by name once.
        let documentOrder = documentNames.indices.sorted { documentNames[$0] < documentNames[$1] }
        var documentRank = [Int](repeating: 0, count: documentNames.count)
        for (r, d) in documentOrder.enumerated() { documentRank[d] = r }
        let order = keys.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            return documentRank[x.document] != documentRank[y.document] ? documentRank[x.document] < documentRank[y.document]
                : x.instance < y.instance
        }
        // 2. By series. Series names are made once per series, not once per local event.
        struct SeriesKey: Hashable { let type: String; let parties: [String] }
        var seriesNames: [SeriesKey: String] = [:]
        var bySeries: [String: [LocalEvent]] = [:]
        for k in order {
            let ref = refs[k]
            let seriesKey = SeriesKey(type: ref.type, parties: ref.parties)
            let series: String
            if let known = seriesNames[seriesKey] { series = known } else { series = ref.series; seriesNames[seriesKey] = series }
            let local = LocalEvent(key: LocalEventKey(document: documentNames[keys[k].document], instance: keys[k].instance),
                                   ref: ref, claims: lists[k], series: series)
            lists[k] = []
            guard !local.ref.parties.isEmpty || local.ordinal != nil else {
                // Neither parties nor ordinal: "the meeting" alone cannot be linked across documents.
                bySeries[local.series + "~" + local.key.document + "." + String(local.key.instance), default: []].append(local)
                continue
            }
            bySeries[local.series, default: []].append(local)
        }

        var result: [String: [EventGroup]] = [:]
        result.reserveCapacity(bySeries.count)
        for (series, members) in bySeries {
            result[series] = group(members, oneOff: oneOffTypes.contains(members[0].ref.type))
        }
        return result
    }

    private func group(_ members: [LocalEvent], oneOff: Bool) -> [EventGroup] {
        if oneOff || members.count == 1 { return [EventGroup(members: members)] }

        // Numbered instances.
        var numbered: [Int: EventGroup] = [:]
        var unnumbered: [LocalEvent] = []
        for m in members {
            if let n = m.ordinal { numbered[n, default: EventGroup(members: [])].append(m) } else { unnumbered.append(m) }
        }
        var groups = numbered.keys.sorted().map { numbered[$0]! }

        // Same day, different ordinals: one event with a disputed ordinal.
        var merged = groups.count > 1
        while merged {
            merged = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i {
                    if sameDay(groups[i], groups[j]) && !placesConflict(groups[i].places, groups[j].places) {
                        groups[i].append(contentsOf: groups[j])
                        groups.remove(at: j)
                        merged = true
                        break outer
                    }
                }
            }
        }

        // Unnumbered: join the single instance that fits, else group by day, else alone.
        var loose: [EventGroup] = []
        for m in unnumbered {
            var fitting = -1, fits = 0
            for g in groups.indices where self.fits(m, groups[g]) {
                fits += 1; fitting = g
                if fits > 1 { break }
            }
            if fits == 1 {
                groups[fitting].append(m)
            } else if fits == 0, let k = loose.indices.first(where: { sameOccasion(m, loose[$0]) }) {
                loose[k].append(m)
            } else {
                loose.append(EventGroup(members: [m]))
            }
        }
        return groups + loose
    }

    /// Two unnumbered events are one when they share a day — a series does not meet twice on
    /// one day, so a different place is then what the sources dispute — or a place and a month
    /// ("the previous summit, in New Delhi in September 2023") with nothing contradicting.
    private func sameOccasion(_ m: LocalEvent, _ g: EventGroup) -> Bool {
        if sameDay(m.dates, g.dates) { return true }
        if placesConflict(m.places, g.places) { return false }
        guard m.places.contains(where: { g.places.contains($0) }) else { return false }
        return datesAgreeToTheMonth(m.dates, g.dates) == true
    }

    /// True when some dates agree at month precision or better (years known), false when two
    /// contradict, nil when nothing can be said.
    private func datesAgreeToTheMonth(_ a: [TimeValue], _ b: [TimeValue]) -> Bool? {
        var agree: Bool? = nil
        for x in a {
            for y in b {
                switch TimeComparator.relation(x, y) {
                case .incompatible: return false
                case .same, .compatible:
                    if x.start.precision >= .month && y.start.precision >= .month && x.start.year != nil && y.start.year != nil {
                        agree = true
                    }
                case .incomparable: break
                }
            }
        }
        return agree
    }

    /// Both groups have a resolved day-precision date (or span) in common.
    private func sameDay(_ a: EventGroup, _ b: EventGroup) -> Bool { sameDay(a.dates, b.dates) }

    private func sameDay(_ a: [TimeValue], _ b: [TimeValue]) -> Bool {
        for x in a where x.start.precision == .day && x.start.year != nil {
            for y in b where y.start.precision == .day && y.start.year != nil {
                if TimeComparator.relation(x, y) == .same { return true }
            }
        }
        return false
    }

    private func placesConflict(_ a: [String], _ b: [String]) -> Bool {
        for x in a { for y in b where ValueComparator.placeRelation(x, y) == .incompatible { return true } }
        return false
    }

    /// An unnumbered event fits an instance when nothing it says contradicts the instance and
    /// something specific agrees: a date of month precision or better, or the place.
    private func fits(_ m: LocalEvent, _ g: EventGroup) -> Bool {
        let dates = datesAgreeToTheMonth(m.dates, g.dates)
        if dates == false || placesConflict(m.places, g.places) { return false }
        return dates == true || m.places.contains(where: { g.places.contains($0) })
    }
}
