import Extract

/// Everything reconciliation concludes about a batch of claims.
public struct Reconciliation: Sendable {
    public let events: [LinkedEvent]
    /// Every verdict, conflicts first, then by id: stable for the same claims in any order.
    public let findings: [Finding]

    /// Conflicts and explained look-alikes: what an editor reviews.
    public var discrepancies: [Finding] { findings.filter { $0.verdict == .conflict || $0.verdict == .explained } }
    public var conflicts: [Finding] { findings.filter { $0.verdict == .conflict } }
    public var corroborations: [Finding] { findings.filter { $0.verdict == .corroborated } }
    public var singleSource: [Finding] { findings.filter { $0.verdict == .singleSource } }
}

/// The façade of Reconcile: claims in, linked events and verdicts out. Pure; never reads text.
///
/// Claims are grouped by event (see ``EventLinker``) and then by attribute; values are
/// compared only inside those groups, never all against all. Within a group, statements with
/// the same value and modality are compared once, so a value repeated by many sources costs
/// nothing more.
public struct Reconciler: Sendable {
    /// Event types that happen once per set of parties (a named agreement's launch or signing).
    /// Agreements known by their name happen once too, lexicon or not (`Lexicon.isNamedAgreement`).
    public let oneOffTypes: Set<String>
    /// Two plans announced this many days apart or more may differ without contradiction.
    public let planRevisionDays: Int

    public init(oneOffTypes: Set<String> = [], planRevisionDays: Int = 7) {
        self.oneOffTypes = oneOffTypes
        self.planRevisionDays = planRevisionDays
    }

    /// - Parameters:
    ///   - claims: from any number of documents, in any order.
    ///   - published: publication dates by document id, when known (to order plans and reports).
    public func reconcile(_ claims: [Claim], published: [String: CalendarDate] = [:]) -> Reconciliation {
        InputClaims.withClaims(claims) { reconcile($0, published: published) }
    }

    private func reconcile(_ claims: InputClaims, published: [String: CalendarDate]) -> Reconciliation {
        let linked = EventLinker(oneOffTypes: oneOffTypes).link(claims)
        // Sized once: they are large, and every regrowth moves them all.
        let groups = linked.series.reduce(0) { $0 + $1.groups.count }
        var events: [LinkedEvent] = []
        // Room for the venues named only in a held_at too: an array this large that grows is
        // copied whole, onto memory touched for the first time.
        events.reserveCapacity(groups + linked.heldAt.count)
        // One finding per attribute stated of each event, and room for those about a series as
        // a whole (two at most each, but for instances out of order): the findings grew past
        // their first room, and were all moved, in every batch that has any.
        let findingsRoom = linked.series.reduce(0) { n, s in n + 2 + s.groups.reduce(0) { $0 + $1.stated.nonzeroBitCount } }
        var findings: [Finding] = []
        findings.reserveCapacity(findingsRoom)
        let judge = Judge(linked: linked, published: published, planRevisionDays: planRevisionDays)
        // For each finding, the index in `events` of the event it is about (-1: a series).
        var findingEvent: [Int] = []
        findingEvent.reserveCapacity(findingsRoom)
        // The ids given to the events of one series: an id starts with its series' name, so
        // two events can be given the same id only within a series.
        var usedIDs = IDsOfSeries()
        // Event descriptions share their series' words: made once per series.
        var describedSeries: (type: String, parties: [String], words: String)?

        // Where each series' events start in `events` (and where the last one's end).
        var seriesStart: [Int] = []
        seriesStart.reserveCapacity(linked.series.count + 1)
        // Whether each series' ids start with its name, and its name is ASCII (see ``order(of:series:startingAt:grouped:)``).
        var grouped = true
        for series in linked.series {
            seriesStart.append(events.count)
            grouped = grouped && Describe.isASCII(series.name)
            var numbered: [(ordinal: Int, group: EventGroup)] = []
            usedIDs.removeAll()
            for group in series.groups {
                var event = makeEvent(group, linked)
                if !usedIDs.insert(event.id) {
                    // Two unnumbered events of a series in the same month: tell them apart by where they were first seen.
                    let first = event.members[0]
                    event = event.renamed(event.id + "~" + first.document + "." + String(first.instance))
                    _ = usedIDs.insert(event.id)
                }
                grouped = grouped && Describe.starts(event.id, with: series.name)
                if let n = event.ordinal { numbered.append((n, group)) }
                if describedSeries?.type != event.type || describedSeries?.parties != event.parties {
                    describedSeries = (event.type, event.parties, Describe.series(type: event.type, parties: event.parties))
                }
                let subject = Describe.instance(event.ordinal, of: describedSeries!.words)
                // The attributes stated, in the order of their names; the judge reads their claims
                // in place, in input order.
                for (slot, attribute) in Reconciler.attributeOrder.enumerated() where group.stated & (1 << UInt32(slot)) != 0 {
                    let finding = judge.assess(event: event, described: subject, attribute: attribute, group: group)
                    // An ordinal that identifies its instance agrees with itself by construction:
                    // it is worth a line only when sources dispute it.
                    if attribute == .ordinal && finding.verdict != .conflict { continue }
                    findings.append(finding)
                    findingEvent.append(events.count)
                }
                // Last: the event moves into the array rather than being copied.
                events.append(event)
            }
            // Findings about the series as a whole: made in place, and sorted with the others below.
            let before = findings.count
            judge.siblings(series: series.name, numbered, described: describedSeries, into: &findings)
            findingEvent += repeatElement(-1, count: findings.count - before)
        }
        seriesStart.append(events.count)

        // Venues named only in a held_at ("at the 29th summit") are events too, unless their
        // series has an event of that id already (looked up among the series, which are in
        // the order of their names). No other series' event has it: "#" and a number end no
        // other id (those end in a date, a document's position, or are a one-off's series).
        usedIDs.removeAll()
        var venues = Set<String>()
        for k in linked.heldAt {
            guard case .event(let venue) = claims[k].value, let n = venue.ordinal else { continue }
            let series = venue.series
            let id = series + "#\(n)"
            var lo = 0, hi = linked.series.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if linked.series[mid].name < series { lo = mid + 1 } else { hi = mid }
            }
            if lo < linked.series.count && linked.series[lo].name == series
                && (seriesStart[lo]..<seriesStart[lo + 1]).contains(where: { events[$0].id == id }) { continue }
            guard venues.insert(id).inserted else { continue }
            events.append(LinkedEvent(id: id, series: series, type: venue.type, parties: venue.parties, ordinal: n,
                                      date: nil, place: nil, documents: [claims[k].evidence.document], members: []))
        }
        venues = []

