import Extract

/// All a document says about one of its events (one ``EventRef/instance``).
struct LocalEvent: Sendable {
    let key: LocalEventKey
    let ref: EventRef
    var claims: [Claim]

    /// The ordinal the text gives: the event's own, else an ordinal claim.
    var ordinal: Int? {
        if let n = ref.ordinal { return n }
        for c in claims { if c.attribute == .ordinal, case .ordinal(let n) = c.value { return n } }
        return nil
    }

    var dates: [TimeValue] {
        claims.compactMap { c in
            if c.attribute == .date, case .time(let t) = c.value, t.isResolved { return t }
            return nil
        }
    }

    var places: [String] {
        claims.compactMap { c in
            if c.attribute == .place, case .place(let p) = c.value { return p }
            return nil
        }
    }
}

/// A group of local events believed to be the same real-world event.
struct EventGroup: Sendable {
    var members: [LocalEvent]
    var ordinal: Int? { members.lazy.compactMap(\.ordinal).min() }
    var dates: [TimeValue] { members.flatMap(\.dates) }
    var places: [String] { members.flatMap(\.places) }
    var documents: Set<String> { Set(members.map(\.key.document)) }
}
