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
        let linked = EventLinker(oneOffTypes: oneOffTypes).link(claims)
        var events: [LinkedEvent] = []
        var findings: [Finding] = []
        let judge = Judge(published: published, planRevisionDays: planRevisionDays)
        var usedIDs = Set<String>()

        for series in linked.keys.sorted() {
            let groups = linked[series]!
            var identified: [(event: LinkedEvent, group: EventGroup)] = []
            for group in groups {
                var event = makeEvent(group)
                if usedIDs.contains(event.id), let first = event.members.first {
                    // Two unnumbered events of a series in the same month: tell them apart by where they were first seen.
                    event = event.renamed(event.id + "~" + first.document + "." + String(first.instance))
                }
                usedIDs.insert(event.id)
                events.append(event)
                if event.ordinal != nil || groups.count == 1 { identified.append((event, group)) }
                let byAttribute = Dictionary(grouping: group.members.flatMap(\.claims), by: \.attribute)
                for attribute in byAttribute.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                    findings.append(judge.assess(event: event, attribute: attribute, claims: byAttribute[attribute]!))
                }
            }
            findings += judge.siblings(series: series, identified.filter { $0.event.ordinal != nil })
        }

        // Venues named only in a held_at ("at the 29th summit") are events too.
        var known = Set(events.map(\.id))
        for claim in claims where claim.attribute == .heldAt {
            guard case .event(let venue) = claim.value, let n = venue.ordinal else { continue }
            let id = venue.series + "#\(n)"
            guard !known.contains(id) else { continue }
            known.insert(id)
            events.append(LinkedEvent(id: id, series: venue.series, type: venue.type, parties: venue.parties, ordinal: n,
                                      date: nil, place: nil, documents: [claim.evidence.document], members: []))
        }

        events.sort { $0.id < $1.id }
        findings.sort { ($0.verdict, $0.event, $0.attribute.rawValue, $0.id) < ($1.verdict, $1.event, $1.attribute.rawValue, $1.id) }
        return Reconciliation(events: events, findings: findings)
    }

    private func makeEvent(_ group: EventGroup) -> LinkedEvent {
        let first = group.members.min { $0.key < $1.key }!
        let ref = first.ref
        let ordinal = group.ordinal
        let bestDate = group.members.flatMap { m in m.claims.compactMap { c -> (TimeValue, Bool)? in
            if c.attribute == .date, case .time(let t) = c.value, t.isResolved { return (t, c.modality != .planned) }
            return nil
        } }.max { a, b in (a.1 ? 1 : 0, a.0.start.precision, b.0.timex) < (b.1 ? 1 : 0, b.0.start.precision, a.0.timex) }?.0
        let places = group.places
        let place = Set(places).max { a, b in (places.filter { $0 == a }.count, b) < (places.filter { $0 == b }.count, a) }
        let id: String
        if oneOffTypes.contains(ref.type) {
            id = ref.series
        } else if let ordinal {
            id = ref.series + "#\(ordinal)"
        } else if !ref.parties.isEmpty, let d = bestDate, d.start.precision >= .month, d.start.year != nil {
            id = ref.series + "@" + d.timex
        } else {
            id = ref.series + "~" + first.key.document + "." + String(first.key.instance)
        }
        return LinkedEvent(id: id, series: ref.series, type: ref.type, parties: ref.parties, ordinal: ordinal,
                           date: bestDate?.timex, place: place, documents: group.documents.sorted(),
                           members: group.members.map(\.key).sorted())
    }
}
