/// Place ids, as the places lexicon writes them: "COUNTRY", "COUNTRY-CITY", and a venue inside a
/// city or an island with the city's id before it ("ID-DPS-NUS" Nusa Dua, on Bali "ID-DPS").
/// Extraction (telling two instances apart) and reconciling (comparing places) read them alike.
public enum PlaceID {
    /// Whether `inner` is a place inside `outer`: "JP-TYO" in "JP" (not "JPN" in "JP").
    public static func isInside(_ inner: String, _ outer: String) -> Bool {
        let s = outer.utf8, l = inner.utf8
        guard l.count > s.count else { return false }
        var i = l.startIndex
        for b in s {
            guard l[i] == b else { return false }
            i = l.index(after: i)
        }
        return l[i] == UInt8(ascii: "-")
    }

    /// Whether two places may be one: the same, or one inside the other.
    public static func mayBeSame(_ a: String, _ b: String) -> Bool {
        a == b || isInside(a, b) || isInside(b, a)
    }
}
