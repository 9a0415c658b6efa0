/// Language-independent pieces of date recognition: what a rule reads (``DateReading``), the
/// building blocks rules are made of (``DateShapes``: a day, a month name, a year, a partial
/// date, a range), and how a reading becomes a TIMEX3 value against the reference date
/// (``DateResolver``).

// MARK: - What a rule reads

/// Which way a year-less or relative expression lies from the reference date.
package enum Direction: Sendable, Equatable {
    case past        // "mai dernier", "last Friday"; asserted and reported clauses
    case future      // "juin prochain", "next Tuesday"; planned clauses
    case thisWeek    // "ce jeudi", "this Thursday": the Monday-to-Sunday week of the reference date
}

/// What a date rule read, before it is resolved against the reference date.
struct DateReading: Sendable {
    enum Kind: Sendable {
        /// "12 mai 2025", "mai 2022", "2024"; a nil year is year-less ("le 30 avril").
        case point(TimePoint)
        /// Lists and spans of days, months or years ("les 2 et 3 mai", "de mai à juillet",
        /// "2022-2024"); ends may be year-less.
        case span(TimePoint, TimePoint)
        /// "demain", "le mois dernier", "jeudi prochain", "il y a trois jours".
        case relative(RelativeTime)
    }
    var kind: Kind
    var modifier: TimeModifier? = nil
    /// Set when the words say which way to look ("dernier", "prochain", "ce"); otherwise the
    /// clause's modality decides (see ``DateResolver``).
    var direction: Direction? = nil

    static func point(_ year: Int?, _ month: Int? = nil, _ day: Int? = nil) -> DateReading {
        DateReading(kind: .point(TimePoint(year: year, month: month, day: day)))
    }
    static func relative(_ unit: RelativeTime.Unit, _ offset: Int, weekday: Int? = nil) -> DateReading {
        DateReading(kind: .relative(RelativeTime(unit: unit, offset: offset, weekday: weekday)))
    }

    /// A month, a year or a week: what "début", "mi-", "fin" can modify ("fin mai", "fin de la semaine").
    var isMonthOrYear: Bool {
        switch kind {
        case .point(let p): return p.day == nil
        case .span: return false
        case .relative(let r): return r.unit == .month || r.unit == .year || r.unit == .week
        }
    }
}

// MARK: - A language's date words

/// A month name as written: its number and whether it is an abbreviation ("janv.", "Sept").
struct MonthName: Sendable {
    let month: Int
    let abbreviated: Bool
    /// An abbreviation that is also a common word ("sept" is seven): only with "." or a year after it.
    let ambiguous: Bool
}

/// Everything a language's date rules read besides the rules themselves.
///
/// A class: every date rule call is handed its language, and a struct of these tables (some
/// 450 bytes) was copied onto the stack at each call; a reference is passed as it is.
final class DateLanguage: Sendable {
    let months: KeywordTable<MonthName>
    /// English writes month and day names with a capital; "may" and "march" in lower case are verbs.
    let namesNeedCapital: Bool
    let weekdays: KeywordTable<Int>
    /// "1er" (also "1ᵉʳ", which folds alike) / "1st", "2nd", "12th": glued after a day number.
    let daySuffixes: KeywordSet
    /// "premier" (fr): a day written as a word.
    let dayWords: KeywordTable<Int>
    /// "12 of May" (en): a word allowed between a day and its month.
    let dayMonthJoiner: KeywordSet
    /// "the 12th of May" (en): an article a day-first date takes in.
    let articleBeforeDay: KeywordSet
    /// Numeric dates: "12/05/2025" is the 12th of May in French, December 5th in English.
    let dayFirst: Bool
    /// Words a date mention takes in when they stand right before it: "le 30 avril", "les 2 et
    /// 3 mai", "en 2024", "on 30 April", "in May 2022".
    let absorbed: KeywordSet
    /// Words that after a number make it a count, not a year: "2025 euros", "2000 personnes".
    let countNouns: KeywordSet
    /// Articles allowed after a range connector: "entre le 11 et le 13 juillet".
    let articles: KeywordSet
    /// After a year-less day or month, the direction it lies in: "le 4 mai dernier", "juin prochain".
    let directionAfter: PhraseTable<Direction>

