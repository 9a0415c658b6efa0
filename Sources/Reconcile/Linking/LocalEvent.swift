import Extract

/// All a document says about one of its events (one ``EventRef/instance``).
///
/// Nothing is copied into it: its claims stay in the input, its dates and places in
/// ``LocalEvents``, and it names them by position, so it is a handful of integers that linking
/// and judging pass around freely (no reference counting). What linking asks of it again and
/// again (ordinal, dates, places) is worked out once, when it is made.
struct LocalEvent: Sendable {
    /// Index into ``LinkedClaims/documents``.
    let document: Int
    let instance: Int
    /// Index into ``LinkedClaims/seriesRefs``: the type and parties its first claim names.
    let seriesRef: Int
    /// Where its claims are noted in ``LinkedClaims/notes``.
    let claims: Range<Int>
    /// The ordinal the text gives: the event's own, else an ordinal claim.
    let ordinal: Int?
    /// Its resolved date claims' values, in claim order, in ``LocalEvents/dates``.
    let dates: Range<Int>
    /// Its place claims' values, in claim order, in ``LocalEvents/places``.
    let places: Range<Int>
    /// The attributes its claims state: a bit per slot of ``Reconciler/attributeOrder``.
    let stated: UInt32
}

/// The local events of a batch, with the dates and places linking compares, end to end.
struct LocalEvents: Sendable {
    private(set) var events: [LocalEvent] = []
    private(set) var dates: [TimeValue] = []
    /// Whether each of `dates` is a plan (beside it).
    private(set) var datesPlanned: [Bool] = []
    /// Beside each of `dates`, the days it denotes when it is told to the day, year known
    /// and not "around" (nil otherwise): what linking measures gaps between, worked out once
    /// rather than at each comparison.
    private(set) var days: [ClosedRange<Int>?] = []
    private(set) var places: [String] = []

    subscript(_ i: Int) -> LocalEvent { events[i] }
    var count: Int { events.count }

    func dates(of i: Int) -> ArraySlice<TimeValue> { dates[events[i].dates] }
    func places(of i: Int) -> ArraySlice<String> { places[events[i].places] }
    func days(of i: Int) -> ArraySlice<ClosedRange<Int>?> { days[events[i].dates] }

    /// Room for `events` local events and at most `dates` dates and `places` places, made once:
    /// regrowing copies everything gathered so far.
    mutating func reserveCapacity(events: Int, dates: Int, places: Int) {
        self.events.reserveCapacity(events)
        self.dates.reserveCapacity(dates)
        datesPlanned.reserveCapacity(dates)
        days.reserveCapacity(dates)
        self.places.reserveCapacity(places)
    }

    /// Adds the event of `document` and `instance` whose claims are noted in `notes[claims]`,
    /// with their rendered values in `values[claims]`.
    mutating func append(document: Int, instance: Int, seriesRef: Int, ordinal: Int?, claims: Range<Int>, notes: [ClaimNote],
                         values: [String], all: InputClaims) {
        var stated: UInt32 = 0
        let firstDate = dates.count, firstPlace = places.count
        for i in claims {
            let note = notes[i]
            stated |= 1 << UInt32(Reconciler.slot(note.attribute))
            if note.attribute == .date && note.kind == .date, case .time(let t) = all[note.claim].value {
                dates.append(t)
                datesPlanned.append(note.planned)
                days.append(t.start.precision == .day && t.start.year != nil && t.modifier != .approx ? TimeComparator.interval(t) : nil)
            } else if note.attribute == .place && note.kind == .place {
                // A place id renders as itself.
                places.append(values[i])
            }
        }
        events.append(LocalEvent(document: document, instance: instance, seriesRef: seriesRef, claims: claims, ordinal: ordinal,
                                 dates: firstDate..<dates.count, places: firstPlace..<places.count, stated: stated))
    }
}

/// What judging asks of a claim about an event, noted once as linking reads the input in order
/// (a claim is some 300 bytes, and judging asks these of it in another order: by series).
struct ClaimNote: Sendable {
    /// The kinds of value linking gathers and judging compares most.
    enum Kind: UInt8, Sendable {
        /// A resolved date, or an unresolved relative one ("aujourd'hui" with no publication
        /// date), which cannot be compared.
        case date, unresolvedDate
        case place
        /// An ordinal or an occasion: said otherwise than rendered ("3rd", not "3"), so the
        /// claim's value is read again to say it.
        case spokenOtherwise
        case other
    }

    /// Index into ``LinkedClaims/all``.
    let claim: Int
    let attribute: Attribute
    let planned: Bool
    let kind: Kind
    /// Where the words that state the value start in the document (``Evidence/span``).
    let position: Int

    init() { claim = 0; attribute = .date; planned = false; kind = .other; position = 0 }

    /// - Parameter value: `claims[i].value`.
    init(_ claims: InputClaims, _ i: Int, _ value: ClaimValue) {
        claim = i
        attribute = claims[i].attribute
        planned = claims[i].modality == .planned
        switch value {
        case .time(let t): kind = t.isResolved ? .date : .unresolvedDate
        case .place: kind = .place
        case .ordinal, .event: kind = .spokenOtherwise
        default: kind = .other
        }
        position = claims[i].evidence.span.start
    }

