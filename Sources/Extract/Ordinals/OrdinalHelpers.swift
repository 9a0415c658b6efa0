/// Language-independent pieces of ordinal recognition: digits with a suffix ("29e", "29th"),
/// Roman numerals with a suffix ("XXIXe"), spelled ordinals ("vingt-neuvième") and the
/// "second" that is a unit of time ("une seconde", "a second later").
enum OrdinalShapes {
    /// Digits glued to a suffix: "29" + "e", "1" + "er", "3" + "rd". `suffix` gives, for the
    /// folded suffix and the number, whether it fits ("1er" yes, "2er" no; "21st" yes, "21th" no).
    static func digits(_ input: RuleInput, _ i: Int, suffix fits: (UInt64, Int) -> Bool) -> RuleMatch<Int>? {
        guard input.isNumber(i), input.digitCount(i) <= 4, !DigitReader.continuesSomething(input, i),
              let n = input.integer(i), n > 0,
              input.isWord(i + 1), input.isAttached(i + 1), fits(input.hash(i + 1), n),
              DigitReader.endsCleanly(input, i + 2)
        else { return nil }
        return RuleMatch(i..<(i + 2), n)
    }

    /// A spelled ordinal: "troisième", "vingt-neuvième", "trente et unième", "twenty-first".
    static func words(_ input: RuleInput, _ i: Int, _ words: NumberWords) -> RuleMatch<Int>? {
        guard let w = words.read(input, at: i), w.isOrdinal, w.value > 0 else { return nil }
        return RuleMatch(w.tokens, w.value)
    }

    /// Whether "second"/"seconde" at token `i` is the unit of time: after a count ("une seconde",
    /// "a second", "1 seconde", "per second") unless a noun follows ("une seconde réunion",
    /// "a second term"); words that follow the unit ("of", "later", "de", "plus tard") keep it a unit.
    static func isTimeUnit(_ input: RuleInput, _ i: Int, counts: KeywordSet, unitFollowers: KeywordSet) -> Bool {
        let afterCount = input.isNumber(i - 1) || counts.contains(input.hash(i - 1))
        guard afterCount else { return false }
        let next = i + 1
        guard input.isWord(next), !input.isCapitalized(next) else { return true }
        return unitFollowers.contains(input.hash(next))
    }

    /// "XXIXe", "IIe", "XXIᵉ", "Ier", "Ve", "IIIème": a Roman numeral in capitals with a
    /// lower-case French ordinal suffix, in one word token. Not "Le", "Ce", "De", "Me" (a single
    /// L, C, D or M), not "CIE" (capitals throughout), not "Cie".
    /// Tried on every capitalised word, so it declines on the first byte that does not fit.
    static func romanWithSuffix(_ input: RuleInput, _ i: Int) -> RuleMatch<Int>? {
        guard input.isWord(i) else { return nil }
        let t = input.token(i), folded = input.foldedBytes(i)
        let n = folded.count
        guard n >= 2, n <= 14 else { return nil }
        var k = 0
        while k < n, isRomanLetter(folded[k]) { k += 1 }
        guard k >= 1, k < n else { return nil }
        // The suffix may begin with the numeral's last "i" ("XIXième", "Ier"): try both cuts.
        for cut in [k, k - 1] where cut >= 1 && (cut == k || folded[k - 1] == UInt8(ascii: "i")) {
            guard let first = suffixes[Folding.hash(folded[cut..<n])],
                  let value = romanValue(folded[0..<cut]), (value == 1) == first else { continue }
            if cut == 1 && value >= 50 { return nil }                      // "Le", "Ce", "De", "Me"
            // As written: the numeral in capitals, the suffix not ("XXIXe", "XXIXᵉ", never "Xxixe" or "XXIXE").
            let u = input.text.text.utf8
            var p = u.index(u.startIndex, offsetBy: Int(t.start))
            for _ in 0..<cut {
                guard u[p] >= UInt8(ascii: "A"), u[p] <= UInt8(ascii: "Z") else { return nil }
                p = u.index(after: p)
            }
            if u[p] >= UInt8(ascii: "A") && u[p] <= UInt8(ascii: "Z") { return nil }
            return RuleMatch(i..<(i + 1), value)
        }
        return nil
    }

    /// French ordinal suffixes after a Roman numeral, by folded hash; true for those of
    /// "premier" ("Ier", "Ire", "Ière").
    private static let suffixes = KeywordTable<Bool>(words: [
        ("ieme", false), ("iemes", false), ("eme", false), ("emes", false), ("e", false), ("es", false),
        ("er", true), ("re", true), ("ere", true), ("ier", true), ("iere", true),
    ])

    @inline(__always) private static func isRomanLetter(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "i") || b == UInt8(ascii: "v") || b == UInt8(ascii: "x") || b == UInt8(ascii: "l")
            || b == UInt8(ascii: "c") || b == UInt8(ascii: "d") || b == UInt8(ascii: "m")
    }

    /// The value of a Roman numeral in lower case written the canonical way ("xxix" → 29);
    /// nil for "iiii", "vx", "ic", "xcx". Reads thousands, then each decade as one of
    /// 9 ("xc"), 4 ("xl"), or an optional 5 ("l") and up to three 1s ("x").
    static func romanValue(_ letters: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var rest = letters[...], total = 0
        while total < 3000, rest.first == UInt8(ascii: "m") { total += 1000; rest = rest.dropFirst() }
        for (one, five, ten, unit) in romanDecades {
            if rest.count >= 2, rest[rest.startIndex] == one, rest[rest.startIndex + 1] == ten {
                total += 9 * unit; rest = rest.dropFirst(2); continue
            }
            if rest.count >= 2, rest[rest.startIndex] == one, rest[rest.startIndex + 1] == five {
                total += 4 * unit; rest = rest.dropFirst(2); continue
            }
            if rest.first == five { total += 5 * unit; rest = rest.dropFirst() }
            var ones = 0
            while ones < 3, rest.first == one { total += unit; rest = rest.dropFirst(); ones += 1 }
        }
        return rest.isEmpty && total > 0 ? total : nil
    }

    /// (one, five, ten, value of one) for hundreds, tens and units.
    private static let romanDecades: [(UInt8, UInt8, UInt8, Int)] = [
        (UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"), 100),
        (UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"), 10),
        (UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), 1),
    ]
}