    init(months: KeywordTable<MonthName>, namesNeedCapital: Bool, weekdays: KeywordTable<Int>, daySuffixes: KeywordSet,
         dayWords: KeywordTable<Int>, dayMonthJoiner: KeywordSet, articleBeforeDay: KeywordSet, dayFirst: Bool,
         absorbed: KeywordSet, countNouns: KeywordSet, articles: KeywordSet, directionAfter: PhraseTable<Direction>) {
        self.months = months; self.namesNeedCapital = namesNeedCapital; self.weekdays = weekdays
        self.daySuffixes = daySuffixes; self.dayWords = dayWords; self.dayMonthJoiner = dayMonthJoiner
        self.articleBeforeDay = articleBeforeDay; self.dayFirst = dayFirst; self.absorbed = absorbed
        self.countNouns = countNouns; self.articles = articles; self.directionAfter = directionAfter
    }
}

// MARK: - Building blocks

/// A word before a month name that makes it a date: "en" (taken into the mention), "depuis",
/// "in", "since", "last" (with its direction).
struct MonthCue: Sendable {
    var absorb = false
    var direction: Direction? = nil
}

/// A word before a bare year that makes it a year: "en" (taken into the mention), "depuis";
/// weak ones ("de", "pour", "of") only when no content word follows the year.
struct YearCue: Sendable {
    var absorb = false
    var weak = false
}

/// What makes a bare year a year in one language; see ``DateShapes/yearInContext(_:_:_:_:)``.
/// A class: every four-digit number reads it, and a reference is retained once where a copy of
/// its five tables would retain each of their arrays.
final class YearContext: Sendable {
    let cues: PhraseTable<YearCue>
    /// Verbs that make a year opening a clause its subject: "2024 a été", "2025 will".
    let verbs: PhraseTable<Bool>
    /// What may precede a year opening a clause: ",", ";", "et", "but".
    let clauseOpeners: KeywordSet
    /// Words that may follow a year after a weak cue: articles, prepositions, pronouns, auxiliaries.
    let functionWords: KeywordSet
    /// "et", "ou" / "and", "or": lists of years.
    let listWords: KeywordSet

    init(cues: PhraseTable<YearCue>, verbs: PhraseTable<Bool>, clauseOpeners: KeywordSet, functionWords: KeywordSet,
         listWords: KeywordSet) {
        self.cues = cues; self.verbs = verbs; self.clauseOpeners = clauseOpeners
        self.functionWords = functionWords; self.listWords = listWords
    }
}

/// A date as far as the text gives it, before completion from its neighbour in a range.
struct PartialDate: Sendable {
    var day: Int?
    var month: Int?
    var year: Int?
    var end: Int

    var point: TimePoint { TimePoint(year: year, month: month, day: day) }
}

