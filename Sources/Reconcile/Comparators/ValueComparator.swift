import Extract

/// Compares two claim values of the same attribute, and renders values for reports.
/// One place for every kind of value, so every attribute is judged by the same rules.
public enum ValueComparator {
    public static func relation(_ a: ClaimValue, _ b: ClaimValue) -> Relation {
        switch (a, b) {
        case let (.time(x), .time(y)):
            return TimeComparator.relation(x, y)
        case let (.place(x), .place(y)):
            // Place ids are "COUNTRY" or "COUNTRY-CITY": "JP" is coarser than "JP-TYO".
            if x == y { return .same }
            if y.hasPrefix(x + "-") || x.hasPrefix(y + "-") { return .compatible }
            return .incompatible
        case let (.ordinal(x), .ordinal(y)):
            return x == y ? .same : .incompatible
        case let (.event(x), .event(y)):
            guard x.series == y.series else { return .incomparable }
            guard let m = x.ordinal, let n = y.ordinal else { return x.ordinal == y.ordinal ? .same : .compatible }
            return m == n ? .same : .incompatible
        case let (.participants(x), .participants(y)):
            // Lists of participants are rarely complete: one naming fewer is not a contradiction.
            let s = Set(x), t = Set(y)
            if s == t { return .same }
            return s.isSubset(of: t) || t.isSubset(of: s) ? .compatible : .incomparable
        case let (.quantity(x), .quantity(y)):
            return QuantityComparator.relation(x, y)
        case let (.text(x), .text(y)):
            return Folding.fold(x) == Folding.fold(y) ? .same : .incomparable
        default:
            return .incomparable
        }
    }

    /// The value as reports print it: TIMEX values, place ids, "summit:EU+JP#28".
    public static func render(_ v: ClaimValue) -> String {
        switch v {
        case .time(let t): return t.description
        case .place(let p): return p
        case .ordinal(let n): return String(n)
        case .event(let e): return e.series + (e.ordinal.map { "#\($0)" } ?? "")
        case .participants(let p): return p.joined(separator: ", ")
        case .quantity(let q): return q.description
        case .text(let s): return s
        }
    }
}

/// Numbers agree when equal; a stated approximation ("près de 100", "about 2 million") allows 10 %.
public enum QuantityComparator {
    public static func relation(_ a: Quantity, _ b: Quantity) -> Relation {
        guard a.unit == b.unit else { return .incomparable }
        if a.value == b.value { return a.approximate == b.approximate ? .same : .compatible }
        guard a.approximate || b.approximate else { return .incompatible }
        let tolerance = 0.1 * Swift.max(abs(a.value), abs(b.value))
        return abs(a.value - b.value) <= tolerance ? .compatible : .incompatible
    }
}
