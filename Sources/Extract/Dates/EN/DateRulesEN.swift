/// English date rules. Adding a rule: append it to `all`, add its spellings to
/// `DateCorpusEN.swift`. Overlaps: longest span wins, see ``resolveOverlaps(_:in:)``; then
/// every match takes in an "on" or "in" right before it ("on 30 April", "in 2025"), and a day-first date
/// its "the" ("the 12th of May").
///
/// Month and weekday names count only with their capital: "may" and "march" are verbs, and
/// "May" alone is a month only after a cue ("in May") or before a day or a year ("May 12").
enum DateRulesEN {
    static let all: [Rule<DateReading>] = [
        Rule("[<weekday>,] <month-name> <day>[,] [<year>] (en)", .hashes(monthHashes + weekdayHashes)) {
            DateShapes.monthDayYear($0, $1, language)
        },
        Rule("[<weekday>] <day> [of] <month-name> [<year>] (en)", .number(digits: 1...2, or: weekdayHashes)) {
            DateShapes.dayMonthYear($0, $1, language)
        },
        Rule("<month-name> <day>-|and|to <day>[, <year>] (en)", .hashes(monthHashes)) {
            DateShapes.range($0, $1, language, connectors: listConnectors, leftDay: true, monthFirst: true)
        },
        Rule("<day>-|and|to <day> <month-name> [<year>] (en)", .number(digits: 1...2)) {
            DateShapes.range($0, $1, language, connectors: listConnectors, leftDay: true, monthFirst: false)
        },
        Rule("from <date> to|until|through <date> (en)", .words("from")) { input, i in
            let start = input.isWord(i + 1, the) ? i + 2 : i + 1
            guard let r = DateShapes.range(input, start, language, connectors: toWords, leftDay: false, monthFirst: true)
                ?? DateShapes.range(input, start, language, connectors: toWords, leftDay: false, monthFirst: false)
            else { return nil }
            return RuleMatch(i..<r.tokens.upperBound, r.value)
        },
        Rule("between <date> and <date> (en)", .words("between")) { input, i in
            let start = input.isWord(i + 1, the) ? i + 2 : i + 1
            guard let r = DateShapes.range(input, start, language, connectors: andWords, leftDay: false, monthFirst: true)
                ?? DateShapes.range(input, start, language, connectors: andWords, leftDay: false, monthFirst: false)
            else { return nil }
            return RuleMatch(i..<r.tokens.upperBound, r.value)
        },
        Rule("<month-name> [of] <year> (en)", .hashes(monthHashes)) {
            DateShapes.monthYear($0, $1, language, joiners: monthYearJoiners)
        },
        Rule("in|since|last|next <month-name> (en)", .hashes(monthHashes)) {
            DateShapes.cuedMonth($0, $1, language, cues: monthCues, after: noDirections)
        },
        Rule("in|since|by <year>; <year> was (en)", .number(digits: 4)) { DateShapes.yearInContext($0, $1, language, yearContext) },
        Rule("<year>-<year> (en)", .number(digits: 4)) { DateShapes.yearSpan($0, $1, language) },
        Rule("<yyyy>-<mm>-<dd>", .number(digits: 4)) { DateShapes.iso($0, $1) },
        Rule("<mm>/<dd>/<yyyy> (en)", .number(digits: 1...2)) { DateShapes.numeric($0, $1, language) },
        Rule("early|mid-|late|end of|around <date> (en)", .phrases(modifiers)) {
            DateShapes.modified($0, $1, language, modifiers: modifiers, thisPeriod: thisPeriod, rules: rules)
        },
        Rule("today|yesterday|tomorrow (en)", .phrases(relativeDays)) { input, i in
            guard let m = relativeDays.match(input, at: i), !isFigurativeTomorrow(input, i) else { return nil }
            return RuleMatch(i..<m.end, .relative(.day, m.value))
        },
        Rule("last|next|this week|month|year (en)", .phrases(relativePeriods)) { input, i in
            guard let m = relativePeriods.match(input, at: i) else { return nil }
            return RuleMatch(i..<m.end, DateReading(kind: .relative(m.value)))
        },
        Rule("[this|last|next] <weekday> (en)", .hashes(weekdayHashes + directionBefore.firstHashes + thisHashes)) {
            DateShapes.weekdayExpression($0, $1, language, this: thisWords, before: directionBefore, after: noDirections)
        },
        Rule("<n> days|weeks|months|years ago, in <n> days (en)", .number(digits: 1...3, or: offsetStarts)) {
            DateShapes.offset($0, $1, before: inWords, after: agoWords, units: units, words: NumberRulesEN.words)
        },
    ].map { $0.absorbing(language.absorbed) }

