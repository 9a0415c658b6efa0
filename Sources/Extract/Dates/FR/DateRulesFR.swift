/// French date rules. Adding a rule: append it to `all`, add its spellings to
/// `DateCorpusFR.swift`. Overlaps: longest span wins, see ``resolveOverlaps(_:in:)``; then
/// every match takes in a "le", "les" or "en" right before it ("le 30 avril", "en 2024").
enum DateRulesFR {
    static let all: [Rule<DateReading>] = [
        Rule("[<weekday>] <day> <month-name> [<year>] (fr)", .number(digits: 1...2, or: dayStarts)) {
            DateShapes.dayMonthYear($0, $1, language)
        },
        Rule("<day> [, <day>] et|au|- <day> <month-name> [<year>] (fr)", .number(digits: 1...2, or: dayStarts)) {
            DateShapes.range($0, $1, language, connectors: listConnectors, leftDay: true, monthFirst: false)
        },
        Rule("du|de <date> au|à <date> (fr)", .phrases(fromWords)) { input, i in
            guard let opener = fromWords.match(input, at: i),
                  let r = DateShapes.range(input, opener.end, language, connectors: toWords, leftDay: false, monthFirst: false)
            else { return nil }
            return RuleMatch(i..<r.tokens.upperBound, r.value)
        },
        Rule("entre [le] <date> et [le] <date> (fr)", .words("entre")) { input, i in
            let start = input.isWord(i + 1) && language.articles.contains(input.hash(i + 1)) ? i + 2 : i + 1
            guard let r = DateShapes.range(input, start, language, connectors: andWords, leftDay: false, monthFirst: false)
            else { return nil }
            return RuleMatch(i..<r.tokens.upperBound, r.value)
        },
        Rule("<month-name> <year> (fr)", .hashes(monthHashes)) {
            DateShapes.monthYear($0, $1, language, joiners: monthYearJoiners)
        },
        Rule("en|depuis|d'ici <month-name> [dernier|prochain] (fr)", .hashes(monthHashes)) {
            DateShapes.cuedMonth($0, $1, language, cues: monthCues, after: directionAfter)
        },
        Rule("en|depuis|pour <year>; <year> a été (fr)", .number(digits: 4)) { DateShapes.yearInContext($0, $1, language, yearContext) },
        Rule("<year>-<year> (fr)", .number(digits: 4)) { DateShapes.yearSpan($0, $1, language) },
        Rule("<yyyy>-<mm>-<dd>", .number(digits: 4)) { DateShapes.iso($0, $1) },
        Rule("<dd>/<mm>/<yyyy> (fr)", .number(digits: 1...2)) { DateShapes.numeric($0, $1, language) },
        Rule("début|mi-|fin|vers <date> (fr)", .phrases(modifiers)) {
            DateShapes.modified($0, $1, language, modifiers: modifiers, thisPeriod: thisPeriod, rules: rules)
        },
        Rule("aujourd'hui|hier|demain|avant-hier|après-demain (fr)", .phrases(relativeDays)) { input, i in
            guard let m = relativeDays.match(input, at: i), !isFigurativeTomorrow(input, i) else { return nil }
            return RuleMatch(i..<m.end, .relative(.day, m.value))
        },
        Rule("le mois|la semaine|l'année dernier|prochain, cette année (fr)", .phrases(relativePeriods)) { input, i in
            // "cette année-là", "ce mois-là": the story's year, not the reference date's.
            guard let m = relativePeriods.match(input, at: i), !(input.isGluedHyphen(m.end) && input.isWord(m.end + 1, la))
            else { return nil }
            return RuleMatch(i..<m.end, DateReading(kind: .relative(m.value)))
        },
        Rule("[ce] <weekday> [dernier|prochain] (fr)", .hashes(weekdayStarts)) {
            DateShapes.weekdayExpression($0, $1, language, this: thisWords, before: noPhrases, after: directionAfter)
        },
        Rule("il y a|dans <n> jours|semaines|mois|ans (fr)", .hashes(agoWords.firstHashes)) {
            DateShapes.offset($0, $1, before: agoWords, after: noOffsets, units: units, words: NumberRulesFR.words)
        },
    ].map { $0.absorbing(language.absorbed) }

