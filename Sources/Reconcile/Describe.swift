import Extract

/// The words of explanations: "the 3rd digital partnership council (EU–JP)", "000 and 003".
/// One place, so every explanation names events, values and sources the same way.
enum Describe {
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func series(type: String, parties: [String]) -> String {
        type.split(separator: "-").joined(separator: " ") + (parties.isEmpty ? "" : " (" + parties.joined(separator: "–") + ")")
    }

    static func event(_ e: LinkedEvent) -> String {
        "the " + (e.ordinal.map { ordinal($0) + " " } ?? "") + series(type: e.type, parties: e.parties)
    }

    static func documents<S: Sequence>(_ ids: S) -> String where S.Element == String {
        let sorted = Array(Set(ids)).sorted()
        switch sorted.count {
        case 0: return "no source"
        case 1: return sorted[0]
        default: return sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
        }
    }

    static func value(_ v: ClaimValue) -> String {
        switch v {
        case .event(let e):
            return "the " + (e.ordinal.map { ordinal($0) + " " } ?? "") + series(type: e.type, parties: e.parties)
        case .ordinal(let n):
            return ordinal(n)
        default:
            return ValueComparator.render(v)
        }
    }

    /// Whether `a` is the coarser of two compatible values ("2022" vs "2022-05").
    static func isCoarser(_ a: ClaimValue, than b: ClaimValue) -> Bool {
        switch (a, b) {
        case let (.time(x), .time(y)):
            if let i = TimeComparator.interval(x), let j = TimeComparator.interval(y) { return i.count > j.count }
            return x.start.year == nil
        case let (.place(x), .place(y)):
            return x.count < y.count
        default:
            return false
        }
    }
}

extension Attribute {
    /// How explanations say it: "the place of the 3rd council", "the venue of the launch".
    var spokenName: String {
        switch self {
        case .date: return "date"
        case .place: return "place"
        case .ordinal: return "number in its series"
        case .participants: return "participants"
        case .heldAt: return "occasion"
        case .count: return "count"
        case .role: return "role"
        }
    }
}
