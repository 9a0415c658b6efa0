/// English ordinal rules. The value is the rank; the noun counted is read later by Events.
/// Roman numerals alone ("World War II", "Elizabeth II") are not ordinals in English.
enum OrdinalRulesEN {
    static let all: [Rule<Int>] = [
        Rule("<digits>st|nd|rd|th (en)", .number(digits: 1...4, gluedWord: true)) { input, i in
            OrdinalShapes.digits(input, i) { suffix, n in suffix == expectedSuffix(n) }
        },
        // "The Trade Council held its inaugural meeting in Brussels": the first of its series.
        Rule("inaugural (en)", .words("inaugural", "Inaugural")) { _, i in RuleMatch(i..<(i + 1), 1) },
        Rule("second (en)", .words("second")) { input, i in
            // "to second a motion": the verb.
            if input.isWord(i - 1, to), !input.isNumber(i - 2) { return nil }
            return OrdinalShapes.isTimeUnit(input, i, counts: counts, unitFollowers: unitFollowers)
                ? nil : OrdinalShapes.words(input, i, NumberRulesEN.words)
        },
        Rule("<number words>th|first|second|third (en)", .hashes(NumberRulesEN.words.startHashes)) { input, i in
            // A lone "second" is the rule above; compounds ("twenty-second") are read here.
            if input.hash(i) == second { return nil }
            return OrdinalShapes.words(input, i, NumberRulesEN.words)
        },
    ]

    static let rules = RuleSet(all)

    // MARK: Vocabulary

    /// "1st", "2nd", "3rd", "4th"; "11th", "12th", "13th"; "21st", "101st".
    static func expectedSuffix(_ n: Int) -> UInt64 {
        if (11...13).contains(n % 100) { return th }
        switch n % 10 {
        case 1: return st
        case 2: return nd
        case 3: return rd
        default: return th
        }
    }

    static let st = Folding.word("st"), nd = Folding.word("nd"), rd = Folding.word("rd"), th = Folding.word("th")
    static let second = Folding.word("second"), to = Folding.word("to")
    /// Before "second" the unit of time: "a second", "one second", "per second", "a split second".
    static let counts = KeywordSet(["a", "an", "one", "per", "each", "every", "split", "that", "this", "fraction",
                                    "half", "last"])
    /// After "second" the unit of time: "a second of silence", "a second later", "a second or two".
    static let unitFollowers = KeywordSet(["of", "or", "and", "later", "after", "before", "ago", "too", "to", "for",
                                           "longer", "more", "less", "earlier", "in", "at", "the", "then", "while",
                                           "when", "left"])
}