    /// Whether its value can be compared with others (see ``Judge``).
    var isComparable: Bool { kind != .unresolvedDate }
}

/// A group of local events believed to be the same real-world event: indices into
/// ``LocalEvents``, in the order they joined.
struct EventGroup: Sendable {
    private(set) var members: [Int] = []
    /// The smallest ordinal of its members.
    private(set) var ordinal: Int?
    /// The attributes its members state (see ``LocalEvent/stated``).
    private(set) var stated: UInt32 = 0

    init() {}

    init(_ index: Int, _ local: LocalEvent) { append(index, local) }

    mutating func append(_ index: Int, _ m: LocalEvent) {
        members.append(index)
        if let n = m.ordinal { ordinal = ordinal.map { Swift.min($0, n) } ?? n }
        stated |= m.stated
    }
}

/// Claims linked into events: the input claims, read in place, the local events they speak of,
/// and those grouped by series into real-world events.
///
/// A class: every event made and judged reads it, and a struct of this many arrays was copied
/// (each array retained and released) wherever a part of it was taken.
final class LinkedClaims {
    /// A series with its groups (one per real-world event).
    struct Series: Sendable {
        let name: String
        let groups: [EventGroup]
    }

    /// The input, as given, read in place.
    let all: InputClaims
    /// The claims about events, noted local event by local event, each local event's in input
    /// order (see ``LocalEvent/claims``).
    let notes: [ClaimNote]
    /// The value of each of `notes` as reports print it (``ValueComparator/render(_:)``), beside it.
    let values: [String]
    /// Document ids, by ``LocalEvent/document``.
    let documents: [String]
    /// The place of each of `documents` in the order of their ids: comparing ranks orders
    /// documents as comparing their ids does, without reading the strings.
    let documentRank: [Int]
    /// By ``LocalEvent/seriesRef``.
    let seriesRefs: [SeriesRef]
    /// In the order of `series`, and in (document, instance) order within a series, so that
    /// within a group a smaller index is a smaller ``LocalEventKey``.
    let locals: LocalEvents
    /// In the order of their names.
    let series: [Series]
    /// Indices into `all` of the claims on ``Attribute/heldAt``, in input order: the venues they
    /// name are events too, even when no claim is about them.
    let heldAt: [Int]

    init(all: InputClaims, notes: [ClaimNote], values: [String], documents: [String], documentRank: [Int],
         seriesRefs: [SeriesRef], locals: LocalEvents, series: [Series], heldAt: [Int]) {
        self.all = all; self.notes = notes; self.values = values
        self.documents = documents; self.documentRank = documentRank; self.seriesRefs = seriesRefs; self.locals = locals
        self.series = series; self.heldAt = heldAt
    }

    func key(of m: Int) -> LocalEventKey { LocalEventKey(document: documents[locals[m].document], instance: locals[m].instance) }

    /// What names a series: the type and parties of an ``EventRef``, and its ``EventRef/series``.
    struct SeriesRef: Sendable {
        let type: String
        let parties: [String]
        let series: String
        /// An agreement known by its name (`Lexicon.isNamedAgreement`): linked without parties.
        let named: Bool
        /// Whether the series happens once (an agreement's signing or launch, a named one's):
        /// decided once per series, not per event or group.
        let oneOff: Bool
    }

    /// The type and parties local event `m` names.
    func ref(of m: Int) -> SeriesRef { seriesRefs[locals[m].seriesRef] }

    /// Calls `body` with the index in `notes` of each claim of `group` on `attribute`: member by
    /// member, each member's in input order.
    @inline(__always)
    func forEachNote(of group: EventGroup, on attribute: Attribute, _ body: (Int) throws -> Void) rethrows {
        for m in group.members {
            for p in locals[m].claims where notes[p].attribute == attribute { try body(p) }
        }
    }

    /// As ``forEachNote(of:on:_:)``, with the document of each claim (its local event's, an
    /// index into `documents`) beside it.
    @inline(__always)
    func forEachNoteAndDocument(of group: EventGroup, on attribute: Attribute, _ body: (Int, Int) throws -> Void) rethrows {
        for m in group.members {
            let document = locals[m].document
            for p in locals[m].claims where notes[p].attribute == attribute { try body(p, document) }
        }
    }

    /// The indices in `notes` of the claims of `group` on `attribute`, in the order of ``forEachNote(of:on:_:)``.
    func notes(of group: EventGroup, on attribute: Attribute) -> [Int] {
        var out: [Int] = []
        forEachNote(of: group, on: attribute) { out.append($0) }
        return out
    }

    /// All members' places, in member order.
    func places(of group: EventGroup) -> [String] {
        if group.members.count == 1 { return Array(locals.places(of: group.members[0])) }
        return group.members.flatMap { locals.places(of: $0) }
    }
}

extension ClaimSubject {
    /// ``EventRef/instance`` of an event subject (read without copying the ref).
    var eventInstance: Int? {
        if case .event(let ref) = self { return ref.instance }
        return nil
    }
}