    static let rules = RuleSet(all)
    /// A plan told in the past: its weekdays and year-less dates lean to the past, as a report's
    /// ("was scheduled to close on Friday" in Saturday's paper is the day before).
    static let pastPlans: [WordSequence] = ["was scheduled", "were scheduled", "was expected", "were expected", "was due", "were due", "was set to", "were set to", "was supposed", "were supposed", "was slated", "were slated", "was planned", "were planned", "had been scheduled", "had been expected", "had been planned"].map(WordSequence.init)
    /// A schedule told in the present: a day right after it leans to the future, like a plan's
    /// ("The meeting closes on Friday" in Thursday's paper is the next day).
    static let presentSchedules: [WordSequence] = ["opens", "closes", "ends", "begins", "starts", "runs until", "runs through", "wraps up", "kicks off", "concludes", "resumes"].map(WordSequence.init)
    /// Words between a month and its year ("May of 2024"); built once, not on every call of the rule.
    static let monthYearJoiners = KeywordSet(["of"])

    /// "the world of tomorrow", "tomorrow's leaders": tomorrow as a figure of speech.
    static func isFigurativeTomorrow(_ input: RuleInput, _ i: Int) -> Bool {
        guard input.isWord(i, tomorrow) else { return false }
        if input.isWord(i - 1, of) { return figurativeNouns.contains(input.hash(i - 2)) || input.isCapitalized(i - 2) }
        // "tomorrow's leaders" (a possessive before a plural noun) is figurative; "tomorrow's meeting" is not.
        if input.isApostrophe(i + 1), input.isWord(i + 2, s), figurativeNouns.contains(input.hash(i + 3)) { return true }
        return false
    }

    // MARK: Vocabulary

    static let language = DateLanguage(
        months: months, namesNeedCapital: true, weekdays: weekdays,
        daySuffixes: KeywordSet(["st", "nd", "rd", "th"]), dayWords: KeywordTable<Int>([]),
        dayMonthJoiner: KeywordSet(["of"]), articleBeforeDay: KeywordSet(["the"]), dayFirst: false,
        absorbed: KeywordSet(["on", "in"]),
        countNouns: countNouns, articles: KeywordSet(["the"]), directionAfter: noDirections)

