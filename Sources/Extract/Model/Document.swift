/// One article as crosscheck reads it, after ingestion.
///
/// `text` is NFC-normalised once by Pipeline and never changes afterwards: every ``TextSpan``
/// of every mention and claim points into it, and reports quote it verbatim.
public struct Document: Hashable, Sendable, Codable {
    public let id: String
    public let text: String
    public let language: Language?        // nil: neither French nor English (reported, not guessed)
    public let published: CalendarDate?
    public let title: String?
    public let url: String?
    public let source: String?            // the outlet, e.g. og:site_name or front matter `source`
    public let path: String?              // where it was read from ("-" for stdin)
    /// The day a wire dateline gives without its year ("BRUSSELS, 26 June (Maghreb Wire) -"), in
    /// an article that gives no date otherwise: the batch it comes in may tell the year.
    public let datelineDay: DayOfYear?

    public init(id: String, text: String, language: Language?, published: CalendarDate? = nil,
                title: String? = nil, url: String? = nil, source: String? = nil, path: String? = nil,
                datelineDay: DayOfYear? = nil) {
        self.id = id; self.text = text; self.language = language; self.published = published
        self.title = title; self.url = url; self.source = source; self.path = path
        self.datelineDay = datelineDay
    }

    /// The same document dated `published`.
    public func dated(_ published: CalendarDate) -> Document {
        Document(id: id, text: text, language: language, published: published, title: title, url: url, source: source,
                 path: path, datelineDay: datelineDay)
    }
}

/// A day of some year: "26 June".
public struct DayOfYear: Hashable, Sendable, Codable {
    public let month: Int   // 1...12
    public let day: Int     // 1...31
    public init(month: Int, day: Int) { self.month = month; self.day = day }

    /// This day in the year that puts it nearest to `date` (26 June near 2 January 2027 is in 2026).
    public func nearest(to date: CalendarDate) -> CalendarDate? {
        [date.year - 1, date.year, date.year + 1]
            .compactMap { CalendarDate(year: $0, month: month, day: day) }
            .min { abs($0.dayNumber - date.dayNumber) < abs($1.dayNumber - date.dayNumber) }
    }
}
