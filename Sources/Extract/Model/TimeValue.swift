/// A point in time at the precision the text gives, TIMEX3 style: a year ("2025"), a month
/// ("2025-05") or a day ("2025-05-12"). A nil year is a year the text does not give and no
/// reference date could supply ("XXXX-04-30").
public struct TimePoint: Hashable, Sendable, Codable {
    public let year: Int?
    public let month: Int?
    public let day: Int?

    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year; self.month = month; self.day = day
    }

    /// "2025", "2025-05", "2025-05-12", "XXXX-04-30", "XXXX-05".
    public var timex: String {
        var s = year.map { CalendarDate.pad($0, 4) } ?? "XXXX"
        if let month { s += "-" + CalendarDate.pad(month, 2) } else if day != nil { s += "-XX" }
        if let day { s += "-" + CalendarDate.pad(day, 2) }
        return s
    }

    public var precision: TimePrecision { day != nil ? .day : month != nil ? .month : .year }

    /// The first day this point may be ("2025" → 1 January 2025); nil without a year.
    var firstDay: CalendarDate? { year.flatMap { CalendarDate(year: $0, month: month ?? 1, day: day ?? 1) } }
}

public enum TimePrecision: Int, Sendable, Codable, Comparable {
    case year = 0, month, day
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// TIMEX3 `mod`: "début 2024"/"early 2024" is START, "mi-juillet" MID, "fin 2023" END, "vers 2020" APPROX.
public enum TimeModifier: String, Sendable, Codable {
    case start = "START", mid = "MID", end = "END", approx = "APPROX"
}

/// A relative expression that could not be resolved because no reference date was known:
/// "demain" is `RelativeTime(unit: .day, offset: 1)`; "jeudi" is `.weekday` with `weekday: 4`.
public struct RelativeTime: Hashable, Sendable, Codable {
    public enum Unit: String, Sendable, Codable { case day, week, month, year, weekday }
    public let unit: Unit
    public let offset: Int          // 0 = this one, -1 = last, +1 = next
    public let weekday: Int?        // 1 = Monday ... 7 = Sunday, for `.weekday`

    public init(unit: Unit, offset: Int, weekday: Int? = nil) {
        self.unit = unit; self.offset = offset; self.weekday = weekday
    }
}

/// The normalised value of a time expression.
///
/// - A point: `start` only.
/// - A span or a list of days ("du 2 au 4 juin", "les 2 et 3 mai"): `start` and `end` (inclusive).
/// - Unresolved relative ("demain" with no publication date): `relative` set, `start` has no year.
public struct TimeValue: Hashable, Sendable, Codable, CustomStringConvertible {
    public let start: TimePoint
    public let end: TimePoint?
    public let modifier: TimeModifier?
    /// Set when the expression is relative and no reference date was known to resolve it.
    public let relative: RelativeTime?
    /// What a relative or year-less expression was resolved against, e.g.
    /// "publication date 2025-05-12"; nil for absolute expressions.
    public let anchor: String?

    public init(start: TimePoint, end: TimePoint? = nil, modifier: TimeModifier? = nil,
                relative: RelativeTime? = nil, anchor: String? = nil) {
        self.start = start; self.end = end; self.modifier = modifier
        self.relative = relative; self.anchor = anchor
    }

    public var isResolved: Bool { relative == nil }

    /// TIMEX3 value: "2025-05-12", "2024-05-02/2024-05-03" for a span or list;
    /// unresolved relative expressions give TIMEX3's reference tokens ("PRESENT_REF") or an
    /// offset from the unknown anchor ("ANCHOR+P1D", "ANCHOR-P1M", "ANCHOR+XXXX-WXX-4").
    public var timex: String {
        if let relative {
            switch relative.unit {
            case .day where relative.offset == 0: return "PRESENT_REF"
            case .weekday: return "ANCHOR" + (relative.offset < 0 ? "-" : "+") + "XXXX-WXX-\(relative.weekday ?? 0)"
            default:
                let unit = ["day": "D", "week": "W", "month": "M", "year": "Y"][relative.unit.rawValue] ?? "D"
                return "ANCHOR" + (relative.offset < 0 ? "-" : "+") + "P\(abs(relative.offset))\(unit)"
            }
        }
        if let end { return start.timex + "/" + end.timex }
        return start.timex
    }

    public var description: String { timex + (modifier.map { " (\($0.rawValue))" } ?? "") }
}
