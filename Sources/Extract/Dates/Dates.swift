/// Time expressions, normalised TIMEX3-style and resolved against the reference date.
///
/// Rules per language live in `FR/DateRulesFR.swift` and `EN/DateRulesEN.swift`, each beside its
/// corpus. They read a ``DateReading`` (what the words say); ``DateResolver`` in
/// `DateHelpers.swift` turns it into a ``TimeValue`` against ``ExtractionContext/referenceDate``,
/// leaning year-less and bare-weekday expressions to the future in planned clauses and to the
/// past otherwise (``Modality/detect(in:tokens:language:)``, once per sentence with a date).
public enum Dates {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        let dimensions = RuleDimensions.of(context.language)
        return mentions(dimensions.scan(text, .dates).dates, dimensions.dates, in: text,
                        cues: ModalityCueCache(text: text, language: context.language), context)
    }

    /// The mentions of what `rules` found (``RuleDimensions/scan(_:_:)``), resolved against the
    /// reference date. `cues`: the document's modality cues, shared with the event rules.
    static func mentions(_ found: [RuleFinding<DateReading>], _ rules: RuleSet<DateReading>, in text: TokenizedText,
                         cues: ModalityCueCache, _ context: ExtractionContext) -> [Mention] {
        let reference = DateResolver.Reference(context.referenceDate)
        var modality: (sentence: Int, value: Modality)? = nil
        var sentences: [Int] = []
        sentences.reserveCapacity(found.count)
        var values = found.map { found in
            let s = text.sentenceIndex(ofToken: found.tokens.lowerBound)
            sentences.append(s)
            if modality?.sentence != s {
                var said = cues.modality(text.sentences[s])
                // "The meeting was scheduled to close on Friday", "devait se tenir vendredi": a plan
                // told in the past leans its days to the past, like a report.
                if said == .planned, isPastPlan(text.sentences[s], in: text, context.language) { said = .asserted }
                modality = (s, said)
            }
            var lean = modality!.value
            // "…on Thursday signed a free trade agreement that will remove tariffs": a plan told in
            // a relative clause the date is not in is about the noun before it, not the day.
            if lean == .planned, let clause = relativeFree(found.tokens.lowerBound, sentence: text.sentences[s], text, context.language),
               !cues.cues(clause).planned {
                lean = cues.cues(clause).reported ? .reported : .asserted
            }
            // "The meeting closes on Friday", "la réunion s'achève vendredi": a day right after a
            // schedule told in the present leans to the future.
            if lean != .planned, followsPresentSchedule(found.tokens.lowerBound, sentence: text.sentences[s], in: text, context.language) {
                lean = .planned
            }
            return DateResolver.resolve(found.value, reference: reference, modality: lean)
        }
        takeTheYearOfTheirSentence(&values, sentences: sentences, isYearless: { rules.rules[found[$0].rule].name.contains("<month-name>") })
        var mentions: [Mention] = []
        mentions.reserveCapacity(found.count)
        var k = 0
        while k < found.count {
            let name = rules.rules[found[k].rule].name
            // The rare shape first (two dates around "et"/"and"), the rule names last: reading a
            // name costs more than the test of two tokens.
            if k + 1 < found.count, found[k + 1].tokens.lowerBound == found[k].tokens.upperBound + 1,
               text.isWord(found[k].tokens.upperBound, andHash) || text.isWord(found[k].tokens.upperBound, etHash),
               isWeekdayOnly(name), isWeekdayOnly(rules.rules[found[k + 1].rule].name),
               let days = consecutiveDays(values[k], values[k + 1]) {
                mentions.append(Mention(type: .date, span: TextSpan(start: found[k].span.start, end: found[k + 1].span.end),
                                        value: .time(days), rule: name))
                k += 2
                continue
            }
            mentions.append(Mention(type: .date, span: found[k].span, value: .time(values[k]), rule: name))
            k += 1
        }
        return mentions
    }

    private static let andHash = Folding.word("and"), etHash = Folding.word("et")

    /// The part of sentence `sentence` around token `i` between relative pronouns ("that",
    /// "which", "qui", "dont"; ``EventGrammar/clauseOpeners``), when there is any such pronoun:
    /// the clause a date's tense is read in. Nil when the sentence has no relative clause.
    static func relativeFree(_ i: Int, sentence: Range<Int>, _ text: TokenizedText, _ language: Language) -> Range<Int>? {
        let openers = Events.grammar(for: language).clauseOpeners
        var start = sentence.lowerBound, end = sentence.upperBound, any = false
        for k in sentence where text.isWord(k, in: openers) {
            any = true
            if k <= i { start = k } else { end = k; break }
        }
        return any ? start..<end : nil
    }

    /// Whether a sentence tells its plan in the past (``DateRulesEN/pastPlans``, ``DateRulesFR/pastPlans``).
    static func isPastPlan(_ sentence: Range<Int>, in text: TokenizedText, _ language: Language) -> Bool {
        let cues = language == .fr ? pastPlansFR : pastPlansEN
        return sentence.contains { text.end(ofAny: cues, at: $0) != nil }
    }

    /// Whether a schedule told in the present (``DateRulesEN/presentSchedules``,
    /// ``DateRulesFR/presentSchedules``) ends at most two words ("on", "ce") before token `i`.
    static func followsPresentSchedule(_ i: Int, sentence: Range<Int>, in text: TokenizedText, _ language: Language) -> Bool {
        let cues = language == .fr ? presentSchedulesFR : presentSchedulesEN
        for j in max(sentence.lowerBound, i - 5)..<i {
            if let e = text.end(ofAny: cues, at: j), e <= i, i - e <= 2 { return true }
        }
        return false
    }

    /// The cues with their first words: most tokens are rejected by one probe, not compared
    /// with each cue (every date asks about the five tokens before it).
    private static let pastPlansEN = WordSequences(DateRulesEN.pastPlans)
    private static let pastPlansFR = WordSequences(DateRulesFR.pastPlans)
    private static let presentSchedulesEN = WordSequences(DateRulesEN.presentSchedules)
    private static let presentSchedulesFR = WordSequences(DateRulesFR.presentSchedules)

    /// A rule that reads a weekday alone ("mardi", "next Tuesday"), not a day of a month.
    private static func isWeekdayOnly(_ rule: String) -> Bool {
        rule.contains("<weekday>") && !rule.contains("<day>") && !rule.contains("<month-name>")
    }

    /// "mardi et mercredi", "on Tuesday and Wednesday": the days from the first to the next
    /// second weekday after it, one span (each weekday alone may lean another way: "mercredi"
    /// read in the past, "mardi" as today).
    static func consecutiveDays(_ a: TimeValue, _ b: TimeValue) -> TimeValue? {
        guard a.isResolved, b.isResolved, a.end == nil, b.end == nil,
              let y = a.start.year, let m = a.start.month, let d = a.start.day, let first = CalendarDate(year: y, month: m, day: d),
              let y2 = b.start.year, let m2 = b.start.month, let d2 = b.start.day, let other = CalendarDate(year: y2, month: m2, day: d2)
        else { return nil }
        let delta = (other.weekday - first.weekday + 7) % 7
        guard delta > 0 else { return nil }
        let last = first.adding(days: delta)
        return TimeValue(start: a.start, end: TimePoint(year: last.year, month: last.month, day: last.day), modifier: a.modifier,
                         anchor: a.anchor)
    }

    /// "L'an dernier, la réunion s'était tenue les 2 et 3 mai", "Last year's meeting was held
    /// on 2-3 May": a year-less date takes the year that the one relative year of its sentence
    /// gives, not the one nearest the reference date. `values` and `sentences` are in text
    /// order; `isYearless(k)`: value `k` was read by a rule that may leave the year out.
    static func takeTheYearOfTheirSentence(_ values: inout [TimeValue], sentences: [Int], isYearless: (Int) -> Bool) {
        func isRelativeYear(_ v: TimeValue) -> Bool {
            v.anchor != nil && v.isResolved && v.end == nil && v.start.month == nil && v.start.year != nil
        }
        var first = 0
        while first < values.count {
            var last = first
            while last + 1 < values.count, sentences[last + 1] == sentences[first] { last += 1 }
            defer { first = last + 1 }
            guard last > first else { continue }
            var only = -1, count = 0
            for k in first...last where isRelativeYear(values[k]) { only = k; count += 1 }
            guard count == 1, let year = values[only].start.year else { continue }
            for k in first...last where k != only && values[k].anchor != nil && values[k].isResolved && isYearless(k) {
                guard let y = values[k].start.year, y != year else { continue }
                let v = values[k], shift = year - y
                func moved(_ p: TimePoint) -> TimePoint { TimePoint(year: p.year.map { $0 + shift }, month: p.month, day: p.day) }
                values[k] = TimeValue(start: moved(v.start), end: v.end.map(moved), modifier: v.modifier, anchor: v.anchor)
            }
        }
    }

    /// Every spelling of every language's corpus, for the generic corpus test. The expected value
    /// is the TIMEX3 value against the fixed reference date, with the modifier if any
    /// (``TimeValue/description``: "2024 (START)").
    package static var corpusCases: [CorpusCase<String>] {
        Language.allCases.flatMap { language -> [CorpusCase<String>] in
            switch language {
            case .fr: return CorpusEntry.cases(DateRulesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(DateRulesEN.corpus, language: .en)
            }
        }
    }

    /// The same without a reference date: year-less and relative expressions stay unresolved.
    package static var unanchoredCases: [CorpusCase<String>] {
        Language.allCases.flatMap { language -> [CorpusCase<String>] in
            switch language {
            case .fr: return CorpusEntry.cases(DateRulesFR.unanchoredCorpus, language: .fr)
            case .en: return CorpusEntry.cases(DateRulesEN.unanchoredCorpus, language: .en)
            }
        }
    }

    /// Near misses that must give no date, printed as `fr: "2025 euros" → nil`.
    package static var negativeCases: [CorpusCase<String?>] {
        Language.allCases.flatMap { language -> [CorpusCase<String?>] in
            let inputs: [String]
            switch language {
            case .fr: inputs = DateRulesFR.negativeCorpus
            case .en: inputs = DateRulesEN.negativeCorpus
            }
            return inputs.map { CorpusCase(language: language, input: $0, expected: nil) }
        }
    }
}
