/// French number rules. Adding a rule: append it to `core` (or `all`), add its spellings to
/// `NumberCorpusFR.swift`. Overlaps: longest span wins, see ``resolveOverlaps(_:in:)``.
enum NumberRulesFR {
    static let core: [Rule<Quantity>] = [
        Rule("<digits> [million|milliard] (fr)", .number) { NumberShapes.digits($0, $1, language) },
        Rule("<number words> (fr)", .hashes(words.startHashes)) { NumberShapes.words($0, $1, language) },
        Rule("<number> %|pour cent (fr)", .number(or: words.startHashes)) { NumberShapes.percent($0, $1, language) },
        Rule("<number> [de|d'] euros|dollars|€|$ (fr)", .number(or: words.startHashes)) {
            NumberShapes.amountWithCurrencyAfter($0, $1, language)
        },
        Rule("€|$|£|¥ <number> (fr)", .phrases(language.currencyBefore)) {
            NumberShapes.amountWithCurrencyBefore($0, $1, language)
        },
        Rule("une dizaine|centaine de (fr)", .phrases(language.roundNumbers)) {
            NumberShapes.roundNumber($0, $1, language)
        },
    ]

    static let all: [Rule<Quantity>] = core + [
        Rule("près de|environ|plus de <quantity> (fr)", .phrases(language.approximations)) {
            NumberShapes.approximation($0, $1, language, coreRules)
        },
    ]

    static let rules = RuleSet(all)
    static let coreRules = RuleSet(core)

    // MARK: Vocabulary

    /// Spelled numbers, including Belgian and Swiss "septante", "huitante", "octante", "nonante".
    static let words = NumberWords(
        cardinals: [
            ("zéro", .unit(0)), ("un", .unit(1)), ("une", .unit(1)), ("deux", .unit(2)), ("trois", .unit(3)),
            ("quatre", .unit(4)), ("cinq", .unit(5)), ("six", .unit(6)), ("sept", .unit(7)), ("huit", .unit(8)),
            ("neuf", .unit(9)), ("dix", .unit(10)), ("onze", .unit(11)), ("douze", .unit(12)), ("treize", .unit(13)),
            ("quatorze", .unit(14)), ("quinze", .unit(15)), ("seize", .unit(16)),
            ("vingt", .ten(20)), ("vingts", .ten(20)), ("trente", .ten(30)), ("quarante", .ten(40)),
            ("cinquante", .ten(50)), ("soixante", .ten(60)), ("septante", .ten(70)), ("huitante", .ten(80)),
            ("octante", .ten(80)), ("nonante", .ten(90)),
            ("cent", .hundred), ("cents", .hundred), ("mille", .thousand),
            ("million", .scale(1_000_000)), ("millions", .scale(1_000_000)),
            ("milliard", .scale(1_000_000_000)), ("milliards", .scale(1_000_000_000)),
            // French "billion" is 10^12 (the long scale).
            ("billion", .scale(1_000_000_000_000)), ("billions", .scale(1_000_000_000_000)),
        ],
        ordinals: ordinalWords,
        connector: "et", french: true)

    /// Ordinal words end a spelled number: "vingt-neuvième", "trente et unième". Ordinals reads
    /// them; number rules decline them.
    static let ordinalWords: [(String, NumberWord)] = {
        let stems: [(String, NumberWord)] = [
            ("unième", .unit(1)), ("deuxième", .unit(2)), ("troisième", .unit(3)), ("quatrième", .unit(4)),
            ("cinquième", .unit(5)), ("sixième", .unit(6)), ("septième", .unit(7)), ("huitième", .unit(8)),
            ("neuvième", .unit(9)), ("dixième", .unit(10)), ("onzième", .unit(11)), ("douzième", .unit(12)),
            ("treizième", .unit(13)), ("quatorzième", .unit(14)), ("quinzième", .unit(15)), ("seizième", .unit(16)),
            ("vingtième", .ten(20)), ("trentième", .ten(30)), ("quarantième", .ten(40)), ("cinquantième", .ten(50)),
            ("soixantième", .ten(60)), ("septantième", .ten(70)), ("huitantième", .ten(80)), ("octantième", .ten(80)),
            ("nonantième", .ten(90)), ("centième", .hundred), ("millième", .thousand),
            ("millionième", .scale(1_000_000)), ("milliardième", .scale(1_000_000_000)),
        ]
        return stems + stems.map { ($0.0 + "s", $0.1) }   // "les deuxièmes"
    }()

