import Extract

/// A real-world event as crosscheck understands it after linking: one instance of a series
/// ("the 3rd EU–Japan Digital Partnership Council"), seen in one or more documents.
public struct LinkedEvent: Hashable, Sendable, Identifiable {
    /// Stable id: "digital-partnership-council:EU+JP#3"; an instance without ordinal gets its
    /// best date ("summit:CA+EU@2025-06-14") or, failing that, its first document and position.
    public let id: String
    public let series: String
    public let type: String
    public let parties: [String]
    public let ordinal: Int?
    /// The most precise date and place its sources agree on, if any (for display).
    public let date: String?
    public let place: String?
    /// Documents that speak of it, sorted.
    public let documents: [String]
    /// The local events (document id, instance) linked into it.
    public let members: [LocalEventKey]

    func renamed(_ newID: String) -> LinkedEvent {
        LinkedEvent(id: newID, series: series, type: type, parties: parties, ordinal: ordinal, date: date, place: place,
                    documents: documents, members: members)
    }
}

/// One event as one document speaks of it: the document and ``EventRef/instance``.
public struct LocalEventKey: Hashable, Sendable, Comparable {
    public let document: String
    public let instance: Int
    public init(document: String, instance: Int) { self.document = document; self.instance = instance }
    public static func < (a: Self, b: Self) -> Bool { (a.document, a.instance) < (b.document, b.instance) }
}
