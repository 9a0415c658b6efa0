/// French ordinal rules. The value is the rank; the noun counted ("sommet", "Conseil") is read
/// later by Events, so a mention covers the ordinal only. "1er mai" is also read here, as 1:
/// the date rule covers it and wins in ``Extractor``.
enum OrdinalRulesFR {
    static let all: [Rule<Int>] = [
        Rule("<digits>e|ème|eme|è|er|re|nd (fr)", .number(digits: 1...4, gluedWord: true)) { input, i in
            OrdinalShapes.digits(input, i) { suffix, n in
                n == 1 ? firstSuffixes.contains(suffix) : (suffixes.contains(suffix) || (n == 2 && secondSuffixes.contains(suffix)))
            }
        },
        Rule("<roman>e|ème|er (fr)", .capitalizedWord(startingWith: "IVXLCDM")) { OrdinalShapes.romanWithSuffix($0, $1) },
        Rule("premier|première (fr)", .words("premier", "première", "premiers", "premières")) { input, i in
            // "le Premier ministre", "la Première ministre"; "le Premier Li Qiang" (a title before a name).
            if primeMinister.contains(input.hash(i + 1)) { return nil }
            if input.isCapitalized(i), i > input.sentence.lowerBound, input.hash(i) == premier,
               input.isCapitalized(i + 1) { return nil }
            return RuleMatch(i..<(i + 1), 1)
        },
        // "la réunion inaugurale du Conseil": the first of its series.
        Rule("inaugural (fr)", .words("inaugural", "inaugurale", "inauguraux", "inaugurales")) { _, i in RuleMatch(i..<(i + 1), 1) },
        Rule("second|seconde (fr)", .words("second", "seconde", "seconds")) { input, i in
            OrdinalShapes.isTimeUnit(input, i, counts: counts, unitFollowers: unitFollowers) ? nil : RuleMatch(i..<(i + 1), 2)
        },
        Rule("<number words>ième (fr)", .hashes(NumberRulesFR.words.startHashes)) {
            OrdinalShapes.words($0, $1, NumberRulesFR.words)
        },
    ]

    static let rules = RuleSet(all)

    // MARK: Vocabulary

    /// "1er", "1re", "1ère", "1ʳᵉ", "1ᵉʳ", and plurals.
    static let firstSuffixes = KeywordSet(["er", "re", "ère", "ers", "res", "ères", "ier", "iere"])
    /// "3e", "3ème", "3eme", "3è", "3ᵉ", "3ième", "3èmes", "3es".
    static let suffixes = KeywordSet(["e", "ème", "eme", "è", "ième", "es", "èmes", "emes", "ièmes"])
    /// "2nd", "2nde", "2d".
    static let secondSuffixes = KeywordSet(["nd", "nde", "nds", "ndes", "d", "de"])
    static let premier = Folding.word("premier")
    static let primeMinister = KeywordSet(["ministre", "ministres"])
    /// Before "seconde" the unit of time: "une seconde", "1 seconde", "par seconde", "chaque seconde".
    static let counts = KeywordSet(["une", "un", "par", "chaque", "cette", "quelques", "dernière", "fraction",
                                    "demi", "demie"])
    /// After "seconde" the unit of time: "une seconde de silence", "une seconde plus tard".
    static let unitFollowers = KeywordSet(["de", "d", "du", "des", "ou", "et", "plus", "près", "après", "avant",
                                           "seulement", "à", "pour", "pres", "apres", "a", "entre", "au", "la", "le",
                                           "les", "pendant", "durant", "puis"])
}