        // Sorted through integer keys, so that the sort compares integers, not strings, and
        // never moves the large values themselves. An event id ranks by its place among the
        // sorted ids (equal ids alike); a series name (findings about a series as a whole)
        // ranks between the ids it falls between.
        let eventIDs = events.map(\.id)
        let eventOrder = Reconciler.order(of: eventIDs, series: linked.series.map(\.name), startingAt: seriesStart,
                                          grouped: grouped)
        let sortedIDs = eventOrder.map { eventIDs[$0] }
        var rankAt = [Int](repeating: 0, count: sortedIDs.count)   // by sorted position
        for r in sortedIDs.indices { rankAt[r] = r > 0 && sortedIDs[r] == sortedIDs[r - 1] ? rankAt[r - 1] : 2 * r }
        var rankOfEvent = [Int](repeating: 0, count: events.count)  // by index in `events`
        for (r, k) in eventOrder.enumerated() { rankOfEvent[k] = rankAt[r] }
        func rank(of name: String) -> Int {
            var lo = 0, hi = sortedIDs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sortedIDs[mid] < name { lo = mid + 1 } else { hi = mid }
            }
            return lo < sortedIDs.count && sortedIDs[lo] == name ? rankAt[lo] : 2 * lo - 1
        }
        Reconciler.permute(&events, into: eventOrder)
        // Findings by verdict, event (its rank, shifted by one: a series may rank -1), attribute
        // and id. Verdicts and ranks are small integers: counting sorts place the findings by
        // them in linear time (by event, then by verdict, each keeping the order of the one
        // before), and only the findings of one event with one verdict, a few, are compared.
        var verdict = [Int](repeating: 0, count: findings.count), event = verdict
        for i in findings.indices {
            verdict[i] = findings[i].verdict.rank
            event[i] = 1 + (findingEvent[i] >= 0 ? rankOfEvent[findingEvent[i]] : rank(of: findings[i].event))
        }
        var findingOrder = Reconciler.countingSort(Array(findings.indices), by: event, buckets: 2 * sortedIDs.count + 1)
        findingOrder = Reconciler.countingSort(findingOrder, by: verdict, buckets: Verdict.allCases.count)
        var first = 0
        while first < findingOrder.count {
            var end = first + 1
            let (v, e) = (verdict[findingOrder[first]], event[findingOrder[first]])
            while end < findingOrder.count && verdict[findingOrder[end]] == v && event[findingOrder[end]] == e { end += 1 }
            // An insertion sort, in place: a run is a few findings. They are compared where they
            // lie (passing one to a function copies it: a retain and a release of each string).
            findings.withUnsafeBufferPointer { findings in
                for i in first..<end {
                    var j = i
                    while j > first, Reconciler.precedes(findingOrder[j], findingOrder[j - 1], in: findings) {
                        findingOrder.swapAt(j, j - 1)
                        j -= 1
                    }
                }
            }
            first = end
        }
        Reconciler.permute(&findings, into: findingOrder)
        return Reconciliation(events: events, findings: findings)
    }

    /// The permutation that sorts `ids` (stably, as `ids.indices.sorted { ids[$0] < ids[$1] }`
    /// does), where `ids[start[b]..<start[b + 1]]` are the events of the series named `names[b]`
    /// and the rest, past the last series, are venues named only in a held_at.
    ///
    /// Series come in the order of their names and each one's ids start with its name, so ids
    /// need comparing only within a series, and across the series whose names start with one
    /// another's ("summit:EU+JP", "summit:EU+JP+KR": "summit:EU+JP~…" sorts after
    /// "summit:EU+JP+KR#1"). Most comparisons are then between a few ids of one series, not
    /// between ids far apart in memory. That holds when the names are ASCII (their order is
    /// then that of their bytes); otherwise, or when an id does not start with its series'
    /// name (a one-off event with no party), all ids are sorted together.
    /// - Parameter grouped: whether that holds, when the caller has checked it as it made the ids
    ///   (checking here reads every id once more).
    static func order(of ids: [String], series names: [String], startingAt start: [Int], grouped: Bool? = nil) -> [Int] {
        let grouped = grouped ?? names.indices.allSatisfy { b in
            Describe.isASCII(names[b]) && ids[start[b]..<start[b + 1]].allSatisfy { Describe.starts($0, with: names[b]) }
        }
        guard grouped else { return ids.indices.sorted { ids[$0] < ids[$1] } }
        var order: [Int] = []
        order.reserveCapacity(ids.count)
        var b = 0
        while b < names.count {
            // The series whose names start with this one's may interleave with it: sorted together.
            var e = b + 1
            while e < names.count && Describe.starts(names[e], with: names[b]) { e += 1 }
            let events = start[b]..<start[e]
            if events.count == 1 { order.append(events.lowerBound) } else { order += events.sorted { ids[$0] < ids[$1] } }
            b = e
        }
        let linked = start[names.count]
        guard linked < ids.count else { return order }
        // The venues, merged in (after an equal id of a series, which comes first in `ids`).
        let venues = (linked..<ids.count).sorted { ids[$0] < ids[$1] }
        var merged: [Int] = []
        merged.reserveCapacity(ids.count)
        var i = 0, j = 0
        while i < order.count || j < venues.count {
            if j == venues.count || (i < order.count && !(ids[venues[j]] < ids[order[i]])) {
                merged.append(order[i]); i += 1
            } else {
                merged.append(venues[j]); j += 1
            }
        }
        return merged
    }

    /// Whether `findings[a]` is listed before `findings[b]` of the same verdict and event: by
    /// attribute, then id.
    private static func precedes(_ a: Int, _ b: Int, in findings: UnsafeBufferPointer<Finding>) -> Bool {
        let x = slot(findings[a].attribute), y = slot(findings[b].attribute)
        return x != y ? x < y : findings[a].id < findings[b].id
    }

    /// `order` rearranged by `key[i]` (in `0..<buckets`) of each of its indices `i`, keeping
    /// the order of equal keys: a counting sort.
    static func countingSort(_ order: [Int], by key: [Int], buckets: Int) -> [Int] {
        var next = [Int](repeating: 0, count: buckets + 1)
        for i in order { next[key[i] + 1] += 1 }
        for b in 0..<buckets { next[b + 1] += next[b] }
        var sorted = [Int](repeating: 0, count: order.count)
        for i in order {
            sorted[next[key[i]]] = i
            next[key[i]] += 1
        }
        return sorted
    }

    /// Rearranges `values` so that `values[i]` becomes the old `values[order[i]]`, in place, by
    /// swapping along the permutation's cycles (no element is copied).
    static func permute<T>(_ values: inout [T], into order: [Int]) {
        var done = [Bool](repeating: false, count: order.count)
        // Swapped in the buffer, where a swap moves the values; `Array.swapAt` copies them
        // (a retain and a release of each of their strings and arrays).
        values.withUnsafeMutableBufferPointer { values in
            for start in order.indices where !done[start] {
                var i = start
                done[i] = true
                while order[i] != start {
                    values.swapAt(i, order[i])
                    i = order[i]
                    done[i] = true
                }
            }
        }
    }

    /// Attributes in the order of their names (the order findings of one event are listed in).
    static let attributeOrder: [Attribute] = Attribute.allCases.sorted { $0.rawValue < $1.rawValue }
    /// The index of `a` in ``attributeOrder`` (a scan of a few enum cases, no hashing).
    @inline(__always)
    static func slot(_ a: Attribute) -> Int { attributeOrder.firstIndex(of: a)! }

    /// The ids given to the events of one series so far. A series has few events: their ids
    /// are scanned, and hashed only past a few dozen.
    private struct IDsOfSeries {
        private var scanned: [String] = []
        private var hashed: Set<String> = []

        /// Whether `id` was not given yet (it is now).
        mutating func insert(_ id: String) -> Bool {
            if !hashed.isEmpty { return hashed.insert(id).inserted }
            if scanned.contains(id) { return false }
            scanned.append(id)
            if scanned.count > 32 { hashed = Set(scanned); scanned.removeAll(keepingCapacity: true) }
            return true
        }

        mutating func removeAll() {
            scanned.removeAll(keepingCapacity: true)
            if !hashed.isEmpty { hashed = [] }
        }
    }

    private func makeEvent(_ group: EventGroup, _ linked: LinkedClaims) -> LinkedEvent {
        let locals = linked.locals
        // Within a series, local events are numbered in key order: the smallest number is the
        // first key (the first document, by name; then the first instance).
        let members = group.members.count == 1 ? group.members : group.members.sorted()
        let first = linked.key(of: members[0])
        let ref = linked.ref(of: members[0])
        let series = ref.series
        // A one-off event (an agreement's launch) is not counted: "premier Partenariat" names the agreement.
        // Sources that number one event differently ("19th" vs "20e") leave it unnumbered: the
        // ordinal is what they dispute, so it cannot name the event.
        let disputed = group.members.contains { locals[$0].ordinal.map { $0 != group.ordinal } ?? false }
        let oneOff = ref.oneOff
        let ordinal = oneOff || disputed ? nil : group.ordinal
        // The best date: stated rather than planned, then the most precise, then the smallest
        // TIMEX value (the first of equals); TIMEX strings are only made to break ties. Read
        // from the resolved dates linking kept, in member and claim order, and named by index
        // there (a date is a large value: each copy of it cost more than comparing it).
        let dates = locals.dates, planned = locals.datesPlanned
        var best: (date: Int, stated: Bool, timex: String?)?
        for m in group.members {
            for d in locals[m].dates {
                let stated = !planned[d]
                guard let b = best else { best = (d, stated, nil); continue }
                let was = dates[b.date].start.precision, precision = dates[d].start.precision
                if b.stated != stated {
                    if stated { best = (d, stated, nil) }
                } else if was != precision {
                    if was < precision { best = (d, stated, nil) }
                } else {
                    let known = b.timex ?? ValueComparator.timex(dates[b.date])
                    let timex = ValueComparator.timex(dates[d])
                    best = timex < known ? (d, stated, timex) : (b.date, b.stated, known)
                }
            }
        }
        let bestDate = best.map { dates[$0.date] }
        let bestTimex = best.map { $0.timex ?? ValueComparator.timex(dates[$0.date]) }
        let places = group.members.count == 1 ? locals.places(of: group.members[0]) : ArraySlice(linked.places(of: group))
        let place: String?
        switch places.count {
        case 0: place = nil
        case 1: place = places.first
        default: place = Set(places).max { a, b in (places.filter { $0 == a }.count, b) < (places.filter { $0 == b }.count, a) }
        }
        let id: String
        if oneOff {
            id = series
        } else if let ordinal {
            id = Describe.concat(series, "#", String(ordinal))
        } else if !ref.parties.isEmpty, let d = bestDate, let timex = bestTimex, d.start.precision >= .month, d.start.year != nil {
            id = Describe.concat(series, "@", timex)
        } else {
            id = Describe.concat(series, "~", first.document, ".", String(first.instance))
        }
        // Sorted by key, so by document: each document once is each change of document.
        var documents: [String] = []
        for (i, m) in members.enumerated() where i == 0 || locals[m].document != locals[members[i - 1]].document {
            documents.append(linked.documents[locals[m].document])
        }
        return LinkedEvent(id: id, series: series, type: ref.type, parties: ref.parties, ordinal: ordinal,
                           date: bestTimex, place: place, documents: documents,
                           members: members.count == 1 ? [first] : members.map { linked.key(of: $0) })
    }
}
