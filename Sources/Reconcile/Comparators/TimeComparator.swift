import Extract

/// Compares time values with their precision, TIMEX3 style.
///
/// Each value becomes the interval of days it may denote: "2022" is all of 2022, "début 2024"
/// its first four months, "mi-juillet" 11–20 July, "2024-05-02/2024-05-03" two days. Then:
/// - same TIMEX value → same;
/// - one interval inside the other → compatible (a precision difference; a span and a day in it);
/// - overlap without containment, or disjoint → incompatible ("15–16 June" vs "16–17 June");
/// - a year the text does not give ("XXXX-04-30") is compared on month and day only;
/// - an unresolved relative expression ("aujourd'hui" with no publication date) is incomparable;
/// - a day marked START or END is the first or last day of a gathering ("s'est ouvert samedi
///   22", "ended on Sunday 23"), see ``edgeRelation(_:_:)``.
public enum TimeComparator {
    /// How long a gathering may last: an opening and a closing further apart are not one event's.
    static let longestGatheringDays = 21

    public static func relation(_ a: TimeValue, _ b: TimeValue) -> Relation {
        guard a.isResolved, b.isResolved else { return .incomparable }
        // Same TIMEX value (resolved values: same start and end points), compared without
        // building the strings.
        if a.start == b.start && a.end == b.end && a.modifier == b.modifier { return .same }
        if let r = edgeRelation(a, b) { return r }
        if a.start.year != nil, b.start.year != nil, let x = interval(a), let y = interval(b) {
            return relate(x, y)
        }
        // At least one year unknown: compare within a year, by (month, day) ordinal.
        guard let x = monthDayInterval(a), let y = monthDayInterval(b) else { return .compatible }
        let r = relate(x, y)
        return r == .same && a.start.year != b.start.year ? .compatible : r
    }

    /// Inclusive interval of day numbers the value may denote; nil when the year is unknown.
    public static func interval(_ v: TimeValue) -> ClosedRange<Int>? {
        guard let first = bounds(v.start, v.modifier) else { return nil }
        // (A single point's bounds are not worked out twice: every date of a batch is measured.)
        guard let end = v.end else { return first }
        let lo = first.lowerBound, hi = bounds(end, v.modifier)?.upperBound ?? lo
        return lo...Swift.max(lo, hi)
    }

    /// The first or last day of a gathering, and what it says of the other value: an opening
    /// and a closing agree when the closing is not before the opening (nor weeks after it); an
    /// opening agrees with a day of the event on or after it, with a span that starts on it; a
    /// closing likewise the other way. Nil when neither value is such a day.
    static func edgeRelation(_ a: TimeValue, _ b: TimeValue) -> Relation? {
        func edge(_ v: TimeValue) -> (day: Int, opening: Bool)? {
            guard v.end == nil, v.start.day != nil, v.modifier == .start || v.modifier == .end,
                  let d = interval(v)?.lowerBound else { return nil }
            return (d, v.modifier == .start)
        }
        let x = edge(a), y = edge(b)
        guard x != nil || y != nil else { return nil }
        if let x, let y {
            if x.opening == y.opening { return x.day == y.day ? .same : .incompatible }
            let (open, close) = x.opening ? (x.day, y.day) : (y.day, x.day)
            return close >= open && close - open <= longestGatheringDays ? .compatible : .incompatible
        }
        let (e, other) = x != nil ? (x!, b) : (y!, a)
        guard other.start.year != nil, let span = interval(other) else { return .compatible }
        // A coarser value (a month, a year) holds the day or not.
        if other.start.day == nil { return span.contains(e.day) ? .compatible : .incompatible }
        if other.end != nil {
            // "15–17 June": it opened on the 15th and ended on the 17th.
            return (e.opening ? span.lowerBound : span.upperBound) == e.day ? .compatible : .incompatible
        }
        // One day of the event: on or after its opening, on or before its closing.
        let d = span.lowerBound
        let fits = e.opening ? d >= e.day && d - e.day <= longestGatheringDays : d <= e.day && e.day - d <= longestGatheringDays
        return fits ? .compatible : .incompatible
    }

    private static func relate(_ x: ClosedRange<Int>, _ y: ClosedRange<Int>) -> Relation {
        if x == y { return .same }
        if (x.lowerBound <= y.lowerBound && y.upperBound <= x.upperBound)
            || (y.lowerBound <= x.lowerBound && x.upperBound <= y.upperBound) { return .compatible }
        return .incompatible
    }

    private static func bounds(_ p: TimePoint, _ mod: TimeModifier?) -> ClosedRange<Int>? {
        guard let year = p.year else { return nil }
        func day(_ m: Int, _ d: Int) -> Int { CalendarDate(year: year, month: m, day: Swift.min(d, CalendarDate.daysIn(month: m, year: year)))!.dayNumber }
        var range: ClosedRange<Int>
        if let m = p.month, (1...12).contains(m) {
            if let d = p.day, (1...31).contains(d) {
                let only = day(m, d)
                range = only...only
            } else {
                let last = CalendarDate.daysIn(month: m, year: year)
                switch mod {
                case .start?: range = day(m, 1)...day(m, 10)
                case .mid?: range = day(m, 11)...day(m, 20)
                case .end?: range = day(m, 21)...day(m, last)
                default: range = day(m, 1)...day(m, last)
                }
            }
        } else {
            switch mod {
            case .start?: range = day(1, 1)...day(4, 30)
            case .mid?: range = day(5, 1)...day(8, 31)
            case .end?: range = day(9, 1)...day(12, 31)
            default: range = day(1, 1)...day(12, 31)
            }
        }
        if mod == .approx {
            // "vers 2020", "around May": a unit of slack on either side.
            let slack = p.day != nil ? 3 : p.month != nil ? 31 : 366
            range = (range.lowerBound - slack)...(range.upperBound + slack)
        }
        return range
    }

    /// Days within a year as month*32+day, ignoring the year; nil for a year-only value.
    private static func monthDayInterval(_ v: TimeValue) -> ClosedRange<Int>? {
        func md(_ p: TimePoint, low: Bool) -> Int? {
            guard let m = p.month else { return nil }
            if let d = p.day { return m * 32 + d }
            return m * 32 + (low ? 1 : 31)
        }
        guard let lo = md(v.start, low: true) else { return nil }
        let hi = md(v.end ?? v.start, low: false) ?? lo
        return lo...Swift.max(lo, hi)
    }
}
