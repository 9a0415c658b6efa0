import Extract

/// All a document says about one of its events (one ``EventRef/instance``).
///
/// What linking asks of it again and again (ordinal, dates, places, series) is worked out
/// once, when it is made. A class, immutable: groups pass members around by reference
/// instead of copying every field.
final class LocalEvent: Sendable {
    let key: LocalEventKey
    let ref: EventRef
    let claims: [Claim]
    /// The ordinal the text gives: the event's own, else an ordinal claim.
    let ordinal: Int?
    /// Resolved date claims' values, in claim order.
    let dates: [TimeValue]
    /// Place claims' values, in claim order.
    let places: [String]
    /// ``EventRef/series`` of `ref`.
    let series: String

    init(key: LocalEventKey, ref: EventRef, claims: [Claim], series: String? = nil) {
        self.key = key; self.ref = ref; self.claims = claims
        var ordinal = ref.ordinal
        var dates: [TimeValue] = [], places: [String] = []
        for c in claims {
            switch (c.attribute, c.value) {
            case (.ordinal, .ordinal(let n)) where ordinal == nil: ordinal = n
            case (.date, .time(let t)) where t.isResolved: dates.append(t)
            case (.place, .place(let p)): places.append(p)
            default: break
            }
        }
        self.ordinal = ordinal; self.dates = dates; self.places = places
        self.series = series ?? ref.series
    }
}

/// A group of local events believed to be the same real-world event.
///
/// Members are only ever added, so their ordinals, dates and places are kept up to date
/// instead of being gathered again at every comparison.
struct EventGroup: Sendable {
    private(set) var members: [LocalEvent]
    /// The smallest ordinal of its members.
    private(set) var ordinal: Int?
    /// All members' dates, in member order.
    private(set) var dates: [TimeValue]
    /// All members' places, in member order.
    private(set) var places: [String]

    init(members: [LocalEvent]) {
        if members.count == 1 {
            // One member (the usual case): its arrays are shared, not copied.
            self.members = members; self.ordinal = members[0].ordinal
            self.dates = members[0].dates; self.places = members[0].places
            return
        }
        self.members = []; self.ordinal = nil; self.dates = []; self.places = []
        for m in members { append(m) }
    }

    mutating func append(_ m: LocalEvent) {
        members.append(m)
        if let n = m.ordinal { ordinal = ordinal.map { Swift.min($0, n) } ?? n }
        if dates.isEmpty { dates = m.dates } else { dates += m.dates }
        if places.isEmpty { places = m.places } else { places += m.places }
    }

    mutating func append(contentsOf other: EventGroup) {
        for m in other.members { append(m) }
    }

    var documents: Set<String> { Set(members.map(\.key.document)) }
}
