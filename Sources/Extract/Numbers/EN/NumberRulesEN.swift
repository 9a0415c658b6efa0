/// English number rules. Adding a rule: append it to `core` (or `all`), add its spellings to
/// `NumberCorpusEN.swift`. Overlaps: longest span wins, see ``resolveOverlaps(_:in:)``.
enum NumberRulesEN {
    static let core: [Rule<Quantity>] = [
        Rule("<digits> [million|billion|bn] (en)", .number) { NumberShapes.digits($0, $1, language) },
        Rule("<number words> (en)", .hashes(words.startHashes)) { NumberShapes.words($0, $1, language) },
        Rule("<number> %|percent|per cent (en)", .number(or: words.startHashes)) { NumberShapes.percent($0, $1, language) },
        Rule("$|€|£|¥|US$ <number> [m|bn] (en)", .phrases(language.currencyBefore)) {
            NumberShapes.amountWithCurrencyBefore($0, $1, language)
        },
        Rule("<number> dollars|euros|yen|€ (en)", .number(or: words.startHashes)) {
            NumberShapes.amountWithCurrencyAfter($0, $1, language)
        },
        Rule("a dozen|a score of (en)", .phrases(language.roundNumbers)) {
            NumberShapes.roundNumber($0, $1, language)
        },
    ]

    static let all: [Rule<Quantity>] = core + [
        Rule("about|nearly|more than <quantity> (en)", .phrases(language.approximations)) {
            NumberShapes.approximation($0, $1, language, coreRules)
        },
    ]

    static let rules = RuleSet(all)
    static let coreRules = RuleSet(core)

    // MARK: Vocabulary

    static let words = NumberWords(
        cardinals: [
            ("zero", .unit(0)), ("a", .unit(1)), ("an", .unit(1)), ("one", .unit(1)), ("two", .unit(2)),
            ("three", .unit(3)), ("four", .unit(4)), ("five", .unit(5)), ("six", .unit(6)), ("seven", .unit(7)),
            ("eight", .unit(8)), ("nine", .unit(9)), ("ten", .unit(10)), ("eleven", .unit(11)), ("twelve", .unit(12)),
            ("thirteen", .unit(13)), ("fourteen", .unit(14)), ("fifteen", .unit(15)), ("sixteen", .unit(16)),
            ("seventeen", .unit(17)), ("eighteen", .unit(18)), ("nineteen", .unit(19)),
            ("twenty", .ten(20)), ("thirty", .ten(30)), ("forty", .ten(40)), ("fourty", .ten(40)), ("fifty", .ten(50)),
            ("sixty", .ten(60)), ("seventy", .ten(70)), ("eighty", .ten(80)), ("ninety", .ten(90)),
            ("hundred", .hundred), ("thousand", .thousand),
            ("million", .scale(1_000_000)), ("billion", .scale(1_000_000_000)), ("trillion", .scale(1_000_000_000_000)),
        ],
        ordinals: ordinalWords,
        connector: "and", french: false)

    static let ordinalWords: [(String, NumberWord)] = [
        ("first", .unit(1)), ("second", .unit(2)), ("third", .unit(3)), ("fourth", .unit(4)), ("fifth", .unit(5)),
        ("sixth", .unit(6)), ("seventh", .unit(7)), ("eighth", .unit(8)), ("ninth", .unit(9)), ("tenth", .unit(10)),
        ("eleventh", .unit(11)), ("twelfth", .unit(12)), ("thirteenth", .unit(13)), ("fourteenth", .unit(14)),
        ("fifteenth", .unit(15)), ("sixteenth", .unit(16)), ("seventeenth", .unit(17)), ("eighteenth", .unit(18)),
        ("nineteenth", .unit(19)), ("twentieth", .ten(20)), ("thirtieth", .ten(30)), ("fortieth", .ten(40)),
        ("fiftieth", .ten(50)), ("sixtieth", .ten(60)), ("seventieth", .ten(70)), ("eightieth", .ten(80)),
        ("ninetieth", .ten(90)), ("hundredth", .hundred), ("thousandth", .thousand), ("millionth", .scale(1_000_000)),
    ]

    static let language = NumberLanguage(
        digits: .english, words: words,
        // "a summit", "one of them": articles and pronouns, numbers only inside a longer number.
        articles: KeywordSet(["a", "an", "one"]),
        onlyBeforeNoun: KeywordSet([]), notNouns: KeywordSet([]),
        scales: scales, currencyScales: currencyScales,
        currencyAfter: PhraseTable(currencyNames + currencySymbols),
        currencyBefore: PhraseTable(currencySymbols + [("US$", "USD"), ("US $", "USD"), ("A$", "AUD"), ("C$", "CAD")]),
        percent: PhraseTable([("%", true), ("percent", true), ("per cent", true), ("pct", true)]),
        approximations: approximations,
        roundNumbers: PhraseTable([("a dozen", 12), ("a score of", 20), ("half a dozen", 6), ("a hundred or so", 100),
                                   ("half a million", 500_000), ("half a billion", 500_000_000)]))

    static let scales = KeywordTable<Int>(words: [
        ("million", 1_000_000), ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000),
        ("bn", 1_000_000_000), ("tn", 1_000_000_000_000), ("thousand", 1_000),
    ])

    /// "$5m", "€300k", "£2mn": only next to a currency; "5m" alone is five metres.
    static let currencyScales = KeywordTable<Int>(words: [("m", 1_000_000), ("mn", 1_000_000), ("k", 1_000),
                                                          ("b", 1_000_000_000)])

    static let approximations = PhraseTable<Bool>([
        "about", "around", "nearly", "almost", "approximately", "roughly", "some", "more than", "less than",
        "fewer than", "at least", "over", "under", "up to", "close to", "an estimated", "upwards of", "just over",
        "just under", "as many as", "as much as", "no fewer than", "no less than", "well over", "circa", "estimated",
    ].map { ($0, true) })

    static let currencyNames: [(String, String)] = [
        ("euro", "EUR"), ("euros", "EUR"), ("dollar", "USD"), ("dollars", "USD"), ("US dollars", "USD"),
        ("Canadian dollars", "CAD"), ("Australian dollars", "AUD"), ("yen", "JPY"), ("pounds sterling", "GBP"),
        ("sterling", "GBP"), ("yuan", "CNY"), ("renminbi", "CNY"), ("Swiss francs", "CHF"),
    ]

    static let currencySymbols: [(String, String)] = [
        ("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("¥", "JPY"), ("￥", "JPY"), ("₩", "KRW"),
        ("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"), ("JPY", "JPY"), ("CHF", "CHF"), ("CNY", "CNY"),
    ]
}