    static let language = NumberLanguage(
        digits: .french, words: words,
        articles: KeywordSet(["un", "une"]),
        onlyBeforeNoun: KeywordSet(["neuf"]),
        notNouns: KeywordSet(["et", "ou", "de", "d", "des", "du", "a", "à", "en", "pour", "avec", "sur", "dans", "qui",
                              "que", "mais", "comme", "ni", "est", "sont", "était"]),
        scales: scales, currencyScales: currencyScales,
        currencyAfter: currencyAfter, currencyBefore: currencyBefore,
        percent: PhraseTable([("%", true), ("pour cent", true), ("pourcent", true), ("pour-cent", true)]),
        approximations: approximations, roundNumbers: roundNumbers)

    static let scales = KeywordTable<Int>(words: [
        ("million", 1_000_000), ("millions", 1_000_000), ("milliard", 1_000_000_000), ("milliards", 1_000_000_000),
        ("billion", 1_000_000_000_000), ("billions", 1_000_000_000_000), ("mille", 1_000),
    ])

    /// "100 M€", "2 Md€", "3 Mds€", "1,2 Mrd$": abbreviations business copy writes before a currency.
    static let currencyScales = KeywordTable<Int>(words: [
        ("M", 1_000_000), ("Md", 1_000_000_000), ("Mds", 1_000_000_000), ("Mrd", 1_000_000_000), ("Mrds", 1_000_000_000),
    ])

    static let currencyAfter: PhraseTable<String> = {
        var phrases: [(String, String)] = currencySymbols
        for (name, code) in currencyNames {
            phrases += [(name, code), ("de " + name, code), ("d'" + name, code)]
        }
        return PhraseTable(phrases)
    }()

    static let currencyBefore = PhraseTable<String>(currencySymbols + [("US$", "USD"), ("US $", "USD")])

    static let approximations = PhraseTable<Bool>([
        "près de", "près d'", "environ", "quelque", "presque", "approximativement", "quasiment", "pratiquement",
        "plus de", "plus d'", "moins de", "moins d'", "au moins", "pas moins de", "pas moins d'",
        "un peu plus de", "un peu moins de", "autour de", "autour d'", "de l'ordre de", "de l'ordre d'",
        "aux alentours de", "aux alentours d'", "jusqu'à", "plus ou moins", "grosso modo", "bien plus de",
        "pas loin de", "pas loin d'", "au bas mot", "env.",
    ].map { ($0, true) })

    /// "une dizaine de" is about ten.
    static let roundNumbers: PhraseTable<Int> = {
        let words: [(String, Int)] = [("dizaine", 10), ("douzaine", 12), ("quinzaine", 15), ("vingtaine", 20),
                                      ("trentaine", 30), ("quarantaine", 40), ("cinquantaine", 50),
                                      ("soixantaine", 60), ("centaine", 100), ("millier", 1000)]
        var phrases: [(String, Int)] = []
        for (word, n) in words {
            for article in ["une ", "un "] { phrases += [(article + word + " de", n), (article + word + " d'", n)] }
        }
        return PhraseTable(phrases)
    }()

    /// Currency names after a number, singular and plural, with the country where it matters.
    static let currencyNames: [(String, String)] = [
        ("euro", "EUR"), ("euros", "EUR"),
        ("dollar", "USD"), ("dollars", "USD"), ("dollars américains", "USD"), ("dollars US", "USD"),
        ("dollars canadiens", "CAD"), ("dollars australiens", "AUD"),
        ("yen", "JPY"), ("yens", "JPY"), ("livre sterling", "GBP"), ("livres sterling", "GBP"),
        ("franc suisse", "CHF"), ("francs suisses", "CHF"), ("yuan", "CNY"), ("yuans", "CNY"),
        ("won", "KRW"), ("wons", "KRW"),
    ]

    static let currencySymbols: [(String, String)] = [
        ("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("¥", "JPY"), ("￥", "JPY"), ("₩", "KRW"),
        ("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"), ("JPY", "JPY"), ("CHF", "CHF"), ("CNY", "CNY"),
    ]
}