    static let rules = RuleSet(all)
    /// A plan told in the past: its weekdays and year-less dates lean to the past, as a report's
    /// ("was scheduled to close on Friday" in Saturday's paper is the day before).
    static let pastPlans: [WordSequence] = ["devait", "devaient", "était prévu", "était prévue", "étaient prévus", "étaient prévues", "avait été prévu", "avait été prévue", "était programmé", "était programmée", "aurait dû", "auraient dû"].map(WordSequence.init)
    /// A schedule told in the present: a day right after it leans to the future, like a plan's
    /// ("la réunion s'achève vendredi" dans le journal du jeudi est le lendemain).
    static let presentSchedules: [WordSequence] = ["s'ouvre", "se termine", "s'achève", "se clôt", "se clôture", "prend fin", "débute", "commence", "se poursuit jusqu'", "reprend"].map(WordSequence.init)
    /// Words between a month and its year; built once, not on every call of the rule.
    static let monthYearJoiners = KeywordSet([])

    // MARK: Rules too long for the list

    /// "l'Europe de demain", "les technologies de demain": tomorrow as a figure of speech.
    static func isFigurativeTomorrow(_ input: RuleInput, _ i: Int) -> Bool {
        guard input.isWord(i, demain) else { return false }
        guard input.isWord(i - 1, de) else { return false }
        return figurativeNouns.contains(input.hash(i - 2)) || input.isCapitalized(i - 2)
    }

    // MARK: Vocabulary

    static let language = DateLanguage(
        months: months, namesNeedCapital: false, weekdays: weekdays,
        daySuffixes: KeywordSet(["er"]), dayWords: KeywordTable(words: [("premier", 1)]),
        dayMonthJoiner: KeywordSet([]), articleBeforeDay: KeywordSet([]), dayFirst: true,
        absorbed: KeywordSet(["le", "les", "en"]),
        countNouns: countNouns, articles: KeywordSet(["le", "les"]), directionAfter: directionAfter)

