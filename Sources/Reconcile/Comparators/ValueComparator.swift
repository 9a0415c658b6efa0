import Extract

/// Compares two claim values of the same attribute, and renders values for reports.
/// One place for every kind of value, so every attribute is judged by the same rules.
public enum ValueComparator {
    public static func relation(_ a: ClaimValue, _ b: ClaimValue) -> Relation {
        switch (a, b) {
        case let (.time(x), .time(y)):
            return TimeComparator.relation(x, y)
        case let (.place(x), .place(y)):
            return placeRelation(x, y)
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
        case let (.chair(x), .chair(y)):
            return chairRelation(x, y)
        case let (.text(x), .text(y)):
            return Folding.fold(x) == Folding.fold(y) ? .same : .incomparable
        default:
            return .incomparable
        }
    }

    /// `t.description` ("2025-05-12", "2024-05-02/2024-05-03", "2025 (START)"), written
    /// byte by byte for resolved values: reports render every date claim, and the general
    /// path builds several intermediate strings. Debug builds check it against `description`.
    static func timeDescription(_ t: TimeValue) -> String {
        guard t.isResolved else { return t.description }
        // Written in a buffer on the stack: two points of at most 20-digit numbers, a modifier.
        let s = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 160) { buffer -> String in
            var out = DescriptionWriter(buffer)
            out.point(t.start)
            if let end = t.end { out.put(UInt8(ascii: "/")); out.point(end) }
            if let m = t.modifier {
                out.put(" (")
                for b in m.rawValue.utf8 { out.put(b) }
                out.put(UInt8(ascii: ")"))
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<out.count]), as: UTF8.self)
        }
        assert(s == t.description, "timeDescription(\(t)) gave \(s)")
        return s
    }

    /// The bytes of a ``timeDescription(_:)``, written one after the other. (A struct with
    /// mutating methods rather than nested functions sharing a count: a variable that nested
    /// functions capture is boxed, and each access to it is then checked for exclusivity at
    /// run time, which cost more than the writing.)
    private struct DescriptionWriter {
        let out: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(_ out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        mutating func put(_ b: UInt8) { out[count] = b; count += 1 }

        mutating func put(_ s: StaticString) {
            let bytes = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
            for b in bytes { put(b) }
        }

        /// Zero-padded to `width` in all, sign included, as `description` pads.
        mutating func number(_ v: Int, width: Int) {
            var digits = 0, m = v.magnitude
            repeat { digits += 1; m /= 10 } while m > 0
            let sign = v < 0 ? 1 : 0
            for _ in (digits + sign)..<Swift.max(width, digits + sign) { put(UInt8(ascii: "0")) }
            if sign == 1 { put(UInt8(ascii: "-")) }
            m = v.magnitude
            for k in stride(from: count + digits - 1, through: count, by: -1) { out[k] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10 }
            count += digits
        }

        mutating func point(_ p: TimePoint) {
            if let y = p.year { number(y, width: 4) } else { put("XXXX") }
            if let m = p.month { put(UInt8(ascii: "-")); number(m, width: 2) } else if p.day != nil { put("-XX") }
            if let d = p.day { put(UInt8(ascii: "-")); number(d, width: 2) }
        }
    }

    /// `t.timex` of a resolved value, by way of ``timeDescription(_:)``.
    static func timex(_ t: TimeValue) -> String {
        guard t.isResolved, t.modifier == nil else { return t.timex }
        return timeDescription(t)
    }

    /// Place ids are "COUNTRY" or "COUNTRY-CITY": "JP" is coarser than "JP-TYO".
    static func placeRelation(_ x: String, _ y: String) -> Relation {
        if x == y { return .same }
        return PlaceID.mayBeSame(x, y) ? .compatible : .incompatible
    }

    /// Who chaired: one report may name one of two chairs and another both ("chaired by
    /// Kallas", "présidé par Kaja Kallas et Ignacia Rojas Vial"), so a list that another covers
    /// agrees with it; two lists that each name someone the other does not conflict ("chaired
    /// by António Costa" against "présidé par Ursula von der Leyen"). A person is known by the
    /// folded surname, so "Costa", "Antonio Costa" and "António Costa" are one.
    static func chairRelation(_ x: [String], _ y: [String]) -> Relation {
        func surname(_ name: String) -> String { Folding.fold(String(name.split(separator: " ").last ?? Substring(name))) }
        let s = Set(x.map(surname)), t = Set(y.map(surname))
        if s == t { return x == y ? .same : .compatible }
        return s.isSubset(of: t) || t.isSubset(of: s) ? .compatible : .incompatible
    }

    /// The value as reports print it: TIMEX values, place ids, "summit:EU+JP#28".
    public static func render(_ v: ClaimValue) -> String {
        switch v {
        case .time(let t): return timeDescription(t)
        case .place(let p): return p
        case .ordinal(let n): return String(n)
        case .event(let e): return e.series + (e.ordinal.map { "#\($0)" } ?? "")
        case .participants(let p), .chair(let p): return p.joined(separator: ", ")
        case .quantity(let q): return q.description
        case .text(let s): return s
        }
    }
}

/// Numbers agree when equal. A stated approximation of an exact-looking number allows 10 %
/// ("quelque 79 délégations" against 71 is another count); of a round one, 25 % ("une vingtaine
/// de délégations", "more than 40 leaders", "about 2 million": 23, 46 and 2.4 million fit).
public enum QuantityComparator {
    public static func relation(_ a: Quantity, _ b: Quantity) -> Relation {
        guard a.unit == b.unit else { return .incomparable }
        if a.value == b.value { return a.approximate == b.approximate ? .same : .compatible }
        guard a.approximate || b.approximate else { return .incompatible }
        let share = [a, b].contains { $0.approximate && isRound($0.value) } ? 0.25 : 0.1
        let tolerance = share * Swift.max(abs(a.value), abs(b.value))
        return abs(a.value - b.value) <= tolerance ? .compatible : .incompatible
    }

    /// Tens, and the counts people round to: a dozen, "une quinzaine".
    static func isRound(_ v: Double) -> Bool {
        v != 0 && (v.truncatingRemainder(dividingBy: 10) == 0 || v == 12 || v == 15)
    }
}