    static let months = KeywordTable<MonthName>(words: [
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7),
        ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
    ].map { ($0.0, MonthName(month: $0.1, abbreviated: false, ambiguous: false)) } + [
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9),
        ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ].map { ($0.0, MonthName(month: $0.1, abbreviated: true, ambiguous: false)) })
    static let monthHashes = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                              "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                              "Sept", "Oct", "Nov", "Dec"].map(Folding.word)

    static let weekdays = KeywordTable<Int>(words: [("Monday", 1), ("Tuesday", 2), ("Wednesday", 3), ("Thursday", 4),
                                                    ("Friday", 5), ("Saturday", 6), ("Sunday", 7)])
    static let weekdayHashes = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        .map(Folding.word)

    static let listConnectors = PhraseTable<Bool>([("-", true), ("and", true), ("to", true), ("through", true),
                                                   ("&", true)])
    static let toWords = PhraseTable<Bool>([("to", true), ("until", true), ("till", true), ("through", true),
                                            ("-", true), ("to the", true), ("until the", true)])
    static let andWords = PhraseTable<Bool>([("and", true), ("and the", true)])

    /// Before a month alone: "in May" (taken in), "since March", "last May", "next June".
    static let monthCues = PhraseTable<MonthCue>([
        ("in", MonthCue(absorb: true)), ("since", MonthCue()), ("by", MonthCue()), ("until", MonthCue()),
        ("till", MonthCue()), ("through", MonthCue()), ("during", MonthCue()), ("before", MonthCue()),
        ("after", MonthCue()), ("from", MonthCue()), ("the month of", MonthCue(absorb: true)), ("for", MonthCue()),
        ("last", MonthCue(absorb: true, direction: .past)), ("next", MonthCue(absorb: true, direction: .future)),
        ("this", MonthCue(absorb: true)), ("this past", MonthCue(absorb: true, direction: .past)),
        ("this coming", MonthCue(absorb: true, direction: .future)), ("in early", MonthCue()),
        ("starting in", MonthCue()), ("scheduled for", MonthCue()),
    ])
    static let noDirections = PhraseTable<Direction>([])
    static let directionBefore = PhraseTable<Direction>([("last", .past), ("next", .future), ("this past", .past),
                                                        ("this coming", .future), ("past", .past)])
    static let thisWords = KeywordSet(["this"])
    static let thisHashes = [Folding.word("this")]

    /// What makes a bare year a year; see ``DateShapes/yearInContext(_:_:_:_:)``.
    static let yearContext = YearContext(cues: yearCues, verbs: yearVerbs, clauseOpeners: clauseOpeners,
                                         functionWords: functionWords, listWords: KeywordSet(["and", "or"]))
    static let yearCues = PhraseTable<YearCue>([
        ("in", YearCue(absorb: true)), ("the year", YearCue(absorb: true)), ("since", YearCue()),
        ("until", YearCue()), ("till", YearCue()), ("through", YearCue()), ("throughout", YearCue()),
        ("during", YearCue()), ("year", YearCue()),
        ("fiscal", YearCue()), ("spring", YearCue()), ("summer", YearCue()), ("autumn", YearCue()),
        ("winter", YearCue()), ("as of", YearCue()), ("ahead of", YearCue()), ("beginning in", YearCue()),
        ("starting in", YearCue()), ("early", YearCue()), ("late", YearCue()), ("scheduled for", YearCue()),
        ("quarter", YearCue()), ("Q1", YearCue()), ("Q2", YearCue()), ("Q3", YearCue()), ("Q4", YearCue()),
        ("H1", YearCue()), ("H2", YearCue()),
        // Weak: "by 2030" is a year, "rose by 2000 jobs" a count.
        ("by", YearCue(weak: true)), ("before", YearCue(weak: true)), ("after", YearCue(weak: true)),
        ("from", YearCue(weak: true)), ("of", YearCue(weak: true)), ("for", YearCue(weak: true)),
        ("to", YearCue(weak: true)),
    ])
    static let yearVerbs = PhraseTable<Bool>(["was", "is", "will", "has", "had", "saw", "sees", "marks", "marked",
                                              "would", "should", "could", "brought", "began", "ended", "proved",
                                              "promises", "looks", "remains"].map { ($0, true) })
    static let clauseOpeners = KeywordSet([",", ";", ":", "(", "\"", "-", "and", "but", "so", "while", "if"])
    static let functionWords = KeywordSet([
        "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "of", "for", "with", "by", "from", "as", "when",
        "while", "after", "before", "since", "until", "that", "which", "who", "where", "was", "is", "will", "has", "had",
        "have", "were", "are", "be", "been", "would", "could", "should", "may", "might", "it", "its", "this", "these",
        "those", "they", "he", "she", "we", "there", "then", "also", "not", "so", "if", "than", "into", "during",
        "under", "over", "through", "about", "against", "between", "amid", "despite", "following", "ahead",
        "according",
    ])
    /// After a number, a count, not a year: "2025 euros", "2000 people".
    static let countNouns = KeywordSet([
        "euros", "euro", "dollars", "dollar", "€", "$", "£", "¥", "%", "yen", "pounds", "percent", "per", "people",
        "years", "days", "months", "weeks", "hours", "minutes", "km", "miles", "m", "kg", "tonnes", "tons", "votes",
        "jobs", "units", "times", "cases", "troops", "soldiers", "deaths", "pages", "residents", "employees",
        "workers", "members", "companies", "firms", "students", "homes", "barrels", "mw", "gw", "kwh", "million",
        "billion", "thousand", "points", "seats", "projects", "participants", "delegates", "visitors", "signatures",
    ])

    /// Cues of "early|mid-|late|end of|around <date>".
    static let modifiers = PhraseTable<TimeModifier>([
        ("early", .start), ("the beginning of", .start), ("beginning of", .start), ("the start of", .start),
        ("start of", .start), ("at the beginning of", .start), ("at the start of", .start), ("the early part of", .start),
        ("mid", .mid), ("mid-", .mid), ("the middle of", .mid), ("middle of", .mid), ("in the middle of", .mid),
        ("midway through", .mid),
        ("late", .end), ("end-", .end), ("the end of", .end), ("end of", .end), ("at the end of", .end),
        ("by the end of", .end), ("towards the end of", .end), ("toward the end of", .end), ("the close of", .end),
        ("around", .approx), ("circa", .approx), ("c.", .approx),
    ])
    /// After "the end of", "early": the current year, month or week.
    static let thisPeriod = PhraseTable<RelativeTime>([
        ("the year", RelativeTime(unit: .year, offset: 0)), ("this year", RelativeTime(unit: .year, offset: 0)),
        ("the month", RelativeTime(unit: .month, offset: 0)), ("this month", RelativeTime(unit: .month, offset: 0)),
        ("the week", RelativeTime(unit: .week, offset: 0)), ("this week", RelativeTime(unit: .week, offset: 0)),
    ])

    static let relativeDays = PhraseTable<Int>([
        ("today", 0), ("tonight", 0), ("this morning", 0), ("this afternoon", 0), ("this evening", 0),
        ("yesterday", -1), ("last night", -1), ("yesterday morning", -1), ("yesterday evening", -1),
        ("tomorrow", 1), ("tomorrow morning", 1), ("tomorrow evening", 1),
        ("the day before yesterday", -2), ("the day after tomorrow", 2),
    ])

    /// "last month", "next year", "this week", "later this year", "earlier this month".
    static let relativePeriods: PhraseTable<RelativeTime> = {
        var phrases: [(String, RelativeTime)] = []
        let units: [(String, RelativeTime.Unit)] = [("week", .week), ("month", .month), ("year", .year)]
        // Not "the past year": a duration (the last twelve months), not the calendar year.
        let qualifiers: [(String, Int)] = [("last", -1), ("next", 1), ("this", 0), ("later this", 0),
                                           ("earlier this", 0), ("the coming", 1)]
        for (word, unit) in units {
            for (q, offset) in qualifiers {
                phrases.append((q + " " + word, RelativeTime(unit: unit, offset: offset)))
            }
        }
        return PhraseTable(phrases)
    }()

    static let inWords = PhraseTable<Int>([("in", 1), ("within", 1)])
    /// "ago", "from now"; not "earlier"/"later", which count from the story's last date, not from publication.
    static let agoWords = PhraseTable<Int>([("ago", -1), ("from now", 1)])
    static let offsetStarts = (NumberRulesEN.words.startHashes + inWords.firstHashes)
    static let units = PhraseTable<RelativeTime.Unit>([
        ("day", .day), ("days", .day), ("week", .week), ("weeks", .week), ("month", .month), ("months", .month),
        ("year", .year), ("years", .year),
    ])

    static let figurativeNouns = KeywordSet([
        "world", "europe", "society", "technologies", "technology", "cities", "jobs", "leaders", "economy", "energy",
        "generation", "generations", "challenges", "industry", "school", "schools", "health", "mobility", "talent",
        "skills", "networks", "workforce", "factories", "factory", "innovators", "business", "army", "workers",
        "infrastructure", "medicine", "democracy",
    ])
    static let the = Folding.word("the"), of = Folding.word("of"), s = Folding.word("s")
    static let tomorrow = Folding.word("tomorrow")
}
