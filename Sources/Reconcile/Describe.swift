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

    /// The parts end to end: their bytes copied in a row into a buffer on the stack, and the
    /// string made from them at once. (Appending the parts one by one goes through
    /// `String.append`'s general path for each part; a string made from raw bytes is checked
    /// byte by byte as valid UTF-8, which cost as much again as the copying. The parts are
    /// strings, valid UTF-8 each, so their concatenation is too: it is not checked again.)
    /// Up to ten parts, as parameters rather than a variadic list: a list is an array,
    /// allocated at each call, and every event's id and name and every finding's explanation
    /// are made here.
    static func concat(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "",
                       _ f: String = "", _ g: String = "", _ h: String = "", _ i: String = "", _ j: String = "") -> String {
        let n = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
            + f.utf8.count + g.utf8.count + h.utf8.count + i.utf8.count + j.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buffer in
            var out = Bytes(buffer)
            out.put(a); out.put(b); out.put(c); out.put(d); out.put(e)
            out.put(f); out.put(g); out.put(h); out.put(i); out.put(j)
            var bytes = UTF8Span(unchecked: UnsafeBufferPointer(rebasing: buffer[..<out.count]).span)
            // Noted in the string, as checking would have: an ASCII string hashes and compares
            // byte by byte, anything else through Unicode normalisation (ids are hashed and sorted).
            _ = bytes.checkForASCII()
            return String(copying: bytes)
        }
    }

    /// The bytes of a ``concat(_:_:_:_:_:_:_:_:_:_:)``, written one part after the other.
    private struct Bytes {
        let out: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(_ out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        mutating func put(_ s: String) {
            // Native and small strings alike are contiguous UTF-8; anything else is copied byte by byte.
            let start = count
            if let n = s.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
                if let from = bytes.baseAddress { (out.baseAddress! + start).update(from: from, count: bytes.count) }
                return bytes.count
            }) {
                count += n
            } else {
                for b in s.utf8 { out[count] = b; count += 1 }
            }
        }
    }

    /// Whether the UTF-8 of `s` begins with that of `prefix`: bytes compared in a row, not
    /// characters (as `hasPrefix` does) nor through the generic UTF-8 view.
    static func starts(_ s: String, with prefix: String) -> Bool {
        let inPlace = s.utf8.withContiguousStorageIfAvailable { a in
            prefix.utf8.withContiguousStorageIfAvailable { b in a.count >= b.count && a.prefix(b.count).elementsEqual(b) }
        }
        return (inPlace ?? nil) ?? s.utf8.starts(with: prefix.utf8)
    }

    static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    static func series(type: String, parties: [String]) -> String {
        if parties.isEmpty { return Lexicon.isNamedAgreement(type) ? agreementName(type) : words(type) }
        // A treaty's meeting has the treaty for its party ("the 48th meeting (Antarctica
        // Treaty)"). Party ids are upper case: a lower-case first letter is the cheap test.
        if parties.contains(where: { ($0.utf8.first ?? 0) >= UInt8(ascii: "a") && Lexicon.isNamedAgreement($0) }) {
            let names = parties.map { Lexicon.isNamedAgreement($0) ? agreementName($0) : $0 }
            return concat(words(type), " (", names.joined(separator: "–"), ")")
        }
        return concat(words(type), " (", parties.joined(separator: "–"), ")")
    }

    /// "quirinal-treaty" → "Quirinal Treaty", "entry-into-force-of-the-quirinal-treaty" → "entry
    /// into force of the Quirinal Treaty": an agreement known by its name is written as one.
    static func agreementName(_ type: String) -> String {
        let act = Lexicon.entryIntoForce(of: "")
        let name = starts(type, with: act) ? type.dropFirst(act.count) : Substring(type)
        let capitalised = name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return name.count == type.count ? capitalised : concat(words(String(act.dropLast())), " ", capitalised)
    }

    /// "digital-partnership-council" → "digital partnership council" (as splitting on "-" and
    /// joining the non-empty pieces with spaces, without the intermediate arrays).
    static func words(_ id: String) -> String {
        let bytes = id.utf8
        let dash = UInt8(ascii: "-")
        var regular = bytes.first != dash && bytes.last != dash
        var previous: UInt8 = 0
        for b in bytes where regular { if b == dash && previous == dash { regular = false }; previous = b }
        guard regular else { return id.split(separator: "-").joined(separator: " ") }
        return String(decoding: bytes.map { $0 == dash ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    static func event(_ e: LinkedEvent) -> String { instance(e.ordinal, of: series(type: e.type, parties: e.parties)) }

    /// "the 3rd digital partnership council (EU–JP)": an instance of the series `words` names.
    static func instance(_ n: Int?, of words: String) -> String {
        guard let n else { return concat("the ", words) }
        return concat("the ", ordinal(n), " ", words)
    }

    static func documents<S: Sequence>(_ ids: S) -> String where S.Element == String {
        var sorted = Array(ids)
        if sorted.count == 1 { return sorted[0] }
        sorted.sort()
        // Distinct ids only (the same as going through a Set).
        var w = 0
        for r in sorted.indices where w == 0 || sorted[r] != sorted[w - 1] { sorted.swapAt(w, r); w += 1 }
        sorted.removeSubrange(w...)
        switch sorted.count {
        case 0: return "no source"
        case 1: return sorted[0]
        default: return sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
        }
    }

    /// - Parameter rendered: `ValueComparator.render(v)`, when the caller has it already.
    static func value(_ v: ClaimValue, rendered: String? = nil) -> String {
        switch v {
        case .event(let e):
            return instance(e.ordinal, of: series(type: e.type, parties: e.parties))
        case .ordinal(let n):
            return ordinal(n)
        default:
            return rendered ?? ValueComparator.render(v)
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
        case .chair: return "chair"
        }
    }
}