enum DateShapes {
    /// A day of the month: "12", "1er", "1ᵉʳ", "12th", "premier". Not "12,5", not "12e", not "1 000".
    static func day(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> (day: Int, end: Int)? {
        if input.isWord(i), let d = l.dayWords[input.hash(i)] { return (d, i + 1) }
        guard input.isNumber(i), input.digitCount(i) <= 2, let d = input.integer(i), d >= 1, d <= 31 else { return nil }
        // Glued to what comes before ("COVID-19"), unless that is a month ending a range ("30 May-2 June").
        if DigitReader.continuesSomething(input, i), !(input.isHyphen(i - 1) && l.months[input.hash(i - 2)] != nil) {
            return nil
        }
        var end = i + 1
        if input.isAttached(end), input.isWord(end) {
            guard l.daySuffixes.contains(input.hash(end)) else { return nil }   // "12e", "5G"
            end += 1
        }
        // "12,5", "12.5", "12/05" belong to other readings.
        if input.isAttached(end), input.isMark(end, UInt8(ascii: ",")) || input.isMark(end, UInt8(ascii: "."))
            || input.isMark(end, UInt8(ascii: "/")) || input.isMark(end, UInt8(ascii: ":")),
           input.isAttached(end + 1), input.isNumber(end + 1) { return nil }
        // "2 000": a thousands group follows.
        if input.isNumber(end), input.digitCount(end) == 3 { return nil }
        return (d, end)
    }

    /// A month name: "mai", "Mai", "janv.", "Sept.", "May". English needs the capital.
    static func month(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> (month: Int, end: Int)? {
        guard input.isWord(i), let m = l.months[input.hash(i)] else { return nil }
        if l.namesNeedCapital, !input.isCapitalized(i) { return nil }
        var end = i + 1
        if m.abbreviated, input.isAttached(end), input.isMark(end, UInt8(ascii: ".")) {
            end += 1
        } else if m.ambiguous, year(input, end, l) == nil {
            return nil   // "sept" alone is seven
        }
        return (m.month, end)
    }

    /// A year written in four digits after a month or in a range: 1000...2999, not a count
    /// ("2025 euros"), not glued to anything ("2025e", "2025-05").
    /// `glued`: the year may hang on a hyphen after a word ("mi-2024", "mid-2024", "end-2023").
    static func year(_ input: RuleInput, _ i: Int, _ l: DateLanguage, range: ClosedRange<Int> = 1000...2999,
                     glued: Bool = false) -> (year: Int, end: Int)? {
        guard input.isNumber(i), input.digitCount(i) == 4, glued || !DigitReader.continuesSomething(input, i),
              let y = input.integer(i), range.contains(y), DigitReader.endsCleanly(input, i + 1),
              !isCount(input, i + 1, l) else { return nil }
        // "2025,5" or "2025.5": a decimal.
        if input.isAttached(i + 1), input.isMark(i + 1, UInt8(ascii: ",")) || input.isMark(i + 1, UInt8(ascii: ".")),
           input.isNumber(i + 2), input.isAttached(i + 2) { return nil }
        return (y, i + 1)
    }

    /// Whether token `i` makes the number before it a count: "euros", "personnes", "%", "€".
    static func isCount(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> Bool {
        guard input.has(i) else { return false }
        return l.countNouns.contains(input.hash(i))
    }

    /// A weekday name ("lundi", "Thursday"), with English's capital.
    static func weekday(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> Int? {
        guard input.isWord(i), let w = l.weekdays[input.hash(i)] else { return nil }
        if l.namesNeedCapital, !input.isCapitalized(i) { return nil }
        return w
    }

    /// "[<weekday>[,]] <day> [of] <month> [[,] <year>]": "lundi 12 mai 2025", "12 May", "12th of May 2022".
    static func dayMonthYear(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> RuleMatch<DateReading>? {
        var j = i
        if weekday(input, j, l) != nil { j += 1; if input.isMark(j, UInt8(ascii: ",")) { j += 1 } }
        guard let d = day(input, j, l) else { return nil }
        j = d.end
        if input.isWord(j), l.dayMonthJoiner.contains(input.hash(j)) { j += 1 }
        guard let m = month(input, j, l) else { return nil }
        j = m.end
        var y: Int? = nil
        if let yr = year(input, j, l) { y = yr.year; j = yr.end }
        else if input.isMark(j, UInt8(ascii: ",")), let yr = year(input, j + 1, l) { y = yr.year; j = yr.end }
        guard isValid(day: d.day, month: m.month, year: y) else { return nil }
        var reading = DateReading.point(y, m.month, d.day)
        if y == nil, let direction = l.directionAfter.match(input, at: j) {                  // "le 4 mai dernier"
            reading.direction = direction.value; j = direction.end
        }
        let start = i > input.sentence.lowerBound && l.articleBeforeDay.contains(input.hash(i - 1)) ? i - 1 : i
        return RuleMatch(start..<j, reading)
    }

    /// "[<weekday>[,]] <month> <day>[,] [<year>]": "May 12, 2022", "Thursday, May 12", "May 12th".
    static func monthDayYear(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> RuleMatch<DateReading>? {
        var j = i
        if weekday(input, j, l) != nil { j += 1; if input.isMark(j, UInt8(ascii: ",")) { j += 1 } }
        guard let m = month(input, j, l), let d = day(input, m.end, l) else { return nil }
        j = d.end
        var y: Int? = nil
        if let yr = year(input, j, l) { y = yr.year; j = yr.end }
        else if input.isMark(j, UInt8(ascii: ",")), let yr = year(input, j + 1, l) { y = yr.year; j = yr.end }
        guard isValid(day: d.day, month: m.month, year: y) else { return nil }
        return RuleMatch(i..<j, .point(y, m.month, d.day))
    }

    /// "<month> [of|de] <year>": "mai 2022", "May 2022", "May of 2022".
    static func monthYear(_ input: RuleInput, _ i: Int, _ l: DateLanguage, joiners: KeywordSet) -> RuleMatch<DateReading>? {
        guard let m = month(input, i, l) else { return nil }
        var j = m.end
        if input.isWord(j), joiners.contains(input.hash(j)) { j += 1 }
        guard let y = year(input, j, l) else { return nil }
        return RuleMatch(i..<y.end, .point(y.year, m.month))
    }

    /// A month name alone after a cue that makes it a date ("en juin", "depuis mars", "in May",
    /// "last May") or before a word that gives its direction ("mai dernier", "juin prochain").
    static func cuedMonth(_ input: RuleInput, _ i: Int, _ l: DateLanguage, cues: PhraseTable<MonthCue>,
                          after: PhraseTable<Direction>) -> RuleMatch<DateReading>? {
        guard let m = month(input, i, l), l.months[input.hash(i)]?.abbreviated == false else { return nil }
        var reading = DateReading.point(nil, m.month)
        var end = m.end
        if let d = after.match(input, at: end) { reading.direction = d.value; end = d.end }   // "mai dernier"
        let cue = cues.matchEnding(input, before: i)
        guard cue != nil || reading.direction != nil else { return nil }
        if let c = cue?.value.direction { reading.direction = c }                             // "last May"
        let start = cue.map { $0.value.absorb ? $0.start : i } ?? i
        return RuleMatch(start..<end, reading)
    }

    /// "2025-05-12" (ISO 8601), in every language.
    static func iso(_ input: RuleInput, _ i: Int) -> RuleMatch<DateReading>? {
        guard input.digitCount(i) == 4, !DigitReader.continuesSomething(input, i), let y = input.integer(i),
              input.isAttached(i + 1), input.isHyphen(i + 1), input.isAttached(i + 2), input.digitCount(i + 2) == 2,
              input.isAttached(i + 3), input.isHyphen(i + 3), input.isAttached(i + 4), input.digitCount(i + 4) == 2,
              let m = input.integer(i + 2), let d = input.integer(i + 4), isValid(day: d, month: m, year: y),
              !(input.isAttached(i + 5) && (input.isWord(i + 5) || input.isNumber(i + 5)))
        else { return nil }
        return RuleMatch(i..<(i + 5), .point(y, m, d))
    }

    /// "12/05/2025", "12.05.2025", "12-05-2025", "12/05/25": day first or month first as the
    /// language writes it; when that order is impossible ("05/13/2025" in French) the other is used.
    static func numeric(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> RuleMatch<DateReading>? {
        guard input.digitCount(i) >= 1, input.digitCount(i) <= 2, !DigitReader.continuesSomething(input, i),
              input.isAttached(i + 1), input.isAttached(i + 2), input.isAttached(i + 3), input.isAttached(i + 4),
              input.digitCount(i + 2) >= 1, input.digitCount(i + 2) <= 2,
              input.digitCount(i + 4) == 4 || input.digitCount(i + 4) == 2,
              let a = input.integer(i), let b = input.integer(i + 2), var y = input.integer(i + 4),
              !(input.isAttached(i + 5) && (input.isWord(i + 5) || input.isNumber(i + 5)))
        else { return nil }
        let sep = input.firstByte(i + 1)
        guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-"),
              input.firstByte(i + 3) == sep, input.token(i + 1).kind == .punctuation,
              input.token(i + 3).kind == .punctuation else { return nil }
        if input.digitCount(i + 4) == 2 { y += y < 50 ? 2000 : 1900 }
        var (d, m) = l.dayFirst ? (a, b) : (b, a)
        if !isValid(day: d, month: m, year: y) { (d, m) = (m, d) }
        guard isValid(day: d, month: m, year: y) else { return nil }
        return RuleMatch(i..<(i + 5), .point(y, m, d))
    }

    /// "2022-2024", "2022–2024", "2022 - 2024": a span of years, the second after the first.
    static func yearSpan(_ input: RuleInput, _ i: Int, _ l: DateLanguage) -> RuleMatch<DateReading>? {
        guard input.digitCount(i) == 4, !DigitReader.continuesSomething(input, i), let a = input.integer(i),
              (1900...2100).contains(a), input.isHyphen(i + 1),
              let b = year(input, i + 2, l, range: 1900...2100), b.year > a, b.year - a <= 50 else { return nil }
        return RuleMatch(i..<b.end, DateReading(kind: .span(TimePoint(year: a), TimePoint(year: b.year))))
    }

    /// A date at any precision, as the ends of a range are written: "[<weekday>] 2 [mai] [2024]",
    /// "May 2[, 2024]", "mai [2024]", "2024".
    static func partial(_ input: RuleInput, _ i: Int, _ l: DateLanguage, monthFirst: Bool) -> PartialDate? {
        var j = i
        if weekday(input, j, l) != nil { j += 1; if input.isMark(j, UInt8(ascii: ",")) { j += 1 } }
        if monthFirst, let m = month(input, j, l), let d = day(input, m.end, l) {
            var p = PartialDate(day: d.day, month: m.month, year: nil, end: d.end)
            if let y = year(input, p.end, l) { p.year = y.year; p.end = y.end }
            else if input.isMark(p.end, UInt8(ascii: ",")), let y = year(input, p.end + 1, l) { p.year = y.year; p.end = y.end }
            return p
        }
        if let y = year(input, j, l, range: 1900...2100), j == i { return PartialDate(day: nil, month: nil, year: y.year, end: y.end) }
        if let d = day(input, j, l) {
            var p = PartialDate(day: d.day, month: nil, year: nil, end: d.end)
            var k = p.end
            if input.isWord(k), l.dayMonthJoiner.contains(input.hash(k)) { k += 1 }
            if let m = month(input, k, l) {
                p.month = m.month; p.end = m.end
                if let y = year(input, p.end, l) { p.year = y.year; p.end = y.end }
            }
            return p
        }
        if j == i, let m = month(input, j, l) {
            var p = PartialDate(day: nil, month: m.month, year: nil, end: m.end)
            if let y = year(input, p.end, l) { p.year = y.year; p.end = y.end }
            return p
        }
        return nil
    }

    /// A list or span: `<left> <connector> <right>`, each end a ``partial(_:_:_:monthFirst:)`` date,
    /// completed from the other ("du 2 au 4 juin": the 2nd is in June too). Lists of days take
    /// their first and last day ("les 2, 3 et 4 mai"). Both ends must have the same precision.
    /// - Parameters:
    ///   - leftDay: the left end must be a day ("2-4 juin"); without an opener word a year or a
    ///     month alone on the left is too loose ("2 et 3" are numbers, "mai et juin" two months).
    static func range(_ input: RuleInput, _ i: Int, _ l: DateLanguage, connectors: PhraseTable<Bool>,
                      leftDay: Bool, monthFirst: Bool) -> RuleMatch<DateReading>? {
        guard var left = partial(input, i, l, monthFirst: monthFirst) else { return nil }
        if leftDay, left.day == nil { return nil }
        var j = left.end
        if left.day != nil, left.month == nil {
            while input.isMark(j, UInt8(ascii: ",")), let d = day(input, j + 1, l) { j = d.end }   // "2, 3 et 4 mai"
        }
        guard let c = connectors.match(input, at: j) else { return nil }
        j = c.end
        if input.isWord(j), l.articles.contains(input.hash(j)) { j += 1 }   // "et le 13 juillet"
        guard var right = partial(input, j, l, monthFirst: monthFirst) else { return nil }
        // "May 2-3, 2024": a year after a bare right day.
        if right.month == nil, right.day != nil, input.isMark(right.end, UInt8(ascii: ",")),
           let y = year(input, right.end + 1, l) { right.year = y.year; right.end = y.end }
        switch (left.day, right.day) {
        case (.some, .some):
            guard left.month != nil || right.month != nil else { return nil }
            // A bare right day takes the left month, so it comes after the left day: "26 March
            // 2026 - The 14th WTO Ministerial Conference" is a dateline and an ordinal, no span.
            if right.month == nil, let ld = left.day, let rd = right.day, rd <= ld { return nil }
            left.month = left.month ?? right.month
            right.month = right.month ?? left.month
        case (nil, nil):
            // Years: "de 2020 à 2022"; months: "de mai à juillet 2024".
            if left.month == nil, right.month == nil {
                guard let a = left.year, let b = right.year, b > a else { return nil }
            } else {
                guard left.month != nil, right.month != nil else { return nil }
            }
        default:
            return nil
        }
        // One year for both ends, the left one a year earlier when it comes later in the calendar
        // ("du 30 décembre au 2 janvier 2025").
        if let lm = left.month, let rm = right.month {
            let inOrder = (lm, left.day ?? 0) < (rm, right.day ?? 0)
            if left.year == nil, let y = right.year { left.year = inOrder ? y : y - 1 }
            if right.year == nil, let y = left.year { right.year = inOrder ? y : y + 1 }
        }
        let a = left.point, b = right.point
        if let ad = a.day, let bd = b.day, a.month == b.month, a.year == b.year, ad >= bd { return nil }
        if let ad = a.day, !isValid(day: ad, month: a.month!, year: a.year) { return nil }
        if let bd = b.day, !isValid(day: bd, month: b.month!, year: b.year) { return nil }
        return RuleMatch(i..<right.end, DateReading(kind: .span(a, b)))
    }

    /// A bare year is a year only in a date context, in this order:
    /// 1. after a cue (``YearContext/cues``): strong ones ("en", "depuis", "in", "since") always,
    ///    weak ones ("de", "pour", "of", "for") only when no content word follows ("de 2000
    ///    manifestants" is a count);
    /// 2. in parentheses: "(2023)";
    /// 3. after another year in a list: "en 2022, 2023 et 2024";
    /// 4. opening a clause before a verb: "2024 a été", ", 2025 will".
    /// Always 1900...2100, never before a count noun ("2025 euros"), never part of a longer
    /// number ("1 000", "12 2024"), never glued to a word ("2025e").
    static func yearInContext(_ input: RuleInput, _ i: Int, _ l: DateLanguage, _ c: YearContext) -> RuleMatch<DateReading>? {
        guard let y = year(input, i, l, range: 1900...2100), !input.isNumber(i - 1) else { return nil }
        let reading = DateReading.point(y.year)
        if let cue = c.cues.matchEnding(input, before: i) {
            if cue.value.weak, input.isWord(y.end), !input.isCapitalized(y.end), !c.functionWords.contains(input.hash(y.end)) {
                return nil
            }
            return RuleMatch((cue.value.absorb ? cue.start : i)..<y.end, reading)
        }
        if input.isMark(i - 1, UInt8(ascii: "(")), input.isMark(y.end, UInt8(ascii: ")")) { return RuleMatch(i..<y.end, reading) }
        if input.isMark(i - 1, UInt8(ascii: ",")) || (input.isWord(i - 1) && c.listWords.contains(input.hash(i - 1))),
           year(input, i - 2, l, range: 1900...2100) != nil {
            return RuleMatch(i..<y.end, reading)
        }
        let opensClause = i == input.sentence.lowerBound || c.clauseOpeners.contains(input.hash(i - 1))
        if opensClause, c.verbs.match(input, at: y.end) != nil { return RuleMatch(i..<y.end, reading) }
        return nil
    }

    /// "début 2024", "mi-juillet", "fin mai 2025", "fin de l'année", "early next year", "late
    /// 2023", "vers 2020": a modifier cue and a month or a year (any date after an approximation).
    static func modified(_ input: RuleInput, _ i: Int, _ l: DateLanguage, modifiers: PhraseTable<TimeModifier>,
                         thisPeriod: PhraseTable<RelativeTime>, rules: RuleSet<DateReading>) -> RuleMatch<DateReading>? {
        guard let cue = modifiers.match(input, at: i) else { return nil }
        let j = cue.end
        var best: RuleMatch<DateReading>? = nil
        if let m = month(input, j, l) {
            var end = m.end, y: Int? = nil
            if let yr = year(input, end, l) { y = yr.year; end = yr.end }
            // "vers Mars" is a planet: an approximate month needs its year.
            if cue.value == .approx, y == nil { return nil }
            best = RuleMatch(j..<end, .point(y, m.month))
        } else if let y = year(input, j, l, range: 1900...2100, glued: input.isHyphen(j - 1)) {
            best = RuleMatch(j..<y.end, .point(y.year))
        }
        if let p = thisPeriod.match(input, at: j), p.end > (best?.tokens.upperBound ?? j) {
            if p.value.unit == .year, let y = year(input, p.end, l, range: 1900...2100) {
                best = RuleMatch(j..<y.end, .point(y.year))                            // "début de l'année 2024"
            } else {
                best = RuleMatch(j..<p.end, DateReading(kind: .relative(p.value)))     // "fin de l'année"
            }
        }
        if let other = rules.longestMatch(at: j, input), other.tokens.upperBound > (best?.tokens.upperBound ?? j) {
            best = RuleMatch(other.tokens, other.value)                              // "early next year"
        }
        guard var reading = best?.value, let end = best?.tokens.upperBound else { return nil }
        if cue.value != .approx {
            guard reading.isMonthOrYear else { return nil }
            reading.modifier = cue.value
        } else if reading.modifier == nil {
            reading.modifier = .approx
        }
        return RuleMatch(i..<end, reading)
    }

    /// "lundi", "ce jeudi", "jeudi dernier", "Thursday", "this Thursday", "last Friday", "next Tuesday".
    static func weekdayExpression(_ input: RuleInput, _ i: Int, _ l: DateLanguage, this: KeywordSet,
                                  before: PhraseTable<Direction>, after: PhraseTable<Direction>) -> RuleMatch<DateReading>? {
        var w = i
        var direction: Direction? = nil
        if input.isWord(i), this.contains(input.hash(i)) { direction = .thisWeek; w = i + 1 }
        else if let b = before.match(input, at: i) { direction = b.value; w = b.end }
        guard let day = weekday(input, w, l) else { return nil }
        var end = w + 1
        if direction == nil, let a = after.match(input, at: end) { direction = a.value; end = a.end }
        let offset = direction == .past ? -1 : direction == .future ? 1 : 0
        var reading = DateReading.relative(.weekday, offset, weekday: day)
        if direction == .thisWeek { reading.direction = .thisWeek }
        return RuleMatch(i..<end, reading)
    }

    /// "il y a trois jours", "dans deux semaines", "3 days ago", "in two years", "a year ago":
    /// a count of days, weeks, months or years before or after the reference date.
    static func offset(_ input: RuleInput, _ i: Int, before: PhraseTable<Int>, after: PhraseTable<Int>,
                       units: PhraseTable<RelativeTime.Unit>, words: NumberWords) -> RuleMatch<DateReading>? {
        var sign = 0, j = i
        if let b = before.match(input, at: i) { sign = b.value; j = b.end }
        guard let n = count(input, j, words), let unit = units.match(input, at: n.end) else { return nil }
        var end = unit.end
        if sign == 0 {
            guard let a = after.match(input, at: end) else { return nil }
            sign = a.value; end = a.end
        }
        return RuleMatch(i..<end, .relative(unit.value, sign * n.value))
    }

    /// A small count: digits ("3") or words ("trois", "un", "a").
    static func count(_ input: RuleInput, _ i: Int, _ words: NumberWords) -> (value: Int, end: Int)? {
        if input.isNumber(i), input.digitCount(i) <= 3, !DigitReader.continuesSomething(input, i), let n = input.integer(i) {
            return (n, i + 1)
        }
        guard let w = words.read(input, at: i), !w.isOrdinal, w.value > 0, w.value < 1000 else { return nil }
        return (w.value, w.tokens.upperBound)
    }

    /// Days exist in their month (the 29th of February only in leap years, or any year when none is given).
    static func isValid(day: Int, month: Int, year: Int?) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= CalendarDate.daysIn(month: month, year: year ?? 2000)
    }
}

extension Rule where Value == DateReading {
    /// The same rule, taking in the word right before its match when it belongs to the date
    /// ("le 30 avril", "en 2024", "on Thursday"), unless the match already begins with one.
    /// ``RuleSet`` applies it after the match (``RuleInput/absorbing(_:before:)``).
    func absorbing(_ words: KeywordSet) -> Rule<DateReading> {
        var rule = self
        rule.absorbed = words
        return rule
    }
}

extension RuleInput {
    /// `tokens`, extended by the word right before it when that word is one of `words` and the
    /// match does not already begin with one; the "en" of "jusqu'en" stays out.
    @inline(__always)
    func absorbing(_ words: KeywordSet, before tokens: Range<Int>) -> Range<Int> {
        let before = tokens.lowerBound - 1
        guard has(before), words.contains(hash(before)), !words.contains(hash(tokens.lowerBound)),
              !(isAttached(before) && isApostrophe(before - 1))   // the "en" of "jusqu'en"
        else { return tokens }
        return before..<tokens.upperBound
    }
}

// MARK: - Resolution

/// Turns a reading into a TIMEX3 value against the reference date.
///
/// - Absolute dates keep their value and have no anchor.
/// - Relative expressions ("demain", "le mois dernier", "jeudi prochain") are computed from the
///   reference date; weeks are Monday-to-Sunday spans.
/// - Year-less dates ("le 30 avril", "en juin") take the reference year or its neighbour: the
///   first one on or after the reference date when the clause is planned, the last one on or
///   before it when it is asserted or reported (``Modality/detect(in:tokens:language:)``),
///   unless that date is more than nine months away (273 days, or 9 months for a month), in
///   which case the nearest of the three years wins. Words that say the direction ("mai
///   dernier", "next June") override the modality and the nine-month limit.
/// - A bare weekday ("lundi", "on Thursday") is the nearest one in the same direction, within a
///   week; "ce jeudi"/"this Thursday" is the one in the reference date's week.
/// - Without a reference date, year-less dates keep no year ("XXXX-04-30") and relative ones
///   stay relative ("ANCHOR+P1D"); the anchor says what is missing.
package enum DateResolver {
    static let unknownAnchor = "publication date unknown"
    static func anchor(_ reference: CalendarDate) -> String { "reference date \(reference.iso)" }
    /// How far a year-less date may lean to the past or the future before the nearest year wins.
    static let maximumLeanDays = 273, maximumLeanMonths = 9

    /// The reference date, and the anchor resolved mentions name: spelled once per document,
    /// not once per mention.
    struct Reference {
        let date: CalendarDate?
        let anchor: String
        init(_ date: CalendarDate?) {
            self.date = date
            anchor = date.map(DateResolver.anchor) ?? DateResolver.unknownAnchor
        }
    }

    static func resolve(_ r: DateReading, reference: Reference, modality: Modality) -> TimeValue {
        let direction = r.direction ?? (modality == .planned ? .future : .past)
        switch r.kind {
        case .point(let p):
            guard p.year == nil, let month = p.month else { return TimeValue(start: p, modifier: r.modifier) }
            guard let date = reference.date else { return TimeValue(start: p, modifier: r.modifier, anchor: reference.anchor) }
            let y = year(month: month, day: p.day, reference: date, direction: direction, strict: r.direction != nil)
            return TimeValue(start: TimePoint(year: y, month: month, day: p.day), modifier: r.modifier,
                             anchor: reference.anchor)
        case .span(let a, let b):
            // Ranges complete their years from each other, so only wholly year-less ones are left.
            guard b.year == nil, let month = b.month else { return TimeValue(start: a, end: b, modifier: r.modifier) }
            guard let date = reference.date else {
                return TimeValue(start: a, end: b, modifier: r.modifier, anchor: reference.anchor)
            }
            let yb = year(month: month, day: b.day, reference: date, direction: direction, strict: r.direction != nil)
            let ya = (a.month ?? 0, a.day ?? 0) < (month, b.day ?? 0) ? yb : yb - 1
            return TimeValue(start: TimePoint(year: ya, month: a.month, day: a.day),
                             end: TimePoint(year: yb, month: b.month, day: b.day),
                             modifier: r.modifier, anchor: reference.anchor)
        case .relative(let rel):
            guard let date = reference.date else {
                return TimeValue(start: TimePoint(year: nil), modifier: r.modifier, relative: rel, anchor: reference.anchor)
            }
            return TimeValue(resolving: rel, from: date, direction: direction, modifier: r.modifier, anchor: reference.anchor)
        }
    }

    /// The year of a year-less month (and day), per the rule in the type's documentation;
    /// `strict` when the words gave the direction, so the nine-month limit does not apply.
    package static func year(month: Int, day: Int?, reference: CalendarDate, direction: Direction,
                             strict: Bool = false) -> Int {
        var best: (year: Int, distance: Int)? = nil, preferred: (year: Int, distance: Int)? = nil
        let limit = day == nil ? maximumLeanMonths : maximumLeanDays
        for y in (reference.year - 1)...(reference.year + 1) {
            let distance: Int
            if let day {
                guard let date = CalendarDate(year: y, month: month, day: day) else { continue }
                distance = date.dayNumber - reference.dayNumber
            } else {
                distance = (y * 12 + month) - (reference.year * 12 + reference.month)
            }
            if best == nil || abs(distance) < abs(best!.distance) { best = (y, distance) }
            switch direction {
            case .future: if distance >= 0, preferred == nil { preferred = (y, distance) }
            case .past, .thisWeek: if distance <= 0 { preferred = (y, distance) }
            }
        }
        if let preferred, strict || abs(preferred.distance) <= limit { return preferred.year }
        return best?.year ?? reference.year
    }
}

extension TimeValue {
    /// A relative expression computed from the reference date, which `anchor` names.
    init(resolving rel: RelativeTime, from ref: CalendarDate, direction: Direction, modifier: TimeModifier?,
         anchor: String) {
        func day(_ d: CalendarDate) -> TimePoint { TimePoint(year: d.year, month: d.month, day: d.day) }
        switch rel.unit {
        case .day:
            self.init(start: day(ref.adding(days: rel.offset)), modifier: modifier, anchor: anchor)
        case .week:
            let monday = ref.adding(days: 1 - ref.weekday + 7 * rel.offset)
            self.init(start: day(monday), end: day(monday.adding(days: 6)), modifier: modifier, anchor: anchor)
        case .month:
            let index = ref.year * 12 + (ref.month - 1) + rel.offset
            let year = index >= 0 ? index / 12 : (index - 11) / 12
            self.init(start: TimePoint(year: year, month: index - year * 12 + 1), modifier: modifier, anchor: anchor)
        case .year:
            self.init(start: TimePoint(year: ref.year + rel.offset), modifier: modifier, anchor: anchor)
        case .weekday:
            let w = rel.weekday ?? ref.weekday
            let back = (ref.weekday - w + 7) % 7, ahead = (w - ref.weekday + 7) % 7
            let shift: Int
            switch (rel.offset, direction) {
            case (let o, _) where o < 0: shift = -(back == 0 ? 7 : back)       // "jeudi dernier"
            case (let o, _) where o > 0: shift = ahead == 0 ? 7 : ahead        // "jeudi prochain"
            case (_, .thisWeek): shift = w - ref.weekday                       // "ce jeudi"
            case (_, .future): shift = ahead                                   // "jeudi" in a planned clause
            case (_, .past): shift = -back                                     // "jeudi" in an asserted one
            }
            self.init(start: day(ref.adding(days: shift)), modifier: modifier, anchor: anchor)
        }
    }
}