    static let months = KeywordTable<MonthName>(words: [
        ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
        ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
    ].map { ($0.0, MonthName(month: $0.1, abbreviated: false, ambiguous: false)) } + [
        ("janv", 1), ("jan", 1), ("févr", 2), ("fév", 2), ("avr", 4), ("juil", 7), ("oct", 10), ("nov", 11), ("déc", 12),
    ].map { ($0.0, MonthName(month: $0.1, abbreviated: true, ambiguous: false)) } + [
        ("sept", MonthName(month: 9, abbreviated: true, ambiguous: true)),   // also "sept" (seven)
    ])
    static let monthHashes = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
                              "septembre", "octobre", "novembre", "décembre", "janv", "jan", "févr", "fév", "avr",
                              "juil", "sept", "oct", "nov", "déc"].map(Folding.word)

    static let weekdays = KeywordTable<Int>(words: [("lundi", 1), ("mardi", 2), ("mercredi", 3), ("jeudi", 4),
                                                    ("vendredi", 5), ("samedi", 6), ("dimanche", 7)])
    static let weekdayStarts = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce"]
        .map(Folding.word)
    static let dayStarts = ["premier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        .map(Folding.word)

    /// Between the days of a list or span without an opening word: "2 et 3 mai", "2 au 4 juin", "2-4 juin".
    static let listConnectors = PhraseTable<Bool>([("et", true), ("au", true), ("-", true), ("à", true), ("a", true)])
    static let fromWords = PhraseTable<Bool>([("du", true), ("de", true), ("d'", true), ("depuis le", true)])
    static let toWords = PhraseTable<Bool>([("au", true), ("à", true), ("a", true), ("jusqu'au", true),
                                            ("jusqu'à", true), ("-", true)])
    static let andWords = PhraseTable<Bool>([("et", true)])

    /// Before a month alone: "en juin" (taken in), "depuis mars", "au mois de mai" (taken in).
    static let monthCues = PhraseTable<MonthCue>([
        ("en", MonthCue(absorb: true)), ("au mois de", MonthCue(absorb: true)), ("le mois de", MonthCue(absorb: true)),
        ("au mois d'", MonthCue(absorb: true)), ("le mois d'", MonthCue(absorb: true)),
        ("depuis", MonthCue()), ("dès", MonthCue()), ("d'ici", MonthCue()), ("jusqu'en", MonthCue()),
        ("avant", MonthCue()), ("après", MonthCue()), ("courant", MonthCue()), ("pour", MonthCue()),
        ("à partir de", MonthCue()), ("à partir d'", MonthCue()),
    ])
    /// After a month or a weekday: "mai dernier", "juin prochain", "jeudi passé".
    static let directionAfter = PhraseTable<Direction>([
        ("dernier", .past), ("passé", .past), ("prochain", .future), ("qui vient", .future),
    ])

    /// What makes a bare year a year; see ``DateShapes/yearInContext(_:_:_:_:)``.
    static let yearContext = YearContext(cues: yearCues, verbs: yearVerbs, clauseOpeners: clauseOpeners,
                                         functionWords: functionWords, listWords: KeywordSet(["et", "ou"]))
    static let yearCues = PhraseTable<YearCue>([
        ("en", YearCue(absorb: true)), ("l'an", YearCue(absorb: true)), ("l'année", YearCue(absorb: true)),
        ("depuis", YearCue()), ("d'ici", YearCue()), ("d'ici à", YearCue()), ("jusqu'en", YearCue()),
        ("avant", YearCue()), ("après", YearCue()), ("courant", YearCue()), ("année", YearCue()),
        ("horizon", YearCue()), ("à l'horizon", YearCue()), ("au cours de", YearCue()), ("durant", YearCue()),
        ("pendant", YearCue()), ("à partir de", YearCue()), ("à compter de", YearCue()), ("au-delà de", YearCue()),
        // Seasons: "l'été 2024" (not "ont été 2000 à manifester").
        ("printemps", YearCue()), ("l'été", YearCue()), ("cet été", YearCue()), ("en été", YearCue()),
        ("automne", YearCue()), ("hiver", YearCue()),
        ("l'exercice", YearCue()), ("fin", YearCue()), ("début", YearCue()), ("trimestre", YearCue()),
        ("semestre", YearCue()), ("T1", YearCue()), ("T2", YearCue()), ("T3", YearCue()), ("T4", YearCue()),
        ("S1", YearCue()), ("S2", YearCue()),
        // Weak: "dès" folds like the article "des"; "jusqu'à 2000 manifestants" is a count.
        ("dès", YearCue(weak: true)), ("jusqu'à", YearCue(weak: true)),
        ("de", YearCue(weak: true)), ("d'", YearCue(weak: true)), ("pour", YearCue(weak: true)),
        ("à", YearCue(weak: true)), ("sur", YearCue(weak: true)), ("du", YearCue(weak: true)),
    ])
    static let yearVerbs = PhraseTable<Bool>(["a", "avait", "aura", "est", "était", "sera", "serait", "fut", "marque",
                                              "marquera", "restera", "verra", "s'annonce", "devrait", "doit", "reste",
                                              "s'est", "aura été"].map { ($0, true) })
    static let clauseOpeners = KeywordSet([",", ";", ":", "(", "\"", "-", "et", "mais", "car", "donc", "puis", "si"])
    static let functionWords = KeywordSet([
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "à", "a", "au", "aux", "en",
        "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers", "entre", "après", "avant", "depuis",
        "pendant", "lors", "selon", "que", "qui", "quand", "où", "dont", "il", "elle", "ils", "elles", "on", "nous",
        "vous", "ce", "cette", "ces", "se", "s", "sa", "son", "ses", "leur", "leurs", "est", "était", "sera", "sont",
        "ont", "avait", "fut", "ne", "n", "y", "puis", "alors", "ainsi", "aussi", "déjà", "encore", "notamment",
        "comme", "lorsque", "afin", "grâce", "contre", "jusqu", "ni", "soit", "y", "prévu", "prévue",
    ])
    /// After a number, a count, not a year: "2025 euros", "2000 personnes".
    static let countNouns = KeywordSet([
        "euros", "euro", "dollars", "dollar", "€", "$", "£", "¥", "%", "yens", "livres", "francs", "pourcent",
        "personnes", "habitants", "exemplaires", "emplois", "postes", "morts", "victimes", "salariés", "employés",
        "km", "kilomètres", "mètres", "m", "kg", "tonnes", "t", "heures", "h", "jours", "ans", "mois", "semaines",
        "minutes", "points", "voix", "fois", "participants", "entreprises", "visiteurs", "cas", "élèves", "étudiants",
        "logements", "hectares", "ha", "mw", "gw", "kwh", "litres", "millions", "milliards", "mille", "députés",
        "soldats", "manifestants", "pages", "articles", "mots", "signatures", "membres", "agents", "projets",
    ])

    /// Cues of "début|mi-|fin|vers <date>".
    static let modifiers = PhraseTable<TimeModifier>([
        ("début", .start), ("début de", .start), ("début d'", .start), ("au début de", .start), ("au début d'", .start),
        ("en début de", .start), ("en début d'", .start), ("dès le début de", .start), ("dès le début d'", .start),
        ("mi", .mid), ("mi-", .mid), ("à la mi-", .mid), ("à la mi", .mid), ("milieu", .mid), ("au milieu de", .mid),
        ("au milieu d'", .mid),
        ("fin", .end), ("fin de", .end), ("fin d'", .end), ("à la fin de", .end), ("à la fin d'", .end),
        ("en fin de", .end), ("en fin d'", .end), ("vers la fin de", .end), ("vers la fin d'", .end),
        ("d'ici la fin de", .end), ("d'ici la fin d'", .end), ("d'ici fin", .end), ("jusqu'à la fin de", .end),
        ("à la fin", .end), ("au début", .start), ("au milieu", .mid), ("vers la fin", .end),
        ("vers", .approx), ("autour de", .approx), ("aux alentours de", .approx), ("aux environs de", .approx),
        ("aux alentours du", .approx), ("vers le", .approx), ("aux alentours d'", .approx),
    ])
    /// After "fin de", "début d'": the current year, month or week.
    static let thisPeriod = PhraseTable<RelativeTime>([
        ("l'année", RelativeTime(unit: .year, offset: 0)), ("année", RelativeTime(unit: .year, offset: 0)),
        ("l'an", RelativeTime(unit: .year, offset: 0)), ("du mois", RelativeTime(unit: .month, offset: 0)),
        ("mois", RelativeTime(unit: .month, offset: 0)), ("la semaine", RelativeTime(unit: .week, offset: 0)),
        ("semaine", RelativeTime(unit: .week, offset: 0)),
    ])

    static let relativeDays = PhraseTable<Int>([
        ("aujourd'hui", 0), ("aujourd'hui même", 0), ("ce matin", 0), ("ce soir", 0), ("cet après-midi", 0),
        ("hier", -1), ("hier soir", -1), ("hier matin", -1), ("hier après-midi", -1),
        ("demain", 1), ("demain matin", 1), ("demain soir", 1), ("demain après-midi", 1),
        ("avant-hier", -2), ("avant hier", -2), ("après-demain", 2), ("après demain", 2),
    ])

    /// "le mois dernier", "la semaine prochaine", "l'an dernier", "l'année prochaine", "cette année".
    static let relativePeriods: PhraseTable<RelativeTime> = {
        var phrases: [(String, RelativeTime)] = []
        let periods: [(String, RelativeTime.Unit, Bool)] = [("le mois", .month, false), ("la semaine", .week, true),
                                                           ("l'an", .year, false), ("l'année", .year, true)]
        for (words, unit, feminine) in periods {
            let qualifiers: [(String, Int)] = feminine
                ? [("dernière", -1), ("passée", -1), ("prochaine", 1), ("qui vient", 1), ("en cours", 0)]
                : [("dernier", -1), ("passé", -1), ("prochain", 1), ("qui vient", 1), ("en cours", 0)]
            for (q, offset) in qualifiers { phrases.append((words + " " + q, RelativeTime(unit: unit, offset: offset))) }
        }
        let this: [(String, RelativeTime.Unit)] = [("ce mois", .month), ("ce mois-ci", .month), ("cette semaine", .week),
                                                   ("cette année", .year), ("cette année-ci", .year)]
        phrases += this.map { ($0.0, RelativeTime(unit: $0.1, offset: 0)) }
        return PhraseTable(phrases)
    }()

    static let agoWords = PhraseTable<Int>([("il y a", -1), ("dans", 1), ("voici", -1), ("voilà", -1)])
    static let units = PhraseTable<RelativeTime.Unit>([
        ("jour", .day), ("jours", .day), ("semaine", .week), ("semaines", .week), ("mois", .month), ("an", .year),
        ("ans", .year), ("année", .year), ("années", .year),
    ])

    static let figurativeNouns = KeywordSet([
        "monde", "europe", "société", "technologies", "technologie", "villes", "ville", "emplois", "métiers",
        "économie", "énergie", "énergies", "générations", "défis", "enjeux", "industrie", "école", "santé",
        "mobilité", "agriculture", "citoyens", "leaders", "talents", "compétences", "réseaux", "usine", "usines",
        "travail", "entreprises", "entreprise", "armée", "internet", "innovation", "innovations", "solutions",
        "médias", "médecine", "démocratie", "union", "jeunes", "cités", "infrastructures",
    ])
    static let de = Folding.word("de"), demain = Folding.word("demain"), la = Folding.word("là")
    static let thisWords = KeywordSet(["ce"])
    static let noPhrases = PhraseTable<Direction>([])
    static let noOffsets = PhraseTable<Int>([])
}
